import PodFenceModel

/// Writes manifest trees as JSON with two-space indentation, keys in the same order as ``YAMLWriter``.
public struct JSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes one document.
    /// - Parameter document: The document's root.
    /// - Returns: The JSON text, ending in a newline.
    public func write(_ document: ManifestNode) -> String {
        var output = ""
        write(document, indent: 0, topLevel: true, into: &output)
        return output + "\n"
    }

    /// Writes several documents as a `kind: List` object, the way kubectl prints several objects as JSON.
    /// - Parameter documents: The documents' roots.
    /// - Returns: The JSON text.
    public func write(documents: [ManifestNode]) -> String {
        if documents.count == 1 { return write(documents[0]) }
        let list: ManifestNode = .mapping([
            "apiVersion": .string("v1"), "kind": .string("List"), "items": .sequence(documents),
        ])
        return write(list)
    }

    private func write(_ node: ManifestNode, indent: Int, topLevel: Bool, into output: inout String) {
        let pad = String(repeating: " ", count: indent + 2)
        switch node.value {
        case .null:
            output += "null"
        case .scalar(let scalar):
            switch scalar.kind {
            case .string: output += Self.quoted(scalar.text)
            case .bool: output += (scalar.boolValue ?? false) ? "true" : "false"
            case .int: output += scalar.intValue.map(String.init) ?? Self.quoted(scalar.text)
            case .float:
                // JSON has no .inf/.nan and no leading '+', '.' or '_' separators: normalise through Double.
                if let value = Double(scalar.text.filter { $0 != "_" }), value.isFinite {
                    output += String(value)
                } else {
                    output += Self.quoted(scalar.text)
                }
            }
        case .sequence(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += pad
                write(item, indent: indent + 2, topLevel: false, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .mapping(let mapping):
            if mapping.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            let entries = YAMLWriter.ordered(mapping, topLevel: topLevel)
            for (index, entry) in entries.enumerated() {
                output += pad + Self.quoted(entry.key) + ": "
                write(entry.value, indent: indent + 2, topLevel: false, into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal (also a valid DOT string): quotes, backslashes and control characters escaped,
    /// and the characters YAML readers take as line breaks escaped too.
    /// - Parameter text: The string.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                // Control characters, and the characters YAML 1.1 readers take as line breaks (NEL, LS, PS),
                // are escaped so that every YAML reader reads the string back unchanged.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
