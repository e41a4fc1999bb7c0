import PodFenceModel

/// One finding of the cross-layer isolation audit (`Topology.audit(objects:firewall:)`): which rule, how
/// serious, about what, why it matters and what to do.
///
/// | id | severity | finding |
/// | --- | --- | --- |
/// | A01 | warning | a linked namespace's pods may land on nodes of several VLANs |
/// | A02 | warning | several application groups use one VLAN |
/// | A03 | error | several application groups own one collection (or nested ones) or one namespace |
/// | A04 | warning | a namespace without a link: its pods may land on any worker |
/// | A05 | warning | IP-in-IP (or Calico VXLAN) is open between two application VLANs |
/// | A06 | error | with A05, a namespace without a default-deny NetworkPolicy |
/// | A07 | warning | a user whose grants reach several application groups |
/// | A08 | warning (note when no worker is in `/Shared`) | the default Scheduler grant on `/Shared` |
/// | A09 | warning | a loaded Namespace's node-selector annotation differs from the topology's link |
public struct AuditFinding: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The rule, `A01`...`A09` (`Diagnostic.Code.auditCodes`).
    public var id: Diagnostic.Code
    /// How serious it is.
    public var severity: Diagnostic.Severity
    /// What it is about: `namespace app1-prod`, `vlan prod`, `user alice`, ...
    public var object: String
    /// What is wrong and why it matters.
    public var explanation: String
    /// What to do about it.
    public var fix: String

    /// Creates a finding.
    /// - Parameters:
    ///   - id: The rule.
    ///   - severity: How serious.
    ///   - object: What it is about.
    ///   - explanation: What is wrong.
    ///   - fix: What to do.
    public init(
        _ id: Diagnostic.Code, _ severity: Diagnostic.Severity, object: String, explanation: String, fix: String
    ) {
        self.id = id
        self.severity = severity
        self.object = object
        self.explanation = explanation
        self.fix = fix
    }

    /// Orders by rule, then object.
    public static func < (lhs: AuditFinding, rhs: AuditFinding) -> Bool {
        (lhs.id.rawValue, lhs.object) < (rhs.id.rawValue, rhs.object)
    }

    /// `A01 warning namespace app1-prod: explanation`, then `  fix: ...` on a second line.
    public var description: String { "\(id) \(severity.rawValue) \(object): \(explanation)\n  fix: \(fix)" }
}
