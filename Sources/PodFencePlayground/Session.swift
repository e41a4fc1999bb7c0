import PodFence

/// The objects a playground session has loaded. Commands read and change it; it persists between lines of
/// the REPL or a script.
public struct Session: Sendable {
    /// The loaded objects, in load order. Loading an object with the same kind and `namespace/name` as a
    /// loaded one replaces it, as `kubectl apply` would.
    public private(set) var objects: [LoadedObject] = []

    /// Creates an empty session.
    public init() {}

    /// Adds objects, replacing loaded objects with the same kind and qualified name.
    /// - Parameter loaded: The objects.
    /// - Returns: How many were added and how many replaced.
    @discardableResult
    public mutating func add(_ loaded: [LoadedObject]) -> (added: Int, replaced: Int) {
        var added = 0
        var replaced = 0
        for object in loaded {
            if let index = objects.firstIndex(where: { Self.identity($0.object) == Self.identity(object.object) }) {
                objects[index] = object
                replaced += 1
            } else {
                objects.append(object)
                added += 1
            }
        }
        return (added, replaced)
    }

    /// Removes every object.
    public mutating func reset() {
        objects.removeAll()
    }

    /// `Kind namespace/name`, the identity used for replacement.
    static func identity(_ object: KubernetesObject) -> String {
        object.kind + " " + object.qualifiedName
    }

    /// The loaded namespaces.
    public var namespaces: [Namespace] {
        objects.compactMap { if case .namespace(let namespace) = $0.object { namespace } else { nil } }
    }

    /// The loaded NetworkPolicies.
    public var policies: [NetworkPolicy] {
        objects.compactMap { if case .networkPolicy(let policy) = $0.object { policy } else { nil } }
    }

    /// The loaded workloads.
    public var workloads: [Workload] {
        objects.compactMap { if case .workload(let workload) = $0.object { workload } else { nil } }
    }

    /// The loaded pods.
    public var pods: [Pod] {
        objects.compactMap { if case .pod(let pod) = $0.object { pod } else { nil } }
    }

    /// The objects whose qualified name (`namespace/name`, or the name) or `kind/name` matches.
    /// - Parameter reference: What the user typed.
    public func objects(named reference: String) -> [LoadedObject] {
        objects.filter { loaded in
            let object = loaded.object
            return object.qualifiedName == reference
                || "\(object.kind.lowercased())/\(object.metadata.name ?? "")" == reference.lowercased()
                || "\(object.kind.lowercased())/\(object.qualifiedName)" == reference.lowercased()
        }
    }
}
