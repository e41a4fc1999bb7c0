/// The text formats of a `ConnectivityMatrix`, as `podfence matrix --format` prints them.
public enum MatrixTextFormat: String, Sendable, Hashable, CaseIterable {
    /// Numbered peers, a symbol per cell (`.` every port, `X` nothing, `~` some ports, `?`
    /// implementation-defined, `-` outside to outside), a legend, then the pairs open on some ports only.
    case table
    /// `from,to,TCP,UDP,SCTP`, one row per reported pair; a cell lists the ranges separated by spaces.
    case csv
    /// The `matrix --format json` contract of the design notes: `peers`, then `connections`.
    case json
    /// A Markdown table with `all`, `none`, `?` or the ports in each cell.
    case md
    /// A Graphviz digraph: an edge per allowed pair, implementation-defined pairs dashed.
    case dot
    /// Counts only (`MatrixSummary`), for very large clusters.
    case summary
}

extension ConnectivityMatrix {
    /// Writes the matrix in a format to a stream, a line at a time: memory stays flat however many pairs
    /// are written (the 5,000-pod benchmark cluster's CSV is over a gigabyte). Every format is
    /// deterministic: peers in matrix order, pairs row by row.
    ///
    /// ```swift
    /// var csv = ""
    /// analysis.matrix().write(.csv, to: &csv)
    /// ```
    /// - Parameters:
    ///   - format: The format.
    ///   - stream: Where the text goes.
    /// - Complexity: O(p²) for p peers, except ``MatrixTextFormat/summary`` (O(1): the counts are kept).
    public func write(_ format: MatrixTextFormat, to stream: inout some TextOutputStream) {
        var writer = MatrixTextWriter(matrix: self)
        switch format {
        case .table: writer.table(into: &stream)
        case .csv: writer.csv(into: &stream)
        case .json: writer.json(into: &stream)
        case .md: writer.markdown(into: &stream)
        case .dot: writer.dot(into: &stream)
        case .summary: writer.summary(into: &stream)
        }
    }

    /// The matrix as text in a format (see ``write(_:to:)`` to stream it instead).
    /// - Parameter format: The format.
    /// - Returns: The text, each line ending with a newline.
    public func text(_ format: MatrixTextFormat) -> String {
        var text = ""
        write(format, to: &text)
        return text
    }
}

/// Writes a matrix's formats, formatting each distinct port set once.
private struct MatrixTextWriter {
    let matrix: ConnectivityMatrix
    /// Text per port set index, filled as sets are met, one cache a format's rendering.
    private var cache: [String?]

    init(matrix: ConnectivityMatrix) {
        self.matrix = matrix
        self.cache = [String?](repeating: nil, count: matrix.portSets.count)
    }

    private mutating func cached(_ index: Int, _ render: (PortSet) -> String) -> String {
        if let known = cache[index] { return known }
        let text = render(matrix.portSets[index])
        cache[index] = text
        return text
    }

    /// `.` every port, `X` nothing, `~` some ports, `?` implementation-defined, `-` not reported.
    private func symbol(_ source: Int, _ destination: Int) -> String {
        if source != destination && !matrix.isReported(from: source, to: destination) { return "-" }
        let ports = matrix.allowedPorts(from: source, to: destination)
        if ports.isAll { return "." }
        if !ports.isEmpty { return "~" }
        return matrix.outcome(from: source, to: destination) == .implementationDefined ? "?" : "X"
    }

