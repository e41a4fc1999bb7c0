import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

/// What the rules share: the objects, the policies with their handles in the analysis, and the analysis.
struct LintContext {
    struct PolicyEntry {
        var policy: NetworkPolicy
        var loaded: LoadedObject
        /// The policy's handle in the analysis.
        var id: PolicyID
        var subjects: [Int]

        /// The index in `analysis.policies`.
        var index: Int { id.index }

        var namespace: String { policy.metadata.namespace ?? "default" }
        var name: String { "NetworkPolicy \(namespace)/\(policy.metadata.name ?? "<unnamed>")" }
        var reference: String { "\(namespace)/\(policy.metadata.name ?? "<unnamed>")" }

        func location(_ path: FieldPath) -> SourceLocation { loaded.location(of: path) }
    }

    let objects: [LoadedObject]
    let options: Linter.Options
    let analysis: ReachabilityAnalysis
    /// The NetworkPolicies in load order.
    let policies: [PolicyEntry]
    /// The cluster-scoped policies in evaluation order (the order of `analysis.clusterPolicies`).
    let clusterPolicies: [ClusterPolicyEntry]
    /// The position in ``policies`` of each policy's entry.
    private let policyPositions: [PolicyID: Int]
    /// The position in ``clusterPolicies`` of each cluster policy's entry.
    private let clusterPolicyPositions: [ClusterPolicyID: Int]
    /// What more than one rule computes, computed on first use.
    private let cache = Cache()

    init(objects: [LoadedObject], options: Linter.Options) {
        self.objects = objects
        self.options = options
        let analysis = ReachabilityAnalysis(objects: objects, options: options.reachability)
        self.analysis = analysis
        var entries: [PolicyEntry] = []
        var positions: [PolicyID: Int] = [:]
        for loaded in objects {
            guard case .networkPolicy(let policy) = loaded.object, let id = analysis.policy(of: loaded) else {
                continue
            }
            if positions[id] == nil { positions[id] = entries.count }
            entries.append(PolicyEntry(policy: policy, loaded: loaded, id: id, subjects: analysis.subjects(of: id)))
        }
        self.policies = entries
        self.policyPositions = positions
        let clusterPolicies = Self.clusterPolicyEntries(objects, in: analysis)
        self.clusterPolicies = clusterPolicies
        var clusterPositions: [ClusterPolicyID: Int] = [:]
        for (position, entry) in clusterPolicies.enumerated() where clusterPositions[entry.id] == nil {
            clusterPositions[entry.id] = position
        }
        self.clusterPolicyPositions = clusterPositions
    }

    /// True when the inventory holds pods or workloads, so that "matches nothing" means something.
    var hasInventory: Bool { !analysis.peers.isEmpty }

    /// The namespaces that hold at least one loaded pod or workload.
    var populatedNamespaces: Set<String> { Set(analysis.peers.map(\.namespace)) }

    /// Peer names, for messages: `ns/a, ns/b` (at most five, then a count).
    func names(_ peers: [Int]) -> String {
        let sorted = peers.map { analysis.peers[$0].name }.sorted()
        guard sorted.count > 5 else { return sorted.joined(separator: ", ") }
        return sorted.prefix(5).joined(separator: ", ") + " and \(sorted.count - 5) more"
    }

    /// `ns/name (file:line)` of a policy reference.
    func cite(_ policy: PolicyReference) -> String {
        guard let location = policy.location else { return "\(policy)" }
        return "\(policy) (\(location.file):\(location.line))"
    }
}

extension LintContext {
    /// An address outside every cluster range, to ask the engine whether a pod's egress or ingress is
    /// isolated at all (TEST-NET-1, RFC 5737).
    static let outsideAddress = IPAddress(ipv4: 0xC000_0201)

    /// The NetworkPolicies that isolate a peer's egress.
    func egressIsolation(of peer: Int) -> [PolicyReference] {
        analysis.side(.egress, from: .peer(peer), to: .address(Self.outsideAddress)).isolatingPolicies
    }

