/// What a pod CIDR plan starts from: the current pod network, every other range of the cluster and its
/// surroundings, the capacity needed, and the Calico settings of the pools to write.
///
/// Only the pod network and the node count are required; the other ranges are whatever the caller lists
/// (``DockerEnterpriseDefaults`` has the ones of a default Docker Enterprise install):
///
/// ```swift
/// let request = PodCIDRPlanRequest(
///     podCIDR: try IPPrefix(parsing: "192.168.0.0/16"),
///     ranges: [
///         NetworkRange(.serviceNetwork, try IPPrefix(parsing: "10.96.0.0/16")),
///         NetworkRange(.nodeNetwork, try IPPrefix(parsing: "10.30.4.0/24")),
///         NetworkRange(.destination, try IPPrefix(parsing: "192.168.10.0/24")),
///     ] + DockerEnterpriseDefaults.dockerRanges,
///     nodeCount: 20)
/// let plan = try PodCIDRPlanner().plan(request)
/// ```
///
/// A plan works in one family, the pod network's: ranges of the other family cannot overlap it and are only
/// listed, and candidate pools and the target must be of the pod network's family.
public struct PodCIDRPlanRequest: Sendable, Hashable {
    /// The current pod network: the Calico pool pods take their addresses from now.
    public var podCIDR: IPPrefix
    /// Every other range: service network, node networks, bridges, Swarm and engine pools, destinations.
    /// A range with the ``NetworkRange/Role/podNetwork`` role here is treated as a further pool in use.
    public var ranges: [NetworkRange]
    /// The number of nodes that run pods, counting the growth the new pool must allow for.
    public var nodeCount: Int
    /// The most pods a node runs: kubelet's `maxPods`, 110 by default.
    public var podsPerNode: Int
    /// The Calico block size of the new pool; `nil` for Calico's default (26 for IPv4, 122 for IPv6).
    public var blockSize: Int?
    /// The spaces to take candidates from, in order of preference; empty for the family's private space
    /// (RFC 1918 for IPv4, `fd00::/8` for IPv6).
    public var candidatePools: [IPPrefix]
    /// The pod CIDR to move to, when the caller has chosen one; `nil` to take the first candidate.
    public var target: IPPrefix?
    /// The most candidates to list, at least 1.
    public var maximumCandidates: Int
    /// The namespaces whose pods must be recreated, in the order to do them; empty for "every namespace".
    public var namespaces: [String]
    /// The name of the current Calico pool; `nil` for the name a manifest install gives it
    /// (`default-ipv4-ippool`).
    public var currentPoolName: String?
    /// The block size of the current pool, which its disabled manifest must repeat; `nil` for Calico's default.
    public var currentBlockSize: Int?
    /// The name of the new pool; `nil` for ``CalicoIPPool/defaultName(for:)``.
    public var newPoolName: String?
    /// The IP-in-IP mode of both pools: `Always` by default, as UCP's Calico install sets it.
    public var ipipMode: CalicoIPPool.EncapsulationMode
    /// The VXLAN mode of both pools: `Never` by default.
    public var vxlanMode: CalicoIPPool.EncapsulationMode
    /// Whether both pools masquerade outgoing traffic to the nodes' addresses: true by default, as Calico
    /// recommends with IP-in-IP or VXLAN.
    public var natOutgoing: Bool
    /// kube-controller-manager's `--node-cidr-mask-size`, to tell whether a candidate holds a node CIDR for
    /// every node; `nil` for Kubernetes' default (24 for IPv4, 64 for IPv6).
    public var nodeCIDRMaskSize: Int?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - podCIDR: The current pod network.
    ///   - ranges: Every other range of the cluster and its surroundings.
    ///   - nodeCount: The number of nodes, growth included.
    ///   - podsPerNode: The most pods a node runs.
    ///   - blockSize: The new pool's block size; `nil` for Calico's default.
    ///   - candidatePools: Where to look for candidates; empty for the family's private space.
    ///   - target: A chosen pod CIDR; `nil` for the first candidate.
    ///   - maximumCandidates: The most candidates to list.
    ///   - namespaces: The namespaces to recreate pods in, in order; empty for every namespace.
    ///   - currentPoolName: The current pool's name; `nil` for the install's default.
    ///   - currentBlockSize: The current pool's block size; `nil` for Calico's default.
    ///   - newPoolName: The new pool's name; `nil` for a name derived from its CIDR.
    ///   - ipipMode: The IP-in-IP mode of both pools.
    ///   - vxlanMode: The VXLAN mode of both pools.
    ///   - natOutgoing: Whether both pools masquerade outgoing traffic.
    ///   - nodeCIDRMaskSize: kube-controller-manager's node CIDR mask size; `nil` for the default.
    public init(
        podCIDR: IPPrefix, ranges: [NetworkRange], nodeCount: Int,
        podsPerNode: Int = DockerEnterpriseDefaults.podsPerNode, blockSize: Int? = nil,
        candidatePools: [IPPrefix] = [], target: IPPrefix? = nil, maximumCandidates: Int = 5,
        namespaces: [String] = [], currentPoolName: String? = nil, currentBlockSize: Int? = nil,
        newPoolName: String? = nil, ipipMode: CalicoIPPool.EncapsulationMode = .always,
        vxlanMode: CalicoIPPool.EncapsulationMode = .never, natOutgoing: Bool = true, nodeCIDRMaskSize: Int? = nil
    ) {
        self.podCIDR = podCIDR
        self.ranges = ranges
        self.nodeCount = nodeCount
        self.podsPerNode = podsPerNode
        self.blockSize = blockSize
        self.candidatePools = candidatePools
        self.target = target
        self.maximumCandidates = maximumCandidates
        self.namespaces = namespaces
        self.currentPoolName = currentPoolName
        self.currentBlockSize = currentBlockSize
        self.newPoolName = newPoolName
        self.ipipMode = ipipMode
        self.vxlanMode = vxlanMode
        self.natOutgoing = natOutgoing
        self.nodeCIDRMaskSize = nodeCIDRMaskSize
    }

    /// The family the plan works in: the pod network's.
    public var family: IPFamily { podCIDR.family }
}
