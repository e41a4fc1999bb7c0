/// The comments of one manifest document, attached to the fields they are about, so that a manifest read,
/// changed through the model and written again keeps what its author wrote beside the fields.
///
/// Comments are keyed by field path rather than stored in the tree, because objects travel through typed
/// models that rebuild their trees: a comment above `spec.podSelector` stays above it whatever happens to the
/// rest of the object, and a comment whose field disappears is written at the end of the document instead of
/// being lost.
///
/// Each comment line keeps its text from `#` to the end of the line (trailing spaces removed): `# allow DNS`.
///
/// ```swift
/// var comments = ManifestComments()
/// comments.add(above: "spec.podSelector", "# every pod of the namespace")
/// comments.setTrailing("spec.policyTypes", "# both directions")
/// ```
public struct ManifestComments: Sendable, Hashable {
    /// The comments attached to one node: whole lines above it, and one comment at the end of its line.
    public struct Attached: Sendable, Hashable {
        /// Whole comment lines written above the node's key (or list item), in order.
        public var above: [String] = []
        /// The comment written at the end of the node's line, if any.
        public var trailing: String?

        /// Creates attached comments.
        /// - Parameters:
        ///   - above: Lines above the node.
        ///   - trailing: The comment at the end of its line.
        public init(above: [String] = [], trailing: String? = nil) {
            self.above = above
            self.trailing = trailing
        }

        /// True when there is no comment.
        public var isEmpty: Bool { above.isEmpty && trailing == nil }

        /// Every comment line, the ones above first, for writing where the node's own line cannot take one.
        public var lines: [String] { trailing.map { above + [$0] } ?? above }
    }

    /// Comment lines after the document's last field.
    public var footer: [String] = []

    private var byPath: [FieldPath: Attached] = [:]

    /// Creates an empty set of comments.
    public init() {}

    /// True when the document has no comment.
    public var isEmpty: Bool { footer.isEmpty && byPath.isEmpty }

    /// The number of comment lines.
    public var lineCount: Int {
        footer.count + byPath.values.reduce(0) { $0 + $1.above.count + ($1.trailing == nil ? 0 : 1) }
    }

    /// The comments attached to a field (the empty path is the document itself: its header comments).
    ///
    /// Map keys and fields are the same here: `metadata.labels[app]` and `metadata.labels.app` name one node.
    /// - Parameter path: The field path from the document's root.
    public subscript(path: FieldPath) -> Attached {
        get { byPath[Self.normalized(path)] ?? Attached() }
        set {
            let key = Self.normalized(path)
            byPath[key] = newValue.isEmpty ? nil : newValue
        }
        // Changed in place (the comments are taken out of the dictionary while they change), so adding lines
        // one by one costs O(1) each rather than a copy of the lines already there.
        _modify {
            let key = Self.normalized(path)
            var attached = byPath.removeValue(forKey: key) ?? Attached()
            defer { byPath[key] = attached.isEmpty ? nil : attached }
            yield &attached
        }
    }

    /// Every field path that has comments, in no particular order.
    public var paths: [FieldPath] { Array(byPath.keys) }

    /// Adds a comment line above a field.
    /// - Parameters:
    ///   - path: The field.
    ///   - comment: The comment; `# ` is put in front when it does not start with `#`.
    public mutating func add(above path: FieldPath, _ comment: String) {
        self[path].above.append(Self.commentLine(comment))
    }

    /// Sets the comment at the end of a field's line.
    /// - Parameters:
    ///   - path: The field.
    ///   - comment: The comment; `# ` is put in front when it does not start with `#`.
    public mutating func setTrailing(_ path: FieldPath, _ comment: String) {
        self[path].trailing = Self.commentLine(comment)
    }

    /// The comments under a path, with paths made relative to it (the comments of one element of a `List`).
    ///
    /// The comments above the node at `path` become the result's header.
    /// - Parameter path: The subtree's root.
    /// - Returns: The comments of that subtree.
    public func subtree(at path: FieldPath) -> ManifestComments {
        let prefix = Self.normalized(path).components
        var result = ManifestComments()
        for (key, attached) in byPath where key.components.starts(with: prefix) {
            result.byPath[FieldPath(Array(key.components.dropFirst(prefix.count)))] = attached
        }
        return result
    }

    /// A comment as one valid comment line: `#` in front, line breaks turned into spaces, other control
    /// characters (which YAML does not allow in a stream) spelled as `\u{…}`, trailing spaces removed.
    /// - Parameter text: The comment as given.
    /// - Returns: The line to write.
    public static func commentLine(_ text: String) -> String {
        var line = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: line += " "
            case 0x09: line += "\t"
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0xFEFF, 0xFFFE, 0xFFFF:
                line += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: line.unicodeScalars.append(scalar)
            }
        }
        while line.last == " " || line.last == "\t" { line.removeLast() }
        return line.hasPrefix("#") ? line : "# " + line
    }

    private static func normalized(_ path: FieldPath) -> FieldPath {
        FieldPath(
            path.components.map { component in
                if case .key(let name) = component { return .field(name) }
                return component
            })
    }
}
