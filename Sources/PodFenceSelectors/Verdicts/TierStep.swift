/// A tier a connection goes through. Tiers are evaluated by ascending ``order`` (then name); one without an
/// order comes after every ordered tier. The built-in tiers are those of kubernetes-sigs/network-policy-api,
/// at the orders Calico gives them (`kube-admin`, `default`, `kube-baseline`): Admin cluster policies, then
/// namespaced NetworkPolicies, then Baseline cluster policies, then the default (allow). Calico's own tiers
/// sit between them by their order.
public struct EvaluationTier: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The tier's name: `Admin`, `NetworkPolicy`, `Baseline`, `Default`, or a Calico tier's name.
    public var name: String
    /// The tier's order (lower first); nil after every ordered tier.
    public var order: Double?

    /// Creates a tier.
    /// - Parameters:
    ///   - name: The name.
    ///   - order: The order, lower first; nil for none (after every ordered tier).
    public init(name: String, order: Double?) {
        self.name = name
        self.order = order
    }

    /// ClusterNetworkPolicies of tier Admin and AdminNetworkPolicies (Calico's `kube-admin`, order 1,000).
    public static let admin = EvaluationTier(name: "Admin", order: 1_000)
    /// Namespaced `networking.k8s.io/v1` NetworkPolicies (Calico's `default` tier, order 1,000,000).
    public static let networkPolicy = EvaluationTier(name: "NetworkPolicy", order: 1_000_000)
    /// ClusterNetworkPolicies of tier Baseline and the BaselineAdminNetworkPolicy (Calico's `kube-baseline`,
    /// order 10,000,000).
    public static let baseline = EvaluationTier(name: "Baseline", order: 10_000_000)
    /// What applies when no tier decided: every connection is allowed.
    public static let defaultAllow = EvaluationTier(name: "Default", order: .infinity)

    /// The tier's name (what JSON output writes).
    public var rawValue: String { name }

    /// Evaluation order: the order (none after every finite one, the default last), then the name.
    public static func < (lhs: EvaluationTier, rhs: EvaluationTier) -> Bool {
        (lhs.sortKey, lhs.name) < (rhs.sortKey, rhs.name)
    }

    /// The position in evaluation order, as a number: the order, a tier without one after every ordered tier
    /// and before the default.
    public var rank: Double { sortKey }

    private var sortKey: Double { order ?? .greatestFiniteMagnitude }

    /// The tier's name.
    public var description: String { name }
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
