import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

/// The semantic difference between two policy sets: the connections (pair, protocol, ports) that become
/// allowed and those that become denied, with the policies responsible.
///
/// Pairs are the pods and workloads present on both sides, by `namespace/name`, plus the blocks of addresses
/// outside the cluster that the two sides' ipBlocks cut the address space into.
///
/// ```swift
/// let diff = ConnectivityDiff(old: before.objects, new: after.objects)
/// print(diff.text)
/// ```
public struct ConnectivityDiff: Sendable, Hashable {
    /// One changed connection.
    public struct Change: Sendable, Hashable {
        /// Allowed now and not before, or the reverse.
        public enum Kind: String, Sendable, Hashable {
            /// Newly allowed.
            case allowed
            /// Newly denied.
            case denied
        }

        /// Newly allowed or newly denied.
        public var kind: Kind
        /// The source's name.
        public var from: String
        /// The destination's name.
        public var to: String
        /// The ports that changed, per protocol.
        public var ports: PortSet
        /// The policies responsible: for a new allowance, the rules that allow it now; for a new denial, the
        /// rules that allowed it before and the policies that isolate it now; with cluster policies, the rules
        /// of the tier chain that decide the changed ports now.
        public var policies: [String]
        /// The tiers that decide the changed ports now, on the sides whose answer changed, in evaluation
        /// order: `networkPolicy` (a NetworkPolicy isolates the side), `admin` or `baseline` (a cluster policy
        /// rule), `defaultAllow` (nothing isolates it).
        public var tiers: [EvaluationTier]
        /// True when a cluster policy applies to either side, before or after (the text then names the tiers).
        public var involvesClusterPolicies: Bool
    }

    /// The changes, newly allowed first, each group by source and destination.
    public var changes: [Change]
    /// Peers only the old side has (`namespace/name`): their connections are not compared.
    public var removedPeers: [String]
    /// Peers only the new side has.
    public var addedPeers: [String]

    /// Compares two sets of objects.
    /// - Parameters:
    ///   - old: The objects before.
    ///   - new: The objects after.
    ///   - options: The engine options for both sides.
    /// - Complexity: O(n² × q) for n endpoints and q policies per namespace.
    public init(old: [LoadedObject], new: [LoadedObject], options: ReachabilityOptions = ReachabilityOptions()) {
        let before = ReachabilityAnalysis(objects: old, options: options)
        let after = ReachabilityAnalysis(objects: new, options: options)
        let oldNames = Dictionary(
            before.peers.indices.map { (before.peers[$0].name, $0) }, uniquingKeysWith: { a, _ in a })
        let newNames = Dictionary(
            after.peers.indices.map { (after.peers[$0].name, $0) }, uniquingKeysWith: { a, _ in a })
        removedPeers = oldNames.keys.filter { newNames[$0] == nil }.sorted()
        addedPeers = newNames.keys.filter { oldNames[$0] == nil }.sorted()
        var endpoints: [(name: String, old: ReachabilityEndpoint, new: ReachabilityEndpoint, inside: Bool)] =
            oldNames.sorted { $0.key < $1.key }.compactMap { name, oldIndex in
                newNames[name].map { (name, .peer(oldIndex), .peer($0), true) }
            }
        for block in Self.outsideBlocks(before, after) {
            endpoints.append((block.description, .address(block.address), .address(block.address), false))
        }
        var allowed: [Change] = []
        var denied: [Change] = []
        for source in endpoints {
            for destination in endpoints where source.name != destination.name && (source.inside || destination.inside)
            {
                let was = before.verdict(from: source.old, to: destination.old)
                let now = after.verdict(from: source.new, to: destination.new)
                let gained = Self.subtract(now.allowedPorts, was.allowedPorts)
                let lost = Self.subtract(was.allowedPorts, now.allowedPorts)
                let clustered = [was.egress, was.ingress, now.egress, now.ingress].contains { !$0.chain.isEmpty }
                if !gained.isEmpty {
                    let deciding = Self.deciding(was, now, gained)
                    allowed.append(
                        Change(
                            kind: .allowed, from: source.name, to: destination.name, ports: gained,
                            policies: Array(Set(Self.allowing(now, gained) + deciding.rules)).sorted(),
                            tiers: deciding.tiers, involvesClusterPolicies: clustered))
                }
                if !lost.isEmpty {
                    let isolating = (now.egress.isolatingPolicies + now.ingress.isolatingPolicies).map(\.description)
                    let deciding = Self.deciding(was, now, lost)
                    denied.append(
                        Change(
                            kind: .denied, from: source.name, to: destination.name, ports: lost,
                            policies: Array(
                                Set(
                                    Self.allowing(was, lost).map { "was: " + $0 }
                                        + isolating.map { "now isolated by " + $0 }
                                        + deciding.rules.map { "now: " + $0 })
                            ).sorted(), tiers: deciding.tiers, involvesClusterPolicies: clustered))
                }
            }
        }
        changes = allowed + denied
    }

