extension CalicoNetworkPolicy: ManifestCodable {
    /// Decodes a Calico NetworkPolicy document (`apiVersion` and `kind` are checked by the loader).
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.spec =
            decoder.field(&fields, "spec") { CalicoPolicySpec(manifest: $1, decoder: &$0, isGlobal: false) }
            ?? CalicoPolicySpec()
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

extension CalicoGlobalNetworkPolicy: ManifestCodable {
    /// Decodes a Calico GlobalNetworkPolicy document (`apiVersion` and `kind` are checked by the loader).
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.spec =
            decoder.field(&fields, "spec") { CalicoPolicySpec(manifest: $1, decoder: &$0, isGlobal: true) }
            ?? CalicoPolicySpec()
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

extension CalicoPolicySpec: ManifestCodable {
    /// Decodes a GlobalNetworkPolicy's `spec` (every field of the type).
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        self.init(manifest: node, decoder: &decoder, isGlobal: true)
    }

    /// Decodes `spec`; without `isGlobal`, the fields only a GlobalNetworkPolicy has are left as unknown
    /// fields, as Calico's NetworkPolicy does not have them.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    ///   - isGlobal: True for a GlobalNetworkPolicy.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder, isGlobal: Bool) {
        var fields = decoder.fields(node)
        self.tier = decoder.field(&fields, "tier") { $0.optionalString($1) }
        self.order = decoder.field(&fields, "order") { CalicoOrder.decode($1, decoder: &$0) }
        self.selector = decoder.field(&fields, "selector") { $0.optionalString($1) }
        self.types = decoder.field(&fields, "types") { $0.stringList($1) }?.map(PolicyType.init(rawValue:))
        self.ingress = decoder.objects(&fields, "ingress")
        self.egress = decoder.objects(&fields, "egress")
        if isGlobal {
            self.namespaceSelector = decoder.field(&fields, "namespaceSelector") { $0.optionalString($1) }
        }
        self.serviceAccountSelector = decoder.field(&fields, "serviceAccountSelector") { $0.optionalString($1) }
        if isGlobal {
            self.doNotTrack = decoder.field(&fields, "doNotTrack") { $0.calicoOptionalBool($1) }
            self.preDNAT = decoder.field(&fields, "preDNAT") { $0.calicoOptionalBool($1) }
            self.applyOnForward = decoder.field(&fields, "applyOnForward") { $0.calicoOptionalBool($1) }
        }
        self.performanceHints = decoder.field(&fields, "performanceHints") { $0.stringList($1) }
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree, in the API's field order.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("tier", tier)
        builder.set("order", order?.manifest)
        builder.set("selector", selector)
        builder.set("types", types?.map(\.rawValue))
        builder.set("ingress", ingress)
        builder.set("egress", egress)
        builder.set("namespaceSelector", namespaceSelector)
        builder.set("serviceAccountSelector", serviceAccountSelector)
        builder.set("doNotTrack", doNotTrack)
        builder.set("preDNAT", preDNAT)
        builder.set("applyOnForward", applyOnForward)
        builder.set("performanceHints", performanceHints)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ManifestDecoder {
    /// Decodes a boolean, accepting null as nil without a report.
    mutating func calicoOptionalBool(_ node: ManifestNode) -> Bool? {
        if case .null = node.value { return nil }
        return bool(node)
    }

    /// Reports a value of the wrong type, as ``ManifestDecoder`` does for the types it knows (`D01`).
    mutating func calicoTypeMismatch(_ node: ManifestNode, expected: String) {
        let found: String
        var hint = ""
        switch node.value {
        case .null: found = "null"
        case .mapping: found = "a map"
        case .sequence: found = "a list"
        case .scalar(let scalar):
            found = scalar.summary
            if scalar.kind == .string, Double(scalar.text) != nil { hint = " (remove the quotes to make it a number)" }
        }
        report(.wrongType, "expected \(expected), found \(found)\(hint)")
    }
}
