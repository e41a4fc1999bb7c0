/// A `policy.networking.k8s.io/v1alpha2` ClusterNetworkPolicy (kubernetes-sigs/network-policy-api v0.2.0): a
/// cluster-scoped policy of the Admin or Baseline tier, every field of it, as written by the user.
///
/// Admin-tier policies are evaluated before namespaced NetworkPolicies and cannot be overridden by them;
/// Baseline-tier policies apply only to connections that no NetworkPolicy isolates. Within a tier, a lower
/// ``ClusterNetworkPolicySpec/priority`` is evaluated first, and the rules of a policy in the order written;
/// the first rule that matches decides (`Accept`, `Deny`), or hands the connection to the next tier (`Pass`).
///
/// Fields are optional as written so that validation can say which required field is missing.
public struct ClusterNetworkPolicy: Sendable, Hashable {
    /// `policy.networking.k8s.io/v1alpha2`.
    public static let apiVersion = "policy.networking.k8s.io/v1alpha2"
    /// `ClusterNetworkPolicy`.
    public static let kind = "ClusterNetworkPolicy"

    /// Name, labels and annotations (the object is cluster-scoped: no namespace).
    public var metadata: ObjectMeta
    /// The policy itself.
    public var spec: ClusterNetworkPolicySpec
    /// Top-level fields the model does not know (such as `status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a policy.
    /// - Parameters:
    ///   - metadata: The name.
    ///   - spec: The policy.
    public init(metadata: ObjectMeta, spec: ClusterNetworkPolicySpec = ClusterNetworkPolicySpec()) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }

    /// Creates a policy by name.
    /// - Parameters:
    ///   - name: The policy's name.
    ///   - spec: The policy.
    public init(name: String, spec: ClusterNetworkPolicySpec = ClusterNetworkPolicySpec()) {
        self.init(metadata: ObjectMeta(name: name), spec: spec)
    }
}

/// The `spec` of a ClusterNetworkPolicy.
public struct ClusterNetworkPolicySpec: Sendable, Hashable {
    /// `Admin` or `Baseline`; nil when absent (refused by validation).
    public var tier: PolicyTier?
    /// 0 to 1000, lower first within the tier; nil when absent (refused by validation).
    public var priority: Int?
    /// The pods the policy applies to; nil when absent (refused by validation).
    public var subject: ClusterPolicySubject?
    /// Ingress rules in precedence order (at most 25); nil when absent (the policy does not affect ingress).
    public var ingress: [ClusterPolicyIngressRule]?
    /// Egress rules in precedence order (at most 25); nil when absent (the policy does not affect egress).
    public var egress: [ClusterPolicyEgressRule]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a spec.
    /// - Parameters:
    ///   - tier: The tier.
    ///   - priority: The priority within the tier (0-1000, lower first).
    ///   - subject: The pods the policy applies to.
    ///   - ingress: Ingress rules, in precedence order.
    ///   - egress: Egress rules, in precedence order.
    public init(
        tier: PolicyTier? = nil, priority: Int? = nil, subject: ClusterPolicySubject? = nil,
        ingress: [ClusterPolicyIngressRule]? = nil, egress: [ClusterPolicyEgressRule]? = nil
    ) {
        self.tier = tier
        self.priority = priority
        self.subject = subject
        self.ingress = ingress
        self.egress = egress
        self.unknownFields = ManifestMapping()
    }
}

/// The tier of a cluster-scoped policy: `Admin` (before NetworkPolicies) or `Baseline` (after them). Other
/// spellings are kept for diagnostics.
public struct PolicyTier: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The tier as written.
    public var rawValue: String
    /// Creates a tier from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Evaluated before namespaced NetworkPolicies; its decisions cannot be overridden.
    public static let admin = PolicyTier(rawValue: "Admin")
    /// Evaluated after namespaced NetworkPolicies, for connections none of them isolates.
    public static let baseline = PolicyTier(rawValue: "Baseline")
    /// The two tiers the API accepts.
    public static let supported: [PolicyTier] = [.admin, .baseline]
    /// The spelling.
    public var description: String { rawValue }
}
