import PodFenceModel

/// `rules-for-unlisted-direction`: Ingress or egress rules of a policy whose `policyTypes` leaves that direction out,
/// which Kubernetes ignores.
struct RulesForUnlistedDirectionCheck: LintCheck {
    static let rule = LintRule(
        id: "rules-for-unlisted-direction", severity: .warning, title: "Rules for a direction not in policyTypes",
        explanation: "Rules of a direction that policyTypes does not list are ignored by Kubernetes.")

    func findings(in context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in context.policies {
            let spec = entry.policy.spec
            let written = spec.policyTypes ?? []
            guard !written.isEmpty else { continue }
            for (direction, rules, type) in [
                ("ingress", spec.ingress?.count ?? 0, PolicyType.ingress),
                ("egress", spec.egress?.count ?? 0, PolicyType.egress),
            ] where rules > 0 && !written.contains(type) {
                let path = FieldPath([.field("spec"), .field(direction)])
                findings.append(
                    LintFinding(
                        Self.rule, object: entry.name, path: path, location: entry.location(path),
                        message: "\(rules) \(direction) rule\(rules == 1 ? " is" : "s are") ignored: policyTypes "
                            + "lists only " + written.map(\.rawValue).joined(separator: ", "),
                        fix: "add \(type.rawValue) to policyTypes, or remove the \(direction) rules"))
            }
        }
        return findings
    }
}

extension LintRule {
    /// Rules for a direction the policy does not apply to.
    public static var rulesForUnlistedDirection: LintRule { RulesForUnlistedDirectionCheck.rule }
}
