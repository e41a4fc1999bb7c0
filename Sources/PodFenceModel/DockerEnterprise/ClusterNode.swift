import PodFenceCIDR

/// A host of a UCP/MKE cluster: a manager or a worker, its addresses, the VLAN it sits on, and its labels.
///
/// The node's collection is its `com.docker.ucp.access.label` label (``accessLabelKey``), as in UCP; without
/// it a worker is in `/Shared` and a manager in `/System`, UCP's defaults. The other labels are the node's
/// Kubernetes labels, which namespace node selectors match.
///
/// ```swift
/// let node = ClusterNode.worker("prod-w1").onVLAN("prod").addressed("10.20.0.11")
///     .inCollection("/Prod/App1").labeled(["podfence.dev/collection": "prod-app1"])
/// ```
public struct ClusterNode: Sendable, Hashable {
    /// The label that places a node in a collection: `com.docker.ucp.access.label`.
    public static let accessLabelKey = "com.docker.ucp.access.label"
    /// The label Kubernetes sets to the node's name: `kubernetes.io/hostname`.
    public static let hostnameLabelKey = "kubernetes.io/hostname"

    /// What a node does in the cluster. Other spellings are kept so that validation can report them.
    public struct Role: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The role as written.
        public var rawValue: String
        /// Creates a role from its spelling.
        /// - Parameter rawValue: The spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A UCP manager: control plane, tainted `com.docker.ucp.manager:NoSchedule` for user pods.
        public static let manager = Role(rawValue: "manager")
        /// A worker: runs the applications.
        public static let worker = Role(rawValue: "worker")
        /// The roles PodFence knows.
        public static let supported: [Role] = [.manager, .worker]
        /// Managers first, then workers, then other spellings.
        public static func < (lhs: Role, rhs: Role) -> Bool {
            let order = { (role: Role) in Self.supported.firstIndex(of: role) ?? Self.supported.count }
            return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
        }
        /// `managers` or `workers`, as the port tables name host roles.
        public var plural: String { rawValue + "s" }
        /// The spelling.
        public var description: String { rawValue }
    }

    /// The node's name (its Kubernetes node name).
    public var name: String
    /// Manager or worker.
    public var role: Role
    /// The node's IP addresses, as written.
    public var addresses: [String]
    /// The name of the VLAN the node sits on.
    public var vlan: String?
    /// The node's labels, the access label included.
    public var labels: [String: String]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a node.
    /// - Parameters:
    ///   - name: The node name.
    ///   - role: Manager or worker.
    ///   - addresses: Its IP addresses.
    ///   - vlan: Its VLAN's name.
    ///   - labels: Its labels (`com.docker.ucp.access.label` gives its collection).
    public init(
        name: String, role: Role, addresses: [String] = [], vlan: String? = nil, labels: [String: String] = [:]
    ) {
        self.name = name
        self.role = role
        self.addresses = addresses
        self.vlan = vlan
        self.labels = labels
        self.unknownFields = ManifestMapping()
    }

    /// A manager node.
    /// - Parameter name: The node name.
    public static func manager(_ name: String) -> ClusterNode { ClusterNode(name: name, role: .manager) }

    /// A worker node.
    /// - Parameter name: The node name.
    public static func worker(_ name: String) -> ClusterNode { ClusterNode(name: name, role: .worker) }

    /// The collection the node is in: its access label, or UCP's default for its role (`/System` for
    /// managers, `/Shared` for workers).
    public var collection: CollectionPath {
        if let label = labels[Self.accessLabelKey] { return CollectionPath(rawValue: label) }
        return role == .manager ? .system : .shared
    }

    /// The addresses that parse, in written order.
    public var parsedAddresses: [IPAddress] { addresses.compactMap { try? IPAddress(parsing: $0) } }

    /// The labels Kubernetes selectors see, before UCP's collection lookup labels: the written labels without
    /// the access label (a collection path is not a valid label value), plus `kubernetes.io/hostname`.
    public var writtenKubernetesLabels: [String: String] {
        var result = labels
        result[Self.accessLabelKey] = nil
        if result[Self.hostnameLabelKey] == nil, !name.isEmpty { result[Self.hostnameLabelKey] = name }
        return result
    }

    /// A copy on a VLAN.
    /// - Parameter vlan: The VLAN's name.
    public func onVLAN(_ vlan: String) -> ClusterNode {
        var copy = self
        copy.vlan = vlan
        return copy
    }

    /// A copy with more addresses.
    /// - Parameter addresses: The addresses to add.
    public func addressed(_ addresses: String...) -> ClusterNode {
        var copy = self
        copy.addresses += addresses
        return copy
    }

    /// A copy moved to a collection (its access label set).
    /// - Parameter collection: The collection.
    public func inCollection(_ collection: CollectionPath) -> ClusterNode {
        var copy = self
        copy.labels[Self.accessLabelKey] = collection.rawValue
        return copy
    }

    /// A copy with more labels (replacing values of the same keys).
    /// - Parameter labels: The labels.
    public func labeled(_ labels: [String: String]) -> ClusterNode {
        var copy = self
        copy.labels.merge(labels) { _, new in new }
        return copy
    }
}

extension ClusterNode: ManifestCodable {
    /// Decodes a node entry.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.string($1) } ?? ""
        self.role = Role(rawValue: decoder.field(&fields, "role") { $0.string($1) } ?? "")
        self.addresses = decoder.field(&fields, "addresses") { $0.stringList($1) } ?? []
        self.vlan = decoder.field(&fields, "vlan") { $0.optionalString($1) }
        self.labels = decoder.field(&fields, "labels") { $0.stringMap($1) } ?? [:]
        self.unknownFields = fields.remaining
    }

    /// The node as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("role", role.rawValue)
        builder.set("addresses", addresses.isEmpty ? nil : addresses)
        builder.set("vlan", vlan)
        builder.set("labels", labels.isEmpty ? nil : labels)
        builder.merge(unknownFields)
        return builder.node
    }
}
