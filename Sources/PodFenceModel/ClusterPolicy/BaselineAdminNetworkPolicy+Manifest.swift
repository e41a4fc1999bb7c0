extension BaselineAdminNetworkPolicy: ManifestCodable {
    /// Decodes a BaselineAdminNetworkPolicy document (`apiVersion` and `kind` are checked by the loader).
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.spec = decoder.object(&fields, "spec") ?? BaselineAdminNetworkPolicySpec()
        self.unknownFields = fields.remaining
    }

    /// The policy as a document.
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

extension BaselineAdminNetworkPolicySpec: ManifestCodable {
    /// Decodes `spec`. A `priority` written here is not a field of this kind: it stays in ``unknownFields``
    /// (written back as it was) and validation reports it.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.subject = decoder.object(&fields, "subject")
        self.ingress = decoder.objects(&fields, "ingress")
        self.egress = decoder.objects(&fields, "egress")
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree, in the API's field order.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("subject", subject)
        builder.set("ingress", ingress)
        builder.set("egress", egress)
        builder.merge(unknownFields)
        return builder.node
    }
}
