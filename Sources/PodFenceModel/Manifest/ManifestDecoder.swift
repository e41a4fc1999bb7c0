/// Decodes model objects from manifest trees, collecting diagnostics instead of stopping at the first problem.
///
/// A wrong type (a list where a map belongs, a boolean where a string belongs) is reported with its field path
/// and the field is left at its default, so that one pass reports every problem of an object. Callers must
/// treat an object whose decoding produced errors as incomplete (the loaders do).
public struct ManifestDecoder: Sendable {
    /// The diagnostics found so far, with paths relative to the object's root (no locations: the loader adds
    /// them from the tree's marks).
    public private(set) var diagnostics: [Diagnostic] = []
    private var components: [FieldPath.Component] = []

    /// Creates a decoder with no diagnostics.
    public init() {}

    /// The path of the field being decoded.
    public var path: FieldPath { FieldPath(components) }

    /// Reports a problem at the current path (or at a sub-path of it).
    /// - Parameters:
    ///   - code: The diagnostic code.
    ///   - message: What is wrong and what would be valid.
    ///   - severity: Error unless given.
    ///   - extra: Components to append to the current path.
    public mutating func report(
        _ code: Diagnostic.Code, _ message: String, severity: Diagnostic.Severity = .error,
        at extra: [FieldPath.Component] = []
    ) {
        diagnostics.append(Diagnostic(severity, code: code, path: FieldPath(components + extra), message: message))
    }

    /// Runs `body` with a component pushed on the current path.
    /// - Parameters:
    ///   - component: The step into the value.
    ///   - body: The decoding of that value.
    public mutating func at<T>(_ component: FieldPath.Component, _ body: (inout ManifestDecoder) -> T) -> T {
        components.append(component)
        defer { components.removeLast() }
        return body(&self)
    }

    private mutating func typeMismatch(_ node: ManifestNode, expected: String) {
        let found: String
        var hint = ""
        switch node.value {
        case .null: found = "null"
        case .mapping: found = "a map"
        case .sequence: found = "a list"
        case .scalar(let scalar):
            found = scalar.summary
            if scalar.kind == .bool, expected.contains("string") {
                hint =
                    " (YAML 1.1 readers such as kubectl read yes/no/y/n/on/off/true/false as booleans: quote it,"
                    + " \"\(scalar.text)\")"
            } else if scalar.kind != .string, expected.contains("string") {
                hint = " (quote it: \"\(scalar.text)\")"
            } else if scalar.kind == .string, expected.contains("integer"), Int(scalar.text) != nil {
                hint = " (remove the quotes to make it a number)"
            }
        }
        report(.wrongType, "expected \(expected), found \(found)\(hint)")
    }

    /// Decodes a string; anything else is reported.
    /// - Parameter node: The value.
    /// - Returns: The string, or nil after reporting a mismatch.
    public mutating func string(_ node: ManifestNode) -> String? {
        if case .scalar(let scalar) = node.value, scalar.kind == .string { return scalar.text }
        typeMismatch(node, expected: "a string")
        return nil
    }

    /// Decodes a string, accepting null as nil without a report (Kubernetes treats `field: null` as absent).
    /// - Parameter node: The value.
    public mutating func optionalString(_ node: ManifestNode) -> String? {
        if case .null = node.value { return nil }
        return string(node)
    }

    /// Decodes an integer that fits in 64 bits; anything else (a float, a quoted number, an overflow) is
    /// reported.
    /// - Parameter node: The value.
    public mutating func int(_ node: ManifestNode) -> Int? {
        if case .scalar(let scalar) = node.value, scalar.kind == .int {
            if let value = scalar.intValue { return value }
            report(.integerOverflow, "the number \(scalar.text) does not fit in a 64-bit integer")
            return nil
        }
        typeMismatch(node, expected: "an integer")
        return nil
    }

    /// Decodes an integer, accepting null as nil without a report (Kubernetes treats `field: null` as absent).
    /// - Parameter node: The value.
    public mutating func optionalInt(_ node: ManifestNode) -> Int? {
        if case .null = node.value { return nil }
        return int(node)
    }

    /// Decodes a boolean.
    /// - Parameter node: The value.
    public mutating func bool(_ node: ManifestNode) -> Bool? {
        if case .scalar(let scalar) = node.value, let value = scalar.boolValue { return value }
        typeMismatch(node, expected: "a boolean")
        return nil
    }