    /// The loaded NetworkPolicy a verdict's reference names.
    func entry(for reference: PolicyReference) -> PolicyEntry? {
        analysis.policy(reference).flatMap { policyPositions[$0] }.map { policies[$0] }
    }

    /// The cluster policy entry a verdict's rule reference belongs to.
    func clusterEntry(for policy: ClusterPolicyReference) -> ClusterPolicyEntry? {
        analysis.clusterPolicy(policy).flatMap { clusterPolicyPositions[$0] }.map { clusterPolicies[$0] }
    }

    /// The note that a rule was not checked because of the size of what it would evaluate.
    /// - Parameters:
    ///   - rule: The rule skipped.
    ///   - object: The object it was not checked for.
    ///   - path: The field, when the rule was skipped for one rule of the object.
    ///   - location: Where that is.
    ///   - size: What is too big, as `ingress[0] makes 250000 (subject, peer) pairs to evaluate`.
    ///   - limit: The limit it exceeds.
    func skipped(
        _ rule: LintRule, object: String, path: FieldPath = FieldPath(), location: SourceLocation?, size: String,
        limit: Int
    ) -> LintFinding {
        LintFinding(
            rule, severity: .note, object: object, path: path, location: location,
            message: "not checked: \(size), above the limit of \(limit)",
            fix: "lint a smaller part of the cluster, or check its connections with `explain`")
    }
}

extension LintContext.PolicyEntry {
    /// The peers of one rule of a NetworkPolicy, as written.
    struct PeerList {
        /// `ingress` or `egress`.
        var direction: String
        /// `from` or `to`.
        var key: String
        /// The rule's index in its direction.
        var ruleIndex: Int
        /// The peers; nil when the key is left out (or has no value).
        var peers: [NetworkPolicyPeer]?

        /// `spec.ingress[0]`.
        var rulePath: FieldPath { FieldPath([.field("spec"), .field(direction), .index(ruleIndex)]) }

        /// `spec.ingress[0].from[1]`.
        func path(ofPeer index: Int) -> FieldPath { rulePath.field(key).index(index) }
    }

    /// The peer lists of the rules: ingress (`from`) first, then egress (`to`), each in rule order.
    var peerLists: [PeerList] {
        let spec = policy.spec
        return (spec.ingress ?? []).enumerated().map {
            PeerList(direction: "ingress", key: "from", ruleIndex: $0, peers: $1.from)
        }
            + (spec.egress ?? []).enumerated().map {
                PeerList(direction: "egress", key: "to", ruleIndex: $0, peers: $1.to)
            }
    }

    /// Every port entry with its path (`spec.egress[0].ports[1]`) and direction, ingress first, in rule order.
    var portEntries: [(direction: String, path: FieldPath, port: NetworkPolicyPort)] {
        let spec = policy.spec
        var entries: [(direction: String, path: FieldPath, port: NetworkPolicyPort)] = []
        for (direction, rules) in [
            ("ingress", spec.ingress?.map(\.ports) ?? []), ("egress", spec.egress?.map(\.ports) ?? []),
        ] {
            for (ruleIndex, ports) in rules.enumerated() {
                for (portIndex, port) in (ports ?? []).enumerated() {
                    let path = FieldPath([
                        .field("spec"), .field(direction), .index(ruleIndex), .field("ports"), .index(portIndex),
                    ])
                    entries.append((direction, path, port))
                }
            }
        }
        return entries
    }

    /// The CIDRs of the ipBlocks, each `cidr` followed by its `except` entries, with their paths.
    var ipBlockCIDRs: [(path: FieldPath, text: String)] {
        var cidrs: [(path: FieldPath, text: String)] = []
        for list in peerLists {
            for (peerIndex, peer) in (list.peers ?? []).enumerated() {
                guard let block = peer.ipBlock else { continue }
                let path = list.path(ofPeer: peerIndex).field("ipBlock")
                cidrs.append((path.field("cidr"), block.cidr))
                for (index, text) in (block.except ?? []).enumerated() {
                    cidrs.append((path.field("except").index(index), text))
                }
            }
        }
        return cidrs
    }
}

