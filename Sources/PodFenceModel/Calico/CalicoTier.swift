/// A Calico Tier (`projectcalico.org/v3`, cluster-scoped): an ordered group of Calico policies.
///
/// Tiers are evaluated by ascending ``CalicoTierSpec/order`` (absent last, ties by name). A tier takes part
/// only for endpoints some of its policies select; when none of their rules decides, its
/// ``CalicoTierSpec/defaultAction`` does (`Deny`, or `Pass` to the next tier). Three tiers always exist, with
/// fixed orders and actions: ``builtIn``. See docs/calico.md ("Tiers").
///
/// ```swift
/// let platform = CalicoTier(name: "platform", spec: CalicoTierSpec(order: 100, defaultAction: .pass))
/// CalicoTier.builtIn.map(\.metadata.name)   // ["kube-admin", "default", "kube-baseline"]
/// ```
public struct CalicoTier: Sendable, Hashable {
    /// `projectcalico.org/v3`.
    public static let apiVersion = "projectcalico.org/v3"
    /// `Tier`.
    public static let kind = "Tier"

    /// `default`: Kubernetes NetworkPolicies (at order 1000) and Calico policies without a tier.
    public static let defaultTierName = "default"
    /// `kube-admin`: ClusterNetworkPolicies of the Admin tier (order = priority).
    public static let kubeAdminTierName = "kube-admin"
    /// `kube-baseline`: ClusterNetworkPolicies of the Baseline tier (order = priority).
    public static let kubeBaselineTierName = "kube-baseline"
    /// The order of every Kubernetes NetworkPolicy inside the `default` tier.
    public static let kubernetesNetworkPolicyOrder: CalicoOrder = 1000

    /// The three tiers Calico creates, in evaluation order, with the orders and default actions its CRD
    /// requires: `kube-admin` (1,000, Pass), `default` (1,000,000, Deny), `kube-baseline` (10,000,000, Pass).
    public static let builtIn: [CalicoTier] = [
        CalicoTier(name: kubeAdminTierName, spec: CalicoTierSpec(order: 1000, defaultAction: .pass)),
        CalicoTier(name: defaultTierName, spec: CalicoTierSpec(order: 1_000_000, defaultAction: .deny)),
        CalicoTier(name: kubeBaselineTierName, spec: CalicoTierSpec(order: 10_000_000, defaultAction: .pass)),
    ]

    /// Name, labels and annotations (the object is cluster-scoped: no namespace).
    public var metadata: ObjectMeta
    /// The order and the default action.
    public var spec: CalicoTierSpec
    /// Top-level fields the model does not know (such as `status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a tier.
    /// - Parameters:
    ///   - metadata: The name.
    ///   - spec: The order and default action.
    public init(metadata: ObjectMeta, spec: CalicoTierSpec = CalicoTierSpec()) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }

    /// Creates a tier by name.
    /// - Parameters:
    ///   - name: The tier's name.
    ///   - spec: The order and default action.
    public init(name: String, spec: CalicoTierSpec = CalicoTierSpec()) {
        self.init(metadata: ObjectMeta(name: name), spec: spec)
    }
}

/// The `spec` of a Calico Tier.
public struct CalicoTierSpec: Sendable, Hashable {
    /// The tier's order, lower first; absent comes after every ordered tier.
    public var order: CalicoOrder?
    /// `Deny` (the default) or `Pass`: what happens to traffic the tier's policies select but do not decide.
    public var defaultAction: CalicoAction?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a spec.
    /// - Parameters:
    ///   - order: The order.
    ///   - defaultAction: `Deny` or `Pass`.
    public init(order: CalicoOrder? = nil, defaultAction: CalicoAction? = nil) {
        self.order = order
        self.defaultAction = defaultAction
        self.unknownFields = ManifestMapping()
    }

    /// ``defaultAction``, or `Deny` when absent.
    public var effectiveDefaultAction: CalicoAction { defaultAction ?? .deny }
}
