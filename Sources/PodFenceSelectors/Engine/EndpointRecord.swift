import PodFenceCIDR
import PodFenceModel

/// What the engine keeps of a peer: its description plus the facts evaluation needs, computed once.
struct EndpointRecord: Sendable {
    /// A container port name with its protocol, the key named ports resolve by.
    struct NamedPort: Sendable, Hashable {
        var name: String
        var proto: PortProtocol
    }

    /// The public description.
    var peer: ClusterPeer
    /// The index of the peer's namespace in the analysis.
    var namespaceIndex: Int
    /// The numbers each (name, protocol) resolves to, sorted, from the containers in scope.
    var namedPorts: [NamedPort: [Int]]
    /// Every port the containers in scope declare.
    var declaredPorts: PortSet
    /// True when selectors see the peer: every pod but a hostNetwork pod treated as node traffic.
    var selectable: Bool

    /// Builds the record of a pod or a template.
    /// - Parameters:
    ///   - peer: The description.
    ///   - spec: The pod spec, for container ports.
    ///   - namespaceIndex: The namespace's index.
    ///   - options: The engine options (sidecar ports, hostNetwork).
    init(peer: ClusterPeer, spec: PodSpec, namespaceIndex: Int, options: ReachabilityOptions) {
        self.peer = peer
        self.namespaceIndex = namespaceIndex
        self.selectable = !peer.hostNetwork || options.hostNetworkPods == .pods
        var containers = spec.containers
        if options.resolvesSidecarPorts {
            containers += spec.initContainers.filter { $0.restartPolicy == "Always" }
        }
        var named: [NamedPort: Set<Int>] = [:]
        var declared: [PortProtocol: [ClosedRange<Int>]] = [:]
        for port in containers.flatMap(\.ports) {
            let proto = port.effectiveProtocol
            declared[proto, default: []].append(port.containerPort...port.containerPort)
            if let name = port.name, !name.isEmpty {
                named[NamedPort(name: name, proto: proto), default: []].insert(port.containerPort)
            }
        }
        self.namedPorts = named.mapValues { $0.sorted() }
        self.declaredPorts = declared.reduce(PortSet()) { $0.union(PortSet($1.key, $1.value)) }
    }

    /// The addresses of the node-like endpoint a hostNetwork pod is when treated as node traffic: its node's
    /// addresses and its own (the same on a real cluster).
    var nodeAddresses: [IPAddress] {
        var result = peer.hostAddresses
        for address in peer.addresses where !result.contains(address) { result.append(address) }
        return result
    }

    /// True when two records are known to run on the same node (same node name, or a shared node address).
    func sharesNode(with other: EndpointRecord) -> Bool {
        if let node = peer.nodeName, let otherNode = other.peer.nodeName { return node == otherNode }
        return peer.hostAddresses.contains { other.peer.hostAddresses.contains($0) }
    }
}
