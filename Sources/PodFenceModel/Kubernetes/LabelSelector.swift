/// A label selector (`metav1.LabelSelector`): `matchLabels` and `matchExpressions`, all AND'ed.
///
/// An empty selector (`{}`) matches everything. Matching itself lives in `PodFenceSelectors`; this type is the
/// data, as written.
///
/// ```swift
/// let web = LabelSelector(["app": "web"])
/// let notCanary = LabelSelector(expressions: [.init(key: "track", operator: .notIn, values: ["canary"])])
/// ```
public struct LabelSelector: Sendable, Hashable {
    /// Labels that must be present with exactly these values.
    public var matchLabels: [String: String]
    /// Requirements on labels.
    public var matchExpressions: [LabelSelectorRequirement]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a selector.
    /// - Parameters:
    ///   - matchLabels: Labels that must match exactly.
    ///   - expressions: Further requirements.
    public init(_ matchLabels: [String: String] = [:], expressions: [LabelSelectorRequirement] = []) {
        self.matchLabels = matchLabels
        self.matchExpressions = expressions
        self.unknownFields = ManifestMapping()
    }

    /// The selector that matches everything (`{}`).
    public static var everything: LabelSelector { LabelSelector() }

    /// True when the selector has no requirement, so it matches everything.
    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }
}

/// One `matchExpressions` entry: a key, an operator and values.
public struct LabelSelectorRequirement: Sendable, Hashable {
    /// The label key.
    public var key: String
    /// The operator (`In`, `NotIn`, `Exists`, `DoesNotExist`; others are kept for diagnostics).
    public var `operator`: LabelSelectorOperator
    /// The values, for `In` and `NotIn`.
    public var values: [String]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a requirement.
    /// - Parameters:
    ///   - key: The label key.
    ///   - operator: The operator.
    ///   - values: The values (`In`/`NotIn` only).
    public init(key: String, operator: LabelSelectorOperator, values: [String] = []) {
        self.key = key
        self.operator = `operator`
        self.values = values
        self.unknownFields = ManifestMapping()
    }
}

/// A label selector operator. Unknown spellings are kept so that validation can report them.
public struct LabelSelectorOperator: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The operator as written.
    public var rawValue: String
    /// Creates an operator from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The value is one of the listed values.
    public static let `in` = LabelSelectorOperator(rawValue: "In")
    /// The key is absent, or its value is none of the listed values.
    public static let notIn = LabelSelectorOperator(rawValue: "NotIn")
    /// The key is present.
    public static let exists = LabelSelectorOperator(rawValue: "Exists")
    /// The key is absent.
    public static let doesNotExist = LabelSelectorOperator(rawValue: "DoesNotExist")
    /// The four operators Kubernetes accepts.
    public static let supported: [LabelSelectorOperator] = [.in, .notIn, .exists, .doesNotExist]
    /// The spelling.
    public var description: String { rawValue }
}

extension LabelSelector: ManifestCodable {
    /// Decodes a selector.
    /// - Parameters:
    ///   - node: The selector mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.matchLabels = decoder.field(&fields, "matchLabels") { $0.stringMap($1) } ?? [:]
        self.matchExpressions = decoder.objects(&fields, "matchExpressions") ?? []
        self.unknownFields = fields.remaining
    }

    /// The selector as a tree (`{}` when empty).
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("matchLabels", matchLabels.isEmpty ? nil : matchLabels)
        builder.set("matchExpressions", matchExpressions.isEmpty ? nil : matchExpressions)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension LabelSelectorRequirement: ManifestCodable {
    /// Decodes a requirement.
    /// - Parameters:
    ///   - node: The requirement mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.key = decoder.field(&fields, "key") { $0.string($1) } ?? ""
        self.operator = LabelSelectorOperator(rawValue: decoder.field(&fields, "operator") { $0.string($1) } ?? "")
        self.values = decoder.field(&fields, "values") { $0.stringList($1) } ?? []
        self.unknownFields = fields.remaining
    }

    /// The requirement as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("key", key)
        builder.set("operator", `operator`.rawValue)
        builder.set("values", values.isEmpty ? nil : values)
        builder.merge(unknownFields)
        return builder.node
    }
}
