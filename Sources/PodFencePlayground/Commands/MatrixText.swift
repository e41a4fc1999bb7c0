import PodFence

/// The plain-text formats of a connectivity matrix. All are deterministic: peers in matrix order, pairs
/// row by row.
struct MatrixText {
    var matrix: ConnectivityMatrix

    /// `.` every port, `X` nothing, `~` some ports, `?` implementation-defined, `-` not reported.
    private func symbol(_ source: Int, _ destination: Int) -> String {
        if source != destination && !matrix.isReported(from: source, to: destination) { return "-" }
        let ports = matrix.allowedPorts(from: source, to: destination)
        if ports.isAll { return "." }
        if !ports.isEmpty { return "~" }
        return matrix.outcome(from: source, to: destination) == .implementationDefined ? "?" : "X"
    }

    /// The peers numbered, the matrix of symbols, a legend, and the pairs open on some ports only.
    func table(into context: inout CommandContext) {
        let peers = matrix.peers
        let width = String(peers.count).count
        let nameWidth = peers.map(\.name.count).max() ?? 0
        let kindWidth = peers.map(\.kind.count).max() ?? 0
        func pad(_ text: String, _ size: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, size - text.count))
            return left ? fill + text : text + fill
        }
        let indent = String(repeating: " ", count: width + 2 + nameWidth + 2 + kindWidth)
        context.print(
            indent + "  " + peers.indices.map { pad(String($0 + 1), width, left: true) }.joined(separator: " "))
        for (row, peer) in peers.enumerated() {
            let cells = peers.indices.map { pad(symbol(row, $0), width, left: true) }.joined(separator: " ")
            let label =
                pad(String(row + 1), width, left: true) + "  " + pad(peer.name, nameWidth) + "  "
                + pad(peer.kind, kindWidth)
            context.print(label + "  " + cells)
        }
        context.print("")
        context.print(". every port  X nothing  ~ some ports (below)  ? implementation-defined  - outside to outside")
        context.print("rows: from, columns: to; the diagonal is between two pods of the same peer")
        var partial: [String] = []
        for source in peers.indices {
            for destination in peers.indices where matrix.isReported(from: source, to: destination) {
                let ports = matrix.allowedPorts(from: source, to: destination)
                if !ports.isEmpty && !ports.isAll {
                    partial.append("  \(peers[source].name) -> \(peers[destination].name): \(ports)")
                }
            }
        }
        if !partial.isEmpty {
            context.print("some ports:")
            for line in partial { context.print(line) }
        }
    }

    /// `from,to,TCP,UDP,SCTP`, one row per reported pair; a cell lists the ranges separated by spaces.
    func csv(into context: inout CommandContext) {
        context.print("from,to,TCP,UDP,SCTP")
        forEachReportedPair(includingDenied: true) { source, destination, ports in
            let cells = PortProtocol.supported.map { ports[$0].map(PortSet.text).joined(separator: " ") }
            context.print(([matrix.peers[source].name, matrix.peers[destination].name] + cells).joined(separator: ","))
        }
    }

    /// The `matrix --format json` contract of design.md: `peers` (name, kind), then `connections`, one per
    /// ordered pair of distinct peers with anything allowed, with the ranges of each protocol.
    func json(into context: inout CommandContext) {
        context.print("{")
        context.print("  \"peers\": [")
        for (index, peer) in matrix.peers.enumerated() {
            let comma = index == matrix.peers.count - 1 ? "" : ","
            context.print(
                "    {\"name\": \(JSONWriter.quoted(peer.name)), \"kind\": \(JSONWriter.quoted(peer.kind))}\(comma)")
        }
        context.print("  ],")
        var connections: [String] = []
        forEachReportedPair(includingDenied: false) { source, destination, ports in
            let allowed = PortProtocol.supported.map { proto in
                "\(JSONWriter.quoted(proto.rawValue)): ["
                    + ports[proto].map { JSONWriter.quoted(PortSet.text($0)) }
                    .joined(separator: ", ") + "]"
            }.joined(separator: ", ")
            connections.append(
                "    {\"from\": \(JSONWriter.quoted(matrix.peers[source].name)), \"to\": "
                    + "\(JSONWriter.quoted(matrix.peers[destination].name)), \"allowed\": {\(allowed)}}")
        }
        if connections.isEmpty {
            context.print("  \"connections\": []")
        } else {
            context.print("  \"connections\": [")
            for (index, line) in connections.enumerated() {
                context.print(line + (index == connections.count - 1 ? "" : ","))
            }
            context.print("  ]")
        }
        context.print("}")
    }

    /// A Markdown table: a row per source, a column per destination, cells `all`, `none`, `?`, or the ports.
    func markdown(into context: inout CommandContext) {
        let peers = matrix.peers
        context.print("| from \\ to | " + peers.map { "`\($0.name)`" }.joined(separator: " | ") + " |")
        context.print("| --- |" + String(repeating: " --- |", count: peers.count))
        for source in peers.indices {
            let cells = peers.indices.map { destination -> String in
                if source != destination && !matrix.isReported(from: source, to: destination) { return "" }
                let ports = matrix.allowedPorts(from: source, to: destination)
                if ports.isAll { return "all" }
                if !ports.isEmpty { return ports.description }
                return matrix.outcome(from: source, to: destination) == .implementationDefined ? "?" : "none"
            }
            context.print("| `\(peers[source].name)` | " + cells.joined(separator: " | ") + " |")
        }
    }

    /// A Graphviz digraph: a node per peer (boxes for the cluster, ellipses outside), an edge per allowed
    /// pair, labelled with the ports unless all are allowed; implementation-defined pairs dashed.
    func dot(into context: inout CommandContext) {
        context.print("digraph connectivity {")
        context.print("  rankdir=LR;")
        for peer in matrix.peers {
            let shape = peer.isOutside ? "ellipse" : "box"
            context.print(
                "  \(JSONWriter.quoted(peer.name)) [shape=\(shape), label=\(JSONWriter.quoted(peer.name + "\n" + peer.kind))];"
            )
        }
        for source in matrix.peers.indices {
            for destination in matrix.peers.indices where matrix.isReported(from: source, to: destination) {
                let ports = matrix.allowedPorts(from: source, to: destination)
                let edge =
                    "  \(JSONWriter.quoted(matrix.peers[source].name)) -> \(JSONWriter.quoted(matrix.peers[destination].name))"
                if ports.isAll {
                    context.print(edge + ";")
                } else if !ports.isEmpty {
                    context.print(edge + " [label=\(JSONWriter.quoted(ports.description))];")
                } else if matrix.outcome(from: source, to: destination) == .implementationDefined {
                    context.print(edge + " [style=dashed, label=\"implementation-defined\"];")
                }
            }
        }
        context.print("}")
    }

    /// Counts only.
    func summary(into context: inout CommandContext) {
        let summary = matrix.summary
        context.print(
            "peers: \(summary.peers) (\(summary.peers - summary.outsideBlocks) in the cluster, "
                + "\(summary.outsideBlocks) outside blocks)")
        context.print("classes: \(summary.classes)")
        context.print("pairs: \(summary.pairs)")
        context.print("fully allowed: \(summary.fullyAllowed)")
        context.print("partly allowed: \(summary.partlyAllowed)")
        context.print("denied: \(summary.denied)")
        context.print("implementation-defined: \(summary.implementationDefined)")
    }

    private func forEachReportedPair(includingDenied: Bool, _ body: (Int, Int, PortSet) -> Void) {
        for source in matrix.peers.indices {
            for destination in matrix.peers.indices where matrix.isReported(from: source, to: destination) {
                let ports = matrix.allowedPorts(from: source, to: destination)
                if includingDenied || !ports.isEmpty { body(source, destination, ports) }
            }
        }
    }
}
