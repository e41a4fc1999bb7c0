import PodFenceModel

/// A NetworkPolicy named in a verdict: its namespace, its name and, when the caller gave it, where it was read.
public struct PolicyReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The policy's namespace.
    public var namespace: String
    /// The policy's name.
    public var name: String
    /// Where the policy was read (file:line:column), when known.
    public var location: SourceLocation?

    /// Creates a reference.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - name: The name.
    ///   - location: Where the policy was read.
    public init(namespace: String, name: String, location: SourceLocation? = nil) {
        self.namespace = namespace
        self.name = name
        self.location = location
    }

    /// Orders by namespace, then name, then location (none first), so that two policies of the same name read
    /// from different files always sort the same way.
    public static func < (lhs: PolicyReference, rhs: PolicyReference) -> Bool {
        if (lhs.namespace, lhs.name) != (rhs.namespace, rhs.name) {
            return (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
        }
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some(let left), .some(let right)): return left < right
        default: return false
        }
    }

    /// `namespace/name`.
    public var description: String { namespace + "/" + name }
}
