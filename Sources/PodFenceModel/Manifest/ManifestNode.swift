/// One value of a manifest's tree (a YAML or JSON document), with the position it was read from.
///
/// The tree is the common language between the YAML layer, which turns text into trees and back, and the
/// model, which decodes typed objects from trees and encodes them again. Fields the model does not know are
/// kept as trees (``ManifestMapping``), so that reading and writing an object loses nothing.
///
/// Equality and hashing ignore ``mark``: two trees are equal when they say the same thing.
public struct ManifestNode: Sendable, Hashable {
    /// The value itself.
    public var value: ManifestValue
    /// Where the value starts in its source, when it was read from text.
    public var mark: SourceMark?

    /// Creates a node.
    /// - Parameters:
    ///   - value: The value.
    ///   - mark: Where it starts in the source, if it was read.
    public init(_ value: ManifestValue, mark: SourceMark? = nil) {
        self.value = value
        self.mark = mark
    }

    /// Compares values only, ignoring marks.
    public static func == (lhs: ManifestNode, rhs: ManifestNode) -> Bool { lhs.value == rhs.value }

    /// Hashes the value only, ignoring the mark.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// A string scalar.
    /// - Parameter text: The string.
    public static func string(_ text: String) -> ManifestNode { ManifestNode(.scalar(.string(text))) }

    /// An integer scalar.
    /// - Parameter number: The integer.
    public static func int(_ number: Int) -> ManifestNode { ManifestNode(.scalar(.int(number))) }

    /// A boolean scalar.
    /// - Parameter flag: The boolean.
    public static func bool(_ flag: Bool) -> ManifestNode { ManifestNode(.scalar(.bool(flag))) }

    /// A mapping.
    /// - Parameter mapping: The entries.
    public static func mapping(_ mapping: ManifestMapping) -> ManifestNode { ManifestNode(.mapping(mapping)) }

    /// A sequence.
    /// - Parameter items: The elements.
    public static func sequence(_ items: [ManifestNode]) -> ManifestNode { ManifestNode(.sequence(items)) }

    /// The null value.
    public static var null: ManifestNode { ManifestNode(.null) }

    /// The mapping, if this node is one.
    public var mapping: ManifestMapping? {
        if case .mapping(let mapping) = value { return mapping }
        return nil
    }

    /// The elements, if this node is a sequence.
    public var sequence: [ManifestNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The scalar, if this node is one.
    public var scalar: ManifestScalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// The text of a string scalar (only strings: a number or a boolean gives nil).
    public var string: String? {
        if case .scalar(let scalar) = value, scalar.kind == .string { return scalar.text }
        return nil
    }

    /// The value of a mapping's key, if this node is a mapping that has it.
    /// - Parameter key: The key.
    public subscript(key: String) -> ManifestNode? { mapping?[key] }

    /// The node at a field path, following fields and keys through mappings and indices through sequences.
    /// - Parameter path: The path from this node.
    /// - Returns: The node, or nil when some step does not exist.
    /// - Complexity: O(length of the path × width of the mappings on it).
    public func node(at path: FieldPath) -> ManifestNode? {
        var current = self
        for component in path.components {
            switch component {
            case .field(let name), .key(let name):
                guard let next = current[name] else { return nil }
                current = next
            case .index(let index):
                guard let items = current.sequence, items.indices.contains(index) else { return nil }
                current = items[index]
            }
        }
        return current
    }

    /// The best source position for a field path: the mark of the node at the path, or of the deepest node on
    /// the way that exists (so a missing field points at the object that lacks it). For a `.key` step, the
    /// mark of the key itself is used, since such diagnostics are about the key.
    /// - Parameter path: The path from this node.
    /// - Returns: The mark, or nil when the tree was not read from text.
    public func mark(at path: FieldPath) -> SourceMark? {
        var current = self
        var best = mark
        for component in path.components {
            switch component {
            case .field(let name):
                guard let next = current[name] else { return best }
                current = next
                best = next.mark ?? best
            case .key(let name):
                guard let entry = current.mapping?.entry(forKey: name) else { return best }
                current = entry.value
                best = entry.keyMark ?? entry.value.mark ?? best
            case .index(let index):
                guard let items = current.sequence, items.indices.contains(index) else { return best }
                current = items[index]
                best = current.mark ?? best
            }
        }
        return best
    }
}

/// The kinds of value a manifest holds.
public enum ManifestValue: Sendable, Hashable {
    /// `null`, `~` or an empty value.
    case null
    /// A string, number or boolean.
    case scalar(ManifestScalar)
    /// A list.
    case sequence([ManifestNode])
    /// A map with string keys, in the order written.
    case mapping(ManifestMapping)
}

/// A scalar: its text as written (for numbers) or its string value, and the type a YAML 1.1 reader such as
/// kubectl resolves it to.
///
/// Plain scalars are resolved as kubectl's YAML library does: `yes`, `on`, `true` and their variants are
/// booleans, `080` is a number. A field that needs a string and gets a boolean is therefore an error, which
/// is what the API server would answer too.
public struct ManifestScalar: Sendable, Hashable {
    /// What a scalar resolves to.
    public enum Kind: Sendable, Hashable {
        /// A string (quoted, or plain text that resolves to nothing else).
        case string
        /// A boolean.
        case bool
        /// An integer (any base YAML accepts; see ``ManifestScalar/intValue``).
        case int
        /// A floating-point number, including `.inf` and `.nan`.
        case float
    }

