extension CalicoRule: ManifestCodable {
    /// Decodes a rule.
    /// - Parameters:
    ///   - node: The rule mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.metadata = decoder.object(&fields, "metadata")
        self.action = decoder.field(&fields, "action") { $0.optionalString($1) }.map(CalicoAction.init(rawValue:))
        self.protocol = decoder.field(&fields, "protocol") { CalicoProtocol.decode($1, decoder: &$0) }
        self.notProtocol = decoder.field(&fields, "notProtocol") { CalicoProtocol.decode($1, decoder: &$0) }
        self.icmp = decoder.object(&fields, "icmp")
        self.notICMP = decoder.object(&fields, "notICMP")
        self.ipVersion = decoder.field(&fields, "ipVersion") { $0.optionalInt($1) }
        self.source = decoder.object(&fields, "source")
        self.destination = decoder.object(&fields, "destination")
        self.http = decoder.object(&fields, "http")
        self.unknownFields = fields.remaining
    }

    /// The rule as a tree, in the reference's field order.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("metadata", metadata)
        builder.set("action", action?.rawValue)
        builder.set("protocol", `protocol`?.manifest)
        builder.set("notProtocol", notProtocol?.manifest)
        builder.set("icmp", icmp)
        builder.set("notICMP", notICMP)
        builder.set("ipVersion", ipVersion)
        builder.set("source", source)
        builder.set("destination", destination)
        builder.set("http", http)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoEntityRule: ManifestCodable {
    /// Decodes a `source` or `destination`.
    /// - Parameters:
    ///   - node: The entity rule mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.nets = decoder.field(&fields, "nets") { $0.stringList($1) }
        self.notNets = decoder.field(&fields, "notNets") { $0.stringList($1) }
        self.selector = decoder.field(&fields, "selector") { $0.optionalString($1) }
        self.notSelector = decoder.field(&fields, "notSelector") { $0.optionalString($1) }
        self.namespaceSelector = decoder.field(&fields, "namespaceSelector") { $0.optionalString($1) }
        self.ports = decoder.field(&fields, "ports") { decoder, node in
            decoder.list(node) { CalicoPort.decode($1, decoder: &$0) }
        }
        self.notPorts = decoder.field(&fields, "notPorts") { decoder, node in
            decoder.list(node) { CalicoPort.decode($1, decoder: &$0) }
        }
        self.serviceAccounts = decoder.object(&fields, "serviceAccounts")
        self.services = decoder.object(&fields, "services")
        self.unknownFields = fields.remaining
    }

    /// The entity rule as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("nets", nets)
        builder.set("notNets", notNets)
        builder.set("selector", selector)
        builder.set("notSelector", notSelector)
        builder.set("namespaceSelector", namespaceSelector)
        builder.set("ports", ports.map { ManifestNode.sequence($0.map(\.manifest)) })
        builder.set("notPorts", notPorts.map { ManifestNode.sequence($0.map(\.manifest)) })
        builder.set("serviceAccounts", serviceAccounts)
        builder.set("services", services)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoServiceAccountMatch: ManifestCodable {
    /// Decodes `serviceAccounts`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.names = decoder.field(&fields, "names") { $0.stringList($1) }
        self.selector = decoder.field(&fields, "selector") { $0.optionalString($1) }
        self.unknownFields = fields.remaining
    }

    /// The match as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("names", names)
        builder.set("selector", selector)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoServiceMatch: ManifestCodable {
    /// Decodes `services`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.optionalString($1) }
        self.namespace = decoder.field(&fields, "namespace") { $0.optionalString($1) }
        self.unknownFields = fields.remaining
    }

    /// The match as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("namespace", namespace)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoICMPMatch: ManifestCodable {
    /// Decodes `icmp` or `notICMP`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.type = decoder.field(&fields, "type") { $0.optionalInt($1) }
        self.code = decoder.field(&fields, "code") { $0.optionalInt($1) }
        self.unknownFields = fields.remaining
    }

    /// The match as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("type", type)
        builder.set("code", code)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoHTTPMatch: ManifestCodable {
    /// Decodes `http`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.methods = decoder.field(&fields, "methods") { $0.stringList($1) }
        self.paths = decoder.objects(&fields, "paths")
        self.unknownFields = fields.remaining
    }

    /// The match as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("methods", methods)
        builder.set("paths", paths)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoHTTPPath: ManifestCodable {
    /// Decodes a path of `http.paths`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.exact = decoder.field(&fields, "exact") { $0.optionalString($1) }
        self.prefix = decoder.field(&fields, "prefix") { $0.optionalString($1) }
        self.unknownFields = fields.remaining
    }

    /// The path as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("exact", exact)
        builder.set("prefix", prefix)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoRuleMetadata: ManifestCodable {
    /// Decodes a rule's `metadata`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.annotations = decoder.field(&fields, "annotations") { $0.stringMap($1) }
        self.unknownFields = fields.remaining
    }

    /// The metadata as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("annotations", annotations)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoProtocol {
    /// Decodes a protocol: a name or a number; null counts as absent.
    static func decode(_ node: ManifestNode, decoder: inout ManifestDecoder) -> CalicoProtocol? {
        switch node.value {
        case .null: return nil
        case .scalar(let scalar) where scalar.kind == .string: return CalicoProtocol(rawValue: scalar.text)
        case .scalar(let scalar) where scalar.kind == .int:
            guard let number = scalar.intValue else {
                decoder.report(.integerOverflow, "the number \(scalar.text) does not fit in a 64-bit integer")
                return nil
            }
            return CalicoProtocol(number: number)
        default:
            decoder.calicoTypeMismatch(node, expected: "a protocol name or number")
            return nil
        }
    }

    /// The protocol as a scalar: a number when written as one.
    var manifest: ManifestNode {
        if isNumber, let number = Int(rawValue) { return .int(number) }
        return .string(rawValue)
    }
}

extension CalicoPort {
    /// Decodes a port item: a number, or a string (a range or a name).
    static func decode(_ node: ManifestNode, decoder: inout ManifestDecoder) -> CalicoPort? {
        switch node.value {
        case .scalar(let scalar) where scalar.kind == .string: return CalicoPort(rawValue: scalar.text)
        case .scalar(let scalar) where scalar.kind == .int:
            guard let number = scalar.intValue else {
                decoder.report(.integerOverflow, "the number \(scalar.text) does not fit in a 64-bit integer")
                return nil
            }
            return CalicoPort(number: number)
        default:
            decoder.calicoTypeMismatch(node, expected: "a port number, a \"start:end\" range or a port name")
            return nil
        }
    }

    /// The item as a scalar: a number when written as one.
    var manifest: ManifestNode {
        if isNumber, let number = Int(rawValue) { return .int(number) }
        return .string(rawValue)
    }
}
