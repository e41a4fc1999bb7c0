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
