import PodFenceCIDR

extension PodCIDRPlanSpec: ManifestDecodable {
    /// The fields of `spec`, in the order messages list them.
    public static let fieldNames = [
        "podCIDR", "serviceCIDR", "nodeNetworks", "bridgeNetworks", "swarmAddressPools", "engineAddressPools",
        "mustReach", "nodes", "podsPerNode", "blockSize", "candidatePools", "target", "candidates", "namespaces",
        "nodeCIDRMaskSize", "calico",
    ]
    /// The fields of `spec.calico`, in the order messages list them.
    public static let calicoFieldNames = [
        "currentPoolName", "currentBlockSize", "newPoolName", "ipipMode", "vxlanMode", "natOutgoing",
    ]
    /// The top-level fields of a plan file.
    public static let documentFieldNames = ["apiVersion", "kind", "metadata", "spec"]

    /// Decodes a plan file's document: checks its `apiVersion` and `kind`, reports unknown top-level fields,
    /// and decodes its `spec` (`metadata` is not read).
    ///
    /// Every problem is a diagnostic with its field path (relative to the document) and no location; locate
    /// one with `document.mark(at: diagnostic.path)`. The codes are `CP01` (an unknown field), `CP02` (a value
    /// of the wrong type or not valid, also a wrong `apiVersion` or `kind`) and `CP04` (a warning: a CIDR read
    /// leniently). Diagnostics come in the order the fields are read (unknown fields of a mapping first).
    ///
    /// - Parameters:
    ///   - document: The document's root.
    ///   - strict: Whether CIDRs are read strictly (`IPPrefix/ParseMode/strict`, refusing host bits, leading
    ///     zeros and IPv4-mapped IPv6) rather than leniently with a `CP04` warning for each non-canonical one.
    /// - Returns: The spec (incomplete when the diagnostics hold errors) and the diagnostics.
    public static func decode(document: ManifestNode, strict: Bool = false) -> (
        spec: PodCIDRPlanSpec, diagnostics: [Diagnostic]
    ) {
        var decoder = ManifestDecoder()
        var spec = PodCIDRPlanSpec()
        guard let mapping = document.mapping else {
            decoder.report(.invalidPlanValue, "a plan file is a mapping with apiVersion, kind and spec")
            return (spec, decoder.diagnostics)
        }
        var fields = ManifestFields(mapping)
        let apiVersion = fields.take("apiVersion")?.string
        let kind = fields.take("kind")?.string
        _ = fields.take("metadata")
        let specNode = fields.take("spec")
        if apiVersion != Self.apiVersion || kind != Self.kind {
            decoder.at(.field(apiVersion != Self.apiVersion ? "apiVersion" : "kind")) {
                $0.report(.invalidPlanValue, "a plan file has apiVersion \(Self.apiVersion) and kind \(Self.kind)")
            }
        }
        decoder.reportUnknownFields(fields.remaining, known: documentFieldNames)
        decoder.at(.field("spec")) { decoder in
            guard let specNode, specNode.mapping != nil else {
                decoder.report(.invalidPlanValue, Self.missingSpecMessage)
                return
            }
            spec = PodCIDRPlanSpec(manifest: specNode, decoder: &decoder, strict: strict)
        }
        return (spec, decoder.diagnostics)
    }

