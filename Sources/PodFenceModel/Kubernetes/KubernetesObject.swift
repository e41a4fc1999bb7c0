/// Any object PodFence reads: a modelled kind, or an object of another kind kept as written.
public enum KubernetesObject: Sendable, Hashable {
    /// A NetworkPolicy.
    case networkPolicy(NetworkPolicy)
    /// A Namespace.
    case namespace(Namespace)
    /// A Pod.
    case pod(Pod)
    /// A Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or CronJob.
    case workload(Workload)
    /// A ClusterNetworkPolicy (`policy.networking.k8s.io/v1alpha2`), cluster-scoped.
    case clusterNetworkPolicy(ClusterNetworkPolicy)
    /// An AdminNetworkPolicy (`policy.networking.k8s.io/v1alpha1`), cluster-scoped.
    case adminNetworkPolicy(AdminNetworkPolicy)
    /// A BaselineAdminNetworkPolicy (`policy.networking.k8s.io/v1alpha1`), cluster-scoped.
    case baselineAdminNetworkPolicy(BaselineAdminNetworkPolicy)
    /// A Calico NetworkPolicy (`projectcalico.org/v3`), namespaced.
    case calicoNetworkPolicy(CalicoNetworkPolicy)
    /// A Calico GlobalNetworkPolicy (`projectcalico.org/v3`), cluster-scoped.
    case calicoGlobalNetworkPolicy(CalicoGlobalNetworkPolicy)
    /// A Calico Tier (`projectcalico.org/v3`), cluster-scoped.
    case calicoTier(CalicoTier)
    /// A Docker Enterprise topology (`podfence.dev/v1alpha1` `Topology`): the isolation design the `topology`
    /// commands analyse, not an object of the cluster (analyses of the cluster skip it).
    case topology(Topology)
    /// An object of a kind PodFence does not model (a Service, a ConfigMap, a custom resource): skipped by
    /// analysis, kept whole so that writing it back loses nothing.
    case unmodelled(UnmodelledObject)

    /// Decodes a document by its `apiVersion` and `kind`.
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    /// - Returns: The object; `.unmodelled` for kinds not modelled here.
    public static func decode(_ node: ManifestNode, decoder: inout ManifestDecoder) -> KubernetesObject {
        let apiVersion = node["apiVersion"]?.string ?? ""
        let kind = node["kind"]?.string ?? ""
        switch (apiVersion, kind) {
        case (NetworkPolicy.apiVersion, NetworkPolicy.kind):
            return .networkPolicy(NetworkPolicy(manifest: node, decoder: &decoder))
        case (Namespace.apiVersion, Namespace.kind):
            return .namespace(Namespace(manifest: node, decoder: &decoder))
        case (Pod.apiVersion, Pod.kind):
            return .pod(Pod(manifest: node, decoder: &decoder))
        case (ClusterNetworkPolicy.apiVersion, ClusterNetworkPolicy.kind):
            return .clusterNetworkPolicy(ClusterNetworkPolicy(manifest: node, decoder: &decoder))
        case (AdminNetworkPolicy.apiVersion, AdminNetworkPolicy.kind):
            return .adminNetworkPolicy(AdminNetworkPolicy(manifest: node, decoder: &decoder))
        case (BaselineAdminNetworkPolicy.apiVersion, BaselineAdminNetworkPolicy.kind):
            return .baselineAdminNetworkPolicy(BaselineAdminNetworkPolicy(manifest: node, decoder: &decoder))
        case (CalicoNetworkPolicy.apiVersion, CalicoNetworkPolicy.kind):
            return .calicoNetworkPolicy(CalicoNetworkPolicy(manifest: node, decoder: &decoder))
        case (CalicoGlobalNetworkPolicy.apiVersion, CalicoGlobalNetworkPolicy.kind):
            return .calicoGlobalNetworkPolicy(CalicoGlobalNetworkPolicy(manifest: node, decoder: &decoder))
        case (CalicoTier.apiVersion, CalicoTier.kind):
            return .calicoTier(CalicoTier(manifest: node, decoder: &decoder))
        case (Topology.apiVersion, Topology.kind):
            return .topology(Topology(manifest: node, decoder: &decoder))
        default:
            if let workloadKind = WorkloadKind(rawValue: kind), workloadKind.apiVersion == apiVersion {
                return .workload(Workload(kind: workloadKind, manifest: node, decoder: &decoder))
            }
            return .unmodelled(UnmodelledObject(manifest: node))
        }
    }

    /// The object's kind.
    public var kind: String {
        switch self {
        case .networkPolicy: NetworkPolicy.kind
        case .namespace: Namespace.kind
        case .pod: Pod.kind
        case .workload(let workload): workload.kind.rawValue
        case .clusterNetworkPolicy: ClusterNetworkPolicy.kind
        case .adminNetworkPolicy: AdminNetworkPolicy.kind
        case .baselineAdminNetworkPolicy: BaselineAdminNetworkPolicy.kind
        case .calicoNetworkPolicy: CalicoNetworkPolicy.kind
        case .calicoGlobalNetworkPolicy: CalicoGlobalNetworkPolicy.kind
        case .calicoTier: CalicoTier.kind
        case .topology: Topology.kind
        case .unmodelled(let object): object.kind
        }
    }