    /// The tiers (and cluster policy rules) that decide `ports` now on the sides whose answer for them
    /// changed.
    private static func deciding(_ was: ReachabilityVerdict, _ now: ReachabilityVerdict, _ ports: PortSet)
        -> (tiers: [EvaluationTier], rules: [String])
    {
        var tiers = Set<EvaluationTier>()
        var rules = Set<String>()
        for (before, after) in [(was.egress, now.egress), (was.ingress, now.ingress)]
        where before.allowedPorts.intersection(ports) != after.allowedPorts.intersection(ports) {
            if after.chain.isEmpty {
                switch after.status {
                case .isolated: tiers.insert(.networkPolicy)
                case .notIsolated: tiers.insert(.defaultAllow)
                case .notGoverned, .ownNode: break
                }
                continue
            }
            for step in after.chain where step.action != .pass && !step.ports.intersection(ports).isEmpty {
                tiers.insert(step.tier)
                if let rule = step.rule { rules.insert("\(step.tier) \(rule) \(step.action)") }
            }
        }
        return (tiers.sorted { $0.rank < $1.rank }, Array(rules))
    }

    /// True when no connection changes.
    public var isEmpty: Bool { changes.isEmpty }

    /// The rules of a verdict whose ports meet `ports`, on either side.
    private static func allowing(_ verdict: ReachabilityVerdict, _ ports: PortSet) -> [String] {
        let matches = (verdict.egress.matches + verdict.ingress.matches).filter {
            !$0.ports.intersection(ports).isEmpty
        }
        return Array(Set(matches.map { $0.rule.description })).sorted()
    }

    /// `lhs` minus `rhs`, per protocol.
    private static func subtract(_ lhs: PortSet, _ rhs: PortSet) -> PortSet {
        var result = PortSet()
        for proto in PortProtocol.supported {
            var remaining: [ClosedRange<Int>] = []
            for range in lhs[proto] {
                var pieces = [range]
                for cut in rhs[proto] {
                    pieces = pieces.flatMap { piece -> [ClosedRange<Int>] in
                        guard piece.overlaps(cut) else { return [piece] }
                        var parts: [ClosedRange<Int>] = []
                        if piece.lowerBound < cut.lowerBound { parts.append(piece.lowerBound...(cut.lowerBound - 1)) }
                        if piece.upperBound > cut.upperBound { parts.append((cut.upperBound + 1)...piece.upperBound) }
                        return parts
                    }
                }
                remaining += pieces
            }
            result.formUnion(PortSet(proto, remaining))
        }
        return result
    }

    /// The common refinement of both sides' outside blocks: a prefix of either side that contains no smaller
    /// prefix of the other side.
    private static func outsideBlocks(_ before: ReachabilityAnalysis, _ after: ReachabilityAnalysis) -> [IPPrefix] {
        let old = before.matrix().peers.compactMap(\.block)
        let new = after.matrix().peers.compactMap(\.block)
        let finest =
            old.filter { block in !new.contains { $0 != block && block.contains($0) } }
            + new.filter { block in !old.contains { $0 != block && block.contains($0) } }
        return Array(Set(finest)).sorted()
    }

    /// `+ from -> to  ports  (policies)` lines, newly allowed first, and a summary line.
    public var text: String {
        var lines: [String] = []
        for change in changes {
            let mark = change.kind == .allowed ? "+" : "-"
            lines.append("\(mark) \(change.from) -> \(change.to)  \(change.ports)")
            if change.involvesClusterPolicies && !change.tiers.isEmpty {
                lines.append(
                    "    decided by the " + change.tiers.map(\.description).joined(separator: " and ") + " tier")
            }
            for policy in change.policies { lines.append("    \(policy)") }
        }
        let allowed = changes.filter { $0.kind == .allowed }.count
        let denied = changes.count - allowed
        lines.append("\(allowed) connection\(allowed == 1 ? "" : "s") newly allowed, \(denied) newly denied")
        if !removedPeers.isEmpty { lines.append("only before (not compared): " + removedPeers.joined(separator: ", ")) }
        if !addedPeers.isEmpty { lines.append("only after (not compared): " + addedPeers.joined(separator: ", ")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"allowed": [...], "denied": [...], "addedPeers": [...], "removedPeers": [...]}`, each change with
    /// `from`, `to`, `ports` (protocol to port ranges, as the matrix JSON), `policies` and `tiers` (the tiers
    /// that decide the changed ports now: `Admin`, `NetworkPolicy`, `Baseline`, `Default`).
    public var json: String {
        func node(_ change: Change) -> ManifestNode {
            var ports = ManifestMapping()
            for proto in PortProtocol.supported where !change.ports[proto].isEmpty {
                ports[proto.rawValue] = .sequence(change.ports[proto].map { .string(PortSet.text($0)) })
            }
            return .mapping([
                "from": .string(change.from), "to": .string(change.to), "ports": .mapping(ports),
                "policies": .sequence(change.policies.map(ManifestNode.string)),
                "tiers": .sequence(change.tiers.map { .string($0.rawValue) }),
            ])
        }
        return JSONWriter().write(
            .mapping([
                "allowed": .sequence(changes.filter { $0.kind == .allowed }.map(node)),
                "denied": .sequence(changes.filter { $0.kind == .denied }.map(node)),
                "addedPeers": .sequence(addedPeers.map(ManifestNode.string)),
                "removedPeers": .sequence(removedPeers.map(ManifestNode.string)),
            ]))
    }
}
