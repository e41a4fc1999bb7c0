/// A Kubernetes Namespace. NetworkPolicies select namespaces by label only; the API server puts the immutable
/// label `kubernetes.io/metadata.name=<name>` on every namespace (``effectiveLabels``).
public struct Namespace: Sendable, Hashable {
    /// `v1`.
    public static let apiVersion = "v1"
    /// `Namespace`.
    public static let kind = "Namespace"
    /// The label the API server sets to the namespace's name.
    public static let nameLabel = "kubernetes.io/metadata.name"

    /// Name and labels.
    public var metadata: ObjectMeta
    /// Top-level fields the model does not know (`spec`, `status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a namespace.
    /// - Parameters:
    ///   - name: The name.
    ///   - labels: Its labels (the automatic name label is added by ``effectiveLabels``).
    public init(name: String, labels: [String: String] = [:]) {
        self.metadata = ObjectMeta(name: name, labels: labels)
        self.unknownFields = ManifestMapping()
    }

    /// The namespace's name (empty when the manifest has none).
    public var name: String { metadata.name ?? "" }

    /// The labels selectors see: the written labels with `kubernetes.io/metadata.name` set to the name, as the
    /// API server does (overwriting a conflicting value, which validation reports).
    public var effectiveLabels: [String: String] {
        var labels = metadata.labels
        labels[Self.nameLabel] = name
        return labels
    }
}

extension Namespace: ManifestCodable {
    /// Decodes a Namespace document.
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.unknownFields = fields.remaining
    }

    /// The namespace as a document.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("apiVersion", Self.apiVersion)
        builder.set("kind", Self.kind)
        builder.set("metadata", metadata)
        builder.merge(unknownFields)
        return builder.node
    }
}
