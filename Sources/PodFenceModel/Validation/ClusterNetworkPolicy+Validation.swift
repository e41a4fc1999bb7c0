extension ClusterNetworkPolicy {
    /// Validates the policy as the API server does on create, with the `v1alpha2` CRD's schema and rules
    /// (network-policy-api v0.2.0), and reports what it would refuse.
    ///
    /// Every problem is collected, in the order of the fields: `metadata` as any cluster-scoped object
    /// (V01-V04, V07, V08; a namespace is ignored, with the warning K25), `spec.tier` (K01),
    /// `spec.priority` (K02), `spec.subject` (K03, K04, and S01-S07 for its selectors), then each ingress and
    /// egress rule: the number of rules (K05), `name` and `action` (K07, K06), the peers (K08-K15), the
    /// protocols (K16-K20) and, for egress rules, named ports with peers that have none (K22). The codes are
    /// listed in the manifests guide (docs/manifests.md).
    ///
    /// ```swift
    /// let policy = ClusterNetworkPolicy(name: "dns", spec: ClusterNetworkPolicySpec(tier: .admin, priority: 1001))
    /// policy.validate().first?.description
    /// // error: spec.priority: Invalid value: 1001: must be between 0 and 1000, inclusive
    /// ```
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics, errors and warnings, in field order (empty when valid).
    /// - Complexity: O(*n*) in the size of the policy.
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateClusterPolicyMetadata(metadata, kind: Self.kind)
        context.validateClusterNetworkPolicySpec(spec)
        return context.diagnostics
    }
}

extension ValidationContext {
    /// `spec` of a ClusterNetworkPolicy.
    mutating func validateClusterNetworkPolicySpec(_ spec: ClusterNetworkPolicySpec) {
        let schema = ClusterPolicySchema.clusterNetworkPolicy
        enter("spec")
        let tiers = PolicyTier.supported.map(\.rawValue)
        if let tier = spec.tier {
            if !PolicyTier.supported.contains(tier) {
                error(
                    .invalidClusterPolicyTier, ValidationMessage.unsupported(tier.rawValue, supported: tiers),
                    field: "tier")
            }
        } else {
            error(
                .invalidClusterPolicyTier, ValidationMessage.required("must be " + Self.choices(tiers)), field: "tier")
        }
        validateClusterPolicyPriority(spec.priority)
        validateClusterPolicySubject(spec.subject)
        validateClusterPolicyRuleCount(spec.ingress?.count, field: "ingress", schema: schema)
        for (index, rule) in (spec.ingress ?? []).enumerated() {
            enter("ingress", index: index)
            validateClusterPolicyRuleHead(name: rule.name, action: rule.action, schema: schema)
            validateClusterPolicyPeers(rule.from, field: "from", isEgress: false, action: rule.action, schema: schema)
            validateProtocols(rule.protocols, schema: schema)
            leave(2)
        }
        validateClusterPolicyRuleCount(spec.egress?.count, field: "egress", schema: schema)
        for (index, rule) in (spec.egress ?? []).enumerated() {
            enter("egress", index: index)
            validateClusterPolicyRuleHead(name: rule.name, action: rule.action, schema: schema)
            validateClusterPolicyPeers(rule.to, field: "to", isEgress: true, action: rule.action, schema: schema)
            validateProtocols(rule.protocols, schema: schema)
            validateClusterPolicyNamedPortPeers(
                rule.to, namedPortIndex: rule.protocols?.firstIndex { $0.destinationNamedPort != nil },
                schema: schema)
            leave(2)
        }
        leave()
    }

    /// A rule's `protocols` (K16) and each entry (K17-K20); the position must be at the rule.
    private mutating func validateProtocols(_ protocols: [ClusterPolicyProtocol]?, schema: ClusterPolicySchema) {
        guard let protocols else { return }
        validateClusterPolicyPortCount(protocols.count, schema: schema)
        for (index, entry) in protocols.enumerated() {
            enter("protocols", index: index)
            var present: [String] = []
            for (field, match) in [("tcp", entry.tcp), ("udp", entry.udp), ("sctp", entry.sctp)] {
                guard let match else { continue }
                present.append(field)
                enter(field)
                validatePortMatch(match)
                leave()
            }
            if let name = entry.destinationNamedPort {
                present.append("destinationNamedPort")
                validateClusterPolicyNamedPort(name, field: "destinationNamedPort")
            }
            requireExactlyOne(
                present, of: ["tcp", "udp", "sctp", "destinationNamedPort"], code: .portEntryNotExactlyOneField,
                hint: " (give each its own entry: the entries of a rule are OR'ed)")
            leave(2)
        }
    }

    /// `tcp`, `udp` or `sctp`: a `destinationPort` with exactly one of `number` or `range` (K17-K19); the
    /// position must be at the match.
    private mutating func validatePortMatch(_ match: ClusterPolicyPortMatch) {
        guard let port = match.destinationPort else {
            error(
                .portEntryNotExactlyOneField,
                ValidationMessage.required(
                    "set destinationPort: {number: N} or {range: {start: A, end: B}} (to match every port of the "
                        + "protocol, use a range from 1 to 65535)"),
                field: "destinationPort")
            return
        }
        enter("destinationPort")
        var present: [String] = []
        if let number = port.number {
            present.append("number")
            validateClusterPolicyPortNumber(number, field: "number")
        }
        if let range = port.range {
            present.append("range")
            enter("range")
            validateClusterPolicyPortRange(start: range.start, end: range.end)
            leave()
        }
        requireExactlyOne(present, of: ["number", "range"], code: .portEntryNotExactlyOneField)
        leave()
    }
}
