import PodFenceModel

/// Where a namespace's pods may land, and who may put them there: the namespace's node selector and where it
/// comes from, the nodes it allows, each known pod's fate, and the grants that deploy into the namespace or
/// schedule onto its nodes.
///
/// ```swift
/// let placement = topology.placement(of: "app1-prod", objects: session.objects.map(\.object))
/// placement.nodes.map(\.name)      // ["prod-app1-w1", "prod-app1-w2"]
/// ```
public struct NamespacePlacement: Sendable, Hashable {
    /// Where the namespace's node selector comes from, in PodNodeSelector's order.
    public enum SelectorSource: Sendable, Hashable, CustomStringConvertible {
        /// The `scheduler.alpha.kubernetes.io/node-selector` annotation of a loaded Namespace object.
        case annotation
        /// The annotation of a loaded Namespace object that is not a valid selector: every pod is refused.
        case invalidAnnotation(String)
        /// The topology's link for the namespace.
        case link(NamespaceLink)
        /// The topology's link, which yields no selector (a custom-label link to a collection without
        /// `nodeLabels`): nothing pins the pods.
        case unusableLink(NamespaceLink)
        /// PodNodeSelector's `clusterDefaultNodeSelector`.
        case clusterDefault
        /// Nothing: the pods may land on any worker.
        case none

        /// A short description for output: `from the link to collection /Prod/App1`.
        public var description: String {
            switch self {
            case .annotation: "from the Namespace's annotation"
            case .invalidAnnotation(let reason): "from the Namespace's annotation, which is invalid: \(reason)"
            case .link(let link):
                link.collection.map { "from the link to collection \($0)" } ?? "from the link's node selector"
            case .unusableLink(let link):
                "the link to collection \(link.collection?.rawValue ?? "?") gives no selector"
            case .clusterDefault: "from PodNodeSelector's clusterDefaultNodeSelector"
            case .none: "no annotation, no link, no cluster default"
            }
        }
    }

    /// The namespace.
    public var namespace: String
    /// Where its selector comes from.
    public var source: SelectorSource
    /// The namespace's node selector (empty: any node).
    public var selector: [String: String]
    /// The nodes its pods may land on: workers matching the selector (managers too for `kube-system`, since
    /// UCP taints managers and strips user pods' tolerations).
    public var nodes: [ClusterNode]
    /// The known pods and workloads of the namespace and their fate.
    public var pods: [PodPlacement]
    /// Grants that deploy into the namespace.
    public var deployers: [AccessRight]
    /// Grants whose scheduling reaches some of the namespace's nodes.
    public var schedulers: [AccessRight]

    /// Creates a placement.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - source: Where its selector comes from.
    ///   - selector: The selector.
    ///   - nodes: The nodes allowed.
    ///   - pods: The pods' fate.
    ///   - deployers: Grants deploying into it.
    ///   - schedulers: Grants scheduling onto its nodes.
    public init(
        namespace: String, source: SelectorSource, selector: [String: String], nodes: [ClusterNode],
        pods: [PodPlacement], deployers: [AccessRight], schedulers: [AccessRight]
    ) {
        self.namespace = namespace
        self.source = source
        self.selector = selector
        self.nodes = nodes
        self.pods = pods
        self.deployers = deployers
        self.schedulers = schedulers
    }

    /// The `scheduler.alpha.kubernetes.io/node-selector` value for the selector (empty when there is none).
    public var annotationValue: String { NodeSelectorAnnotation.format(selector) }

    /// The names of the VLANs the namespace's pods may land on, sorted.
    public var vlans: [String] { Set(nodes.compactMap(\.vlan)).sorted() }
}
