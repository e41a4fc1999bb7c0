import PodFenceModel

extension LintRule {
    /// A cluster policy rule that earlier rules always decide first, so it never decides anything.
    public static let clusterRuleShadowed = LintRule(
        id: "cluster-rule-shadowed", severity: .warning, title: "A cluster policy rule never decides anything",
        explanation: """
            In a tier, the first rule whose peers match decides the ports it names: rules of policies with a \
            lower priority number, and earlier rules of the same policy, come first. A rule whose every \
            connection and port an earlier rule already takes never applies; an Admin Deny behind an Accept \
            of higher priority lets through what it was written to stop.
            """)
    /// An Admin Pass that nothing below decides, so the default allows what it hands on.
    public static let passActsAsAllow = LintRule(
        id: "pass-acts-as-allow", severity: .warning, title: "A Pass with nothing below it allows",
        explanation: """
            Pass hands a connection to the NetworkPolicies, then to the Baseline tier; when no NetworkPolicy \
            isolates the pods and no Baseline rule applies to them (or the Pass is itself in the Baseline tier), \
            the default allows it, so the Pass reads as a deferral but acts as an Accept.
            """)
    /// Two cluster policies of equal tier and priority whose rules disagree on some connection.
    public static let equalPriorityOverlap = LintRule(
        id: "equal-priority-overlap", severity: .warning,
        title: "Policies of equal priority disagree on the same traffic",
        explanation: """
            The API leaves the order of cluster policies of the same tier and priority to the implementation: \
            when their rules match the same connection and port with different actions, the outcome depends on \
            the network plugin. PodFence evaluates them by name.
            """)
    /// A NetworkPolicy rule whose every allowance the Admin tier decides first.
    public static let ruleOverriddenByAdmin = LintRule(
        id: "rule-overridden-by-admin", severity: .warning,
        title: "The Admin tier decides everything a NetworkPolicy rule allows",
        explanation: """
            Admin-tier rules are evaluated before NetworkPolicies, and a decision of theirs (Accept or Deny) \
            cannot be overridden: a NetworkPolicy rule whose every connection and port an Admin rule decides \
            first changes nothing.
            """)
    /// A deny-all egress cluster rule that takes DNS away from its pods.
    public static let clusterDenyAllWithoutDNS = LintRule(
        id: "cluster-deny-all-without-dns", severity: .warning,
        title: "A cluster deny-all egress leaves pods without DNS",
        explanation: """
            A Deny egress rule for every peer and port also denies the cluster DNS: unless an earlier rule \
            accepts UDP 53 (to the DNS pods, or to any peer), its pods cannot resolve names.
            """)
    /// A cluster policy peer that selects no pod of the loaded cluster.
    public static let clusterPeerSelectsNothing = LintRule(
        id: "cluster-peer-selects-nothing", severity: .warning, title: "A cluster policy peer selects no pod",
        explanation: """
            A `namespaces` or `pods` peer that matches no loaded pod makes its rule match nothing there; often a \
            label is misspelled or the namespaces are not labelled yet.
            """)
    /// A named port that no destination of a cluster policy rule declares.
    public static let clusterNamedPortUnresolved = LintRule(
        id: "cluster-named-port-unresolved", severity: .warning,
        title: "A cluster policy named port that no destination declares",
        explanation: """
            A named port resolves on each destination pod; a name that no destination declares matches nothing, \
            so the entry (and a rule with no other entry) never applies.
            """)
    /// A cluster policy whose subject holds no pod.
    public static let clusterPolicySelectsNoPod = LintRule(
        id: "cluster-policy-selects-no-pod", severity: .note, title: "The cluster policy applies to no pod",
        explanation: """
            A cluster policy whose subject holds no loaded pod (host-network pods never count) has no effect on \
            the loaded cluster.
            """)
}