    /// The string value for strings, the text as written for the other kinds.
    public var text: String
    /// The resolved type.
    public var kind: Kind

    /// Creates a scalar.
    /// - Parameters:
    ///   - text: The string value, or the text of a number or boolean.
    ///   - kind: The resolved type.
    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// Scalars are equal when they mean the same: `0x1F` equals `31`, `yes` equals `true`, `1e3` equals
    /// `1000.0`; strings compare by text.
    public static func == (lhs: ManifestScalar, rhs: ManifestScalar) -> Bool {
        guard lhs.kind == rhs.kind else { return false }
        switch lhs.kind {
        case .string: return lhs.text == rhs.text
        case .bool: return lhs.boolValue == rhs.boolValue
        case .int:
            if let left = lhs.intValue, let right = rhs.intValue { return left == right }
            return lhs.text == rhs.text
        case .float:
            if let left = lhs.doubleValue, let right = rhs.doubleValue {
                return left == right || (left.isNaN && right.isNaN)
            }
            return lhs.text == rhs.text
        }
    }

    /// Hashes what the scalar means (see ``==(_:_:)``).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        switch kind {
        case .string: hasher.combine(text)
        case .bool: hasher.combine(boolValue)
        case .int: if let value = intValue { hasher.combine(value) } else { hasher.combine(text) }
        case .float: if let value = doubleValue, !value.isNaN { hasher.combine(value) } else { hasher.combine(text) }
        }
    }

    /// The value of a float scalar (`.inf`, `-.inf` and `.nan` included), else nil.
    public var doubleValue: Double? {
        guard kind == .float else { return nil }
        let cleaned = text.filter { $0 != "_" }
        switch cleaned.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return Double(cleaned)
        }
    }

    /// A string scalar.
    /// - Parameter text: The string.
    public static func string(_ text: String) -> ManifestScalar { ManifestScalar(text: text, kind: .string) }

    /// An integer scalar.
    /// - Parameter number: The integer.
    public static func int(_ number: Int) -> ManifestScalar { ManifestScalar(text: String(number), kind: .int) }

    /// A boolean scalar.
    /// - Parameter flag: The boolean.
    public static func bool(_ flag: Bool) -> ManifestScalar {
        ManifestScalar(text: flag ? "true" : "false", kind: .bool)
    }

    /// The boolean value of a boolean scalar (YAML 1.1 spellings included), else nil.
    public var boolValue: Bool? {
        guard kind == .bool else { return nil }
        switch text.lowercased() {
        case "true", "yes", "y", "on": return true
        default: return false
        }
    }

    /// The value of an integer scalar that fits in `Int` (decimal, `0x`, `0o`, `0b`, and YAML 1.1's leading-zero
    /// octal; `_` separators allowed), else nil.
    public var intValue: Int? {
        guard kind == .int else { return nil }
        var digits = Substring(text.filter { $0 != "_" })
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        if digits.hasPrefix("0x") {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0o") {
            radix = 8
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0b") {
            radix = 2
            digits = digits.dropFirst(2)
        } else if digits.count > 1, digits.hasPrefix("0") {
            radix = 8
            digits = digits.dropFirst()
        }
        guard let magnitude = Int(digits, radix: radix) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// A short description for messages: `the string "80"`, `the number 80`, `the boolean yes`.
    public var summary: String {
        switch kind {
        case .string: "the string \"\(text)\""
        case .bool: "the boolean \(text)"
        case .int, .float: "the number \(text)"
        }
    }
}
