import PodFenceModel

/// Writes manifest trees as kubectl-style YAML: `apiVersion`, `kind`, `metadata`, `spec` first at the top,
/// every other key in alphabetical order (as `kubectl get -o yaml`), two-space indentation, list items at their
/// key's column, and every string quoted whenever a YAML 1.1 or 1.2 reader would read it as something else
/// (`'yes'`, `'080'`, `'1:30'`, `''`), keys included.
///
/// Output is deterministic, and writing what was read from this writer's output gives the same bytes.
public struct YAMLWriter: Sendable {
    /// The keys written first, in this order, at the top of each document.
    public static let leadingKeys = ["apiVersion", "kind", "metadata", "spec"]

    /// Creates a writer.
    public init() {}

    /// Writes one document.
    /// - Parameters:
    ///   - document: The document's root.
    ///   - comments: Comments to write beside the fields they are attached to (a loaded object's
    ///     `comments`); a comment whose field is not in the document is written at its end.
    /// - Returns: The YAML text, ending in a newline.
    public func write(_ document: ManifestNode, comments: ManifestComments = ManifestComments()) -> String {
        var emitter = Emitter(comments: comments)
        emitter.document(document)
        return emitter.output
    }

    /// Writes several documents separated by `---` lines.
    /// - Parameters:
    ///   - documents: The documents' roots.
    ///   - comments: Each document's comments, in the same order (missing entries mean no comments).
    /// - Returns: The YAML stream.
    public func write(documents: [ManifestNode], comments: [ManifestComments] = []) -> String {
        var output = ""
        for (index, document) in documents.enumerated() {
            if index > 0 { output += "---\n" }
            var emitter = Emitter(comments: index < comments.count ? comments[index] : ManifestComments())
            emitter.document(document)
            output += emitter.output
        }
        return output
    }

    /// The entries of a mapping in output order.
    static func ordered(_ mapping: ManifestMapping, topLevel: Bool) -> [ManifestEntry] {
        let sorted = mapping.entries.sorted { $0.key < $1.key }
        guard topLevel else { return sorted }
        let leading = leadingKeys.compactMap { key in mapping.entry(forKey: key) }
        return leading + sorted.filter { !leadingKeys.contains($0.key) }
    }

    /// The comments of a document as a tree of field-path steps, walked alongside the document: a subtree
    /// without comments costs the writer nothing, and the nodes never reached are the comments whose field
    /// is gone.
    private struct CommentTree {
        struct Node {
            var children: [FieldPath.Component: Int] = [:]
            var path = FieldPath()
            var attached = ManifestComments.Attached()
        }

        var nodes = [Node()]

        init(_ comments: ManifestComments) {
            for path in comments.paths {
                var current = 0
                for component in path.components {
                    if let next = nodes[current].children[component] {
                        current = next
                    } else {
                        nodes.append(Node())
                        nodes[current].children[component] = nodes.count - 1
                        current = nodes.count - 1
                    }
                }
                nodes[current].path = path
                nodes[current].attached = comments[path]
            }
        }

        func child(of node: Int?, _ component: FieldPath.Component) -> Int? {
            node.flatMap { nodes[$0].children[component] }
        }
    }

    /// Writes one document and its comments.
    private struct Emitter {
        var output = ""
        let footer: [String]
        /// Nil when the document has no comments.
        let tree: CommentTree?
        var visited: [Bool]

        init(comments: ManifestComments) {
            footer = comments.footer
            tree = comments.isEmpty ? nil : CommentTree(comments)
            visited = Array(repeating: false, count: tree?.nodes.count ?? 0)
        }

        mutating func document(_ node: ManifestNode) {
            let root: Int? = tree == nil ? nil : 0
            let header = commentsOf(root)
            lines(header.lines, indent: 0)
            switch node.value {
            case .mapping(let mapping) where !mapping.isEmpty:
                entries(YAMLWriter.ordered(mapping, topLevel: true), indent: 0, comments: root)
            case .sequence(let items) where !items.isEmpty:
                self.items(items, indent: 0, comments: root)
            default:
                output += YAMLWriter.inline(node) + "\n"
            }
            if let tree {
                // Comments whose field is gone (removed through the model) are kept at the end rather than lost.
                let unplaced = tree.nodes.indices.filter { !visited[$0] && !tree.nodes[$0].attached.isEmpty }
                for index in unplaced.sorted(by: { tree.nodes[$0].path.description < tree.nodes[$1].path.description })
                {
                    lines(tree.nodes[index].attached.lines, indent: 0)
                }
            }
            lines(footer, indent: 0)
        }

