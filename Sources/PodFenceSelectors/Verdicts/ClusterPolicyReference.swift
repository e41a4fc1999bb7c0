import PodFenceModel

/// A tiered policy as verdicts name it: its kind as written (`ClusterNetworkPolicy`, `AdminNetworkPolicy`,
/// `BaselineAdminNetworkPolicy`, or Calico's `GlobalNetworkPolicy` and `NetworkPolicy.projectcalico.org`), name,
/// tier, priority or order, and where it was read.
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
    /// True for a Calico policy, which is ordered by ``order`` rather than ``priority``.
    public var isCalico = false
    /// A Calico policy's `spec.order` (nil when it has none: it comes after every ordered policy of its tier).
    public var order: Double?
    /// A Calico NetworkPolicy's namespace (nil for cluster-scoped policies).
    public var namespace: String?

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

    /// Creates a reference to a Calico policy.
    /// - Parameters:
    ///   - calicoKind: `GlobalNetworkPolicy` or `NetworkPolicy.projectcalico.org`.
    ///   - name: The name.
    ///   - namespace: The namespace of a namespaced policy.
    ///   - tier: Its tier.
    ///   - order: Its `spec.order`.
    ///   - location: Where it was read.
    public init(
        calicoKind: String, name: String, namespace: String?, tier: EvaluationTier, order: Double?,
        location: SourceLocation? = nil
    ) {
        self.init(kind: calicoKind, name: name, tier: tier, priority: 0, location: location)
        self.isCalico = true
        self.order = order
        self.namespace = namespace
    }

    /// The number that orders the policy within its tier: a ClusterNetworkPolicy's priority (Calico puts
    /// them in its `kube-admin` and `kube-baseline` tiers at `order` = `priority`), a Calico policy's order,
    /// or infinity for a Calico policy without one.
    public var rank: Double {
        isCalico ? order ?? .infinity : Double(priority)
    }

    /// Evaluation order: tier, then rank (priority or order), then name, then kind (so a GlobalNetworkPolicy
    /// comes before a Calico NetworkPolicy of the same order and name), then namespace. Kubernetes leaves the
    /// order of ClusterNetworkPolicies of equal priority to the implementation; PodFence takes them by name.
    public static func < (lhs: ClusterPolicyReference, rhs: ClusterPolicyReference) -> Bool {
        if lhs.tier != rhs.tier { return lhs.tier < rhs.tier }
        if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
        return (lhs.name, lhs.kind, lhs.namespace ?? "") < (rhs.name, rhs.kind, rhs.namespace ?? "")
    }

    /// `Kind/name`, such as `ClusterNetworkPolicy/allow-dns`, or `Kind/namespace/name` for a Calico
    /// NetworkPolicy.
    public var description: String {
        guard let namespace else { return kind + "/" + name }
        return kind + "/" + namespace + "/" + name
    }

    /// How the chain names the policy's place in its tier: `priority 10`, `order 100`, or `no order`.
    public var rankDescription: String {
        guard isCalico else { return "priority \(priority)" }
        guard let order else { return "no order" }
        return "order " + CalicoOrder(order).description
    }
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
