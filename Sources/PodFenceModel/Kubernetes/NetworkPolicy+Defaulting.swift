extension NetworkPolicy {
    /// The policy as the API server stores it (semantics §1.7):
    /// - `policyTypes` absent or empty becomes `[Ingress]`, plus `Egress` when `egress` has at least one rule;
    ///   an explicit list is never changed (duplicates survive);
    /// - every port without a protocol gets `TCP`.
    ///
    /// Nothing else is defaulted. Evaluation and validation work on this view; reading and writing keep what
    /// the user wrote.
    /// - Returns: The defaulted copy.
    public func defaulted() -> NetworkPolicy {
        var copy = self
        copy.spec.policyTypes = effectivePolicyTypes
        copy.spec.ingress = spec.ingress?.map { rule in
            var rule = rule
            rule.ports = rule.ports?.map { $0.defaulted() }
            return rule
        }
        copy.spec.egress = spec.egress?.map { rule in
            var rule = rule
            rule.ports = rule.ports?.map { $0.defaulted() }
            return rule
        }
        return copy
    }

    /// The directions the policy applies to after defaulting.
    public var effectivePolicyTypes: [PolicyType] {
        if let written = spec.policyTypes, !written.isEmpty { return written }
        return (spec.egress?.isEmpty ?? true) ? [.ingress] : [.ingress, .egress]
    }

    /// True when the defaulted policy applies to ingress.
    public var appliesToIngress: Bool { effectivePolicyTypes.contains(.ingress) }

    /// True when the defaulted policy applies to egress.
    public var appliesToEgress: Bool { effectivePolicyTypes.contains(.egress) }
}

extension NetworkPolicyPort {
    /// The port with its protocol defaulted to TCP.
    public func defaulted() -> NetworkPolicyPort {
        var copy = self
        if copy.protocol == nil { copy.protocol = .tcp }
        return copy
    }
}