        /// The comments of a node of the comment tree, marked as written.
        private mutating func commentsOf(_ node: Int?) -> ManifestComments.Attached {
            guard let node, let tree else { return ManifestComments.Attached() }
            visited[node] = true
            return tree.nodes[node].attached
        }

        private func child(of node: Int?, _ component: FieldPath.Component) -> Int? {
            tree?.child(of: node, component)
        }

        private mutating func lines(_ texts: [String], indent: Int) {
            guard !texts.isEmpty else { return }
            let pad = String(repeating: " ", count: indent)
            for text in texts { output += pad + ManifestComments.commentLine(text) + "\n" }
        }

        private static func trailing(_ attached: ManifestComments.Attached) -> String {
            attached.trailing.map { " " + ManifestComments.commentLine($0) } ?? ""
        }

        private mutating func entries(_ entries: [ManifestEntry], indent: Int, comments: Int?) {
            let pad = String(repeating: " ", count: indent)
            for entry in entries {
                let node = child(of: comments, .field(entry.key))
                let attached = commentsOf(node)
                lines(attached.above, indent: indent)
                output += pad + YAMLWriter.key(entry.key, column: indent)
                value(
                    entry.value, indent: indent, itemIndent: indent, trailing: Self.trailing(attached), comments: node)
            }
        }

        /// Writes what follows `key:` or `- `: inline scalars, or a nested block on the next lines; the trailing
        /// comment goes at the end of the first line.
        private mutating func value(
            _ node: ManifestNode, indent: Int, itemIndent: Int, trailing: String, comments: Int?
        ) {
            switch node.value {
            case .mapping(let mapping) where !mapping.isEmpty:
                output += trailing + "\n"
                entries(YAMLWriter.ordered(mapping, topLevel: false), indent: indent + 2, comments: comments)
            case .sequence(let items) where !items.isEmpty:
                output += trailing + "\n"
                self.items(items, indent: itemIndent, comments: comments)
            case .scalar(let scalar) where scalar.kind == .string && YAMLWriter.literalBlockFits(scalar.text):
                output += " " + YAMLWriter.literalBlock(scalar.text, indent: indent + 2, trailing: trailing)
            default:
                output += " " + YAMLWriter.inline(node) + trailing + "\n"
            }
        }

        /// Writes list items, each at `- `. A list inside a list starts on its parent's dash line, as kubectl
        /// writes it (`- - a`): `continuesLine` is set for such a list, whose first item follows that dash.
        private mutating func items(_ items: [ManifestNode], indent: Int, comments: Int?, continuesLine: Bool = false) {
            let pad = String(repeating: " ", count: indent)
            for (index, item) in items.enumerated() {
                let node = child(of: comments, .index(index))
                let startsLine = !(continuesLine && index == 0)
                if startsLine { hoistComments(of: item, node: node, indent: indent) }
                output += (startsLine ? pad : "") + "- "
                switch item.value {
                case .mapping(let mapping) where !mapping.isEmpty:
                    // The first key goes on the dash's line; the others line up under it.
                    for (position, entry) in YAMLWriter.ordered(mapping, topLevel: false).enumerated() {
                        let entryNode = child(of: node, .field(entry.key))
                        let entryComments = commentsOf(entryNode)
                        if position > 0 {
                            lines(entryComments.above, indent: indent + 2)
                            output += pad + "  "
                        }
                        output += YAMLWriter.key(entry.key, column: indent + 2)
                        value(
                            entry.value, indent: indent + 2, itemIndent: indent + 2,
                            trailing: Self.trailing(entryComments), comments: entryNode)
                    }
                case .sequence(let nested) where !nested.isEmpty:
                    self.items(nested, indent: indent + 2, comments: node, continuesLine: true)
                case .scalar(let scalar) where scalar.kind == .string && YAMLWriter.literalBlockFits(scalar.text):
                    let trailing = Self.trailing(commentsOf(node))
                    output += YAMLWriter.literalBlock(scalar.text, indent: indent + 2, trailing: trailing)
                default:
                    output += YAMLWriter.inline(item) + Self.trailing(commentsOf(node)) + "\n"
                }
            }
        }

