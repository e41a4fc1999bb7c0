import PodFenceModel
import PodFenceSelectors

/// `cluster-policy-selects-no-pod`: Cluster policies whose subject holds no loaded pod. Like `policy-selects-no-pod`,
/// silent when every namespace the subject matches has no pod yet (just onboarded).
struct ClusterPolicySelectsNoPodCheck: LintCheck {
    static let rule = LintRule(
        id: "cluster-policy-selects-no-pod", severity: .note, title: "The cluster policy applies to no pod",
        explanation: """
            A cluster policy whose subject holds no loaded pod (host-network pods never count) has no effect on \
            the loaded cluster.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        return context.clusterPolicies.compactMap { entry in
            guard entry.subjects.isEmpty, let subject = entry.policy.spec.subject else { return nil }
            let (matched, speaks) = context.clusterScope(
                subject.namespaces ?? subject.pods?.namespaceSelector ?? LabelSelector())
            guard speaks else { return nil }
            let path: FieldPath = "spec.subject"
            return LintFinding(
                Self.rule, object: entry.name, path: path, location: entry.location(path),
                message: "the subject holds no loaded pod: "
                    + context.clusterSelectsNothingReason(matched, "pod")
                    + ", so the policy has no effect",
                fix: "check the subject's labels against the namespaces and pods (`show namespaces -o yaml`)")
        }
    }
}

extension LintRule {
    /// A cluster policy whose subject holds no pod.
    public static var clusterPolicySelectsNoPod: LintRule { ClusterPolicySelectsNoPodCheck.rule }
}
