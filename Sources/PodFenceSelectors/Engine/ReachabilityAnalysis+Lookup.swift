import PodFenceModel

extension ReachabilityAnalysis {
    /// The indices of the peers a reference names: `namespace/name`, or `kind/namespace/name` (the kind in
    /// any case, such as `deployment/ns-app1/web`) to choose between a pod and a workload of the same name.
    /// - Parameter reference: What the user typed.
    /// - Returns: The matching peers' indices in ``peers``, usually one; empty when none matches.
    /// - Complexity: O(p) for p peers.
    public func peers(named reference: String) -> [Int] {
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 3 {
            let kind = parts[0].lowercased()
            let name = parts[1] + "/" + parts[2]
            return records.indices.filter {
                records[$0].peer.name == name && records[$0].peer.kind.lowercased() == kind
            }
        }
        return records.indices.filter { records[$0].peer.name == reference }
    }

    /// Peer names close to a reference that names none, best first: the same name in other namespaces, and
    /// names within a small edit distance.
    /// - Parameters:
    ///   - reference: What the user typed.
    ///   - limit: How many names at most.
    /// - Returns: Names of peers, sorted by closeness then name.
    /// - Complexity: O(p × n²) for p peers of names of length n.
    public func closeMatches(to reference: String, limit: Int = 5) -> [String] {
        let wantedName = reference.split(separator: "/").last.map(String.init) ?? reference
        let threshold = max(2, reference.count / 4)
        var scored: [(score: Int, name: String)] = []
        for name in Set(records.map(\.peer.name)) {
            let shortName = name.split(separator: "/").last.map(String.init) ?? name
            let distance = Self.editDistance(reference, name)
            if shortName == wantedName {
                scored.append((0, name))
            } else if distance <= threshold {
                scored.append((distance, name))
            }
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(limit).map(\.name)
    }

    /// The numbers a named port resolves to on a peer for a protocol: what a rule `port: NAME` with that
    /// protocol matches when the peer is the destination (semantics §2.7). Empty when the peer declares no such
    /// port, or is not a pod selectors can see.
    /// - Parameters:
    ///   - name: The port's name.
    ///   - protocol: The protocol.
    ///   - peer: The peer's index.
    public func resolvePort(named name: String, protocol: PortProtocol, on peer: Int) -> [Int] {
        let record = records[peer]
        guard record.selectable else { return [] }
        return record.namedPorts[EndpointRecord.NamedPort(name: name, proto: `protocol`)] ?? []
    }

    /// The named ports a peer declares in the containers that count (see
    /// ``ReachabilityOptions/resolvesSidecarPorts``), sorted by name and protocol, such as `http` 8080/TCP.
    /// - Parameter peer: The peer's index.
    public func namedPorts(of peer: Int) -> [(name: String, protocol: PortProtocol, numbers: [Int])] {
        records[peer].namedPorts
            .map { (name: $0.key.name, protocol: $0.key.proto, numbers: $0.value) }
            .sorted { ($0.name, $0.protocol) < ($1.name, $1.protocol) }
    }

    /// The edit distance between two strings by Unicode scalars, counting an insertion, a deletion, a
    /// substitution or a swap of two neighbours as one edit (optimal string alignment), so that the typo
    /// `wbe` is one edit from `web`.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars)
        let right = Array(rhs.unicodeScalars)
        var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
        for row in 0...left.count { table[row][0] = row }
        for column in 0...right.count { table[0][column] = column }
        for row in stride(from: 1, through: left.count, by: 1) {
            for column in stride(from: 1, through: right.count, by: 1) {
                let cost = left[row - 1] == right[column - 1] ? 0 : 1
                var best = min(
                    table[row - 1][column] + 1, table[row][column - 1] + 1, table[row - 1][column - 1] + cost)
                if row > 1 && column > 1 && left[row - 1] == right[column - 2] && left[row - 2] == right[column - 1] {
                    best = min(best, table[row - 2][column - 2] + 1)
                }
                table[row][column] = best
            }
        }
        return table[left.count][right.count]
    }
}