    /// The kind as kubectl names a resource of a plugin's API group, `Kind.group`, for the Calico kinds
    /// (`NetworkPolicy.projectcalico.org`, which another kind's name does not hide); the kind for the others.
    /// Listings and the identity of objects in a session use it.
    public var qualifiedKind: String {
        isCalico ? kind + ".projectcalico.org" : kind
    }

    /// The object's metadata (an empty one for an unmodelled object without it).
    public var metadata: ObjectMeta {
        switch self {
        case .networkPolicy(let policy): policy.metadata
        case .namespace(let namespace): namespace.metadata
        case .pod(let pod): pod.metadata
        case .workload(let workload): workload.metadata
        case .clusterNetworkPolicy(let policy): policy.metadata
        case .adminNetworkPolicy(let policy): policy.metadata
        case .baselineAdminNetworkPolicy(let policy): policy.metadata
        case .calicoNetworkPolicy(let policy): policy.metadata
        case .calicoGlobalNetworkPolicy(let policy): policy.metadata
        case .calicoTier(let tier): tier.metadata
        case .topology(let topology): topology.metadata
        case .unmodelled(let object): object.metadata
        }
    }

    /// `namespace/name` for namespaced objects, the name for others, `<unnamed>` when there is no name. The
    /// namespace of a cluster-scoped kind (Namespace, the cluster policies, Calico's GlobalNetworkPolicy and
    /// Tier) is left out even when written: the API server ignores it.
    public var qualifiedName: String {
        let name = metadata.name ?? "<unnamed>"
        if isClusterScoped { return name }
        if let namespace = metadata.namespace { return "\(namespace)/\(name)" }
        return name
    }

    /// True for the modelled kinds that are cluster-scoped: Namespace, ClusterNetworkPolicy,
    /// AdminNetworkPolicy, BaselineAdminNetworkPolicy, and Calico's GlobalNetworkPolicy and Tier.
    public var isClusterScoped: Bool {
        switch self {
        case .namespace, .clusterNetworkPolicy, .adminNetworkPolicy, .baselineAdminNetworkPolicy,
            .calicoGlobalNetworkPolicy, .calicoTier:
            true
        case .networkPolicy, .pod, .workload, .calicoNetworkPolicy, .topology, .unmodelled: false
        }
    }

    /// True for the policies of the cluster's tiers: ClusterNetworkPolicy, AdminNetworkPolicy and
    /// BaselineAdminNetworkPolicy.
    public var isClusterPolicy: Bool {
        switch self {
        case .clusterNetworkPolicy, .adminNetworkPolicy, .baselineAdminNetworkPolicy: true
        case .networkPolicy, .namespace, .pod, .workload, .calicoNetworkPolicy, .calicoGlobalNetworkPolicy,
            .calicoTier, .topology, .unmodelled:
            false
        }
    }

    /// True for the Calico kinds (`projectcalico.org/v3`): NetworkPolicy, GlobalNetworkPolicy and Tier.
    public var isCalico: Bool {
        switch self {
        case .calicoNetworkPolicy, .calicoGlobalNetworkPolicy, .calicoTier: true
        case .networkPolicy, .namespace, .pod, .workload, .clusterNetworkPolicy, .adminNetworkPolicy,
            .baselineAdminNetworkPolicy, .topology, .unmodelled:
            false
        }
    }

    /// The object as a document, with every field the user wrote.
    public var manifest: ManifestNode {
        switch self {
        case .networkPolicy(let policy): policy.manifest
        case .namespace(let namespace): namespace.manifest
        case .pod(let pod): pod.manifest
        case .workload(let workload): workload.manifest
        case .clusterNetworkPolicy(let policy): policy.manifest
        case .adminNetworkPolicy(let policy): policy.manifest
        case .baselineAdminNetworkPolicy(let policy): policy.manifest
        case .calicoNetworkPolicy(let policy): policy.manifest
        case .calicoGlobalNetworkPolicy(let policy): policy.manifest
        case .calicoTier(let tier): tier.manifest
        case .topology(let topology): topology.manifest
        case .unmodelled(let object): object.manifest
        }
    }
}

/// An object of a kind PodFence does not model, kept as written.
public struct UnmodelledObject: Sendable, Hashable {
    /// The document.
    public var manifest: ManifestNode

    /// Keeps a document.
    /// - Parameter manifest: The document.
    public init(manifest: ManifestNode) {
        self.manifest = manifest
    }

    /// The `apiVersion`, or empty.
    public var apiVersion: String { manifest["apiVersion"]?.string ?? "" }

    /// The `kind`, or empty.
    public var kind: String { manifest["kind"]?.string ?? "" }

    /// The name and namespace, when present.
    public var metadata: ObjectMeta {
        guard let node = manifest["metadata"] else { return ObjectMeta() }
        return ObjectMeta.decode(from: node).value
    }
}
