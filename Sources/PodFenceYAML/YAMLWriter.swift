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
    /// - Parameter document: The document's root.
    /// - Returns: The YAML text, ending in a newline.
    public func write(_ document: ManifestNode) -> String {
        var output = ""
        writeDocument(document, into: &output)
        return output
    }

    /// Writes several documents separated by `---` lines.
    /// - Parameter documents: The documents' roots.
    /// - Returns: The YAML stream.
    public func write(documents: [ManifestNode]) -> String {
        var output = ""
        for (index, document) in documents.enumerated() {
            if index > 0 { output += "---\n" }
            writeDocument(document, into: &output)
        }
        return output
    }

    private func writeDocument(_ node: ManifestNode, into output: inout String) {
        switch node.value {
        case .mapping(let mapping) where !mapping.isEmpty:
            writeEntries(Self.ordered(mapping, topLevel: true), indent: 0, into: &output)
        case .sequence(let items) where !items.isEmpty:
            writeItems(items, indent: 0, into: &output)
        default:
            output += inline(node) + "\n"
        }
    }

    /// The entries of a mapping in output order.
    static func ordered(_ mapping: ManifestMapping, topLevel: Bool) -> [ManifestEntry] {
        let sorted = mapping.entries.sorted { $0.key < $1.key }
        guard topLevel else { return sorted }
        let leading = leadingKeys.compactMap { key in mapping.entry(forKey: key) }
        return leading + sorted.filter { !leadingKeys.contains($0.key) }
    }

    private func writeEntries(_ entries: [ManifestEntry], indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        for entry in entries {
            output += pad + Self.quoted(entry.key) + ":"
            writeValue(entry.value, indent: indent, itemIndent: indent, into: &output)
        }
    }

    /// Writes what follows `key:` or `- `: inline scalars, or a nested block on the next lines.
    private func writeValue(_ node: ManifestNode, indent: Int, itemIndent: Int, into output: inout String) {
        switch node.value {
        case .mapping(let mapping) where !mapping.isEmpty:
            output += "\n"
            writeEntries(Self.ordered(mapping, topLevel: false), indent: indent + 2, into: &output)
        case .sequence(let items) where !items.isEmpty:
            output += "\n"
            writeItems(items, indent: itemIndent, into: &output)
        case .scalar(let scalar) where scalar.kind == .string && Self.literalBlockFits(scalar.text):
            output += " " + Self.literalBlock(scalar.text, indent: indent + 2)
        default:
            output += " " + inline(node) + "\n"
        }
    }

    private func writeItems(_ items: [ManifestNode], indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item.value {
            case .mapping(let mapping) where !mapping.isEmpty:
                // The first key goes on the dash's line; the others line up under it.
                let entries = Self.ordered(mapping, topLevel: false)
                output += pad + "- "
                var first = true
                for entry in entries {
                    if !first { output += pad + "  " }
                    first = false
                    output += Self.quoted(entry.key) + ":"
                    writeValue(entry.value, indent: indent + 2, itemIndent: indent + 2, into: &output)
                }
            case .sequence(let nested) where !nested.isEmpty:
                output += pad + "-\n"
                writeItems(nested, indent: indent + 2, into: &output)
            case .scalar(let scalar) where scalar.kind == .string && Self.literalBlockFits(scalar.text):
                output += pad + "- " + Self.literalBlock(scalar.text, indent: indent + 2)
            default:
                output += pad + "- " + inline(item) + "\n"
            }
        }
    }

    private func inline(_ node: ManifestNode) -> String {
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

    private static func literalBlock(_ text: String, indent: Int) -> String {
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
        var result = "|" + chomping + "\n"
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
