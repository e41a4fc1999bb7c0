import PodFenceModel

/// A cluster-scoped policy as verdicts name it: its kind as written (`ClusterNetworkPolicy`,
/// `AdminNetworkPolicy`, `BaselineAdminNetworkPolicy`), name, tier, priority and where it was read.
public struct ClusterPolicyReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kind as written; AdminNetworkPolicy and BaselineAdminNetworkPolicy are evaluated through their
    /// ClusterNetworkPolicy form but keep their own kind here.
    public var kind: String
    /// The policy's name.
    public var name: String
    /// The tier it belongs to.
    public var tier: EvaluationTier
    /// Its priority within the tier (lower first); a BaselineAdminNetworkPolicy counts as 1000.
    public var priority: Int
    /// Where the policy was read, when known.
    public var location: SourceLocation?

    /// Creates a reference.
    /// - Parameters:
    ///   - kind: The kind as written.
    ///   - name: The name.
    ///   - tier: The tier (`.admin` or `.baseline`).
    ///   - priority: The priority within the tier.
    ///   - location: Where it was read.
    public init(kind: String, name: String, tier: EvaluationTier, priority: Int, location: SourceLocation? = nil) {
        self.kind = kind
        self.name = name
        self.tier = tier
        self.priority = priority
        self.location = location
    }

    /// Evaluation order: tier, then priority, then name, then kind (the order PodFence applies to policies
    /// of equal priority, whose relative order Kubernetes leaves to the implementation).
    public static func < (lhs: ClusterPolicyReference, rhs: ClusterPolicyReference) -> Bool {
        if lhs.tier != rhs.tier { return lhs.tier < rhs.tier }
        return (lhs.priority, lhs.name, lhs.kind) < (rhs.priority, rhs.name, rhs.kind)
    }

    /// `Kind/name`, such as `ClusterNetworkPolicy/allow-dns`.
    public var description: String { kind + "/" + name }
}

/// A rule of a cluster-scoped policy: the policy, the direction, the rule's index and name, and the peer
/// that matched.
public struct ClusterRuleReference: Sendable, Hashable, CustomStringConvertible {
    /// The policy.
    public var policy: ClusterPolicyReference
    /// `ingress` or `egress`.
    public var direction: TrafficDirection
    /// The rule's index in its direction's list.
    public var ruleIndex: Int
    /// The rule's `name`, when it has one.
    public var ruleName: String?
    /// The index of the peer (`from[i]` or `to[i]`) that matched, when one did.
    public var peerIndex: Int?

    /// Creates a reference.
    /// - Parameters:
    ///   - policy: The policy.
    ///   - direction: The direction.
    ///   - ruleIndex: The rule's index.
    ///   - ruleName: The rule's name.
    ///   - peerIndex: The matching peer's index.
    public init(
        policy: ClusterPolicyReference, direction: TrafficDirection, ruleIndex: Int, ruleName: String? = nil,
        peerIndex: Int? = nil
    ) {
        self.policy = policy
        self.direction = direction
        self.ruleIndex = ruleIndex
        self.ruleName = ruleName
        self.peerIndex = peerIndex
    }

    /// The rule's place in the policy: `ingress[0] from[1]`, followed by its name in quotes when it has one.
    public var path: String {
        var text = "\(direction)[\(ruleIndex)]"
        if let peerIndex { text += " \(direction == .ingress ? "from" : "to")[\(peerIndex)]" }
        if let ruleName, !ruleName.isEmpty { text += " \"\(ruleName)\"" }
        return text
    }

    /// The policy and the rule's path.
    public var description: String { "\(policy) \(path)" }
}
