extension NetworkPolicy: ManifestObject {
    /// An object written without a `spec` has the empty one.
    public static var emptySpec: NetworkPolicySpec { NetworkPolicySpec() }
}

extension NetworkPolicySpec: ManifestCodable {
    /// Decodes `spec`.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.podSelector = decoder.object(&fields, "podSelector") ?? LabelSelector()
        self.policyTypes = decoder.field(&fields, "policyTypes") { decoder, node in
            decoder.stringList(node)?.map(PolicyType.init(rawValue:))
        }
        self.ingress = decoder.objects(&fields, "ingress")
        self.egress = decoder.objects(&fields, "egress")
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree; `podSelector` is always written, as Kubernetes does.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("podSelector", podSelector)
        builder.set("policyTypes", policyTypes?.map(\.rawValue))
        builder.set("ingress", ingress)
        builder.set("egress", egress)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension NetworkPolicyIngressRule: ManifestCodable {
    /// Decodes an ingress rule.
    /// - Parameters:
    ///   - node: The rule mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.ports = decoder.objects(&fields, "ports")
        self.from = decoder.objects(&fields, "from")
        self.unknownFields = fields.remaining
    }

    /// The rule as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("ports", ports)
        builder.set("from", from)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension NetworkPolicyEgressRule: ManifestCodable {
    /// Decodes an egress rule.
    /// - Parameters:
    ///   - node: The rule mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.ports = decoder.objects(&fields, "ports")
        self.to = decoder.objects(&fields, "to")
        self.unknownFields = fields.remaining
    }

    /// The rule as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("ports", ports)
        builder.set("to", to)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension NetworkPolicyPeer: ManifestCodable {
    /// Decodes a peer.
    /// - Parameters:
    ///   - node: The peer mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.podSelector = decoder.object(&fields, "podSelector")
        self.namespaceSelector = decoder.object(&fields, "namespaceSelector")
        self.ipBlock = decoder.object(&fields, "ipBlock")
        self.unknownFields = fields.remaining
    }

    /// The peer as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("podSelector", podSelector)
        builder.set("namespaceSelector", namespaceSelector)
        builder.set("ipBlock", ipBlock)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension IPBlock: ManifestCodable {
    /// Decodes an IP block.
    /// - Parameters:
    ///   - node: The block mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.cidr = decoder.field(&fields, "cidr") { $0.string($1) } ?? ""
        self.except = decoder.field(&fields, "except") { $0.stringList($1) }
        self.unknownFields = fields.remaining
    }

    /// The block as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("cidr", cidr)
        builder.set("except", except)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension NetworkPolicyPort: ManifestCodable {
    /// Decodes a port.
    /// - Parameters:
    ///   - node: The port mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.protocol = decoder.field(&fields, "protocol") { decoder, node in
            decoder.optionalString(node).map(PortProtocol.init(rawValue:))
        }
        self.port = decoder.field(&fields, "port") { decoder, node in
            if case .null = node.value { return nil }
            return IntOrString.decode(node, decoder: &decoder)
        }
        self.endPort = decoder.field(&fields, "endPort") { decoder, node in
            if case .null = node.value { return nil }
            return decoder.int(node)
        }
        self.unknownFields = fields.remaining
    }

    /// The port as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("protocol", `protocol`?.rawValue)
        builder.set("port", port?.manifest)
        builder.set("endPort", endPort)
        builder.merge(unknownFields)
        return builder.node
    }
}
