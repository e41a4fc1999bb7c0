import PodFenceModel

/// A lint rule: a stable id, a default severity, a title and an explanation. ``LintRule/catalogue`` lists
/// them all; SARIF output describes them to CI systems.
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
    /// Egress isolation without a DNS allowance on both UDP and TCP 53.
    public static let egressWithoutDNS = LintRule(
        id: "egress-without-dns", severity: .warning, title: "Egress is isolated but DNS is not allowed",
        explanation: """
            A pod whose egress is isolated cannot resolve names unless a rule allows UDP and TCP port 53 to the \
            cluster DNS pods (TCP carries large answers).
            """)
    /// A policy that leaves a direction out of `policyTypes` while another policy isolates it.
    public static let policyTypesCannotUndoIsolation = LintRule(
        id: "policy-types-cannot-undo-isolation", severity: .warning,
        title: "Leaving a direction out of policyTypes does not undo another policy's isolation",
        explanation: """
            Policies only add: a policy that lists only Ingress says nothing about egress, so egress stays as \
            other policies make it. When another policy isolates that direction for the same pods, it stays \
            isolated.
            """)
    /// A rule whose peers can never send (or receive) because their own side is isolated.
    public static let ruleAllowsNothing = LintRule(
        id: "rule-allows-nothing", severity: .warning,
        title: "A rule allows nothing because the other side is isolated",
        explanation: """
            A connection needs the source's egress and the destination's ingress. An ingress rule whose sources \
            may not send to these pods (or an egress rule whose destinations may not receive) opens nothing.
            """)
    /// A selector that matches nothing in the loaded inventory.
    public static let selectorMatchesNothing = LintRule(
        id: "selector-matches-nothing", severity: .warning, title: "A selector matches no pod or namespace",
        explanation: """
            A peer selector that matches nothing in the loaded inventory allows nothing; often a label is \
            misspelled or the objects it means are not labelled yet.
            """)
    /// A namespace label used in a selector that no namespace carries.
    public static let unknownNamespaceLabel = LintRule(
        id: "unknown-namespace-label", severity: .warning, title: "No namespace carries this label",
        explanation: """
            Namespaces carry only `kubernetes.io/metadata.name` unless someone labels them; selecting by \
            `name:` or `ns:` fails silently. The automatic label selects a namespace by its name.
            """)
    /// A policy whose podSelector selects no pod.
    public static let policySelectsNoPod = LintRule(
        id: "policy-selects-no-pod", severity: .warning, title: "The policy selects no pod",
        explanation: "A policy that selects no pod has no effect at all.")
    /// Rules for a direction the policy does not apply to.
    public static let rulesForUnlistedDirection = LintRule(
        id: "rules-for-unlisted-direction", severity: .warning, title: "Rules for a direction not in policyTypes",
        explanation: "Rules of a direction that policyTypes does not list are ignored by Kubernetes.")
    /// Egress rules without policyTypes, which also isolates ingress.
    public static let egressOnlyLocksIngress = LintRule(
        id: "egress-only-locks-ingress", severity: .warning,
        title: "An egress-only policy without policyTypes also denies all ingress",
        explanation: """
            Without policyTypes, Kubernetes defaults them to Ingress plus Egress when egress rules exist, so the \
            policy also isolates its pods for ingress and, having no ingress rules, denies all of it.
            """)
    /// `ports: [{}]`, which allows TCP only.
    public static let emptyPortEntry = LintRule(
        id: "empty-port-entry", severity: .warning, title: "`ports: [{}]` allows TCP only",
        explanation: """
            An empty port entry is defaulted to protocol TCP, so it allows every TCP port and no UDP or SCTP; \
            leaving `ports` out allows every port of every protocol.
            """)
    /// A named port no destination declares, or declares for another protocol.
    public static let unresolvedNamedPort = LintRule(
        id: "unresolved-named-port", severity: .warning, title: "A named port that no destination declares",
        explanation: """
            Named ports resolve on the destination pod, with the rule's protocol. A name that no destination \
            declares, or declares for another protocol, matches nothing.
            """)
    /// A numeric port no destination listens on, while they listen on others.
    public static let portNotListening = LintRule(
        id: "port-not-listening", severity: .note, title: "No destination declares this port",
        explanation: """
            Policies see the container (target) port, never the Service port: a rule for 80 does not open a pod \
            that listens on 8080 behind a Service on 80.
            """)
    /// A DNS rule on port 53 with the TCP default only.
    public static let dnsWithoutUDP = LintRule(
        id: "dns-tcp-only", severity: .warning, title: "A port 53 rule without protocol allows TCP only",
        explanation: "The protocol defaults to TCP; DNS needs UDP (and TCP for large answers).")
    /// An ipBlock that covers the pod or Service network.
    public static let ipBlockCoversCluster = LintRule(
        id: "ipblock-covers-cluster", severity: .note, title: "An ipBlock covers in-cluster addresses",
        explanation: """
            Whether ipBlocks match pod IPs depends on the network plugin (Calico: yes, Cilium: no). When \
            "outside the cluster" is meant, except the pod and Service CIDRs; select pods with selectors.
            """)
    /// A CIDR with host bits set.
    public static let cidrHostBits = LintRule(
        id: "cidr-host-bits", severity: .warning, title: "A CIDR with host bits set",
        explanation: "Kubernetes accepts `10.0.0.5/24` with a warning and means the whole `10.0.0.0/24`.")
    /// A namespaceSelector peer followed by a podSelector peer: probably one AND'ed peer was meant.
    public static let andOrSlip = LintRule(
        id: "peer-and-or-slip", severity: .warning, title: "Two peers where one AND'ed peer may have been meant",
        explanation: """
            `- namespaceSelector: ...` followed by `- podSelector: ...` are two peers (OR): every pod of those \
            namespaces, or matching pods of the policy's own namespace. Written as one list item (no second \
            `-`), they select matching pods in those namespaces (AND).
            """)
    /// `from:`/`to:` written with nothing after it: null, which means everyone.
    public static let nullPeerList = LintRule(
        id: "null-peer-list", severity: .warning, title: "An empty from:/to: allows everyone",
        explanation: """
            `- from:` with nothing after it is null, which Kubernetes reads as "every source", including \
            addresses outside the cluster, not as "no source".
            """)
    /// A namespace with pods but no default-deny policy.
    public static let namespaceWithoutDefaultDeny = LintRule(
        id: "namespace-without-default-deny", severity: .warning, title: "A namespace without a default deny",
        explanation: """
            Without a policy that selects every pod and isolates ingress and egress, new pods of the namespace \
            start fully open.
            """)
    /// An allow-all policy that makes the other policies of its pods irrelevant in that direction.
    public static let allowAllShadows = LintRule(
        id: "allow-all-shadows", severity: .warning, title: "An allow-all rule makes other policies irrelevant",
        explanation: """
            Policies only add: once a rule allows every peer on every port, no other policy can restrict that \
            direction for the same pods.
            """)
    /// A policy whose removal changes no connection.
    public static let redundantPolicy = LintRule(
        id: "redundant-policy", severity: .note, title: "The policy changes nothing",
        explanation: "Every connection it allows is allowed anyway, and it isolates nothing that is not isolated.")
    /// A policy selecting hostNetwork pods, whose treatment depends on the plugin.
    public static let hostNetworkSelected = LintRule(
        id: "host-network-selected", severity: .note, title: "The policy selects hostNetwork pods",
        explanation: """
            Most plugins ignore hostNetwork pods in selectors and treat their traffic as the node's, so policies \
            neither isolate nor select them; allow them with ipBlocks on node addresses.
            """)

    /// `namespaceSelector: {}` alone, which is every pod, not every address.
    public static let namespaceSelectorIsNotEverything = LintRule(
        id: "namespace-selector-is-not-everything", severity: .note,
        title: "`namespaceSelector: {}` selects every pod, not all traffic",
        explanation: """
            An empty namespaceSelector selects every pod of every namespace; addresses outside the cluster and \
            nodes are not pods, so they stay excluded. Leaving `from`/`to` out allows them too.
            """)
    /// A port range, which some plugins reduce to its first port.
    public static let endPortSupport = LintRule(
        id: "end-port-support", severity: .note, title: "A port range needs endPort support in the plugin",
        explanation: """
            endPort is GA since Kubernetes 1.25; a network plugin that does not implement it applies only `port`, \
            silently narrowing the range to one port.
            """)
    /// A named port that resolves to different numbers on different destinations.
    public static let namedPortDiffers = LintRule(
        id: "named-port-differs", severity: .note, title: "A named port means different numbers on different pods",
        explanation: """
            Named ports resolve on each destination pod. A name shared by pods with different numbers is correct \
            but easy to misread, and some plugins handle it badly.
            """)
    /// NotIn, which also selects pods without the label.
    public static let notInMatchesUnlabelled = LintRule(
        id: "not-in-matches-unlabelled", severity: .note, title: "NotIn also selects pods without the label",
        explanation: """
            `key NotIn [v]` (and `key != v`) match pods that lack the key altogether, so unlabelled pods are \
            selected too; add `key Exists` if only labelled pods were meant.
            """)

    /// Every rule, in the order findings are reported.
    public static let catalogue: [LintRule] = [
        .egressWithoutDNS, .policyTypesCannotUndoIsolation, .ruleAllowsNothing, .selectorMatchesNothing,
        .unknownNamespaceLabel, .policySelectsNoPod, .rulesForUnlistedDirection, .egressOnlyLocksIngress,
        .emptyPortEntry, .unresolvedNamedPort, .portNotListening, .dnsWithoutUDP, .ipBlockCoversCluster,
        .cidrHostBits, .andOrSlip, .nullPeerList, .namespaceWithoutDefaultDeny, .allowAllShadows, .redundantPolicy,
        .hostNetworkSelected, .namespaceSelectorIsNotEverything, .endPortSupport, .namedPortDiffers,
        .notInMatchesUnlabelled, .clusterRuleShadowed, .passActsAsAllow, .equalPriorityOverlap,
        .ruleOverriddenByAdmin, .clusterDenyAllWithoutDNS, .clusterPeerSelectsNothing, .clusterNamedPortUnresolved,
        .clusterPolicySelectsNoPod,
    ]
}
