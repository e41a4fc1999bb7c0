/// The connectivity of every ordered pair of peers: the cluster's pods and workloads, and the blocks that
/// the policies' ipBlocks cut the address space outside the cluster into. Built by
/// ``ReachabilityAnalysis/matrix()``.
///
/// Rows are sources, columns destinations, both in ``peers`` order. Each cell holds the ports allowed from
/// the source to the destination (both sides, semantics §2.4). The diagonal holds what the rules say
/// between two pods of the same peer; a single pod always reaches itself (``ReachabilityVerdict`` says so).
///
/// Peers that no selector, named port or ipBlock can tell apart form one class and share one computation,
/// so the matrix stores one cell per pair of classes: its memory is O(c²) for c classes, not O(p²).
public struct ConnectivityMatrix: Sendable {
    /// What a pair of peers has that their classes do not say: ingress from the destination's own node
    /// (always allowed), or egress to the source's own node (a denial is implementation-defined).
    struct PairOverride: Sendable {
        var ports: UInt32
        var implementationDefined: Bool
    }

    /// The peers: the cluster's peers in ``ReachabilityAnalysis/peers`` order, then the outside blocks
    /// (IPv4 then IPv6, ascending).
    public let peers: [MatrixPeer]
    /// The options the matrix was computed with.
    public let options: ReachabilityOptions
    /// The number of classes of peers.
    public let classCount: Int

    let peerClass: [Int32]
    let cells: [UInt32]
    /// The cells when ipBlocks match pod IPs, kept only when ``options`` says they do not, to mark the
    /// implementation-defined pairs.
    let alternativeCells: [UInt32]?
    let portSets: [PortSet]
    let overrides: [UInt64: PairOverride]

    /// The ports allowed from one peer to another.
    /// - Parameters:
    ///   - source: The source's index in ``peers``.
    ///   - destination: The destination's index in ``peers``.
    /// - Complexity: O(1).
    public func allowedPorts(from source: Int, to destination: Int) -> PortSet {
        portSets[Int(cell(source, destination))]
    }

    /// The outcome for a pair: allowed when some port is; implementation-defined when nothing is but a
    /// plugin's choice could allow something (ipBlocks on pod IPs, egress to the own node); else denied.
    /// - Parameters:
    ///   - source: The source's index in ``peers``.
    ///   - destination: The destination's index in ``peers``.
    /// - Complexity: O(1).
    public func outcome(from source: Int, to destination: Int) -> ReachabilityOutcome {
        if cell(source, destination) != PortSetTable.none { return .allowed }
        if overrides[Self.key(source, destination)]?.implementationDefined == true { return .implementationDefined }
        if let alternativeCells,
            alternativeCells[Int(peerClass[source]) * classCount + Int(peerClass[destination])] != PortSetTable.none
        {
            return .implementationDefined
        }
        return .denied
    }

    /// True for the pairs the matrix reports: two distinct peers, not both outside the cluster (between two
    /// outside blocks NetworkPolicy has nothing to say).
    /// - Parameters:
    ///   - source: The source's index.
    ///   - destination: The destination's index.
    public func isReported(from source: Int, to destination: Int) -> Bool {
        source != destination && !(peers[source].isOutside && peers[destination].isOutside)
    }

    /// Counts of the reported pairs by outcome, computed per pair of classes.
    /// - Complexity: O(c² + o) for c classes and o pairs with their own node.
    public var summary: MatrixSummary {
        var size = [Int](repeating: 0, count: classCount)
        var outside = [Int](repeating: 0, count: classCount)
        for (index, peer) in peers.enumerated() {
            size[Int(peerClass[index])] += 1
            if peer.isOutside { outside[Int(peerClass[index])] += 1 }
        }
        var counts = [Int](repeating: 0, count: 4)
        for source in 0..<classCount {
            for destination in 0..<classCount {
                var weight = size[source] * size[destination] - outside[source] * outside[destination]
                if source == destination { weight -= size[source] - outside[source] }
                if weight > 0 {
                    counts[category(classCell: source * classCount + destination, override: nil)] += weight
                }
            }
        }
        for (key, override) in overrides {
            let source = Int(key >> 32)
            let destination = Int(key & 0xFFFF_FFFF)
            let cellIndex = Int(peerClass[source]) * classCount + Int(peerClass[destination])
            counts[category(classCell: cellIndex, override: nil)] -= 1
            counts[category(classCell: cellIndex, override: override)] += 1
        }
        return MatrixSummary(
            peers: peers.count, outsideBlocks: outside.reduce(0, +), classes: classCount,
            pairs: counts.reduce(0, +), fullyAllowed: counts[0], partlyAllowed: counts[1], denied: counts[2],
            implementationDefined: counts[3])
    }

    /// 0 fully allowed, 1 partly, 2 denied, 3 implementation-defined.
    private func category(classCell: Int, override: PairOverride?) -> Int {
        let ports = override?.ports ?? cells[classCell]
        if ports == PortSetTable.all { return 0 }
        if ports != PortSetTable.none { return 1 }
        if override?.implementationDefined == true { return 3 }
        if let alternativeCells, alternativeCells[classCell] != PortSetTable.none { return 3 }
        return 2
    }

    private func cell(_ source: Int, _ destination: Int) -> UInt32 {
        if !overrides.isEmpty, let override = overrides[Self.key(source, destination)] { return override.ports }
        return cells[Int(peerClass[source]) * classCount + Int(peerClass[destination])]
    }

    static func key(_ source: Int, _ destination: Int) -> UInt64 {
        UInt64(source) << 32 | UInt64(destination)
    }
}
