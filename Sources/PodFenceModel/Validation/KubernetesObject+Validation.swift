extension KubernetesObject {
    /// Validates the object as the API server would on create: NetworkPolicies, Namespaces, Pods, workloads,
    /// the cluster policies and the Calico kinds by their own rules (see ``NetworkPolicy/validate(options:)``,
    /// ``Namespace/validate(options:)``, ``Pod/validate(options:)``, ``Workload/validate(options:)``,
    /// ``ClusterNetworkPolicy/validate(options:)``, ``AdminNetworkPolicy/validate(options:)``,
    /// ``BaselineAdminNetworkPolicy/validate(options:)``, ``CalicoNetworkPolicy/validate(options:)``,
    /// ``CalicoGlobalNetworkPolicy/validate(options:)`` and ``CalicoTier/validate(options:)``), and a Docker
    /// Enterprise topology by ``Topology/validate(options:)``. Objects of kinds PodFence does not model get no
    /// diagnostics.
    /// - Parameter options: The feature gates and strictness to apply.
    /// - Returns: The diagnostics, errors and warnings (empty when valid or unmodelled).
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        switch self {
        case .networkPolicy(let policy): policy.validate(options: options)
        case .namespace(let namespace): namespace.validate(options: options)
        case .pod(let pod): pod.validate(options: options)
        case .workload(let workload): workload.validate(options: options)
        case .clusterNetworkPolicy(let policy): policy.validate(options: options)
        case .adminNetworkPolicy(let policy): policy.validate(options: options)
        case .baselineAdminNetworkPolicy(let policy): policy.validate(options: options)
        case .calicoNetworkPolicy(let policy): policy.validate(options: options)
        case .calicoGlobalNetworkPolicy(let policy): policy.validate(options: options)
        case .calicoTier(let tier): tier.validate(options: options)
        case .topology(let topology): topology.validate(options: options)
        case .unmodelled: []
        }
    }
}
