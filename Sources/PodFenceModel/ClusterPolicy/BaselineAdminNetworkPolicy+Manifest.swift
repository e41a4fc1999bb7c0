extension BaselineAdminNetworkPolicy: ManifestObject {
    /// An object written without a `spec` has the empty one.
    public static var emptySpec: BaselineAdminNetworkPolicySpec { BaselineAdminNetworkPolicySpec() }
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