extension LintContext {
    /// What more than one rule computes, computed once per lint run by the first rule that asks (so that a
    /// disabled rule costs nothing). A class, so that the context stays a value the rules share.
    final class Cache {
        var destinationPorts: [DestinationPort]?
        var namedPortUses: [NamedPortUse]?
        var chains = ChainTable()
        var selections: [NetworkPolicySelection: [Int]] = [:]
        var clusterSelections: [ClusterPolicyPeer: [Int]] = [:]
    }

    /// A NetworkPolicy peer as written in a policy (whose namespace scopes a podSelector alone).
    struct NetworkPolicySelection: Hashable {
        var policy: Int
        var peer: NetworkPolicyPeer
    }

    /// The peers a NetworkPolicy peer written in a policy selects: `analysis.peers(selectedBy:inPolicy:)`,
    /// asked once per peer and policy for every rule that asks (each asking is a pass over every peer).
    func peers(selectedBy peer: NetworkPolicyPeer, inPolicy policy: Int) -> [Int] {
        let key = NetworkPolicySelection(policy: policy, peer: peer)
        if let known = cache.selections[key] { return known }
        let selected = analysis.peers(selectedBy: peer, inPolicy: policy)
        cache.selections[key] = selected
        return selected
    }

    /// The peers a cluster policy peer selects: `analysis.peers(selectedBy:)`, asked once per peer.
    func peers(selectedBy peer: ClusterPolicyPeer) -> [Int] {
        if let known = cache.clusterSelections[peer] { return known }
        let selected = analysis.peers(selectedBy: peer)
        cache.clusterSelections[peer] = selected
        return selected
    }

    /// The tier chains of the connections between a subject and another end, on any port, each distinct chain
    /// stored once: the cluster policy rules of a subject ask about the same connections, and few chains
    /// differ.
    struct ChainTable {
        /// A connection from the subject's side, with an address at the other end.
        struct AddressConnection: Hashable {
            var direction: TrafficDirection
            var subject: Int
            var address: IPAddress
        }

        /// The distinct chains.
        var chains: [[TierStep]] = []
        /// The position of each chain in ``chains``.
        var positions: [[TierStep]: Int32] = [:]
        /// For each direction and subject (`direction * peers + subject`), the position in ``chains`` of the
        /// chain towards each peer (-1 when not asked yet); empty until the subject is asked about.
        var peerRows: [[Int32]] = []
        /// The position in ``chains`` of the chain towards each address asked about.
        var addresses: [AddressConnection: Int32] = [:]
        /// For each direction and subject, as ``peerRows``, its tiered policies once asked (for every side asked
        /// about, not only chains).
        var tierPolicies: [[Int]?] = []

        /// The position of a chain, stored if new.
        mutating func position(of chain: [TierStep]) -> Int32 {
            if let known = positions[chain] { return known }
            let position = Int32(chains.count)
            chains.append(chain)
            positions[chain] = position
            return position
        }
    }

    /// The tier chain of one side of the connection between a subject and another end, on any port: that of
    /// ``side(_:subject:other:port:)``, computed once per connection for every rule that asks.
    func chain(_ direction: TrafficDirection, subject: Int, other: ReachabilityEndpoint) -> [TierStep] {
        let peerCount = analysis.peers.count
        switch other {
        case .peer(let index):
            let row = (direction == .egress ? peerCount : 0) + subject
            if cache.chains.peerRows.isEmpty {
                cache.chains.peerRows = [[Int32]](repeating: [], count: 2 * peerCount)
            }
            if cache.chains.peerRows[row].isEmpty {
                cache.chains.peerRows[row] = [Int32](repeating: -1, count: peerCount)
            }
            let known = cache.chains.peerRows[row][index]
            if known >= 0 { return cache.chains.chains[Int(known)] }
            let chain = side(direction, subject: subject, other: other).chain
            cache.chains.peerRows[row][index] = cache.chains.position(of: chain)
            return chain
        case .address(let address):
            let key = ChainTable.AddressConnection(direction: direction, subject: subject, address: address)
            if let known = cache.chains.addresses[key] { return cache.chains.chains[Int(known)] }
            let chain = side(direction, subject: subject, other: other).chain
            cache.chains.addresses[key] = cache.chains.position(of: chain)
            return chain
        }
    }

