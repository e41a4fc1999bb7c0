extension NetworkPolicy {
    /// Validates the policy as the API server does on create (semantics §3), and reports what it would refuse.
    ///
    /// Validation works on the defaulted view (``defaulted()``): a port without a protocol counts as TCP and
    /// absent `policyTypes` as the defaulted list, which is always valid. Every problem is collected, in the
    /// API server's order: `metadata` (V01-V08), `spec.podSelector` (S01-S07), each ingress rule (its ports,
    /// P01-P07, then its peers, R01-R02, their selectors and ipBlocks, I01-I06), each egress rule, then
    /// `spec.policyTypes` (T01-T02).
    ///
    /// Besides errors, the result holds warnings: a missing `metadata.namespace` (V05, unless
    /// ``ValidationOptions/requireNamespace``) and the KEP-4858 warnings for CIDRs in non-standard form (I03, when
    /// ``ValidationOptions/strictCIDR`` is off).
    ///
    /// ```swift
    /// let policy = NetworkPolicy(name: "Allow_All", namespace: "prod")
    /// policy.validate().first?.description
    /// // error: metadata.name: Invalid value: "Allow_All": a lowercase RFC 1123 subdomain must consist of ...
    /// ```
    /// - Parameter options: The feature gates and strictness to apply.
    /// - Returns: The diagnostics, errors and warnings, in the API server's order (empty when valid).
    /// - Complexity: O(*n*) in the size of the policy; a valid policy allocates next to nothing.
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateObjectMeta(metadata, namespaced: true, nameRule: .subdomain)
        context.validateNetworkPolicySpec(spec, ratchet: NetworkPolicyRatchet())
        return context.diagnostics
    }

    /// Validates the policy as an update of `old`, as the API server does: name and namespace must not change
    /// (V09), labels and annotations are checked, and the spec is validated as on create with two ratchets that
    /// keep stored objects updatable:
    /// - when the old `spec.podSelector` was itself invalid, invalid `matchExpressions` values are accepted in
    ///   every selector of the policy (S07 skipped);
    /// - a CIDR string that occurs in any ipBlock of the old policy skips the format checks I02-I04 (I07); the
    ///   strict-subset check I05 still applies.
    /// - Parameters:
    ///   - old: The stored policy being replaced.
    ///   - options: The feature gates and strictness to apply.
    /// - Returns: The diagnostics, in the API server's order (empty when the update would be accepted).
    public func validateUpdate(from old: NetworkPolicy, options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateObjectMetaUpdate(metadata, old: old.metadata)
        var ratchet = NetworkPolicyRatchet()
        ratchet.allowInvalidSelectorValues = ValidationContext.selectorHasErrors(old.spec.podSelector)
        for block in old.ipBlocks {
            ratchet.existingCIDRs.insert(block.cidr)
            for except in block.except ?? [] { ratchet.existingCIDRs.insert(except) }
        }
        context.validateNetworkPolicySpec(spec, ratchet: ratchet)
        return context.diagnostics
    }

    /// Every ipBlock of every ingress and egress peer.
    private var ipBlocks: [IPBlock] {
        var blocks: [IPBlock] = []
        for rule in spec.ingress ?? [] { blocks += (rule.from ?? []).compactMap(\.ipBlock) }
        for rule in spec.egress ?? [] { blocks += (rule.to ?? []).compactMap(\.ipBlock) }
        return blocks
    }
}

/// What an update may keep from the stored object although it no longer validates.
struct NetworkPolicyRatchet {
    /// Skip S07 (invalid `matchExpressions` values) because the old `spec.podSelector` was invalid.
    var allowInvalidSelectorValues = false
    /// CIDR strings of the old object, which skip the format checks I02-I04.
    var existingCIDRs: Set<String> = []
}

extension ValidationContext {
    /// `spec` of a NetworkPolicy (apimachinery-side `ValidateNetworkPolicySpec`).
    mutating func validateNetworkPolicySpec(_ spec: NetworkPolicySpec, ratchet: NetworkPolicyRatchet) {
        enter("spec")
        enter("podSelector")
        validateSelector(spec.podSelector, allowInvalidValues: ratchet.allowInvalidSelectorValues)
        leave()
        for (index, rule) in (spec.ingress ?? []).enumerated() {
            enter("ingress", index: index)
            validateRule(ports: rule.ports, peers: rule.from, peersField: "from", ratchet: ratchet)
            leave(2)
        }
        for (index, rule) in (spec.egress ?? []).enumerated() {
            enter("egress", index: index)
            validateRule(ports: rule.ports, peers: rule.to, peersField: "to", ratchet: ratchet)
            leave(2)
        }
        validatePolicyTypes(spec.policyTypes ?? [])
        leave()
    }

