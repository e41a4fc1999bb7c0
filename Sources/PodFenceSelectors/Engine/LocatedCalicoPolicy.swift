import PodFenceModel

/// A Calico policy (`projectcalico.org/v3` NetworkPolicy or GlobalNetworkPolicy) with where it was read, so
/// that verdicts can name `file:line:col`. The engine evaluates it in its tier (docs/calico.md).
public struct LocatedCalicoPolicy: Sendable, Hashable {
    /// A Calico policy of either scope.
    public enum Policy: Sendable, Hashable {
        /// A namespaced Calico NetworkPolicy.
        case namespaced(CalicoNetworkPolicy)
        /// A GlobalNetworkPolicy.
        case global(CalicoGlobalNetworkPolicy)
    }

    /// The policy.
    public var policy: Policy
    /// Where the policy was read, when known.
    public var location: SourceLocation?

    /// Wraps a namespaced Calico NetworkPolicy.
    /// - Parameters:
    ///   - policy: The policy.
    ///   - location: Where it was read.
    public init(_ policy: CalicoNetworkPolicy, location: SourceLocation? = nil) {
        self.policy = .namespaced(policy)
        self.location = location
    }

    /// Wraps a GlobalNetworkPolicy.
    /// - Parameters:
    ///   - policy: The policy.
    ///   - location: Where it was read.
    public init(_ policy: CalicoGlobalNetworkPolicy, location: SourceLocation? = nil) {
        self.policy = .global(policy)
        self.location = location
    }

    /// The policy's metadata.
    public var metadata: ObjectMeta {
        switch policy {
        case .namespaced(let policy): policy.metadata
        case .global(let policy): policy.metadata
        }
    }

    /// The policy's spec.
    public var spec: CalicoPolicySpec {
        switch policy {
        case .namespaced(let policy): policy.spec
        case .global(let policy): policy.spec
        }
    }

    /// The kind as verdicts show it: `GlobalNetworkPolicy`, or `NetworkPolicy.projectcalico.org` so that it is
    /// never mistaken for a Kubernetes NetworkPolicy.
    public var kind: String {
        switch policy {
        case .namespaced: CalicoNetworkPolicy.kind + ".projectcalico.org"
        case .global: CalicoGlobalNetworkPolicy.kind
        }
    }
}