    /// Decodes a `spec` mapping, reading CIDRs leniently.
    ///
    /// - Parameters:
    ///   - node: The `spec` mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        self.init(manifest: node, decoder: &decoder, strict: false)
    }

    /// Decodes a `spec` mapping.
    ///
    /// Range lists take CIDR strings or `{name, cidr}` mappings; `[]` (or `null`) means "none", and a field left
    /// out stays `nil`. `serviceCIDR` also takes a single CIDR string.
    ///
    /// - Parameters:
    ///   - node: The `spec` mapping.
    ///   - decoder: Collects diagnostics (see ``decode(document:strict:)`` for the codes).
    ///   - strict: Whether CIDRs are read strictly rather than leniently with a warning.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder, strict: Bool) {
        self.init()
        guard let mapping = node.mapping else {
            decoder.report(.invalidPlanValue, Self.missingSpecMessage)
            return
        }
        decoder.reportUnknownFields(mapping, known: Self.fieldNames)
        var fields = ManifestFields(mapping)
        podCIDR = decoder.field(&fields, "podCIDR") { $0.planPrefix($1, strict: strict) }
        serviceNetworks = decoder.field(&fields, "serviceCIDR") {
            $0.planRanges($1, role: .serviceNetwork, strict: strict, allowsSingle: true)
        }
        nodeNetworks = decoder.field(&fields, "nodeNetworks") {
            $0.planRanges($1, role: .nodeNetwork, strict: strict)
        }
        bridgeNetworks = decoder.field(&fields, "bridgeNetworks") {
            $0.planRanges($1, role: .bridgeNetwork, strict: strict)
        }
        swarmAddressPools = decoder.field(&fields, "swarmAddressPools") {
            $0.planRanges($1, role: .swarmAddressPool, strict: strict)
        }
        engineAddressPools = decoder.field(&fields, "engineAddressPools") {
            $0.planRanges($1, role: .engineAddressPool, strict: strict)
        }
        destinations = decoder.field(&fields, "mustReach") { $0.planRanges($1, role: .destination, strict: strict) }
        nodeCount = decoder.field(&fields, "nodes") { $0.planNumber($1) }
        podsPerNode = decoder.field(&fields, "podsPerNode") { $0.planNumber($1) }
        blockSize = decoder.field(&fields, "blockSize") { $0.planNumber($1) }
        candidatePools = decoder.field(&fields, "candidatePools") {
            $0.planRanges($1, role: .podNetwork, strict: strict)?.map(\.prefix)
        }
        target = decoder.field(&fields, "target") { $0.planPrefix($1, strict: strict) }
        maximumCandidates = decoder.field(&fields, "candidates") { $0.planNumber($1) }
        namespaces = decoder.field(&fields, "namespaces") { $0.planStrings($1) }
        nodeCIDRMaskSize = decoder.field(&fields, "nodeCIDRMaskSize") { $0.planNumber($1) }
        guard let calico = fields.take("calico") else { return }
        decoder.at(.field("calico")) { decoder in
            guard let mapping = calico.mapping else {
                decoder.report(
                    .invalidPlanValue, "expected a mapping of \(Self.calicoFieldNames.joined(separator: ", "))")
                return
            }
            decoder.reportUnknownFields(mapping, known: Self.calicoFieldNames)
            var fields = ManifestFields(mapping)
            currentPoolName = decoder.field(&fields, "currentPoolName") { $0.planString($1) }
            currentBlockSize = decoder.field(&fields, "currentBlockSize") { $0.planNumber($1) }
            newPoolName = decoder.field(&fields, "newPoolName") { $0.planString($1) }
            ipipMode = decoder.field(&fields, "ipipMode") { $0.planMode($1) }
            vxlanMode = decoder.field(&fields, "vxlanMode") { $0.planMode($1) }
            natOutgoing = decoder.field(&fields, "natOutgoing") { $0.planFlag($1) }
        }
    }

    /// The message for a `spec` that is missing or not a mapping.
    static let missingSpecMessage = "spec is missing or not a mapping; it holds the plan's inputs (podCIDR, nodes, ...)"
}

// The plan file's readers, with its own messages (code `CP02`), which say what the field takes rather than the
// YAML type `ManifestDecoder`'s standard `D01` names.
extension ManifestDecoder {
    /// Reports (`CP01`) every key of a mapping that is not a known field, in written order.
    fileprivate mutating func reportUnknownFields(_ mapping: ManifestMapping, known: [String]) {
        for entry in mapping where !known.contains(entry.key) {
            report(
                .unknownPlanField, "unknown field; the known ones are \(known.joined(separator: ", "))",
                at: [.key(entry.key)])
        }
    }

    /// Reads a CIDR; `nil` when null or invalid.
    fileprivate mutating func planPrefix(_ node: ManifestNode, strict: Bool) -> IPPrefix? {
        if node.value == .null { return nil }
        return planCIDR(node, strict: strict)
    }

