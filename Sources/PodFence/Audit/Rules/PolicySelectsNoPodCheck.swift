import PodFenceModel

/// `policy-selects-no-pod`: Policies whose podSelector matches no loaded pod or workload of a namespace that has some.
struct PolicySelectsNoPodCheck: LintCheck {
    static let rule = LintRule(
        id: "policy-selects-no-pod", severity: .warning, title: "The policy selects no pod",
        explanation: "A policy that selects no pod has no effect at all.")

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let populated = context.populatedNamespaces
        return context.policies.compactMap { entry in
            // A namespace without loaded pods (one just onboarded) says nothing about what its policies select.
            guard entry.subjects.isEmpty && populated.contains(entry.namespace) else { return nil }
            let path: FieldPath = "spec.podSelector"
            let selector = entry.policy.spec.podSelector.selectorString
            return LintFinding(
                Self.rule, object: entry.name, path: path, location: entry.location(path),
                message: "no loaded pod or workload of \(entry.namespace) matches "
                    + "`\(selector.isEmpty ? "{}" : selector)`, so the policy has no effect",
                fix: "check the labels against the pods' template labels (`show` the workloads)")
        }
    }
}

extension LintRule {
    /// A policy whose podSelector selects no pod.
    public static var policySelectsNoPod: LintRule { PolicySelectsNoPodCheck.rule }
}