    private mutating func validateRule(
        ports: [NetworkPolicyPort]?, peers: [NetworkPolicyPeer]?, peersField: String, ratchet: NetworkPolicyRatchet
    ) {
        for (index, port) in (ports ?? []).enumerated() {
            enter("ports", index: index)
            validatePort(port)
            leave(2)
        }
        for (index, peer) in (peers ?? []).enumerated() {
            enter(peersField, index: index)
            validatePeer(peer, ratchet: ratchet)
            leave(2)
        }
    }

    /// One `ports[j]` entry (P01-P07); a missing protocol is the defaulted TCP.
    private mutating func validatePort(_ port: NetworkPolicyPort) {
        let proto = port.protocol ?? .tcp
        if !proto.isSupported {
            error(
                .unsupportedPortProtocol,
                ValidationMessage.unsupported(proto.rawValue, supported: PortProtocol.supported.map(\.rawValue)),
                field: "protocol")
        }
        switch port.port {
        case .int(let number):
            if !NameValidation.isValidPortNumber(number) {
                error(
                    .portOutOfRange, ValidationMessage.invalid(number, NameValidation.portNumberRangeError),
                    field: "port")
            }
            if let endPort = port.endPort {
                if endPort < number {
                    error(
                        .endPortBelowPort,
                        ValidationMessage.invalid(endPort, "must be greater than or equal to `port`"),
                        field: "endPort")
                }
                if !NameValidation.isValidPortNumber(endPort) {
                    error(
                        .endPortOutOfRange, ValidationMessage.invalid(endPort, NameValidation.portNumberRangeError),
                        field: "endPort")
                }
            }
        case .string(let name):
            if let endPort = port.endPort {
                error(
                    .endPortWithNamedPort,
                    ValidationMessage.invalid(endPort, "may not be specified when `port` is non-numeric"),
                    field: "endPort")
            }
            if !NameValidation.isValidPortName(name) {
                for detail in NameValidation.portNameErrors(name) {
                    error(.invalidPortName, ValidationMessage.invalid(name, detail), field: "port")
                }
            }
        case nil:
            if let endPort = port.endPort {
                error(
                    .endPortWithoutPort,
                    ValidationMessage.invalid(endPort, "may not be specified when `port` is not specified"),
                    field: "endPort")
            }
        }
    }

    /// One `from[j]`/`to[j]` peer: its selectors, its ipBlock, then its shape (R01, R02).
    private mutating func validatePeer(_ peer: NetworkPolicyPeer, ratchet: NetworkPolicyRatchet) {
        var parts = 0
        if let selector = peer.podSelector {
            parts += 1
            enter("podSelector")
            validateSelector(selector, allowInvalidValues: ratchet.allowInvalidSelectorValues)
            leave()
        }
        if let selector = peer.namespaceSelector {
            parts += 1
            enter("namespaceSelector")
            validateSelector(selector, allowInvalidValues: ratchet.allowInvalidSelectorValues)
            leave()
        }
        if let block = peer.ipBlock {
            parts += 1
            enter("ipBlock")
            validateIPBlock(block, existingCIDRs: ratchet.existingCIDRs)
            leave()
        }
        if parts == 0 {
            error(.emptyPeer, ValidationMessage.required("must specify a peer"))
        } else if parts > 1 && peer.ipBlock != nil {
            error(.ipBlockWithOtherPeer, ValidationMessage.forbidden("may not specify both ipBlock and another peer"))
        }
    }

    /// `spec.policyTypes` (T01, T02). An empty list is defaulted to a valid one, so only written lists matter;
    /// duplicates are allowed (T03).
    private mutating func validatePolicyTypes(_ types: [PolicyType]) {
        let supported = PolicyType.supported
        if types.count > supported.count {
            error(
                .tooManyPolicyTypes,
                ValidationMessage.invalid(
                    json: ValidationMessage.json(types.map(\.rawValue)), "may not specify more than two policyTypes"),
                field: "policyTypes")
            return
        }
        for (index, type) in types.enumerated() where !supported.contains(type) {
            enter("policyTypes", index: index)
            error(
                .unsupportedPolicyType,
                ValidationMessage.unsupported(type.rawValue, supported: supported.map(\.rawValue)))
            leave(2)
        }
    }
}
