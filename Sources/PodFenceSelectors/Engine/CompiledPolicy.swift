import PodFenceCIDR
import PodFenceModel

/// A NetworkPolicy ready for evaluation: defaulted (semantics §1.7), its ipBlocks parsed into address sets
/// and its ports into port sets, once.
struct CompiledPolicy: Sendable {
    /// A rule: peers (empty: every peer) and port entries (empty: every port).
    struct Rule: Sendable {
        var peers: [Peer]
        var ports: [Port]
        /// True when an entry is a named port, so the ports depend on the destination.
        var hasNamedPorts: Bool { ports.contains { if case .named = $0 { true } else { false } } }
    }

    /// A peer of a rule.
    enum Peer: Sendable, Hashable {
        /// Pods: `podSelector` nil means every pod of the scope; `namespaceSelector` nil scopes to the policy's
        /// namespace (semantics §1.4).
        case pods(podSelector: LabelSelector?, namespaceSelector: LabelSelector?)
        /// Addresses: `cidr` minus the union of `except`.
        case addresses(IPSet)
        /// An invalid peer (`{}`, ipBlock with a selector, unreadable CIDR): validation refuses it, and it
        /// matches nothing here.
        case nothing
    }

    /// A port entry.
    enum Port: Sendable, Hashable {
        /// Numbers (one, a range, or all of a protocol).
        case numbers(PortSet)
        /// A named port of the destination pod, with its protocol.
        case named(String, PortProtocol)
    }

    var reference: PolicyReference
    var namespaceIndex: Int
    var podSelector: LabelSelector
    var appliesToIngress: Bool
    var appliesToEgress: Bool
    var ingress: [Rule]
    var egress: [Rule]

    /// Compiles a policy.
    /// - Parameters:
    ///   - located: The policy and its location.
    ///   - namespace: Its namespace (`default` when it has none).
    ///   - namespaceIndex: The namespace's index.
    init(_ located: LocatedPolicy, namespace: String, namespaceIndex: Int) {
        let policy = located.policy.defaulted()
        self.reference = PolicyReference(
            namespace: namespace, name: policy.metadata.name ?? "<unnamed>", location: located.location)
        self.namespaceIndex = namespaceIndex
        self.podSelector = policy.spec.podSelector
        self.appliesToIngress = policy.appliesToIngress
        self.appliesToEgress = policy.appliesToEgress
        self.ingress = (policy.spec.ingress ?? []).map { Self.rule(peers: $0.from, ports: $0.ports) }
        self.egress = (policy.spec.egress ?? []).map { Self.rule(peers: $0.to, ports: $0.ports) }
    }

    /// Whether the policy applies to a direction.
    func applies(to direction: TrafficDirection) -> Bool {
        direction == .ingress ? appliesToIngress : appliesToEgress
    }

    /// The rules of a direction.
    func rules(_ direction: TrafficDirection) -> [Rule] {
        direction == .ingress ? ingress : egress
    }

    private static func rule(peers: [NetworkPolicyPeer]?, ports: [NetworkPolicyPort]?) -> Rule {
        Rule(peers: (peers ?? []).map(peer), ports: (ports ?? []).map(port))
    }

    private static func peer(_ peer: NetworkPolicyPeer) -> Peer {
        if let block = peer.ipBlock {
            guard peer.podSelector == nil, peer.namespaceSelector == nil,
                let cidr = try? IPPrefix(parsing: block.cidr, mode: .lenient)
            else { return .nothing }
            var excepted: [IPPrefix] = []
            for text in block.except ?? [] {
                guard let prefix = try? IPPrefix(parsing: text, mode: .lenient) else { return .nothing }
                excepted.append(prefix)
            }
            return .addresses(IPSet(cidr).subtracting(IPSet(excepted)))
        }
        if peer.podSelector == nil && peer.namespaceSelector == nil { return .nothing }
        return .pods(podSelector: peer.podSelector, namespaceSelector: peer.namespaceSelector)
    }

    private static func port(_ entry: NetworkPolicyPort) -> Port {
        let proto = entry.protocol ?? .tcp
        switch entry.port {
        case nil:
            return .numbers(.all(proto))
        case .string(let name):
            return .named(name, proto)
        case .int(let number):
            let last = entry.endPort ?? number
            return .numbers(last >= number ? PortSet(proto, [number...last]) : PortSet())
        }
    }
}
