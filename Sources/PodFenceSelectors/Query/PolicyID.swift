import PodFenceModel

/// A NetworkPolicy of a ``ReachabilityAnalysis``, found by what names it: a typed handle on its position in
/// ``ReachabilityAnalysis/policies``, which the analysis sorts by namespace and name, so that callers never
/// depend on that order or on the order they gave the policies in.
///
/// ```swift
/// let reference = analysis.verdict(from: .peer(client), to: .peer(web)).ingress.isolatingPolicies[0]
/// if let policy = analysis.policy(reference) {
///     analysis[policy].location             // where it was read
///     analysis.subjects(of: policy)         // the peers it selects
/// }
/// ```
///
/// The handle belongs to the analysis it came from; an analysis built with
/// ``ReachabilityAnalysis/replacingPolicies(_:clusterPolicies:calicoPolicies:calicoTiers:)`` has handles of
/// its own.
public struct PolicyID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The policy's position in ``ReachabilityAnalysis/policies``.
    public let index: Int

    /// Wraps a position in ``ReachabilityAnalysis/policies``.
    /// - Parameter index: The position.
    public init(_ index: Int) {
        self.index = index
    }

    /// By position, the order of ``ReachabilityAnalysis/policies`` (namespace, then name).
    public static func < (lhs: PolicyID, rhs: PolicyID) -> Bool { lhs.index < rhs.index }

    /// `#index`.
    public var description: String { "#\(index)" }
}

/// A tiered policy of a ``ReachabilityAnalysis`` (a ClusterNetworkPolicy, AdminNetworkPolicy,
/// BaselineAdminNetworkPolicy, or a Calico NetworkPolicy or GlobalNetworkPolicy), found by what names it: a typed
/// handle on its position in ``ReachabilityAnalysis/clusterPolicies``, which the analysis sorts into evaluation
/// order.
///
/// ```swift
/// if let policy = analysis.clusterPolicy(kind: "AdminNetworkPolicy", name: "allow-dns") {
///     analysis[policy].priority             // its place in its tier
///     analysis.subjects(of: policy)         // the peers its subject holds
/// }
/// ```
///
/// The handle belongs to the analysis it came from, as ``PolicyID`` does.
public struct ClusterPolicyID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The policy's position in ``ReachabilityAnalysis/clusterPolicies``.
    public let index: Int

    /// Wraps a position in ``ReachabilityAnalysis/clusterPolicies``.
    /// - Parameter index: The position.
    public init(_ index: Int) {
        self.index = index
    }

    /// By position, the evaluation order of ``ReachabilityAnalysis/clusterPolicies``.
    public static func < (lhs: ClusterPolicyID, rhs: ClusterPolicyID) -> Bool { lhs.index < rhs.index }

    /// `#index`.
    public var description: String { "#\(index)" }
}

extension ReachabilityAnalysis {
    /// What names a policy, as the lookups key it: its kind (for the tiered policies), its namespace (nil for a
    /// cluster-scoped one) and its name.
    struct PolicyKey: Sendable, Hashable {
        var kind: String
        var namespace: String?
        var name: String
    }

    /// The positions of the policies with each key, in the order of the sorted array they index (equal keys in
    /// the order the policies were given).
    static func positions(of keys: some Sequence<PolicyKey>) -> [PolicyKey: [Int]] {
        var positions: [PolicyKey: [Int]] = [:]
        for (position, key) in keys.enumerated() { positions[key, default: []].append(position) }
        return positions
    }

    /// The NetworkPolicy with a namespace and name.
    ///
    /// Policies of the same namespace and name read from more than one place are told apart by `location`: the
    /// one read there, or else the first of them in ``policies``.
    ///
    /// ```swift
    /// let policy = analysis.policy(namespace: "shop", name: "allow-web")
    /// ```
    /// - Parameters:
    ///   - namespace: The namespace (`default` for a policy written without one).
    ///   - name: The name (`<unnamed>` for a policy written without one).
    ///   - location: Where it was read, when known.
    /// - Returns: The handle, or nil when the analysis has no such policy.
    /// - Complexity: O(1) on average; O(k) for k policies of that namespace and name.
    public func policy(namespace: String, name: String, location: SourceLocation? = nil) -> PolicyID? {
        guard let positions = policyPositions[PolicyKey(kind: NetworkPolicy.kind, namespace: namespace, name: name)]
        else { return nil }
        guard positions.count > 1, let location else { return PolicyID(positions[0]) }
        return PolicyID(positions.first { compiled[$0].reference.location == location } ?? positions[0])
    }