    /// Decodes a list, element by element, with the index on the path. `null` is an empty list.
    /// - Parameters:
    ///   - node: The value.
    ///   - element: Decodes one element.
    /// - Returns: The decoded elements (those whose decoding returned nil are left out, after their report).
    public mutating func list<T>(
        _ node: ManifestNode, _ element: (inout ManifestDecoder, ManifestNode) -> T?
    ) -> [T]? {
        switch node.value {
        case .null:
            return nil
        case .sequence(let items):
            var result: [T] = []
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                if let value = at(.index(index), { element(&$0, item) }) { result.append(value) }
            }
            return result
        default:
            typeMismatch(node, expected: "a list")
            return nil
        }
    }

    /// Decodes a list of strings.
    /// - Parameter node: The value.
    public mutating func stringList(_ node: ManifestNode) -> [String]? {
        list(node) { decoder, item in decoder.string(item) }
    }

    /// Decodes a map of strings to strings (labels, annotations, node selectors). `null` is an empty map.
    /// - Parameter node: The value.
    public mutating func stringMap(_ node: ManifestNode) -> [String: String]? {
        switch node.value {
        case .null:
            return nil
        case .mapping(let mapping):
            var result: [String: String] = [:]
            result.reserveCapacity(mapping.count)
            for entry in mapping {
                if let value = at(.key(entry.key), { $0.string(entry.value) }) { result[entry.key] = value }
            }
            return result
        default:
            typeMismatch(node, expected: "a map of strings")
            return nil
        }
    }

    /// Opens a mapping for field-by-field decoding. Anything but a mapping (null included, which decodes as an
    /// empty object) is reported when it is not null.
    /// - Parameter node: The value.
    /// - Returns: The fields, to be taken one by one; what is left are the unknown fields.
    public mutating func fields(_ node: ManifestNode) -> ManifestFields {
        switch node.value {
        case .mapping(let mapping):
            return ManifestFields(mapping)
        case .null:
            return ManifestFields(ManifestMapping())
        default:
            typeMismatch(node, expected: "a map")
            return ManifestFields(ManifestMapping())
        }
    }

    /// Decodes the field `name` of `fields` with `body`, the field's name pushed on the path. Returns nil when
    /// the field is absent.
    /// - Parameters:
    ///   - fields: The open mapping.
    ///   - name: The field.
    ///   - body: Decodes the field's value.
    public mutating func field<T>(
        _ fields: inout ManifestFields, _ name: String, _ body: (inout ManifestDecoder, ManifestNode) -> T?
    ) -> T? {
        guard let node = fields.take(name) else { return nil }
        return at(.field(name)) { body(&$0, node) }
    }

    /// Decodes a nested object field with its ``ManifestDecodable`` conformance. Null counts as absent.
    /// - Parameters:
    ///   - fields: The open mapping.
    ///   - name: The field.
    public mutating func object<T: ManifestDecodable>(_ fields: inout ManifestFields, _ name: String) -> T? {
        field(&fields, name) { decoder, node in
            if case .null = node.value { return nil }
            return T(manifest: node, decoder: &decoder)
        }
    }

    /// Decodes a list field of ``ManifestDecodable`` elements.
    /// - Parameters:
    ///   - fields: The open mapping.
    ///   - name: The field.
    public mutating func objects<T: ManifestDecodable>(_ fields: inout ManifestFields, _ name: String) -> [T]? {
        field(&fields, name) { decoder, node in
            decoder.list(node) { decoder, item in T(manifest: item, decoder: &decoder) }
        }
    }
}

/// The fields of one mapping being decoded: ``take(_:)`` removes a known field; the fields never taken are the
/// object's unknown fields.
public struct ManifestFields: Sendable {
    private var mapping: ManifestMapping
    private var taken: [Bool]

    /// Opens a mapping.
    /// - Parameter mapping: The mapping.
    public init(_ mapping: ManifestMapping) {
        self.mapping = mapping
        self.taken = Array(repeating: false, count: mapping.count)
    }

    /// Takes a known field.
    /// - Parameter name: The field.
    /// - Returns: Its value, or nil when absent.
    public mutating func take(_ name: String) -> ManifestNode? {
        for index in mapping.indices where !taken[index] && mapping[index].key == name {
            taken[index] = true
            return mapping[index].value
        }
        return nil
    }

