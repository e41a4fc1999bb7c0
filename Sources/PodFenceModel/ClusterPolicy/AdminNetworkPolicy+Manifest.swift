extension AdminNetworkPolicy: ManifestObject {
    /// An object written without a `spec` has the empty one.
    public static var emptySpec: AdminNetworkPolicySpec { AdminNetworkPolicySpec() }
}

extension AdminNetworkPolicySpec: ManifestCodable {
    /// Decodes `spec`.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.priority = decoder.field(&fields, "priority") { $0.optionalInt($1) }
        self.subject = decoder.object(&fields, "subject")
        self.ingress = decoder.objects(&fields, "ingress")
        self.egress = decoder.objects(&fields, "egress")
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree, in the API's field order.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("priority", priority)
        builder.set("subject", subject)
        builder.set("ingress", ingress)
        builder.set("egress", egress)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension AdminPolicyIngressRule: ManifestCodable {
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
        self.ports = decoder.objects(&fields, "ports")
        self.unknownFields = fields.remaining
    }

    /// The rule as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("action", action?.rawValue)
        builder.set("from", from)
        builder.set("ports", ports)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension AdminPolicyEgressRule: ManifestCodable {
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
        self.ports = decoder.objects(&fields, "ports")
        self.unknownFields = fields.remaining
    }

    /// The rule as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("action", action?.rawValue)
        builder.set("to", to)
        builder.set("ports", ports)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension AdminPolicyPort: ManifestCodable {
    /// Decodes a `ports[j]` entry.
    /// - Parameters:
    ///   - node: The entry mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.portNumber = decoder.object(&fields, "portNumber")
        self.namedPort = decoder.field(&fields, "namedPort") { $0.optionalString($1) }
        self.portRange = decoder.object(&fields, "portRange")
        self.unknownFields = fields.remaining
    }

    /// The entry as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("portNumber", portNumber)
        builder.set("namedPort", namedPort)
        builder.set("portRange", portRange)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension AdminPolicyPortNumber: ManifestCodable {
    /// Decodes a `portNumber`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.protocol = decoder.field(&fields, "protocol") { $0.optionalString($1) }.map(PortProtocol.init(rawValue:))
        self.port = decoder.field(&fields, "port") { $0.optionalInt($1) }
        self.unknownFields = fields.remaining
    }

    /// The port as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("protocol", `protocol`?.rawValue)
        builder.set("port", port)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension AdminPolicyPortRange: ManifestCodable {
    /// Decodes a `portRange`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.protocol = decoder.field(&fields, "protocol") { $0.optionalString($1) }.map(PortProtocol.init(rawValue:))
        self.start = decoder.field(&fields, "start") { $0.optionalInt($1) }
        self.end = decoder.field(&fields, "end") { $0.optionalInt($1) }
        self.unknownFields = fields.remaining
    }

    /// The range as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("protocol", `protocol`?.rawValue)
        builder.set("start", start)
        builder.set("end", end)
        builder.merge(unknownFields)
        return builder.node
    }
}