    /// The NetworkPolicy a reference names, such as one of a verdict's isolating policies.
    /// - Parameter reference: The reference; its location tells apart policies of the same namespace and name.
    /// - Returns: The handle, or nil when the analysis has no such policy.
    /// - Complexity: O(1) on average.
    public func policy(_ reference: PolicyReference) -> PolicyID? {
        policy(namespace: reference.namespace, name: reference.name, location: reference.location)
    }

    /// The NetworkPolicy a handle stands for, as verdicts name it.
    /// - Parameter policy: The handle.
    public subscript(policy: PolicyID) -> PolicyReference { compiled[policy.index].reference }

    /// The peers a NetworkPolicy applies to: those of its namespace that its `spec.podSelector` matches
    /// (hostNetwork peers included only when they are treated as pods).
    /// - Parameter policy: The handle.
    /// - Returns: The peers' positions in ``peers``, in order.
    /// - Complexity: O(p) for p peers.
    public func subjects(of policy: PolicyID) -> [Int] {
        subjects(ofPolicy: policy.index)
    }

    /// The tiered policy of a kind and name (and namespace, for a Calico NetworkPolicy).
    ///
    /// Policies of the same kind, namespace and name read from more than one place are told apart by
    /// `location`: the one read there, or else the first of them in evaluation order.
    ///
    /// ```swift
    /// let policy = analysis.clusterPolicy(kind: "AdminNetworkPolicy", name: "allow-dns")
    /// ```
    /// - Parameters:
    ///   - kind: The kind as ``ClusterPolicyReference/kind`` gives it: `ClusterNetworkPolicy`,
    ///     `AdminNetworkPolicy`, `BaselineAdminNetworkPolicy`, `GlobalNetworkPolicy` or
    ///     `NetworkPolicy.projectcalico.org`.
    ///   - name: The name (`<unnamed>` for a policy written without one).
    ///   - namespace: A Calico NetworkPolicy's namespace; nil for the cluster-scoped kinds.
    ///   - location: Where it was read, when known.
    /// - Returns: The handle, or nil when the analysis has no such policy.
    /// - Complexity: O(1) on average; O(k) for k policies of that kind, namespace and name.
    public func clusterPolicy(
        kind: String, name: String, namespace: String? = nil, location: SourceLocation? = nil
    ) -> ClusterPolicyID? {
        guard let positions = clusterPolicyPositions[PolicyKey(kind: kind, namespace: namespace, name: name)]
        else { return nil }
        guard positions.count > 1, let location else { return ClusterPolicyID(positions[0]) }
        return ClusterPolicyID(positions.first { tiers[$0].reference.location == location } ?? positions[0])
    }

    /// The tiered policy a reference names, such as the policy of a rule in a verdict's tier chain.
    ///
    /// Its kind, namespace and name find the policy, whatever tier, priority or order the reference gives.
    /// Among policies that share them, the one the reference equals, else the one read at its location, else
    /// the first in evaluation order.
    /// - Parameter reference: The reference.
    /// - Returns: The handle, or nil when the analysis has no such policy.
    /// - Complexity: O(1) on average; O(k) for k policies of that kind, namespace and name.
    public func clusterPolicy(_ reference: ClusterPolicyReference) -> ClusterPolicyID? {
        let key = PolicyKey(kind: reference.kind, namespace: reference.namespace, name: reference.name)
        if let positions = clusterPolicyPositions[key], positions.count > 1,
            let equal = positions.first(where: { tiers[$0].reference == reference })
        {
            return ClusterPolicyID(equal)
        }
        return clusterPolicy(
            kind: reference.kind, name: reference.name, namespace: reference.namespace, location: reference.location)
    }

    /// The tiered policy a handle stands for, as verdicts name it.
    /// - Parameter policy: The handle.
    public subscript(policy: ClusterPolicyID) -> ClusterPolicyReference { tiers[policy.index].reference }

    /// The peers a tiered policy applies to: the pods its subject holds (host-network pods never).
    /// - Parameter policy: The handle.
    /// - Returns: The peers' positions in ``peers``, in order.
    /// - Complexity: O(p) for p peers.
    public func subjects(of policy: ClusterPolicyID) -> [Int] {
        subjects(ofClusterPolicy: policy.index)
    }
}
