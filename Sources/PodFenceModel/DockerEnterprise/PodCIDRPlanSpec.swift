import PodFenceCIDR

/// The inputs of a pod CIDR plan as a plan file (`apiVersion: podfence.dev/v1alpha1`, `kind: PodCIDRPlan`)
/// gives them: every value optional, so that another source (such as command-line flags) can override them, and
/// ``request(defaultNamespaces:)`` fills in the rest with the defaults of a Docker Enterprise install.
///
/// ```yaml
/// apiVersion: podfence.dev/v1alpha1
/// kind: PodCIDRPlan
/// metadata:
///   name: seed
/// spec:
///   podCIDR: 192.168.0.0/16
///   serviceCIDR: 10.96.0.0/16
///   nodeNetworks: [10.30.4.0/24]
///   mustReach:
///     - 10.10.0.0/16
///     - {name: file servers, cidr: 192.168.10.0/24}
///   nodes: 20
///   calico: {currentPoolName: default-ipv4-ippool, ipipMode: Always, natOutgoing: true}
/// ```
///
/// ```swift
/// let (spec, diagnostics) = PodCIDRPlanSpec.decode(document: document.root)
/// guard !diagnostics.containsErrors else { ... }
/// let (request, assumptions) = try spec.request()
/// let plan = try PodCIDRPlanner().plan(request)
/// ```
///
/// A list set to empty (`swarmAddressPools: []`) means "there is none", which is not the same as leaving it out
/// (`nil`, which assumes the default).
public struct PodCIDRPlanSpec: Sendable, Hashable {
    /// The `apiVersion` a plan file has.
    public static let apiVersion = "podfence.dev/v1alpha1"
    /// The `kind` a plan file has.
    public static let kind = "PodCIDRPlan"

    /// The current pod network (`spec.podCIDR`).
    public var podCIDR: IPPrefix?
    /// The service networks (`spec.serviceCIDR`, one CIDR or a list).
    public var serviceNetworks: [NetworkRange]?
    /// The networks the hosts have their addresses in (`spec.nodeNetworks`).
    public var nodeNetworks: [NetworkRange]?
    /// The bridges every host has (`spec.bridgeNetworks`).
    public var bridgeNetworks: [NetworkRange]?
    /// Swarm's default address pools (`spec.swarmAddressPools`).
    public var swarmAddressPools: [NetworkRange]?
    /// The engine's default address pools (`spec.engineAddressPools`).
    public var engineAddressPools: [NetworkRange]?
    /// The networks pods must reach (`spec.mustReach`).
    public var destinations: [NetworkRange]?
    /// The number of nodes that run pods, growth included (`spec.nodes`); required by
    /// ``request(defaultNamespaces:)``.
    public var nodeCount: Int?
    /// The most pods a node runs (`spec.podsPerNode`).
    public var podsPerNode: Int?
    /// The new pool's Calico block size (`spec.blockSize`).
    public var blockSize: Int?
    /// Where to look for candidates (`spec.candidatePools`).
    public var candidatePools: [IPPrefix]?
    /// The pod CIDR to move to (`spec.target`).
    public var target: IPPrefix?
    /// The most candidates to list (`spec.candidates`).
    public var maximumCandidates: Int?
    /// The namespaces to recreate pods in, in order (`spec.namespaces`).
    public var namespaces: [String]?
    /// The current Calico pool's name (`spec.calico.currentPoolName`).
    public var currentPoolName: String?
    /// The current pool's block size (`spec.calico.currentBlockSize`).
    public var currentBlockSize: Int?
    /// The new Calico pool's name (`spec.calico.newPoolName`).
    public var newPoolName: String?
    /// The IP-in-IP mode of both pools (`spec.calico.ipipMode`).
    public var ipipMode: CalicoIPPool.EncapsulationMode?
    /// The VXLAN mode of both pools (`spec.calico.vxlanMode`).
    public var vxlanMode: CalicoIPPool.EncapsulationMode?
    /// Whether both pools masquerade outgoing traffic (`spec.calico.natOutgoing`).
    public var natOutgoing: Bool?
    /// kube-controller-manager's `--node-cidr-mask-size` (`spec.nodeCIDRMaskSize`).
    public var nodeCIDRMaskSize: Int?

    /// Creates a spec with every value left out.
    public init() {}

