extension ClusterNetworkPolicy: ManifestObject {
    /// An object written without a `spec` has the empty one.
    public static var emptySpec: ClusterNetworkPolicySpec { ClusterNetworkPolicySpec() }
}

extension ClusterNetworkPolicySpec: ManifestCodable {
    /// Decodes `spec`.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.tier = decoder.field(&fields, "tier") { $0.optionalString($1) }.map(PolicyTier.init(rawValue:))
        self.priority = decoder.field(&fields, "priority") { $0.optionalInt($1) }
        self.subject = decoder.object(&fields, "subject")
        self.ingress = decoder.objects(&fields, "ingress")
        self.egress = decoder.objects(&fields, "egress")
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree, in the API's field order.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("tier", tier?.rawValue)
        builder.set("priority", priority)
        builder.set("subject", subject)
        builder.set("ingress", ingress)
        builder.set("egress", egress)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ClusterPolicyIngressRule: ManifestCodable {
    /// Decodes an ingress rule.
    /// - Parameters:
    ///   - node: The rule mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.optionalString($1) }
        self.action = decoder.field(&fields, "action") { $0.optionalString($1) }.map(
            ClusterPolicyAction.init(rawValue:))
        self.from = decoder.objects(&fields, "from")
        self.protocols = decoder.objects(&fields, "protocols")
        self.unknownFields = fields.remaining
    }

    /// The rule as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("action", action?.rawValue)
        builder.set("from", from)
        builder.set("protocols", protocols)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ClusterPolicyEgressRule: ManifestCodable {
    /// Decodes an egress rule.
    /// - Parameters:
    ///   - node: The rule mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.optionalString($1) }
        self.action = decoder.field(&fields, "action") { $0.optionalString($1) }.map(
            ClusterPolicyAction.init(rawValue:))
        self.to = decoder.objects(&fields, "to")
        self.protocols = decoder.objects(&fields, "protocols")
        self.unknownFields = fields.remaining
    }

    /// The rule as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("action", action?.rawValue)
        builder.set("to", to)
        builder.set("protocols", protocols)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ClusterPolicyProtocol: ManifestCodable {
    /// Decodes a `protocols[j]` entry.
    /// - Parameters:
    ///   - node: The entry mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.tcp = decoder.object(&fields, "tcp")
        self.udp = decoder.object(&fields, "udp")
        self.sctp = decoder.object(&fields, "sctp")
        self.destinationNamedPort = decoder.field(&fields, "destinationNamedPort") { $0.optionalString($1) }
        self.unknownFields = fields.remaining
    }

    /// The entry as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("tcp", tcp)
        builder.set("udp", udp)
        builder.set("sctp", sctp)
        builder.set("destinationNamedPort", destinationNamedPort)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ClusterPolicyPortMatch: ManifestCodable {
    /// Decodes the `tcp`, `udp` or `sctp` match of a protocol entry.
    /// - Parameters:
    ///   - node: The match mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.destinationPort = decoder.object(&fields, "destinationPort")
        self.unknownFields = fields.remaining
    }

    /// The match as a tree (`{}` without a destination port).
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("destinationPort", destinationPort)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ClusterPolicyPort: ManifestCodable {
    /// Decodes a `destinationPort`.
    /// - Parameters:
    ///   - node: The port mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.number = decoder.field(&fields, "number") { $0.optionalInt($1) }
        self.range = decoder.object(&fields, "range")
        self.unknownFields = fields.remaining
    }

    /// The port as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("number", number)
        builder.set("range", range)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ClusterPolicyPortRange: ManifestCodable {
    /// Decodes a port `range`.
    /// - Parameters:
    ///   - node: The range mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.start = decoder.field(&fields, "start") { $0.optionalInt($1) }
        self.end = decoder.field(&fields, "end") { $0.optionalInt($1) }
        self.unknownFields = fields.remaining
    }

    /// The range as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("start", start)
        builder.set("end", end)
        builder.merge(unknownFields)
        return builder.node
    }
}