    /// Reads a CIDR string, with a `CP04` warning for each non-canonical form a lenient read accepted.
    fileprivate mutating func planCIDR(_ node: ManifestNode, strict: Bool) -> IPPrefix? {
        guard let text = node.string else {
            report(.invalidPlanValue, "expected a CIDR such as 10.9.8.0/24, not \(planSummary(of: node))")
            return nil
        }
        do throws(CIDRError) {
            let parsed = try IPPrefix.parse(text, mode: strict ? .strict : .lenient)
            for warning in parsed.leniencyWarnings(name: "the CIDR", text: text) {
                report(.lenientPlanCIDR, warning, severity: .warning)
            }
            return parsed.prefix
        } catch {
            report(.invalidPlanValue, error.message)
            return nil
        }
    }

    /// Reads a list of ranges (CIDR strings or `{name, cidr}` mappings); `[]` for null.
    fileprivate mutating func planRanges(
        _ node: ManifestNode, role: NetworkRange.Role, strict: Bool, allowsSingle: Bool = false
    ) -> [NetworkRange]? {
        if node.value == .null { return [] }
        if allowsSingle, node.string != nil {
            return planCIDR(node, strict: strict).map { [NetworkRange(role, $0)] } ?? []
        }
        guard let items = node.sequence else {
            report(
                .invalidPlanValue,
                "expected a list of CIDRs (or of {name, cidr} mappings), not \(planSummary(of: node))")
            return nil
        }
        var result: [NetworkRange] = []
        for (index, item) in items.enumerated() {
            let range = at(.index(index)) { decoder -> NetworkRange? in
                guard let mapping = item.mapping else {
                    return decoder.planCIDR(item, strict: strict).map { NetworkRange(role, $0) }
                }
                decoder.reportUnknownFields(mapping, known: ["name", "cidr"])
                var fields = ManifestFields(mapping)
                let name = decoder.field(&fields, "name") { $0.planString($1) }
                guard let cidr = fields.take("cidr") else {
                    decoder.report(.invalidPlanValue, "a {name, cidr} entry needs its cidr")
                    return nil
                }
                let prefix = decoder.at(.field("cidr")) { $0.planCIDR(cidr, strict: strict) }
                return prefix.map { NetworkRange(role, $0, name: name) }
            }
            if let range { result.append(range) }
        }
        return result
    }

    /// Reads a whole number of at least 1; `nil` when null or invalid.
    fileprivate mutating func planNumber(_ node: ManifestNode) -> Int? {
        if node.value == .null { return nil }
        guard let value = node.scalar?.intValue, value >= 1 else {
            report(.invalidPlanValue, "expected a whole number of at least 1, not \(planSummary(of: node))")
            return nil
        }
        return value
    }

    /// Reads a string; `nil` when null or not a string.
    fileprivate mutating func planString(_ node: ManifestNode) -> String? {
        if node.value == .null { return nil }
        guard let text = node.string else {
            report(.invalidPlanValue, "expected a string, not \(planSummary(of: node))")
            return nil
        }
        return text
    }

    /// Reads a list of strings; its null elements are left out.
    fileprivate mutating func planStrings(_ node: ManifestNode) -> [String]? {
        guard let items = node.sequence else {
            report(.invalidPlanValue, "expected a list of names, not \(planSummary(of: node))")
            return nil
        }
        return items.indices.compactMap { index in at(.index(index)) { $0.planString(items[index]) } }
    }

    /// Reads a boolean; `nil` when null or not a boolean.
    fileprivate mutating func planFlag(_ node: ManifestNode) -> Bool? {
        if node.value == .null { return nil }
        guard let value = node.scalar?.boolValue else {
            report(.invalidPlanValue, "expected true or false, not \(planSummary(of: node))")
            return nil
        }
        return value
    }

    /// Reads an encapsulation mode; `nil` when null or invalid.
    fileprivate mutating func planMode(_ node: ManifestNode) -> CalicoIPPool.EncapsulationMode? {
        guard let text = planString(node) else { return nil }
        guard let mode = CalicoIPPool.EncapsulationMode(rawValue: text) else {
            report(.invalidPlanValue, "expected Always, CrossSubnet or Never, not \"\(text)\"")
            return nil
        }
        return mode
    }

    /// A node in words for messages: `the number 80`, `a list`, `a mapping`, `null`.
    private func planSummary(of node: ManifestNode) -> String {
        switch node.value {
        case .null: "null"
        case .scalar(let scalar): scalar.summary
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