    /// The fields not taken, in written order.
    public var remaining: ManifestMapping {
        ManifestMapping(uniqueEntries: mapping.indices.filter { !taken[$0] }.map { mapping[$0] })
    }
}

/// A model type that decodes itself from a manifest tree.
public protocol ManifestDecodable {
    /// Decodes from a tree, reporting problems to `decoder`.
    /// - Parameters:
    ///   - node: The value to decode.
    ///   - decoder: Collects diagnostics and tracks the field path.
    init(manifest node: ManifestNode, decoder: inout ManifestDecoder)
}

/// A model type that encodes itself as a manifest tree, unknown fields included.
public protocol ManifestEncodable {
    /// The object as a tree, with the fields the user wrote that the model does not know.
    var manifest: ManifestNode { get }
}

/// A model type that decodes from and encodes to manifest trees.
public typealias ManifestCodable = ManifestDecodable & ManifestEncodable

extension ManifestDecodable {
    /// Decodes a value from a tree.
    /// - Parameter node: The tree.
    /// - Returns: The value and the diagnostics found (the value is incomplete when they hold errors).
    public static func decode(from node: ManifestNode) -> (value: Self, diagnostics: [Diagnostic]) {
        var decoder = ManifestDecoder()
        let value = Self(manifest: node, decoder: &decoder)
        return (value, decoder.diagnostics)
    }
}

/// Builds a mapping node for encoding: fields set to nil are left out, as Kubernetes' omitempty does.
public struct ManifestBuilder {
    /// The entries so far.
    public private(set) var mapping = ManifestMapping()

    /// Starts an empty mapping.
    public init() {}

    /// Adds a field when the value is present.
    /// - Parameters:
    ///   - name: The field.
    ///   - node: The value, or nil to leave the field out.
    public mutating func set(_ name: String, _ node: ManifestNode?) {
        if let node { mapping.append(ManifestEntry(key: name, value: node)) }
    }

    /// Adds a string field when present.
    /// - Parameters:
    ///   - name: The field.
    ///   - text: The value.
    public mutating func set(_ name: String, _ text: String?) { set(name, text.map(ManifestNode.string)) }

    /// Adds an integer field when present.
    /// - Parameters:
    ///   - name: The field.
    ///   - number: The value.
    public mutating func set(_ name: String, _ number: Int?) { set(name, number.map(ManifestNode.int)) }

    /// Adds a boolean field when present.
    /// - Parameters:
    ///   - name: The field.
    ///   - flag: The value.
    public mutating func set(_ name: String, _ flag: Bool?) { set(name, flag.map(ManifestNode.bool)) }

    /// Adds a nested object when present.
    /// - Parameters:
    ///   - name: The field.
    ///   - object: The value.
    public mutating func set<T: ManifestEncodable>(_ name: String, _ object: T?) { set(name, object?.manifest) }

    /// Adds a list of objects when present.
    /// - Parameters:
    ///   - name: The field.
    ///   - objects: The elements.
    public mutating func set<T: ManifestEncodable>(_ name: String, _ objects: [T]?) {
        set(name, objects.map { ManifestNode.sequence($0.map(\.manifest)) })
    }

    /// Adds a list of strings when present.
    /// - Parameters:
    ///   - name: The field.
    ///   - strings: The elements.
    public mutating func set(_ name: String, _ strings: [String]?) {
        set(name, strings.map { ManifestNode.sequence($0.map(ManifestNode.string)) })
    }

    /// Adds a map of strings when present (keys sorted, so output is stable).
    /// - Parameters:
    ///   - name: The field.
    ///   - map: The entries.
    public mutating func set(_ name: String, _ map: [String: String]?) {
        set(name, map.map { ManifestNode.mapping(ManifestMapping.sorted($0)) })
    }

    /// Adds the unknown fields kept from the source, after the known ones.
    /// - Parameter unknown: The unknown fields.
    public mutating func merge(_ unknown: ManifestMapping) {
        mapping.merge(missingFrom: unknown)
    }

    /// The mapping as a node.
    public var node: ManifestNode { .mapping(mapping) }
}

extension ManifestMapping {
    /// A mapping of strings with its keys sorted.
    /// - Parameter map: The entries.
    public static func sorted(_ map: [String: String]) -> ManifestMapping {
        ManifestMapping(uniqueEntries: map.keys.sorted().map { ManifestEntry(key: $0, value: .string(map[$0]!)) })
    }
}
