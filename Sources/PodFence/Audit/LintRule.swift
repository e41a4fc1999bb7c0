import PodFenceModel

/// A lint rule: a stable id, a default severity, a title and an explanation. ``LintRule/catalogue`` lists
/// them all; SARIF output describes them to CI systems. Each rule is declared beside the check that finds it
/// (`Audit/Rules/`), and has a static member here, such as ``LintRule/egressWithoutDNS``.
public struct LintRule: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The stable id, such as `egress-without-dns`.
    public var id: String
    /// The default severity.
    public var severity: Diagnostic.Severity
    /// A one-line title.
    public var title: String
    /// Why it matters, in plain words.
    public var explanation: String

    /// Creates a rule.
    /// - Parameters:
    ///   - id: The stable id.
    ///   - severity: The default severity.
    ///   - title: A one-line title.
    ///   - explanation: Why it matters.
    public init(id: String, severity: Diagnostic.Severity, title: String, explanation: String) {
        self.id = id
        self.severity = severity
        self.title = title
        self.explanation = explanation
    }

    /// The id.
    public var description: String { id }
}

extension LintRule {
    /// Every rule, in the order findings at one location are reported: the rules of ``Linter``'s checks, one
    /// per file under `Audit/Rules/`, each declaring its rule beside its logic.
    public static let catalogue: [LintRule] = Linter.allChecks.map(\.rule)
}
