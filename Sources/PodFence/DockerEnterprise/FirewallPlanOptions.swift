import PodFenceModel

/// The choices a firewall plan depends on. ``init(topology:)`` takes them from the topology's
/// `TopologySpec.version` and `TopologySpec.network`; the `firewall plan` command's flags override them.
///
/// ```swift
/// var options = FirewallPlanOptions(topology: topology)
/// options.encapsulation = .vxlan
/// options.encryptedOverlay = true
/// let plan = topology.firewallPlan(options: options)
/// ```
public struct FirewallPlanOptions: Sendable, Hashable {
    /// The release whose port table is used.
    public var version: UCPVersion
    /// IP-in-IP (IP protocol 4 and BGP) or VXLAN (UDP 4789 only).
    public var encapsulation: TopologyNetwork.Encapsulation
    /// Whether to allow ESP (IP protocol 50) for encrypted overlay networks.
    public var encryptedOverlay: Bool
    /// The NodePort range (nil: no NodePort rules).
    public var nodePorts: ClosedRange<Int>?
    /// Which application VLAN pairs get the worker rules.
    public var workerMesh: TopologyNetwork.WorkerMesh
    /// Rows to add to the release's table (an MKE row the built-in table lacks, a custom port).
    public var extraPorts: [UCPPort]

    /// Creates options.
    /// - Parameters:
    ///   - version: The release (UCP 3.1 by default).
    ///   - encapsulation: IP-in-IP by default.
    ///   - encryptedOverlay: Whether ESP is needed (no by default).
    ///   - nodePorts: The NodePort range (UCP's default 32768-35535).
    ///   - workerMesh: Which application VLAN pairs get worker rules (all by default).
    ///   - extraPorts: Rows to add.
    public init(
        version: UCPVersion = .default, encapsulation: TopologyNetwork.Encapsulation = .ipip,
        encryptedOverlay: Bool = false, nodePorts: ClosedRange<Int>? = 32768...35535,
        workerMesh: TopologyNetwork.WorkerMesh = .full, extraPorts: [UCPPort] = []
    ) {
        self.version = version
        self.encapsulation = encapsulation
        self.encryptedOverlay = encryptedOverlay
        self.nodePorts = nodePorts
        self.workerMesh = workerMesh
        self.extraPorts = extraPorts
    }

    /// The options a topology asks for.
    /// - Parameter topology: The topology.
    public init(topology: Topology) {
        let network = topology.spec.network
        self.init(
            version: topology.spec.effectiveVersion, encapsulation: network.effectiveEncapsulation,
            encryptedOverlay: network.encryptedOverlay ?? false, nodePorts: network.nodePorts,
            workerMesh: network.effectiveWorkerMesh)
    }

    /// The rows the plan opens: the release's table (without BGP with VXLAN), IP-in-IP or not, ESP if
    /// encrypted, the NodePorts, and the extra rows.
    public var ports: [UCPPort] {
        var rows = UCPPortTable.ports(for: version)
        if encapsulation == .vxlan {
            rows.removeAll { $0.transport == .tcp && $0.ports == 179...179 }
        } else {
            rows.append(UCPPortTable.ipInIP)
        }
        if encryptedOverlay { rows.append(UCPPortTable.esp) }
        if let nodePorts { rows += UCPPortTable.nodePorts(nodePorts) }
        return rows + extraPorts
    }
}
