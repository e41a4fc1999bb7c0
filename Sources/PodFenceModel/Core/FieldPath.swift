/// The path of a field inside an object, printed the way the Kubernetes API server prints it:
/// `spec.ingress[0].from[1].ipBlock.except[0]`, `metadata.labels[app.kubernetes.io/name]`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        /// A field of an object: `.spec`.
        case field(String)
        /// An element of a list: `[3]`.
        case index(Int)
        /// An entry of a map whose keys are data, such as labels: `[app]`.
        case key(String)
    }

    /// The steps from the object's root.
    public var components: [Component]

    /// Creates a path from its components.
    /// - Parameter components: The steps from the root.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// Parses the printed form (`spec.ingress[0].from`). Bracketed numbers become indices, other bracketed
    /// text becomes map keys.
    /// - Parameter value: The printed path.
    public init(stringLiteral value: String) {
        self.init(parsing: value)
    }

    /// Parses the printed form (`spec.ingress[0].from`). Bracketed numbers become indices, other bracketed
    /// text becomes map keys.
    /// - Parameter text: The printed path.
    public init(parsing text: String) {
        var components: [Component] = []
        var current = ""
        var iterator = text.makeIterator()
        func flush() {
            if !current.isEmpty { components.append(.field(current)) }
            current = ""
        }
        while let character = iterator.next() {
            switch character {
            case ".":
                flush()
            case "[":
                flush()
                var inner = ""
                while let next = iterator.next(), next != "]" { inner.append(next) }
                if let index = Int(inner) { components.append(.index(index)) } else { components.append(.key(inner)) }
            default:
                current.append(character)
            }
        }
        flush()
        self.components = components
    }

    /// True for the root path (no components).
    public var isEmpty: Bool { components.isEmpty }

    /// This path with a field appended.
    /// - Parameter name: The field name.
    public func field(_ name: String) -> FieldPath { FieldPath(components + [.field(name)]) }

    /// This path with a list index appended.
    /// - Parameter index: The element index.
    public func index(_ index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

    /// This path with a map key appended.
    /// - Parameter key: The map key.
    public func key(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }

    /// The path without its last component (the root stays the root).
    public var parent: FieldPath { FieldPath(Array(components.dropLast())) }

    /// The printed form, `spec.ingress[0].from[1]`.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .field(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                text += "[\(key)]"
            }
        }
        return text
    }
}
