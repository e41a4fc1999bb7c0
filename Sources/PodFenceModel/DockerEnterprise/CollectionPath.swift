/// The path of a Docker Enterprise (UCP/MKE) collection: collections nest like directories, `/` is the root,
/// and a grant on a collection applies to every collection below it.
///
/// The text is kept as written so that validation can report a malformed path (``isWellFormed``); the
/// navigation members (``parent``, ``ancestors``, ``contains(_:)``) work on the components.
///
/// ```swift
/// let app1: CollectionPath = "/Prod/App1"
/// app1.parent                        // /Prod
/// CollectionPath.shared.contains(.privateCollection(of: "hans"))   // true
/// ```
public struct CollectionPath: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The path as written, such as `/Prod/App1`.
    public var rawValue: String

    /// Creates a path from its text.
    /// - Parameter rawValue: The text, such as `/Prod/App1`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a path from a literal.
    /// - Parameter value: The text.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Creates a path from its components (`["Prod", "App1"]` is `/Prod/App1`, `[]` is `/`).
    /// - Parameter components: The names from the root down.
    public init(components: [String]) { self.rawValue = "/" + components.joined(separator: "/") }

    /// `/`: the root (the "Swarm" collection of the UI); resources without a collection land here.
    public static let root: CollectionPath = "/"
    /// `/System`: UCP managers, DTR nodes and the system services; admin-only by default.
    public static let system: CollectionPath = "/System"
    /// `/Shared`: the default home of every worker node.
    public static let shared: CollectionPath = "/Shared"
    /// `/Shared/Private`: the parent of the per-user private collections.
    public static let sharedPrivate: CollectionPath = "/Shared/Private"
    /// `/Shared/Legacy`: access-control labels migrated from UCP 2.1 and older.
    public static let sharedLegacy: CollectionPath = "/Shared/Legacy"

    /// The built-in collections that always exist (private collections come with their users).
    public static let builtIns: [CollectionPath] = [.root, .system, .shared, .sharedPrivate, .sharedLegacy]

    /// `/Shared/Private/<user>`: a user's private collection, created at the user's first login and the
    /// user's default collection.
    /// - Parameter user: The user name.
    public static func privateCollection(of user: String) -> CollectionPath {
        CollectionPath(components: ["Shared", "Private", user])
    }

    /// The names from the root down (`[]` for the root).
    public var components: [String] {
        rawValue.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// How many levels below the root (0 for the root).
    public var depth: Int { components.count }

    /// True when the text is a canonical path: `/`, or `/` followed by non-empty names separated by single
    /// `/`, without a trailing `/`, spaces at either end or control characters.
    public var isWellFormed: Bool {
        if rawValue == "/" { return true }
        guard rawValue.hasPrefix("/"), !rawValue.hasSuffix("/"), !rawValue.contains("//") else { return false }
        return components.allSatisfy { name in
            name.first?.isWhitespace == false && name.last?.isWhitespace == false
                && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        }
    }

    /// The path in canonical form (`Prod//App1/` becomes `/Prod/App1`).
    public var normalized: CollectionPath { CollectionPath(components: components) }

    /// The enclosing collection; nil for the root.
    public var parent: CollectionPath? {
        let names = components
        if names.isEmpty { return nil }
        return CollectionPath(components: Array(names.dropLast()))
    }

    /// Every enclosing collection from the root down, without this one (`/Prod/App1`: `/`, `/Prod`).
    public var ancestors: [CollectionPath] {
        let names = components
        return (0..<names.count).map { CollectionPath(components: Array(names.prefix($0))) }
    }

    /// This path with a child name appended.
    /// - Parameter name: The child's name.
    public func appending(_ name: String) -> CollectionPath { CollectionPath(components: components + [name]) }

    /// True when `other` is this collection or lies below it, which is how far a grant on this collection
    /// reaches.
    /// - Parameter other: The candidate.
    public func contains(_ other: CollectionPath) -> Bool {
        let mine = components
        let theirs = other.components
        return theirs.count >= mine.count && Array(theirs.prefix(mine.count)) == mine
    }

    /// True when `other` lies strictly below this collection.
    /// - Parameter other: The candidate.
    public func isAncestor(of other: CollectionPath) -> Bool {
        contains(other) && other.depth > depth
    }

    /// True for `/`, `/System`, `/Shared`, `/Shared/Private`, `/Shared/Legacy` and private collections.
    public var isBuiltIn: Bool {
        let normal = normalized
        return Self.builtIns.contains(normal) || privateOwner != nil
    }

    /// The owner of a private collection (`/Shared/Private/hans`: `hans`), else nil.
    public var privateOwner: String? {
        let names = components
        guard names.count == 3, names[0] == "Shared", names[1] == "Private" else { return nil }
        return names[2]
    }

    /// Orders paths by their components, so that a collection comes right before its children.
    public static func < (lhs: CollectionPath, rhs: CollectionPath) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    /// The path as written.
    public var description: String { rawValue }
}
