/// The `spec` of a Calico NetworkPolicy or GlobalNetworkPolicy.
///
/// Both kinds share it; ``namespaceSelector``, ``doNotTrack``, ``preDNAT`` and ``applyOnForward`` exist
/// only in a GlobalNetworkPolicy (in a NetworkPolicy's manifest they are unknown fields, kept as written, and
/// validation refuses them when set in code). Selectors are strings in Calico's language
/// (``CalicoSelector``).
public struct CalicoPolicySpec: Sendable, Hashable {
    /// The tier the policy belongs to; `default` when absent (see ``tierName``).
    public var tier: String?
    /// The order within the tier, lower first; absent comes after every ordered policy.
    public var order: CalicoOrder?
    /// The endpoints the policy applies to; `all()` when absent or empty.
    public var selector: String?
    /// `Ingress` and/or `Egress`; defaulted from the rules when absent (see ``policyTypes``).
    public var types: [PolicyType]?
    /// Ingress rules, in order.
    public var ingress: [CalicoRule]?
    /// Egress rules, in order.
    public var egress: [CalicoRule]?
    /// Narrows the endpoints to pods running as matching service accounts; not evaluated by PodFence.
    public var serviceAccountSelector: String?
    /// Hints to Calico's engine (`AssumeNeededOnEveryNode`); they never change enforcement.
    public var performanceHints: [String]?
    /// GlobalNetworkPolicy only: the namespaces whose pods the policy applies to.
    public var namespaceSelector: String?
    /// GlobalNetworkPolicy only: apply before connection tracking (host endpoints only).
    public var doNotTrack: Bool?
    /// GlobalNetworkPolicy only: apply before DNAT (host endpoints only).
    public var preDNAT: Bool?
    /// GlobalNetworkPolicy only: apply to forwarded traffic too (host endpoints only).
    public var applyOnForward: Bool?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a spec.
    /// - Parameters:
    ///   - tier: The tier (`default` when nil).
    ///   - order: The order within the tier.
    ///   - selector: The endpoints the policy applies to.
    ///   - types: The directions it applies to.
    ///   - ingress: Ingress rules.
    ///   - egress: Egress rules.
    public init(
        tier: String? = nil, order: CalicoOrder? = nil, selector: String? = nil, types: [PolicyType]? = nil,
        ingress: [CalicoRule]? = nil, egress: [CalicoRule]? = nil
    ) {
        self.tier = tier
        self.order = order
        self.selector = selector
        self.types = types
        self.ingress = ingress
        self.egress = egress
        self.unknownFields = ManifestMapping()
    }

    /// The tier's name: ``tier``, or `default` when it is absent or empty.
    public var tierName: String {
        if let tier, !tier.isEmpty { return tier }
        return CalicoTier.defaultTierName
    }

    /// The directions the policy applies to: ``types`` when written, otherwise Calico's default: `Ingress`
    /// without egress rules, `Egress` with egress rules and no ingress rules, both with both. Unlike a
    /// Kubernetes NetworkPolicy, an egress-only policy does not get `Ingress`.
    public var policyTypes: [PolicyType] {
        if let types, !types.isEmpty { return types }
        let hasIngress = !(ingress ?? []).isEmpty
        let hasEgress = !(egress ?? []).isEmpty
        switch (hasIngress, hasEgress) {
        case (_, false): return [.ingress]
        case (false, true): return [.egress]
        case (true, true): return [.ingress, .egress]
        }
    }
}
