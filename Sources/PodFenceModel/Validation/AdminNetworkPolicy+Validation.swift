extension AdminNetworkPolicy {
    /// Validates the policy as the API server does on create, with the `v1alpha1` CRD's schema and rules
    /// (network-policy-api v0.1.x), and reports what it would refuse.
    ///
    /// The rules are those of ``ClusterNetworkPolicy/validate(options:)`` with the `v1alpha1` limits and
    /// spellings: no tier; 100 rules per direction, 100 peers per rule and 100 `ports` entries (K05, K08,
    /// K16); actions `Allow`, `Deny` or `Pass` (K06); each port entry exactly one of `portNumber`, `namedPort`
    /// or `portRange` (K17), with a protocol of TCP, UDP or SCTP (K21, TCP when absent); domainNames in
    /// `Allow` rules only (K15); and the CRD's rule against named ports with networks, nodes or domainNames
    /// peers (K22).
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics, errors and warnings, in field order (empty when valid).
    /// - Complexity: O(*n*) in the size of the policy.
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateClusterPolicyMetadata(metadata, kind: Self.kind)
        context.enter("spec")
        context.validateClusterPolicyPriority(spec.priority)
        context.validateClusterPolicySubject(spec.subject)
        context.validateAdminPolicyRules(ingress: spec.ingress, egress: spec.egress, schema: .adminNetworkPolicy)
        context.leave()
        return context.diagnostics
    }
}

extension BaselineAdminNetworkPolicy {
    /// Validates the policy as the API server does on create, with the `v1alpha1` CRD's schema and rules, and
    /// reports what it would refuse.
    ///
    /// The rules of ``AdminNetworkPolicy/validate(options:)``, except that the name must be `default` (K23: the
    /// object is a singleton), there is no priority (K24), actions are `Allow` or `Deny` only (K06: `Pass`
    /// is refused), and egress peers may not be domainNames (K10).
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics, errors and warnings, in field order (empty when valid).
    /// - Complexity: O(*n*) in the size of the policy.
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateClusterPolicyMetadata(metadata, kind: Self.kind)
        let name = metadata.name ?? ""
        if name != Self.singletonName {
            context.enter("metadata")
            context.error(
                .singletonNotNamedDefault,
                ValidationMessage.invalid(
                    name,
                    "Only one baseline admin network policy with metadata.name=\"default\" can be created in the "
                        + "cluster"),
                field: "name")
            context.leave()
        }
        context.enter("spec")
        if spec.unknownFields["priority"] != nil {
            context.error(
                .priorityOnBaselinePolicy,
                ValidationMessage.forbidden(
                    "a BaselineAdminNetworkPolicy has no priority: it is the cluster's only baseline policy, "
                        + "evaluated after every NetworkPolicy (remove the field)"),
                field: "priority")
        }
        context.validateClusterPolicySubject(spec.subject)
        context.validateAdminPolicyRules(
            ingress: spec.ingress, egress: spec.egress, schema: .baselineAdminNetworkPolicy)
        context.leave()
        return context.diagnostics
    }
}

extension ValidationContext {
    /// The ingress and egress rules of an AdminNetworkPolicy or a BaselineAdminNetworkPolicy; the position
    /// must be at `spec`.
    mutating func validateAdminPolicyRules(
        ingress: [AdminPolicyIngressRule]?, egress: [AdminPolicyEgressRule]?, schema: ClusterPolicySchema
    ) {
        validateClusterPolicyRuleCount(ingress?.count, field: "ingress", schema: schema)
        for (index, rule) in (ingress ?? []).enumerated() {
            enter("ingress", index: index)
            validateClusterPolicyRuleHead(name: rule.name, action: rule.action, schema: schema)
            validateClusterPolicyPeers(rule.from, field: "from", isEgress: false, action: rule.action, schema: schema)
            validateAdminPolicyPorts(rule.ports, schema: schema)
            leave(2)
        }
        validateClusterPolicyRuleCount(egress?.count, field: "egress", schema: schema)
        for (index, rule) in (egress ?? []).enumerated() {
            enter("egress", index: index)
            validateClusterPolicyRuleHead(name: rule.name, action: rule.action, schema: schema)
            validateClusterPolicyPeers(rule.to, field: "to", isEgress: true, action: rule.action, schema: schema)
            validateAdminPolicyPorts(rule.ports, schema: schema)
            validateClusterPolicyNamedPortPeers(
                rule.to, namedPortIndex: rule.ports?.firstIndex { $0.namedPort != nil }, schema: schema)
            leave(2)
        }
    }

    /// A rule's `ports` (K16) and each entry (K17-K21); the position must be at the rule.
    private mutating func validateAdminPolicyPorts(_ ports: [AdminPolicyPort]?, schema: ClusterPolicySchema) {
        guard let ports else { return }
        validateClusterPolicyPortCount(ports.count, schema: schema)
        for (index, entry) in ports.enumerated() {
            enter("ports", index: index)
            var present: [String] = []
            if let number = entry.portNumber {
                present.append("portNumber")
                enter("portNumber")
                validateAdminPolicyProtocol(number.protocol)
                validateClusterPolicyPortNumber(number.port, field: "port")
                leave()
            }
            if let name = entry.namedPort {
                present.append("namedPort")
                validateClusterPolicyNamedPort(name, field: "namedPort")
            }
            if let range = entry.portRange {
                present.append("portRange")
                enter("portRange")
                validateAdminPolicyProtocol(range.protocol)
                validateClusterPolicyPortRange(start: range.start, end: range.end)
                leave()
            }
            requireExactlyOne(
                present, of: ["portNumber", "namedPort", "portRange"], code: .portEntryNotExactlyOneField,
                hint: " (give each its own entry: the entries of a rule are OR'ed)")
            leave(2)
        }
    }

    /// A `protocol` of a `v1alpha1` port (K21): TCP, UDP or SCTP; absent means TCP. The position must be at
    /// the port.
    private mutating func validateAdminPolicyProtocol(_ proto: PortProtocol?) {
        guard let proto, !proto.isSupported else { return }
        error(
            .unsupportedClusterPolicyPortProtocol,
            ValidationMessage.unsupported(proto.rawValue, supported: PortProtocol.supported.map(\.rawValue)),
            field: "protocol")
    }
}
