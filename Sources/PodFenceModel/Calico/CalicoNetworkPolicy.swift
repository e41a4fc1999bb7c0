/// A Calico NetworkPolicy (`projectcalico.org/v3`, namespaced): ordered rules that can allow, deny, log or
/// pass, applied to the endpoints of its namespace that its selector matches, within a tier.
///
/// Named `CalicoNetworkPolicy` so that it is never mistaken for the Kubernetes ``NetworkPolicy``, whose kind
/// it shares. How Calico evaluates it, and how PodFence reads what Calico leaves open, is in docs/calico.md.
///
/// ```swift
/// let policy = CalicoNetworkPolicy(
///     name: "allow-frontend", namespace: "shop",
///     spec: CalicoPolicySpec(
///         tier: "platform", order: 100, selector: "app == 'db'",
///         ingress: [CalicoRule(action: .allow, protocol: .tcp,
///             source: CalicoEntityRule(selector: "app == 'frontend'"),
///             destination: CalicoEntityRule(ports: [CalicoPort(number: 5432)]))]))
/// policy.validate()   // []
/// ```
public struct CalicoNetworkPolicy: Sendable, Hashable {
    /// `projectcalico.org/v3`.
    public static let apiVersion = "projectcalico.org/v3"
    /// `NetworkPolicy`.
    public static let kind = "NetworkPolicy"

    /// Name, namespace, labels and annotations.
    public var metadata: ObjectMeta
    /// The policy itself.
    public var spec: CalicoPolicySpec
    /// Top-level fields the model does not know (such as `status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a policy.
    /// - Parameters:
    ///   - metadata: The name and namespace.
    ///   - spec: The policy.
    public init(metadata: ObjectMeta, spec: CalicoPolicySpec = CalicoPolicySpec()) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }

    /// Creates a policy by name.
    /// - Parameters:
    ///   - name: The policy's name.
    ///   - namespace: Its namespace.
    ///   - spec: The policy.
    public init(name: String, namespace: String, spec: CalicoPolicySpec = CalicoPolicySpec()) {
        self.init(metadata: ObjectMeta(name: name, namespace: namespace), spec: spec)
    }
}
