extension Pod: ManifestCodable {
    /// Decodes a Pod document.
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.spec = decoder.object(&fields, "spec") ?? PodSpec()
        self.status = decoder.object(&fields, "status")
        self.unknownFields = fields.remaining
    }

    /// The pod as a document.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("apiVersion", Self.apiVersion)
        builder.set("kind", Self.kind)
        builder.set("metadata", metadata)
        builder.set("spec", spec)
        builder.set("status", status)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension PodSpec: ManifestCodable {
    /// Decodes a pod spec.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.containers = decoder.objects(&fields, "containers") ?? []
        self.initContainers = decoder.objects(&fields, "initContainers") ?? []
        self.nodeName = decoder.field(&fields, "nodeName") { $0.optionalString($1) }
        self.nodeSelector = decoder.field(&fields, "nodeSelector") { $0.stringMap($1) } ?? [:]
        self.hostNetwork = decoder.field(&fields, "hostNetwork") { decoder, node in
            if case .null = node.value { return nil }
            return decoder.bool(node)
        }
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("containers", containers)
        builder.set("initContainers", initContainers.isEmpty ? nil : initContainers)
        builder.set("nodeName", nodeName)
        builder.set("nodeSelector", nodeSelector.isEmpty ? nil : nodeSelector)
        builder.set("hostNetwork", hostNetwork)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension PodStatus: ManifestCodable {
    /// Decodes the network part of a pod status.
    /// - Parameters:
    ///   - node: The status mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.podIP = decoder.field(&fields, "podIP") { $0.optionalString($1) }
        self.podIPs =
            decoder.field(&fields, "podIPs") { decoder, node in
                decoder.list(node) { decoder, item in
                    var itemFields = decoder.fields(item)
                    return decoder.field(&itemFields, "ip") { $0.string($1) }
                }
            } ?? []
        self.hostIP = decoder.field(&fields, "hostIP") { $0.optionalString($1) }
        self.unknownFields = fields.remaining
    }

    /// The status as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("podIP", podIP)
        builder.set(
            "podIPs", podIPs.isEmpty ? nil : ManifestNode.sequence(podIPs.map { .mapping(["ip": .string($0)]) }))
        builder.set("hostIP", hostIP)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension Container: ManifestCodable {
    /// Decodes a container.
    /// - Parameters:
    ///   - node: The container mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.string($1) } ?? ""
        self.ports = decoder.objects(&fields, "ports") ?? []
        self.restartPolicy = decoder.field(&fields, "restartPolicy") { $0.optionalString($1) }
        self.unknownFields = fields.remaining
    }

    /// The container as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("ports", ports.isEmpty ? nil : ports)
        builder.set("restartPolicy", restartPolicy)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension ContainerPort: ManifestCodable {
    /// Decodes a container port.
    /// - Parameters:
    ///   - node: The port mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.optionalString($1) }
        self.containerPort = decoder.field(&fields, "containerPort") { $0.int($1) } ?? 0
        self.protocol = decoder.field(&fields, "protocol") { decoder, node in
            decoder.optionalString(node).map(PortProtocol.init(rawValue:))
        }
        self.unknownFields = fields.remaining
    }

    /// The port as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("containerPort", containerPort)
        builder.set("protocol", `protocol`?.rawValue)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension PodTemplateSpec: ManifestCodable {
    /// Decodes a pod template.
    /// - Parameters:
    ///   - node: The template mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.spec = decoder.object(&fields, "spec") ?? PodSpec()
        self.unknownFields = fields.remaining
    }

    /// The template as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("metadata", metadata)
        builder.set("spec", spec)
        builder.merge(unknownFields)
        return builder.node
    }
}
