/// A top-level object of the shape the modelled policy kinds share: `apiVersion`, `kind`, `metadata`, `spec`,
/// and the fields the model does not know. Conforming gives the manifest coding: `apiVersion` and `kind` are
/// skipped when decoding (the loader has checked them) and written first, then `metadata` and `spec`, then
/// the unknown fields as they were.
public protocol ManifestObject: ManifestCodable {
    /// The object's `spec` type.
    associatedtype Spec: ManifestCodable

    /// The `apiVersion` the kind is written with.
    static var apiVersion: String { get }
    /// The `kind`.
    static var kind: String { get }
    /// The `spec` an object written without one has.
    static var emptySpec: Spec { get }

    /// Name, namespace, labels and annotations.
    var metadata: ObjectMeta { get set }
    /// The object's `spec`.
    var spec: Spec { get set }
    /// Top-level fields the model does not know (such as `status`), kept for writing back.
    var unknownFields: ManifestMapping { get set }

    /// Creates an object.
    /// - Parameters:
    ///   - metadata: Its metadata.
    ///   - spec: Its spec.
    init(metadata: ObjectMeta, spec: Spec)
}

extension ManifestObject {
    /// Decodes a document of this kind (`apiVersion` and `kind` are checked by the loader).
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.init(
            metadata: decoder.object(&fields, "metadata") ?? ObjectMeta(),
            spec: decoder.object(&fields, "spec") ?? Self.emptySpec)
        self.unknownFields = fields.remaining
    }

    /// The object as a document.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("apiVersion", Self.apiVersion)
        builder.set("kind", Self.kind)
        builder.set("metadata", metadata)
        builder.set("spec", spec)
        builder.merge(unknownFields)
        return builder.node
    }
}
