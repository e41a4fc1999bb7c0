import PodFence
import Synchronization

/// The objects a playground session has loaded. Commands read and change it; it persists between lines of
/// the REPL or a script.
public struct Session: Sendable {
    /// The loaded objects, in load order. Loading an object with the same kind and `namespace/name` as a
    /// loaded one replaces it, as `kubectl apply` would.
    public private(set) var objects: [LoadedObject] = []
    /// Where each identity (``identity(_:)``) is in ``objects``.
    private var positions: [String: Int] = [:]
    /// A number that changes whenever the objects do, and that no other session shares: what cached
    /// analyses are keyed on.
    public private(set) var revision: UInt64 = Self.nextRevision()
    /// The revision at the last change to anything but policies (NetworkPolicies and the cluster policies):
    /// while it stays, an analysis can keep its peers and recompile only the policies.
    public private(set) var peersRevision: UInt64 = 0

    /// Creates an empty session.
    public init() {
        peersRevision = revision
    }

    /// Adds objects, replacing loaded objects with the same kind and qualified name.
    /// - Parameter loaded: The objects.
    /// - Returns: How many were added and how many replaced.
    /// - Complexity: O(n) for n objects added (an index of identities, not a search).
    @discardableResult
    public mutating func add(_ loaded: [LoadedObject]) -> (added: Int, replaced: Int) {
        guard !loaded.isEmpty else { return (0, 0) }
        var added = 0
        var replaced = 0
        var peersChanged = false
        objects.reserveCapacity(objects.count + loaded.count)
        for object in loaded {
            if !Self.isPolicy(object.object) { peersChanged = true }
            let identity = Self.identity(object.object)
            if let index = positions[identity] {
                objects[index] = object
                replaced += 1
            } else {
                positions[identity] = objects.count
                objects.append(object)
                added += 1
            }
        }
        revision = Self.nextRevision()
        if peersChanged { peersRevision = revision }
        return (added, replaced)
    }

    /// Removes every object.
    public mutating func reset() {
        objects.removeAll()
        positions.removeAll()
        revision = Self.nextRevision()
        peersRevision = revision
    }

    /// True for the kinds whose change leaves the analysis' peers as they were: NetworkPolicies, the cluster
    /// policies (ClusterNetworkPolicy, AdminNetworkPolicy, BaselineAdminNetworkPolicy) and the Calico kinds
    /// (NetworkPolicy, GlobalNetworkPolicy, Tier).
    static func isPolicy(_ object: KubernetesObject) -> Bool {
        if case .networkPolicy = object { return true }
        return object.isClusterPolicy || object.isCalico
    }

    /// `Kind namespace/name`, the identity used for replacement; the kind carries its group for the Calico
    /// kinds, so that a Calico NetworkPolicy never replaces the Kubernetes one of the same name.
    static func identity(_ object: KubernetesObject) -> String {
        object.qualifiedKind + " " + object.qualifiedName
    }

    private static let revisions = Atomic<UInt64>(0)

    private static func nextRevision() -> UInt64 {
        revisions.add(1, ordering: .relaxed).newValue
    }

    /// The loaded namespaces.
    public var namespaces: [Namespace] {
        objects.compactMap { if case .namespace(let namespace) = $0.object { namespace } else { nil } }
    }

    /// The loaded NetworkPolicies.
    public var policies: [NetworkPolicy] {
        objects.compactMap { if case .networkPolicy(let policy) = $0.object { policy } else { nil } }
    }

    /// The loaded cluster policies (ClusterNetworkPolicies, AdminNetworkPolicies and
    /// BaselineAdminNetworkPolicies), in load order.
    public var clusterPolicies: [KubernetesObject] {
        objects.compactMap { $0.object.isClusterPolicy ? $0.object : nil }
    }

    /// The loaded workloads.
    public var workloads: [Workload] {
        objects.compactMap { if case .workload(let workload) = $0.object { workload } else { nil } }
    }

    /// The loaded pods.
    public var pods: [Pod] {
        objects.compactMap { if case .pod(let pod) = $0.object { pod } else { nil } }
    }

    /// The objects whose qualified name (`namespace/name`, or the name) or `kind/name` matches. The kind of a
    /// Calico object may carry its group (`networkpolicy.projectcalico.org/shop/db`); a Calico NetworkPolicy
    /// answers only to that spelling, as `networkpolicy/...` names the Kubernetes kind.
    /// - Parameter reference: What the user typed.
    public func objects(named reference: String) -> [LoadedObject] {
        let lowered = reference.lowercased()
        return objects.filter { loaded in
            let object = loaded.object
            if object.qualifiedName == reference { return true }
            var kinds = [object.qualifiedKind.lowercased()]
            if object.qualifiedKind != object.kind, object.kind != NetworkPolicy.kind {
                kinds.append(object.kind.lowercased())
            }
            return kinds.contains { kind in
                "\(kind)/\(object.metadata.name ?? "")" == lowered || "\(kind)/\(object.qualifiedName)" == lowered
            }
        }
    }
}
