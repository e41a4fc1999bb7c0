/// The standard metadata of a Kubernetes object: name, namespace, labels and annotations. Every other field
/// (uid, resourceVersion, managedFields, ownerReferences, ...) is kept in ``unknownFields``.
public struct ObjectMeta: Sendable, Hashable {
    /// The object's name, a DNS-1123 subdomain for the kinds modelled here.
    public var name: String?
    /// A prefix from which the API server generates a unique name when `name` is empty.
    public var generateName: String?
    /// The namespace of a namespaced object; nil means "whatever namespace kubectl targets".
    public var namespace: String?
    /// Labels, which selectors match.
    public var labels: [String: String]
    /// Annotations.
    public var annotations: [String: String]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates metadata.
    /// - Parameters:
    ///   - name: The name.
    ///   - namespace: The namespace.
    ///   - labels: The labels.
    ///   - annotations: The annotations.
    public init(
        name: String? = nil, namespace: String? = nil, labels: [String: String] = [:],
        annotations: [String: String] = [:]
    ) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
        self.unknownFields = ManifestMapping()
    }
}

extension ObjectMeta: ManifestCodable {
    /// Decodes `metadata`.
    /// - Parameters:
    ///   - node: The `metadata` mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.optionalString($1) }
        self.generateName = decoder.field(&fields, "generateName") { $0.optionalString($1) }
        self.namespace = decoder.field(&fields, "namespace") { $0.optionalString($1) }
        self.labels = decoder.field(&fields, "labels") { $0.stringMap($1) } ?? [:]
        self.annotations = decoder.field(&fields, "annotations") { $0.stringMap($1) } ?? [:]
        self.unknownFields = fields.remaining
    }

    /// `metadata` as a tree; empty label and annotation maps are left out.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("generateName", generateName)
        builder.set("namespace", namespace)
        builder.set("labels", labels.isEmpty ? nil : labels)
        builder.set("annotations", annotations.isEmpty ? nil : annotations)
        builder.merge(unknownFields)
        return builder.node
    }
}
