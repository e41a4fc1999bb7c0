/// The tiers a connection goes through, in evaluation order (semantics of kubernetes-sigs/network-policy-api):
/// Admin cluster policies, then namespaced NetworkPolicies, then Baseline cluster policies, then the default
/// (allow).
public enum EvaluationTier: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// ClusterNetworkPolicies of tier Admin and AdminNetworkPolicies.
    case admin = "Admin"
    /// Namespaced `networking.k8s.io/v1` NetworkPolicies.
    case networkPolicy = "NetworkPolicy"
    /// ClusterNetworkPolicies of tier Baseline and the BaselineAdminNetworkPolicy.
    case baseline = "Baseline"
    /// What applies when no tier decided: every connection is allowed.
    case defaultAllow = "Default"

    /// The position in evaluation order.
    public var rank: Int {
        switch self {
        case .admin: 0
        case .networkPolicy: 1
        case .baseline: 2
        case .defaultAllow: 3
        }
    }

    /// The tier's name.
    public var description: String { rawValue }
}

/// What a step of the tier chain did with the ports it covers.
public enum TierAction: String, Sendable, Hashable, CustomStringConvertible {
    /// Allowed: a cluster policy's `Accept`/`Allow`, a NetworkPolicy rule, or the default.
    case accept = "Accept"
    /// Denied: a cluster policy's `Deny`, or NetworkPolicy isolation without an allowing rule.
    case deny = "Deny"
    /// Handed to the next tier: a cluster policy's `Pass`, or no NetworkPolicy isolating the pod.
    case pass = "Pass"

    /// The action's name.
    public var description: String { rawValue }
}

/// One step of a side's tier chain: which tier acted on which ports, and how; for cluster policies, the rule
/// that did. The steps of a side, in order, account for every port of the question exactly once, except the
/// ports a `Pass` step hands on, which a later step accounts for again.
public struct TierStep: Sendable, Hashable, CustomStringConvertible {
    /// The tier.
    public var tier: EvaluationTier
    /// The cluster policy rule that acted (nil for the NetworkPolicy tier and the default).
    public var rule: ClusterRuleReference?
    /// What was done.
    public var action: TierAction
    /// The ports this step acted on (within the question's ports).
    public var ports: PortSet

    /// Creates a step.
    /// - Parameters:
    ///   - tier: The tier.
    ///   - rule: The rule that acted, for cluster policies.
    ///   - action: What was done.
    ///   - ports: The ports acted on.
    public init(tier: EvaluationTier, rule: ClusterRuleReference? = nil, action: TierAction, ports: PortSet) {
        self.tier = tier
        self.rule = rule
        self.action = action
        self.ports = ports
    }

    /// `Admin ClusterNetworkPolicy/x egress[0] to[1] "name": Deny on TCP 1-65535`.
    public var description: String {
        let actor = rule.map { " \($0)" } ?? ""
        return "\(tier)\(actor): \(action) on \(ports)"
    }
}
