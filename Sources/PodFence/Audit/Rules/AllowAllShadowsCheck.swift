import PodFenceModel

/// `allow-all-shadows`: A rule with no peers and no ports allows everything in its direction, so every other policy's
/// rules for the same pods and direction change nothing.
struct AllowAllShadowsCheck: LintCheck {
    static let rule = LintRule(
        id: "allow-all-shadows", severity: .warning, title: "An allow-all rule makes other policies irrelevant",
        explanation: """
            Policies only add: once a rule allows every peer on every port, no other policy can restrict that \
            direction for the same pods.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let policies = context.policies
        var findings: [LintFinding] = []
        for entry in policies {
            let spec = entry.policy.spec
            for (type, rules, name) in [
                (PolicyType.ingress, spec.ingress?.map { ($0.from ?? [], $0.ports ?? []) } ?? [], "ingress"),
                (PolicyType.egress, spec.egress?.map { ($0.to ?? [], $0.ports ?? []) } ?? [], "egress"),
            ] where entry.policy.effectivePolicyTypes.contains(type) {
                guard let index = rules.firstIndex(where: { $0.0.isEmpty && $0.1.isEmpty }) else { continue }
                let shadowed = policies.filter { other in
                    other.index != entry.index && other.namespace == entry.namespace
                        && other.policy.effectivePolicyTypes.contains(type)
                        && other.subjects.contains(where: entry.subjects.contains)
                }
                guard !shadowed.isEmpty else { continue }
                let path = FieldPath([.field("spec"), .field(name), .index(index)])
                findings.append(
                    LintFinding(
                        Self.rule, object: entry.name, path: path, location: entry.location(path),
                        message: "\(name)[\(index)] allows every peer on every port, so for the pods it shares with "
                            + "\(shadowed.map(\.reference).joined(separator: ", ")) their \(name) rules and isolation "
                            + "change nothing",
                        fix:
                            "narrow this rule to the peers and ports really needed, or remove the policies it overrides"
                    ))
            }
        }
        return findings
    }
}

extension LintRule {
    /// An allow-all policy that makes the other policies of its pods irrelevant in that direction.
    public static var allowAllShadows: LintRule { AllowAllShadowsCheck.rule }
}