    mutating func table(into stream: inout some TextOutputStream) {
        let peers = matrix.peers
        let width = String(peers.count).count
        let nameWidth = peers.map(\.name.count).max() ?? 0
        let kindWidth = peers.map(\.kind.count).max() ?? 0
        func pad(_ text: String, _ size: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, size - text.count))
            return left ? fill + text : text + fill
        }
        let indent = String(repeating: " ", count: width + 2 + nameWidth + 2 + kindWidth)
        stream.write(
            indent + "  " + peers.indices.map { pad(String($0 + 1), width, left: true) }.joined(separator: " ") + "\n")
        for (row, peer) in peers.enumerated() {
            let cells = peers.indices.map { pad(symbol(row, $0), width, left: true) }.joined(separator: " ")
            let label =
                pad(String(row + 1), width, left: true) + "  " + pad(peer.name, nameWidth) + "  "
                + pad(peer.kind, kindWidth)
            stream.write(label + "  " + cells + "\n")
        }
        stream.write("\n")
        stream.write(
            ". every port  X nothing  ~ some ports (below)  ? implementation-defined  - outside to outside\n")
        stream.write("rows: from, columns: to; the diagonal is between two pods of the same peer\n")
        var heading = false
        Self.forEachReportedPair(of: matrix, includingDenied: false) { source, destination, index in
            let ports = matrix.portSets[index]
            guard !ports.isAll else { return }
            if !heading {
                stream.write("some ports:\n")
                heading = true
            }
            stream.write("  \(peers[source].name) -> \(peers[destination].name): \(ports)\n")
        }
    }

    mutating func csv(into stream: inout some TextOutputStream) {
        stream.write("from,to,TCP,UDP,SCTP\n")
        Self.forEachReportedPair(of: matrix, includingDenied: true) { source, destination, index in
            let cells = cached(index) { ports in
                PortProtocol.supported.map { ports[$0].map(PortSet.text).joined(separator: " ") }.joined(
                    separator: ",")
            }
            stream.write(matrix.peers[source].name + "," + matrix.peers[destination].name + "," + cells + "\n")
        }
    }

    mutating func json(into stream: inout some TextOutputStream) {
        stream.write("{\n  \"peers\": [\n")
        for (index, peer) in matrix.peers.enumerated() {
            let comma = index == matrix.peers.count - 1 ? "" : ","
            stream.write(
                "    {\"name\": \(JSONWriter.quoted(peer.name)), \"kind\": \(JSONWriter.quoted(peer.kind))}\(comma)\n")
        }
        stream.write("  ],\n")
        // A connection is written when the next one is known, so that the last one goes without a comma.
        let names = matrix.peers.map { JSONWriter.quoted($0.name) }
        var pending: String?
        Self.forEachReportedPair(of: matrix, includingDenied: false) { source, destination, index in
            let allowed = cached(index) { ports in
                PortProtocol.supported.map { proto in
                    "\(JSONWriter.quoted(proto.rawValue)): ["
                        + ports[proto].map { JSONWriter.quoted(PortSet.text($0)) }.joined(separator: ", ") + "]"
                }.joined(separator: ", ")
            }
            if let pending { stream.write(pending + ",\n") } else { stream.write("  \"connections\": [\n") }
            pending =
                "    {\"from\": \(names[source]), \"to\": \(names[destination]), \"allowed\": {\(allowed)}}"
        }
        if let pending {
            stream.write(pending + "\n  ]\n")
        } else {
            stream.write("  \"connections\": []\n")
        }
        stream.write("}\n")
    }

    mutating func markdown(into stream: inout some TextOutputStream) {
        let peers = matrix.peers
        stream.write("| from \\ to | " + peers.map { "`\($0.name)`" }.joined(separator: " | ") + " |\n")
        stream.write("| --- |" + String(repeating: " --- |", count: peers.count) + "\n")
        for source in peers.indices {
            let cells = peers.indices.map { destination -> String in
                if source != destination && !matrix.isReported(from: source, to: destination) { return "" }
                let index = matrix.portSetIndex(from: source, to: destination)
                let ports = matrix.portSets[index]
                if ports.isAll { return "all" }
                if !ports.isEmpty { return cached(index, \.description) }
                return matrix.outcome(from: source, to: destination) == .implementationDefined ? "?" : "none"
            }
            stream.write("| `\(peers[source].name)` | " + cells.joined(separator: " | ") + " |\n")
        }
    }

    mutating func dot(into stream: inout some TextOutputStream) {
        stream.write("digraph connectivity {\n  rankdir=LR;\n")
        let names = matrix.peers.map { JSONWriter.quoted($0.name) }
        for (index, peer) in matrix.peers.enumerated() {
            let shape = peer.isOutside ? "ellipse" : "box"
            stream.write(
                "  \(names[index]) [shape=\(shape), label=\(JSONWriter.quoted(peer.name + "\n" + peer.kind))];\n")
        }
        Self.forEachReportedPair(of: matrix, includingDenied: true) { source, destination, index in
            let ports = matrix.portSets[index]
            let edge = "  \(names[source]) -> \(names[destination])"
            if ports.isAll {
                stream.write(edge + ";\n")
            } else if !ports.isEmpty {
                stream.write(edge + " [label=\(cached(index) { JSONWriter.quoted($0.description) })];\n")
            } else if matrix.outcome(from: source, to: destination) == .implementationDefined {
                stream.write(edge + " [style=dashed, label=\"implementation-defined\"];\n")
            }
        }
        stream.write("}\n")
    }

    func summary(into stream: inout some TextOutputStream) {
        let summary = matrix.summary
        stream.write(
            "peers: \(summary.peers) (\(summary.peers - summary.outsideBlocks) in the cluster, "
                + "\(summary.outsideBlocks) outside blocks)\n")
        stream.write("classes: \(summary.classes)\n")
        stream.write("pairs: \(summary.pairs)\n")
        stream.write("fully allowed: \(summary.fullyAllowed)\n")
        stream.write("partly allowed: \(summary.partlyAllowed)\n")
        stream.write("denied: \(summary.denied)\n")
        stream.write("implementation-defined: \(summary.implementationDefined)\n")
    }

    /// Calls `body` with every reported pair, row by row, and the index of its ports in
    /// ``ConnectivityMatrix/portSets``; without `includingDenied`, only the pairs with some port allowed.
    private static func forEachReportedPair(
        of matrix: ConnectivityMatrix, includingDenied: Bool,
        _ body: (_ source: Int, _ destination: Int, _ ports: Int) -> Void
    ) {
        let allowsSome = matrix.portSets.map { !$0.isEmpty }
        for source in matrix.peers.indices {
            for destination in matrix.peers.indices where matrix.isReported(from: source, to: destination) {
                let index = matrix.portSetIndex(from: source, to: destination)
                if includingDenied || allowsSome[index] { body(source, destination, index) }
            }
        }
    }
}
