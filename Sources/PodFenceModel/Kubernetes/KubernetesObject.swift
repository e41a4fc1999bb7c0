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

    /// Decodes a document by its `apiVersion` and `kind`, once: the kind's entry in the kind registry decodes
    /// it.
    /// - Parameters:
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    /// - Returns: The object; `.unmodelled` for kinds not modelled here.
    public static func decode(_ node: ManifestNode, decoder: inout ManifestDecoder) -> KubernetesObject {
        let apiVersion = node["apiVersion"]?.string ?? ""
        let kind = node["kind"]?.string ?? ""
        guard let entry = KindRegistry.standard.entry(apiVersion: apiVersion, kind: kind) else {
            return .unmodelled(UnmodelledObject(manifest: node))
        }
        return entry.decode(node, &decoder)
    }

    /// The object's `apiVersion`.
    public var apiVersion: String {
        switch self {
        case .networkPolicy: NetworkPolicy.apiVersion
        case .namespace: Namespace.apiVersion
        case .pod: Pod.apiVersion
        case .workload(let workload): workload.kind.apiVersion
        case .clusterNetworkPolicy: ClusterNetworkPolicy.apiVersion
        case .adminNetworkPolicy: AdminNetworkPolicy.apiVersion
        case .baselineAdminNetworkPolicy: BaselineAdminNetworkPolicy.apiVersion
        case .calicoNetworkPolicy: CalicoNetworkPolicy.apiVersion
        case .calicoGlobalNetworkPolicy: CalicoGlobalNetworkPolicy.apiVersion
        case .calicoTier: CalicoTier.apiVersion
        case .topology: Topology.apiVersion
        case .unmodelled(let object): object.apiVersion
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
    /// Listings and the identity of objects in a session use it. The name is the kind registry's.
    public var qualifiedKind: String {
        if case .unmodelled = self { return kind }
        return KindRegistry.standard.entry(apiVersion: apiVersion, kind: kind)?.qualifiedKind ?? kind
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
