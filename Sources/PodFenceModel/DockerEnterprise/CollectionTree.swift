/// The collections of a UCP/MKE cluster: the built-ins (`/`, `/System`, `/Shared`, `/Shared/Private`,
/// `/Shared/Legacy`), a private collection `/Shared/Private/<user>` per known user, and the custom ones.
///
/// ```swift
/// let tree = CollectionTree(custom: ["/Prod", "/Prod/App1"], users: ["hans"])
/// tree.children(of: .root)        // [/Prod, /Shared, /System]
/// tree.subtree(of: "/Prod")       // [/Prod, /Prod/App1]
/// ```
public struct CollectionTree: Sendable, Hashable {
    /// Every collection, canonical and sorted so that a parent comes before its children.
    public private(set) var paths: [CollectionPath]

    /// Creates a tree from the custom collections and the users whose private collections exist.
    /// - Parameters:
    ///   - custom: The custom collections (normalized; built-ins among them are ignored).
    ///   - users: The users, each with a private collection.
    /// - Complexity: O(n log n) in the number of collections.
    public init(custom: some Sequence<CollectionPath>, users: some Sequence<String> = [String]()) {
        var all = Set(CollectionPath.builtIns)
        for path in custom { all.insert(path.normalized) }
        for user in users where !user.isEmpty { all.insert(.privateCollection(of: user)) }
        self.paths = all.sorted()
    }

    /// True when the collection exists.
    /// - Parameter path: The collection.
    public func contains(_ path: CollectionPath) -> Bool {
        let normal = path.normalized
        return paths.contains(normal)
    }

    /// The collections directly below `path`, sorted.
    /// - Parameter path: The parent.
    public func children(of path: CollectionPath) -> [CollectionPath] {
        let normal = path.normalized
        return paths.filter { $0.parent == normal }
    }

    /// `path` and every collection below it, sorted (empty when `path` does not exist).
    /// - Parameter path: The top of the subtree.
    public func subtree(of path: CollectionPath) -> [CollectionPath] {
        let normal = path.normalized
        guard contains(normal) else { return [] }
        return paths.filter { normal.contains($0) }
    }
}