    /// The tiered policies of a subject for a direction (`analysis.tierPolicies(of:_:)`, a selector match per
    /// cluster policy), found once per run for every side asked about.
    func tierPolicies(_ direction: TrafficDirection, of subject: Int) -> [Int] {
        let row = (direction == .egress ? analysis.peers.count : 0) + subject
        if cache.chains.tierPolicies.isEmpty {
            cache.chains.tierPolicies = [[Int]?](repeating: nil, count: 2 * analysis.peers.count)
        }
        if let known = cache.chains.tierPolicies[row] { return known }
        let policies = analysis.tierPolicies(of: subject, direction)
        cache.chains.tierPolicies[row] = policies
        return policies
    }

    /// A port entry of a NetworkPolicy rule with the loaded pods it is a destination on (on which named ports
    /// resolve).
    struct DestinationPort {
        var entry: PolicyEntry
        /// `spec.ingress[0].ports[1]`.
        var path: FieldPath
        var port: NetworkPolicyPort
        /// The policy's pods for ingress, the pods the peers select for egress; never empty.
        var destinations: [Int]
    }

    /// The port entries of the NetworkPolicies' rules with their destinations, policy by policy in load order,
    /// ingress first. Rules with no known destination (egress without peers, or peers that select nothing) are
    /// left out. Computed once, for the rules about ports.
    var destinationPorts: [DestinationPort] {
        if let cached = cache.destinationPorts { return cached }
        let ports = policies.flatMap(destinationPorts(of:))
        cache.destinationPorts = ports
        return ports
    }

    /// The port entries of one policy's rules with their destinations.
    private func destinationPorts(of entry: PolicyEntry) -> [DestinationPort] {
        var result: [DestinationPort] = []
        let spec = entry.policy.spec
        let rules: [(String, [NetworkPolicyPort]?, [NetworkPolicyPeer]?)] =
            (spec.ingress ?? []).map { ("ingress", $0.ports, $0.from) }
            + (spec.egress ?? []).map { ("egress", $0.ports, $0.to) }
        var ruleIndexes: [String: Int] = [:]
        for (direction, ports, peers) in rules {
            let ruleIndex = ruleIndexes[direction, default: 0]
            ruleIndexes[direction] = ruleIndex + 1
            let destinations: [Int]
            if direction == "ingress" {
                destinations = entry.subjects
            } else if let peers, !peers.isEmpty {
                destinations = Array(Set(peers.flatMap { self.peers(selectedBy: $0, inPolicy: entry.index) }))
                    .sorted()
            } else {
                continue
            }
            guard !destinations.isEmpty else { continue }
            for (portIndex, port) in (ports ?? []).enumerated() {
                let path = FieldPath([
                    .field("spec"), .field(direction), .index(ruleIndex), .field("ports"), .index(portIndex),
                ])
                result.append(DestinationPort(entry: entry, path: path, port: port, destinations: destinations))
            }
        }
        return result
    }

    /// A named port entry of a NetworkPolicy rule: where it is, the name and protocol, its destinations, and
    /// what they declare under that name (for any protocol).
    struct NamedPortUse {
        var entry: PolicyEntry
        var path: FieldPath
        var name: String
        var proto: PortProtocol
        var destinations: [Int]
        var declared: [(name: String, protocol: PortProtocol, numbers: [Int])]
    }

    /// Every named port entry of the NetworkPolicies' rules with what its destinations declare, for the rules
    /// about named ports. Computed once, from ``destinationPorts``.
    var namedPortUses: [NamedPortUse] {
        if let cached = cache.namedPortUses { return cached }
        let uses = destinationPorts.compactMap { use -> NamedPortUse? in
            guard case .string(let name) = use.port.port else { return nil }
            let declared = use.destinations.flatMap { analysis.namedPorts(of: $0) }.filter { $0.name == name }
            return NamedPortUse(
                entry: use.entry, path: use.path, name: name, proto: use.port.protocol ?? .tcp,
                destinations: use.destinations, declared: declared)
        }
        cache.namedPortUses = uses
        return uses
    }
}
