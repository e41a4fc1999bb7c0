import PodFence

/// The example cluster isolated by two cluster policies instead of NetworkPolicies in each namespace
/// (`Examples/cluster-tiers`): the same namespaces, the tenants labelled `tenant: "true"`, the same workloads, the
/// `baseline-deny-tenants` and `admin-allow-ingress-and-dns` templates rendered. `load --example cluster-tiers`
/// loads it.
public enum ClusterTiersExample {
    /// The manifests, read and decoded, named `cluster-tiers/<file>`.
    public static func load() -> LoadResult {
        ExampleCluster.load(files, folder: "cluster-tiers")
    }
}
