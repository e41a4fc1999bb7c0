extension ClusterPolicySubject: ManifestCodable {
    /// Decodes a `subject`.
    /// - Parameters:
    ///   - node: The subject mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.namespaces = decoder.object(&fields, "namespaces")
        self.pods = decoder.object(&fields, "pods")
        self.unknownFields = fields.remaining
    }

    /// The subject as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("namespaces", namespaces)
        builder.set("pods", pods)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension NamespacedPodSelector: ManifestCodable {
    /// Decodes a `pods` selector pair.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.namespaceSelector = decoder.object(&fields, "namespaceSelector")
        self.podSelector = decoder.object(&fields, "podSelector")
        self.unknownFields = fields.remaining
    }

    /// The selector pair as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("namespaceSelector", namespaceSelector)
        builder.set("podSelector", podSelector)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ClusterPolicyPeer: ManifestCodable {
    /// Decodes a `from[j]` or `to[j]` peer.
    /// - Parameters:
    ///   - node: The peer mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.namespaces = decoder.object(&fields, "namespaces")
        self.pods = decoder.object(&fields, "pods")
        self.nodes = decoder.object(&fields, "nodes")
        self.networks = decoder.field(&fields, "networks") { $0.stringList($1) }
        self.domainNames = decoder.field(&fields, "domainNames") { $0.stringList($1) }
        self.unknownFields = fields.remaining
    }

    /// The peer as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("namespaces", namespaces)
        builder.set("pods", pods)
        builder.set("nodes", nodes)
        builder.set("networks", networks)
        builder.set("domainNames", domainNames)
        builder.merge(unknownFields)
        return builder.node
    }
}
