/// A Calico GlobalNetworkPolicy (`projectcalico.org/v3`, cluster-scoped): ordered rules applied, within a
/// tier, to the endpoints of every namespace that its selector (and namespace selector) match.
///
/// How Calico evaluates it, and how PodFence reads what Calico leaves open, is in docs/calico.md.
///
/// ```swift
/// let guardRail = CalicoGlobalNetworkPolicy(
///     name: "deny-metadata",
///     spec: CalicoPolicySpec(
///         tier: "security", order: 10, types: [.egress],
///         egress: [CalicoRule(action: .deny, destination: CalicoEntityRule(nets: ["169.254.169.254/32"])),
///                  CalicoRule(action: .pass)]))
/// ```
public struct CalicoGlobalNetworkPolicy: Sendable, Hashable {
    /// `projectcalico.org/v3`.
    public static let apiVersion = "projectcalico.org/v3"
    /// `GlobalNetworkPolicy`.
    public static let kind = "GlobalNetworkPolicy"

    /// Name, labels and annotations (the object is cluster-scoped: no namespace).
    public var metadata: ObjectMeta
    /// The policy itself, including the fields only a GlobalNetworkPolicy has.
    public var spec: CalicoPolicySpec
    /// Top-level fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a policy.
    /// - Parameters:
    ///   - metadata: The name.
    ///   - spec: The policy.
    public init(metadata: ObjectMeta, spec: CalicoPolicySpec = CalicoPolicySpec()) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }

    /// Creates a policy by name.
    /// - Parameters:
    ///   - name: The policy's name.
    ///   - spec: The policy.
    public init(name: String, spec: CalicoPolicySpec = CalicoPolicySpec()) {
        self.init(metadata: ObjectMeta(name: name), spec: spec)
    }
}
