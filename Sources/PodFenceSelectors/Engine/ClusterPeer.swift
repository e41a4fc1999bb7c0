import PodFenceCIDR

/// A peer of the cluster as the engine sees it: a bare pod, or the pod template of a workload standing for
/// all of its pods, named `namespace/name`.
public struct ClusterPeer: Sendable, Hashable, CustomStringConvertible {
    /// `namespace/name`.
    public var name: String
    /// `Pod`, or the workload's kind (`Deployment`, `StatefulSet`, ...).
    public var kind: String
    /// The namespace (`default` when the manifest has none).
    public var namespace: String
    /// The pod's (or template's) labels.
    public var labels: [String: String]
    /// The pod's IPs from its status (none for a template).
    public var addresses: [IPAddress]
    /// The node's IPs from the pod's status (none for a template).
    public var hostAddresses: [IPAddress]
    /// The node the pod runs on, when known.
    public var nodeName: String?
    /// True for a `hostNetwork: true` pod.
    public var hostNetwork: Bool

    /// Creates a peer description.
    /// - Parameters:
    ///   - name: `namespace/name`.
    ///   - kind: The kind.
    ///   - namespace: The namespace.
    ///   - labels: The labels.
    ///   - addresses: The pod IPs.
    ///   - hostAddresses: The node IPs.
    ///   - nodeName: The node.
    ///   - hostNetwork: Whether it uses the node's network.
    public init(
        name: String, kind: String, namespace: String, labels: [String: String] = [:],
        addresses: [IPAddress] = [], hostAddresses: [IPAddress] = [], nodeName: String? = nil,
        hostNetwork: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.namespace = namespace
        self.labels = labels
        self.addresses = addresses
        self.hostAddresses = hostAddresses
        self.nodeName = nodeName
        self.hostNetwork = hostNetwork
    }

    /// `namespace/name`.
    public var description: String { name }
}
