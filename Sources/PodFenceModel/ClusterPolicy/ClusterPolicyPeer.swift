/// The pods a cluster-scoped policy applies to: exactly one of `namespaces` (every pod of the matching
/// namespaces) or `pods` (matching pods in matching namespaces). Host-network pods are never subjects.
public struct ClusterPolicySubject: Sendable, Hashable {
    /// Every pod of the namespaces this selects (`{}`: every namespace).
    public var namespaces: LabelSelector?
    /// The pods this selects in the namespaces it selects.
    public var pods: NamespacedPodSelector?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a subject.
    /// - Parameters:
    ///   - namespaces: Every pod of these namespaces.
    ///   - pods: These pods in these namespaces.
    public init(namespaces: LabelSelector? = nil, pods: NamespacedPodSelector? = nil) {
        self.namespaces = namespaces
        self.pods = pods
        self.unknownFields = ManifestMapping()
    }
}

/// Pods chosen by a namespace selector AND a pod selector (each `{}` for every namespace or pod).
public struct NamespacedPodSelector: Sendable, Hashable {
    /// The namespaces; nil when absent, which selects every namespace.
    public var namespaceSelector: LabelSelector?
    /// The pods in those namespaces; required by the API (nil is refused by validation).
    public var podSelector: LabelSelector?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a selector pair.
    /// - Parameters:
    ///   - namespaceSelector: The namespaces.
    ///   - podSelector: The pods in them.
    public init(namespaceSelector: LabelSelector? = nil, podSelector: LabelSelector? = nil) {
        self.namespaceSelector = namespaceSelector
        self.podSelector = podSelector
        self.unknownFields = ManifestMapping()
    }
}

/// The other end of a cluster-scoped rule; exactly one field is set.
///
/// Ingress peers may be `namespaces` or `pods`; egress peers may also be `networks` (CIDRs, IPv4 or IPv6),
/// and the experimental `nodes` (nodes by label) and `domainNames` (for `Accept` rules only). Host-network
/// pods are never matched by `namespaces` or `pods`.
public struct ClusterPolicyPeer: Sendable, Hashable {
    /// Every pod of the namespaces this selects.
    public var namespaces: LabelSelector?
    /// The pods this selects in the namespaces it selects.
    public var pods: NamespacedPodSelector?
    /// CIDRs (1 to 25), matched against every address, pods' included.
    public var networks: [String]?
    /// Nodes by label (experimental; egress only).
    public var nodes: LabelSelector?
    /// Domain names (1 to 25; `*.` as a prefix matches one or more labels) (experimental; egress, Accept only).
    public var domainNames: [String]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a peer; set exactly one field.
    /// - Parameters:
    ///   - namespaces: Every pod of these namespaces.
    ///   - pods: These pods in these namespaces.
    ///   - networks: These CIDRs.
    ///   - nodes: These nodes.
    ///   - domainNames: These domain names.
    public init(
        namespaces: LabelSelector? = nil, pods: NamespacedPodSelector? = nil, networks: [String]? = nil,
        nodes: LabelSelector? = nil, domainNames: [String]? = nil
    ) {
        self.namespaces = namespaces
        self.pods = pods
        self.networks = networks
        self.nodes = nodes
        self.domainNames = domainNames
        self.unknownFields = ManifestMapping()
    }
}
