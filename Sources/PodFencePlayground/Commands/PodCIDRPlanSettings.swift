import PodFence

/// The inputs of `cidr plan` as a plan file or flags give them: every value optional, so that flags override
/// the file and the defaults of a Docker Enterprise install fill in the rest.
///
/// A list set to empty (`--swarm-pool none`, `swarmAddressPools: []`) means "there is none", which is not the
/// same as leaving it out (which assumes the default).
struct PodCIDRPlanSettings: Sendable {
    var podCIDR: IPPrefix?
    var serviceNetworks: [NetworkRange]?
    var nodeNetworks: [NetworkRange]?
    var bridgeNetworks: [NetworkRange]?
    var swarmAddressPools: [NetworkRange]?
    var engineAddressPools: [NetworkRange]?
    var destinations: [NetworkRange]?
    var nodeCount: Int?
    var podsPerNode: Int?
    var blockSize: Int?
    var candidatePools: [IPPrefix]?
    var target: IPPrefix?
    var maximumCandidates: Int?
    var namespaces: [String]?
    var currentPoolName: String?
    var currentBlockSize: Int?
    var newPoolName: String?
    var ipipMode: CalicoIPPool.EncapsulationMode?
    var vxlanMode: CalicoIPPool.EncapsulationMode?
    var natOutgoing: Bool?
    var nodeCIDRMaskSize: Int?

    /// Takes every value that another set of settings sets.
    ///
    /// - Parameter other: The settings that win, such as the flags over the plan file.
    mutating func override(with other: PodCIDRPlanSettings) {
        podCIDR = other.podCIDR ?? podCIDR
        serviceNetworks = other.serviceNetworks ?? serviceNetworks
        nodeNetworks = other.nodeNetworks ?? nodeNetworks
        bridgeNetworks = other.bridgeNetworks ?? bridgeNetworks
        swarmAddressPools = other.swarmAddressPools ?? swarmAddressPools
        engineAddressPools = other.engineAddressPools ?? engineAddressPools
        destinations = other.destinations ?? destinations
        nodeCount = other.nodeCount ?? nodeCount
        podsPerNode = other.podsPerNode ?? podsPerNode
        blockSize = other.blockSize ?? blockSize
        candidatePools = other.candidatePools ?? candidatePools
        target = other.target ?? target
        maximumCandidates = other.maximumCandidates ?? maximumCandidates
        namespaces = other.namespaces ?? namespaces
        currentPoolName = other.currentPoolName ?? currentPoolName
        currentBlockSize = other.currentBlockSize ?? currentBlockSize
        newPoolName = other.newPoolName ?? newPoolName
        ipipMode = other.ipipMode ?? ipipMode
        vxlanMode = other.vxlanMode ?? vxlanMode
        natOutgoing = other.natOutgoing ?? natOutgoing
        nodeCIDRMaskSize = other.nodeCIDRMaskSize ?? nodeCIDRMaskSize
    }

    /// The planner's request, with a default for every value left out, and those defaults in words.
    ///
    /// - Parameter sessionNamespaces: The namespaces loaded in the session, used when none are given.
    /// - Returns: The request and what was assumed, one line each.
    /// - Throws: ``CommandFailure`` when the node count is missing.
    func request(sessionNamespaces: [String]) throws(CommandFailure) -> (PodCIDRPlanRequest, [String]) {
        guard let nodeCount else {
            throw CommandFailure(
                "cidr plan needs the number of nodes: give --nodes N, or spec.nodes in the plan file")
        }
        var assumed: [String] = []
        let podCIDR = podCIDR ?? DockerEnterpriseDefaults.podCIDR
        if self.podCIDR == nil { assumed.append("pod network \(podCIDR): UCP's default") }
        var ranges: [NetworkRange] = []
        if let serviceNetworks {
            ranges += serviceNetworks
        } else {
            ranges.append(NetworkRange(.serviceNetwork, DockerEnterpriseDefaults.serviceCIDR))
            assumed.append("service network \(DockerEnterpriseDefaults.serviceCIDR): UCP's default")
        }
        ranges += nodeNetworks ?? []
        if nodeNetworks?.isEmpty ?? true {
            assumed.append("no node network: overlaps with the hosts' own addresses are not checked")
        }
        if let swarmAddressPools {
            ranges += swarmAddressPools
        } else {
            ranges.append(NetworkRange(.swarmAddressPool, DockerEnterpriseDefaults.swarmAddressPool))
            assumed.append("Swarm address pool \(DockerEnterpriseDefaults.swarmAddressPool): Swarm's default")
        }
        if let bridgeNetworks {
            ranges += bridgeNetworks
        } else {
            ranges += DockerEnterpriseDefaults.bridgeNetworks
            let bridges = DockerEnterpriseDefaults.bridgeNetworks.map { "\($0.name ?? "") \($0.prefix)" }
            assumed.append("bridge networks \(bridges.joined(separator: " and ")): the engine's defaults")
        }
        if let engineAddressPools {
            ranges += engineAddressPools
        } else {
            ranges += DockerEnterpriseDefaults.engineAddressPools.map { NetworkRange(.engineAddressPool, $0) }
            assumed.append(
                "engine address pools 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16: the engine's defaults")
        }
        ranges += destinations ?? []
        if destinations?.isEmpty ?? true {
            assumed.append("no destination pods must reach (--reach): only the cluster's own ranges are checked")
        }
        let family = podCIDR.family
        if podsPerNode == nil {
            assumed.append("\(DockerEnterpriseDefaults.podsPerNode) pods a node: kubelet's default maxPods")
        }
        if blockSize == nil {
            assumed.append("Calico blocks of /\(PodCIDRCapacity.defaultBlockSize(family)): Calico's default")
        }
        var namespaces = self.namespaces ?? []
        if self.namespaces == nil && !sessionNamespaces.isEmpty {
            namespaces = sessionNamespaces
            assumed.append("namespaces \(sessionNamespaces.joined(separator: ", ")): the ones loaded in the session")
        }
        // IP-in-IP is UCP's default, unless VXLAN was asked for: a pool has one encapsulation at most.
        let vxlanMode = vxlanMode ?? .never
        let ipipMode = ipipMode ?? (vxlanMode == .never ? .always : .never)
        let request = PodCIDRPlanRequest(
            podCIDR: podCIDR, ranges: ranges, nodeCount: nodeCount,
            podsPerNode: podsPerNode ?? DockerEnterpriseDefaults.podsPerNode, blockSize: blockSize,
            candidatePools: candidatePools ?? [], target: target, maximumCandidates: maximumCandidates ?? 5,
            namespaces: namespaces, currentPoolName: currentPoolName, currentBlockSize: currentBlockSize,
            newPoolName: newPoolName, ipipMode: ipipMode, vxlanMode: vxlanMode,
            natOutgoing: natOutgoing ?? true, nodeCIDRMaskSize: nodeCIDRMaskSize)
        return (request, assumed)
    }
}