        /// Writes, above an item's dash, the comments that cannot go on its line: the item's own, and when the
        /// item is a mapping or a list (whose first key or item shares the dash's line), its line comment and
        /// the comments above that first key or item. Read back, they all belong to the item, and are written
        /// here again: the output is stable.
        private mutating func hoistComments(of item: ManifestNode, node: Int?, indent: Int) {
            guard node != nil else { return }
            let attached = commentsOf(node)
            switch item.value {
            case .mapping(let mapping) where !mapping.isEmpty:
                lines(attached.lines, indent: indent)
                if let first = YAMLWriter.ordered(mapping, topLevel: false).first {
                    lines(commentsOf(child(of: node, .field(first.key))).above, indent: indent)
                }
            case .sequence(let nested) where !nested.isEmpty:
                lines(attached.lines, indent: indent)
                hoistComments(of: nested[0], node: child(of: node, .index(0)), indent: indent)
            default:
                // A scalar item's line comment stays on its line.
                lines(attached.above, indent: indent)
            }
        }
    }

    static func inline(_ node: ManifestNode) -> String {
        switch node.value {
        case .null: "null"
        case .mapping: "{}"
        case .sequence: "[]"
        case .scalar(let scalar):
            switch scalar.kind {
            case .string: Self.quoted(scalar.text)
            case .bool: (scalar.boolValue ?? false) ? "true" : "false"
            case .int: scalar.intValue.map(String.init) ?? scalar.text
            case .float: scalar.text
            }
        }
    }

    // MARK: Quoting

    /// The longest key written as `key:`. YAML readers give up on an implicit key longer than 1024 characters
    /// (libyaml counts from the key's start to its colon), so longer ones use the explicit form `? key` then
    /// `: value` on the next line, at the mapping's column.
    static let longestImplicitKey = 1000

    /// A mapping key and its `:`, ready for the value (` value`, or a nested block on the next lines).
    /// - Parameters:
    ///   - key: The key.
    ///   - column: The 0-based column of the mapping's keys.
    static func key(_ key: String, column: Int) -> String {
        let written = quoted(key)
        guard written.utf8.count > longestImplicitKey else { return written + ":" }
        return "? " + written + "\n" + String(repeating: " ", count: column) + ":"
    }

    /// The string as a plain scalar when that reads back as the same string, otherwise quoted.
    static func quoted(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !isSpecialBreak($0) }) {
            return "'" + text.replacingAll("'", with: "''") + "'"
        }
        return doubleQuoted(text)
    }

    /// Characters YAML readers treat specially inside plain or single-quoted text: C1 controls (NEL among
    /// them), the line and paragraph separators, and the byte-order mark.
    private static func isSpecialBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
            || scalar.value == 0xFEFF
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if ScalarResolver.isAmbiguous(text) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // "-x" and "?x" and ":x" are plain in block context only when followed by a non-space; keep it simple.
            return false
        }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || isSpecialBreak(scalar) { return false }
            if scalar == "#" && previous == " " { return false }
            if previous == ":" && scalar == " " { return false }
            if ",[]{}".unicodeScalars.contains(scalar) { return false }
            previous = scalar
        }
        return true
    }

    private static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isSpecialBreak(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    if scalar.value <= 0xFF {
                        result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                    } else {
                        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Multi-line strings read best as literal blocks (`|`), as kubectl writes them, when every line can be
    /// written verbatim: no tabs or control characters, no trailing spaces, and no leading space on the first
    /// line (which would need an indentation indicator).
    static func literalBlockFits(_ text: String) -> Bool {
        guard text.contains("\n"), !text.hasPrefix(" "), !text.hasPrefix("\n") else { return false }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix(" ") { return false }
            if line.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || isSpecialBreak($0) }) {
                return false
            }
        }
        return true
    }

    static func literalBlock(_ text: String, indent: Int, trailing: String = "") -> String {
        let pad = String(repeating: " ", count: indent)
        var body = Substring(text)
        let chomping: String
        if body.hasSuffix("\n\n") {
            chomping = "+"
        } else if body.hasSuffix("\n") {
            chomping = ""
        } else {
            chomping = "-"
        }
        if body.hasSuffix("\n") { body = body.dropLast() }
        var result = "|" + chomping + trailing + "\n"
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            result += line.isEmpty ? "\n" : pad + line + "\n"
        }
        return result
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
