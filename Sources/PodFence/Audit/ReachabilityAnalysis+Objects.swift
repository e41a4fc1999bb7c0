import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

extension ReachabilityAnalysis {
    /// Analyses loaded objects: their namespaces, pods, workloads, NetworkPolicies, cluster-scoped policies
    /// and Calico policies and tiers, each policy with the location it was read from (for explanations and
    /// findings).
    /// - Parameters:
    ///   - objects: The loaded objects (other kinds are ignored).
    ///   - options: The engine options.
    public init(objects: [LoadedObject], options: ReachabilityOptions = ReachabilityOptions()) {
        var namespaces: [Namespace] = []
        var pods: [Pod] = []
        var workloads: [Workload] = []
        var policies: [LocatedPolicy] = []
        var clusterPolicies: [LocatedClusterPolicy] = []
        var calicoPolicies: [LocatedCalicoPolicy] = []
        var calicoTiers: [CalicoTier] = []
        for loaded in objects {
            switch loaded.object {
            case .namespace(let namespace): namespaces.append(namespace)
            case .pod(let pod): pods.append(pod)
            case .workload(let workload): workloads.append(workload)
            case .networkPolicy(let policy): policies.append(LocatedPolicy(policy, location: loaded.location))
            case .calicoTier(let tier): calicoTiers.append(tier)
            default:
                if let located = loaded.locatedClusterPolicy { clusterPolicies.append(located) }
                if let located = loaded.locatedCalicoPolicy { calicoPolicies.append(located) }
            }
        }
        self.init(
            namespaces: namespaces, pods: pods, workloads: workloads, policies: policies,
            clusterPolicies: clusterPolicies, calicoPolicies: calicoPolicies, calicoTiers: calicoTiers,
            options: options)
    }
}

extension ReachabilityAnalysis {
    /// The handle of a loaded NetworkPolicy: found by its namespace, name and location, so not by the order the
    /// objects were given in.
    /// - Parameter loaded: A loaded object.
    /// - Returns: The handle, or nil when the object is not a NetworkPolicy of this analysis.
    /// - Complexity: O(1) on average.
    public func policy(of loaded: LoadedObject) -> PolicyID? {
        guard case .networkPolicy(let policy) = loaded.object else { return nil }
        return self.policy(
            namespace: policy.metadata.namespace ?? "default", name: policy.metadata.name ?? "<unnamed>",
            location: loaded.location)
    }

    /// The handle of a loaded cluster-scoped or Calico policy (ClusterNetworkPolicy, AdminNetworkPolicy,
    /// BaselineAdminNetworkPolicy, Calico NetworkPolicy or GlobalNetworkPolicy): found by its kind, namespace,
    /// name and location, so not by the order the objects were given in.
    /// - Parameter loaded: A loaded object.
    /// - Returns: The handle, or nil when the object is not a tiered policy of this analysis.
    /// - Complexity: O(1) on average.
    public func clusterPolicy(of loaded: LoadedObject) -> ClusterPolicyID? {
        // The kinds as the engine names them (`locatedClusterPolicy`, `locatedCalicoPolicy`), without migrating
        // the v1alpha1 kinds only to read a name they keep.
        let (kind, metadata, namespace): (String, ObjectMeta, String?)
        switch loaded.object {
        case .clusterNetworkPolicy(let policy):
            (kind, metadata, namespace) = (ClusterNetworkPolicy.kind, policy.metadata, nil)
        case .adminNetworkPolicy(let policy):
            (kind, metadata, namespace) = (AdminNetworkPolicy.kind, policy.metadata, nil)
        case .baselineAdminNetworkPolicy(let policy):
            (kind, metadata, namespace) = (BaselineAdminNetworkPolicy.kind, policy.metadata, nil)
        case .calicoNetworkPolicy(let policy):
            (kind, metadata) = (LocatedCalicoPolicy(policy).kind, policy.metadata)
            namespace = policy.metadata.namespace ?? "default"
        case .calicoGlobalNetworkPolicy(let policy):
            (kind, metadata, namespace) = (LocatedCalicoPolicy(policy).kind, policy.metadata, nil)
        default: return nil
        }
        return clusterPolicy(
            kind: kind, name: metadata.name ?? "<unnamed>", namespace: namespace, location: loaded.location)
    }
}

extension LoadedObject {
    /// The object as the engine evaluates a cluster-scoped policy, with where it was read: a
    /// ClusterNetworkPolicy as it is, an AdminNetworkPolicy or BaselineAdminNetworkPolicy through its
    /// ClusterNetworkPolicy form (the rewriting of `migrate`), keeping its kind for explanations. Nil for
    /// other kinds.
    public var locatedClusterPolicy: LocatedClusterPolicy? {
        switch object {
        case .clusterNetworkPolicy(let policy):
            LocatedClusterPolicy(policy, location: location)
        case .adminNetworkPolicy(let policy):
            LocatedClusterPolicy(policy.migrated().policy, kind: AdminNetworkPolicy.kind, location: location)
        case .baselineAdminNetworkPolicy(let policy):
            LocatedClusterPolicy(policy.migrated().policy, kind: BaselineAdminNetworkPolicy.kind, location: location)
        default:
            nil
        }
    }
}

extension LoadedObject {
    /// The object as the engine evaluates a Calico NetworkPolicy or GlobalNetworkPolicy, with where it was
    /// read. Nil for other kinds.
    public var locatedCalicoPolicy: LocatedCalicoPolicy? {
        switch object {
        case .calicoNetworkPolicy(let policy): LocatedCalicoPolicy(policy, location: location)
        case .calicoGlobalNetworkPolicy(let policy): LocatedCalicoPolicy(policy, location: location)
        default: nil
        }
    }

    /// The object as a Calico Tier. Nil for other kinds.
    public var calicoTier: CalicoTier? {
        if case .calicoTier(let tier) = object { return tier }
        return nil
    }
}
