import PodFenceCIDR
import PodFenceModel

/// `cidr-host-bits`: ipBlock CIDRs (and their `except` entries) with host bits set.
struct CIDRHostBitsCheck: LintCheck {
    static let rule = LintRule(
        id: "cidr-host-bits", severity: .warning, title: "A CIDR with host bits set",
        explanation: "Kubernetes accepts `10.0.0.5/24` with a warning and means the whole `10.0.0.0/24`.")

    func findings(in context: LintContext) -> [LintFinding] {
        context.policies.flatMap { entry in
            entry.ipBlockCIDRs.compactMap { path, text in
                guard let parsed = try? IPPrefix.parse(text, mode: .lenient), parsed.issues.contains(.hostBits)
                else { return nil }
                return LintFinding(
                    Self.rule, object: entry.name, path: path, location: entry.location(path),
                    message: "\(text) has host bits set; Kubernetes reads it as \(parsed.prefix)",
                    fix:
                        "write \(parsed.prefix), or \(parsed.hostBitsAmbiguityAlternatives?.host.description ?? "a host prefix") for one address"
                )
            }
        }
    }
}

extension LintRule {
    /// A CIDR with host bits set.
    public static var cidrHostBits: LintRule { CIDRHostBitsCheck.rule }
}
