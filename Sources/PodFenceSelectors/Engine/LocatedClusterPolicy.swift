import PodFenceModel

/// A cluster-scoped policy (ClusterNetworkPolicy, or an AdminNetworkPolicy or BaselineAdminNetworkPolicy in
/// its ClusterNetworkPolicy form) with where it was read, so that verdicts can name `file:line:col`.
public struct LocatedClusterPolicy: Sendable, Hashable {
    /// The policy, as a ClusterNetworkPolicy.
    public var policy: ClusterNetworkPolicy
    /// The kind as written, which verdicts show.
    public var kind: String
    /// Where the policy was read, when known.
    public var location: SourceLocation?

    /// Wraps a ClusterNetworkPolicy.
    /// - Parameters:
    ///   - policy: The policy.
    ///   - location: Where it was read.
    public init(_ policy: ClusterNetworkPolicy, location: SourceLocation? = nil) {
        self.init(policy, kind: ClusterNetworkPolicy.kind, location: location)
    }

    /// Wraps a policy of another kind already rewritten as a ClusterNetworkPolicy.
    /// - Parameters:
    ///   - policy: The rewritten policy.
    ///   - kind: The kind as written.
    ///   - location: Where it was read.
    public init(_ policy: ClusterNetworkPolicy, kind: String, location: SourceLocation? = nil) {
        self.policy = policy
        self.kind = kind
        self.location = location
    }
}
