import PodFenceModel

/// `egress-only-locks-ingress`: Egress rules without `policyTypes`, which Kubernetes defaults to both directions: all
/// ingress is denied too.
struct EgressOnlyLocksIngressCheck: LintCheck {
    static let rule = LintRule(
        id: "egress-only-locks-ingress", severity: .warning,
        title: "An egress-only policy without policyTypes also denies all ingress",
        explanation: """
            Without policyTypes, Kubernetes defaults them to Ingress plus Egress when egress rules exist, so the \
            policy also isolates its pods for ingress and, having no ingress rules, denies all of it.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        context.policies.compactMap { entry in
            let spec = entry.policy.spec
            guard (spec.policyTypes ?? []).isEmpty, !(spec.egress ?? []).isEmpty, (spec.ingress ?? []).isEmpty
            else { return nil }
            let path: FieldPath = "spec"
            return LintFinding(
                Self.rule, object: entry.name, path: path, location: entry.location(path),
                message: "without policyTypes this policy is defaulted to [Ingress, Egress]: besides its egress rules "
                    + "it denies all ingress to \(entry.subjects.isEmpty ? "its pods" : context.names(entry.subjects))",
                fix: "write `policyTypes: [Egress]` if only egress was meant")
        }
    }
}

extension LintRule {
    /// Egress rules without policyTypes, which also isolates ingress.
    public static var egressOnlyLocksIngress: LintRule { EgressOnlyLocksIngressCheck.rule }
}