    /// Takes every value that another spec sets.
    ///
    /// - Parameter other: The spec that wins, such as command-line flags over a plan file.
    public mutating func override(with other: PodCIDRPlanSpec) {
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
}

extension PodCIDRPlanSpec {
    /// A default ``request(defaultNamespaces:)`` took for a value the spec left out, for a report to list.
    public enum Assumption: Sendable, Hashable {
        /// The pod network is UCP's default, `DockerEnterpriseDefaults/podCIDR`.
        case podCIDR(IPPrefix)
        /// The service network is UCP's default, `DockerEnterpriseDefaults/serviceCIDR`.
        case serviceNetwork(IPPrefix)
        /// No node network is known (none given, or an empty list): overlaps with the hosts are not checked.
        case noNodeNetwork
        /// The Swarm address pool is Swarm's default, `DockerEnterpriseDefaults/swarmAddressPool`.
        case swarmAddressPool(IPPrefix)
        /// The bridges are the engine's defaults, `DockerEnterpriseDefaults/bridgeNetworks`.
        case bridgeNetworks([NetworkRange])
        /// The engine's address pools are its defaults, `DockerEnterpriseDefaults/engineAddressPools`.
        case engineAddressPools([IPPrefix])
        /// No destination is known (none given, or an empty list): only the cluster's own ranges are checked.
        case noDestination
        /// The pods a node runs are kubelet's default `maxPods`.
        case podsPerNode(Int)
        /// The new pool's block size is Calico's default for the family.
        case blockSize(Int)
        /// The namespaces are the defaults the caller gave, as the spec lists none.
        case defaultNamespaces([String])
    }

    /// The planner's request, with a default for every value left out, and those defaults.
    ///
    /// The defaults are those of a Docker Enterprise install (`DockerEnterpriseDefaults`); IP-in-IP is
    /// `Always` unless VXLAN is enabled, as a pool has one encapsulation at most.
    ///
    /// - Parameter defaultNamespaces: The namespaces to recreate pods in when the spec lists none (such as the
    ///   ones a session has loaded); empty for every namespace.
    /// - Returns: The request and what was assumed, in the order of the request's inputs.
    /// - Throws: `PodCIDRPlanError` with code `missingNodeCount` when ``nodeCount`` is left out.
    public func request(defaultNamespaces: [String] = []) throws(PodCIDRPlanError) -> (
        request: PodCIDRPlanRequest, assumptions: [Assumption]
    ) {
        guard let nodeCount else {
            throw PodCIDRPlanError(
                code: .missingNodeCount, message: "a pod CIDR plan needs the number of nodes (spec.nodes)")
        }
        var assumed: [Assumption] = []
        let podCIDR = podCIDR ?? DockerEnterpriseDefaults.podCIDR
        if self.podCIDR == nil { assumed.append(.podCIDR(podCIDR)) }
        var ranges: [NetworkRange] = []
        if let serviceNetworks {
            ranges += serviceNetworks
        } else {
            ranges.append(NetworkRange(.serviceNetwork, DockerEnterpriseDefaults.serviceCIDR))
            assumed.append(.serviceNetwork(DockerEnterpriseDefaults.serviceCIDR))
        }
        ranges += nodeNetworks ?? []
        if nodeNetworks?.isEmpty ?? true { assumed.append(.noNodeNetwork) }
        if let swarmAddressPools {
            ranges += swarmAddressPools
        } else {
            ranges.append(NetworkRange(.swarmAddressPool, DockerEnterpriseDefaults.swarmAddressPool))
            assumed.append(.swarmAddressPool(DockerEnterpriseDefaults.swarmAddressPool))
        }
        if let bridgeNetworks {
            ranges += bridgeNetworks
        } else {
            ranges += DockerEnterpriseDefaults.bridgeNetworks
            assumed.append(.bridgeNetworks(DockerEnterpriseDefaults.bridgeNetworks))
        }
        if let engineAddressPools {
            ranges += engineAddressPools
        } else {
            ranges += DockerEnterpriseDefaults.engineAddressPools.map { NetworkRange(.engineAddressPool, $0) }
            assumed.append(.engineAddressPools(DockerEnterpriseDefaults.engineAddressPools))
        }
        ranges += destinations ?? []
        if destinations?.isEmpty ?? true { assumed.append(.noDestination) }
        if podsPerNode == nil { assumed.append(.podsPerNode(DockerEnterpriseDefaults.podsPerNode)) }
        if blockSize == nil { assumed.append(.blockSize(PodCIDRCapacity.defaultBlockSize(podCIDR.family))) }
        var namespaces = self.namespaces ?? []
        if self.namespaces == nil && !defaultNamespaces.isEmpty {
            namespaces = defaultNamespaces
            assumed.append(.defaultNamespaces(defaultNamespaces))
        }
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
