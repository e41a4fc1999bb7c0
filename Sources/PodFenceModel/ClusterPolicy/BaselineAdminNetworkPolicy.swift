/// A `policy.networking.k8s.io/v1alpha1` BaselineAdminNetworkPolicy, every field of it, as written by the
/// user: the cluster's single Baseline-tier policy (its name must be `default`), whose rules `Allow` or `Deny`
/// the connections that no NetworkPolicy isolates.
public struct BaselineAdminNetworkPolicy: Sendable, Hashable {
    /// `policy.networking.k8s.io/v1alpha1`.
    public static let apiVersion = "policy.networking.k8s.io/v1alpha1"
    /// `BaselineAdminNetworkPolicy`.
    public static let kind = "BaselineAdminNetworkPolicy"
    /// The only name the API accepts: the object is a singleton.
    public static let singletonName = "default"

    /// Name (`default`), labels and annotations.
    public var metadata: ObjectMeta
    /// The policy itself.
    public var spec: BaselineAdminNetworkPolicySpec
    /// Top-level fields the model does not know (such as `status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a policy.
    /// - Parameters:
    ///   - metadata: The name (`default`).
    ///   - spec: The policy.
    public init(
        metadata: ObjectMeta = ObjectMeta(name: singletonName),
        spec: BaselineAdminNetworkPolicySpec = BaselineAdminNetworkPolicySpec()
    ) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }
}

/// The `spec` of a BaselineAdminNetworkPolicy: no priority (there is one such object).
public struct BaselineAdminNetworkPolicySpec: Sendable, Hashable {
    /// The pods the policy applies to; nil when absent (refused by validation).
    public var subject: ClusterPolicySubject?
    /// Ingress rules in precedence order (at most 100; actions `Allow` or `Deny`).
    public var ingress: [AdminPolicyIngressRule]?
    /// Egress rules in precedence order (at most 100; actions `Allow` or `Deny`).
    public var egress: [AdminPolicyEgressRule]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a spec.
    /// - Parameters:
    ///   - subject: The pods the policy applies to.
    ///   - ingress: Ingress rules, in precedence order.
    ///   - egress: Egress rules, in precedence order.
    public init(
        subject: ClusterPolicySubject? = nil, ingress: [AdminPolicyIngressRule]? = nil,
        egress: [AdminPolicyEgressRule]? = nil
    ) {
        self.subject = subject
        self.ingress = ingress
        self.egress = egress
        self.unknownFields = ManifestMapping()
    }
}
