import PodFenceCIDR

/// One end of a connection: a peer of the cluster (a pod or a workload's pod template) or an address.
public enum ReachabilityEndpoint: Sendable, Hashable {
    /// The peer at this index of ``ReachabilityAnalysis/peers``.
    case peer(Int)
    /// An address outside the cluster, or a node's address.
    case address(IPAddress)
}
