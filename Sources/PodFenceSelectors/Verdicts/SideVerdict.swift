/// The verdict of one side of a connection: the source's egress or the destination's ingress.
public struct SideVerdict: Sendable, Hashable {
    /// Why a side is not subject to NetworkPolicy at all.
    public enum NotGovernedReason: Sendable, Hashable {
        /// The endpoint is an address outside the cluster.
        case outsideCluster
        /// The endpoint is a `hostNetwork` pod, whose traffic is its node's (semantics §2.9).
        case hostNetwork
    }

    /// How the side was decided.
    public enum Status: Sendable, Hashable {
        /// NetworkPolicy does not apply to this end.
        case notGoverned(NotGovernedReason)
        /// No policy selects the pod for this direction: everything is allowed.
        case notIsolated
        /// Ingress from the pod's own node, always allowed (the isolating policies are still listed).
        case ownNode
        /// Policies isolate the pod: only what their rules allow passes (``SideVerdict/matches``; empty means
        /// "isolated, no rule matched").
        case isolated
    }

    /// The direction: `egress` for the source's side, `ingress` for the destination's.
    public var direction: TrafficDirection
    /// How the side was decided.
    public var status: Status
    /// The policies that select the pod for this direction, sorted by namespace and name.
    public var isolatingPolicies: [PolicyReference]
    /// The rules that allow the queried port (or, for ``PortQuery/any``, anything), in policy and rule order.
    public var matches: [RuleMatch]
    /// Everything this side allows between the two endpoints (all ports when not governed or not isolated).
    public var allowedPorts: PortSet
    /// True when this side allows the queried port (or, for ``PortQuery/any``, some port).
    public var allows: Bool
    /// The tiers this side went through when cluster-scoped policies apply to it, in order, each limited to
    /// the question's ports: Admin rules, the NetworkPolicy tier, Baseline rules, the default. Empty when no
    /// cluster policy applies (the NetworkPolicy tier alone decided).
    public var chain: [TierStep]

    /// Creates a side verdict.
    /// - Parameters:
    ///   - direction: The direction.
    ///   - status: How it was decided.
    ///   - isolatingPolicies: The isolating policies.
    ///   - matches: The allowing rules.
    ///   - allowedPorts: What it allows.
    ///   - allows: Whether it allows the query.
    ///   - chain: The tiers it went through, when cluster policies apply.
    public init(
        direction: TrafficDirection, status: Status, isolatingPolicies: [PolicyReference] = [],
        matches: [RuleMatch] = [], allowedPorts: PortSet, allows: Bool, chain: [TierStep] = []
    ) {
        self.chain = chain
        self.direction = direction
        self.status = status
        self.isolatingPolicies = isolatingPolicies
        self.matches = matches
        self.allowedPorts = allowedPorts
        self.allows = allows
    }
}
