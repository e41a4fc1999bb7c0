extension Topology: ManifestCodable {
    /// Decodes a `Topology` document, which ``manifest`` gives back as it was written until the topology is
    /// changed.
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.spec = decoder.object(&fields, "spec") ?? TopologySpec()
        self.unknownFields = fields.remaining
        self.written = WrittenDocument(source: node, encoded: encoded)
    }

    /// The topology as a document: the document it was decoded from while the topology still says what that
    /// document said (so `version: 3.1`, `vlans: []` or a missing `spec` are written back as they were, like
    /// objects PodFence does not model), else the topology encoded.
    public var manifest: ManifestNode {
        let encoded = encoded
        if let written, written.encoded == encoded { return written.source }
        return encoded
    }

    /// The topology encoded: `apiVersion`, `kind`, `metadata`, `spec`, then the unknown fields.
    private var encoded: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("apiVersion", Self.apiVersion)
        builder.set("kind", Self.kind)
        builder.set("metadata", metadata)
        builder.set("spec", spec)
        builder.merge(unknownFields)
        return builder.node
    }

    /// Decodes and, when `validates` is true and decoding found no error, validates a `Topology` document: what
    /// a loader reports for it. Paths are relative to the document.
    /// - Parameters:
    ///   - node: The document.
    ///   - validates: Whether to validate after decoding.
    ///   - options: The validation choices.
    /// - Returns: The topology and the diagnostics (the topology is incomplete when they hold errors).
    public static func check(
        _ node: ManifestNode, validates: Bool = true, options: ValidationOptions = .init()
    ) -> (topology: Topology, diagnostics: [Diagnostic]) {
        var (topology, diagnostics) = decode(from: node)
        if validates && !diagnostics.containsErrors { diagnostics += topology.validate(options: options) }
        return (topology, diagnostics)
    }
}

extension TopologySpec: ManifestCodable {
    /// Decodes `spec`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.version = decoder.field(&fields, "version") { decoder, node in
            // `version: 3.1` without quotes is a YAML number; take its text rather than refusing it.
            if let scalar = node.scalar, scalar.kind == .float || scalar.kind == .int { return scalar.text }
            return decoder.optionalString(node)
        }.map(UCPVersion.init(rawValue:))
        self.network = decoder.object(&fields, "network") ?? TopologyNetwork()
        self.scheduling = decoder.object(&fields, "scheduling") ?? TopologyScheduling()
        self.vlans = decoder.objects(&fields, "vlans") ?? []
        self.collections = decoder.objects(&fields, "collections") ?? []
        self.nodes = decoder.objects(&fields, "nodes") ?? []
        self.teams = decoder.objects(&fields, "teams") ?? []
        self.roles = decoder.objects(&fields, "roles") ?? []
        self.applicationGroups = decoder.objects(&fields, "applicationGroups") ?? []
        self.grants = decoder.objects(&fields, "grants") ?? []
        self.namespaceLinks = decoder.objects(&fields, "namespaceLinks") ?? []
        self.unknownFields = fields.remaining
    }

    /// `spec` as a tree; empty settings and lists are left out.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("version", version?.rawValue)
        builder.set("network", network.isEmpty ? nil : network)
        builder.set("scheduling", scheduling.isEmpty ? nil : scheduling)
        builder.set("vlans", vlans.isEmpty ? nil : vlans)
        builder.set("collections", collections.isEmpty ? nil : collections)
        builder.set("nodes", nodes.isEmpty ? nil : nodes)
        builder.set("teams", teams.isEmpty ? nil : teams)
        builder.set("roles", roles.isEmpty ? nil : roles)
        builder.set("applicationGroups", applicationGroups.isEmpty ? nil : applicationGroups)
        builder.set("grants", grants.isEmpty ? nil : grants)
        builder.set("namespaceLinks", namespaceLinks.isEmpty ? nil : namespaceLinks)
        builder.merge(unknownFields)
        return builder.node
    }
}
