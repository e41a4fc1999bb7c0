/// The connectivity of every ordered pair of peers: the cluster's pods and workloads, and the blocks that
/// the policies' ipBlocks cut the address space outside the cluster into. Built by
/// ``ReachabilityAnalysis/matrix()``.
///
/// Rows are sources, columns destinations, both in ``peers`` order. Each cell holds the ports allowed from
/// the source to the destination (both sides, semantics §2.4). The diagonal holds what the rules say
/// between two pods of the same peer; a single pod always reaches itself (``ReachabilityVerdict`` says so).
///
/// The matrix is stored factored, the way the rules decide: what a source's egress allows depends only on
/// its isolating egress policies and on what the destination looks like to egress rules; what a
/// destination's ingress allows depends only on its isolating ingress policies and on what the source looks
/// like to ingress rules. Each of the four is a small number of distinct values, so the matrix keeps one
/// table for egress and one for ingress, and a cell is their intersection, looked up in O(1). Its memory
/// follows the structure of the policies, not the square of the number of peers.
public struct ConnectivityMatrix: Sendable {
    /// What a pair of peers has that their classes do not say: ingress from the destination's own node
    /// (always allowed), or egress to the source's own node (a denial is implementation-defined).
    struct PairOverride: Sendable {
        var ports: UInt32
        var implementationDefined: Bool
    }

    /// One reading of ipBlocks: the egress table (egress vector × destination view), the ingress table
    /// (source view × ingress vector), each holding indices into the distinct
    /// values of its side, and the intersections of those values.
    struct Reading: Sendable {
        /// `egress[vector * destinationViews + view]`: an index into the egress side's distinct port sets.
        var egress: CompactTable
        /// `ingress[view * ingressVectors + vector]`: an index into the ingress side's distinct port sets.
        var ingress: CompactTable
        /// The port set identifier of each (egress value, ingress value) pair.
        var cells: IntersectionTable
    }

    /// The peers: the cluster's peers in ``ReachabilityAnalysis/peers`` order, then the outside blocks
    /// (IPv4 then IPv6, ascending).
    public let peers: [MatrixPeer]
    /// The options the matrix was computed with.
    public let options: ReachabilityOptions
    /// The number of classes of peers: peers that no selector, named port or ipBlock tells apart, as
    /// sources or as destinations, form one class.
    public let classCount: Int
    /// Counts of the reported pairs by outcome, computed from the sizes of the classes when the matrix was
    /// built (no pair is visited one by one).
    public let summary: MatrixSummary

    /// Each peer's row (its behaviour as a source) and column (as a destination).
    let peerRow: [Int32]
    let peerColumn: [Int32]
    let layout: MatrixLayout
    let primary: Reading
    /// The cells when ipBlocks match pod IPs, kept only when ``options`` says they do not, to mark the
    /// implementation-defined pairs.
    let alternative: Reading?
    /// The (row, column) pairs whose outcome another reading of the tiers changes: equal priorities in the
    /// other order, or unevaluable peers read open.
    let tierAmbiguous: CellFlags
    let portSetTable: [PortSet]
    let overrides: [UInt64: PairOverride]

    /// The ports allowed from one peer to another.
    /// - Parameters:
    ///   - source: The source's index in ``peers``.
    ///   - destination: The destination's index in ``peers``.
    /// - Complexity: O(1).
    public func allowedPorts(from source: Int, to destination: Int) -> PortSet {
        portSetTable[Int(cell(source, destination))]
    }

    /// The distinct port sets of the matrix's cells, which ``portSetIndex(from:to:)`` indexes: a writer can
    /// format each once instead of once a pair.
    public var portSets: [PortSet] { portSetTable }

    /// The position in ``portSets`` of the ports allowed from one peer to another.
    /// - Parameters:
    ///   - source: The source's index in ``peers``.
    ///   - destination: The destination's index in ``peers``.
    /// - Complexity: O(1).
    public func portSetIndex(from source: Int, to destination: Int) -> Int {
        Int(cell(source, destination))
    }

    /// The outcome for a pair: allowed when some port is; implementation-defined when nothing is but a
    /// plugin's choice could allow something (ipBlocks on pod IPs, egress to the own node); else denied.
    /// - Parameters:
    ///   - source: The source's index in ``peers``.
    ///   - destination: The destination's index in ``peers``.
    /// - Complexity: O(1).
    public func outcome(from source: Int, to destination: Int) -> ReachabilityOutcome {
        if !tierAmbiguous.isEmpty,
            tierAmbiguous.contains(row: Int(peerRow[source]), column: Int(peerColumn[destination])),
            overrides.isEmpty || overrides[Self.key(source, destination)]?.ports != PortSetTable.all
        {
            // Another reading of the tiers would change allowed against denied; ingress from a pod's own node
            // is always allowed whatever the tiers say.
            return .implementationDefined
        }
        if cell(source, destination) != PortSetTable.none { return .allowed }
        if overrides[Self.key(source, destination)]?.implementationDefined == true { return .implementationDefined }
        if let alternative,
            Self.cell(alternative, row: Int(peerRow[source]), column: Int(peerColumn[destination]), layout: layout)
                != PortSetTable.none
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

    private func cell(_ source: Int, _ destination: Int) -> UInt32 {
        if !overrides.isEmpty, let override = overrides[Self.key(source, destination)] { return override.ports }
        return Self.cell(primary, row: Int(peerRow[source]), column: Int(peerColumn[destination]), layout: layout)
    }

    /// The port set identifier of a row and a column under one reading.
    @inline(__always)
    static func cell(_ reading: Reading, row: Int, column: Int, layout: MatrixLayout) -> UInt32 {
        let egress = reading.egress[layout.egressIndex(row: row, column: column)]
        let ingress = reading.ingress[layout.ingressIndex(row: row, column: column)]
        return reading.cells[egress, ingress]
    }

    static func key(_ source: Int, _ destination: Int) -> UInt64 {
        UInt64(source) << 32 | UInt64(destination)
    }
}

/// The shape of a factored matrix: each row's egress vector and source view, each column's destination view
/// and ingress vector. A vector is one row of a side's table: the values that a set of isolating policies
/// and tiered policies gives over the views of the other end (sets that give the same share one).
struct MatrixLayout: Sendable {
    var rowEgressVector: [Int32]
    var rowSourceView: [Int32]
    var columnDestinationView: [Int32]
    var columnIngressVector: [Int32]
    var destinationViews: Int
    var ingressVectors: Int

    /// The position of a cell's egress value in an egress table.
    @inline(__always)
    func egressIndex(row: Int, column: Int) -> Int {
        Int(rowEgressVector[row]) * destinationViews + Int(columnDestinationView[column])
    }

    /// The position of a cell's ingress value in an ingress table.
    @inline(__always)
    func ingressIndex(row: Int, column: Int) -> Int {
        Int(rowSourceView[row]) * ingressVectors + Int(columnIngressVector[column])
    }
}

/// Flagged cells of a factored matrix (row, column), a bit each; nothing is allocated while none is flagged.
struct CellFlags: Sendable {
    private var bits = Bitset(count: 0)
    private let rows: Int
    private let columns: Int
    /// True while no cell is flagged.
    private(set) var isEmpty = true

    /// No cell flagged, of a matrix of `rows` rows and `columns` columns.
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// Flags a cell; returns false when it was flagged already.
    mutating func insert(row: Int, column: Int) -> Bool {
        if isEmpty {
            bits = Bitset(count: rows * columns)
            isEmpty = false
        }
        let index = row * columns + column
        if bits.contains(index) { return false }
        bits.insert(index)
        return true
    }

    /// True when a cell is flagged.
    func contains(row: Int, column: Int) -> Bool {
        !isEmpty && bits.contains(row * columns + column)
    }
}

/// The port set identifier of each pair of an egress value and an ingress value that the matrix uses:
/// a dense table when the two sides have few distinct values (the usual case), else a dictionary of the
/// pairs that occur.
struct IntersectionTable: Sendable {
    private let width: Int
    private let dense: [UInt32]
    private let sparse: [UInt64: UInt32]

    /// The largest dense table, in entries (64 MB).
    static let denseLimit = 1 << 24

    init(width: Int, dense: [UInt32], sparse: [UInt64: UInt32]) {
        self.width = width
        self.dense = dense
        self.sparse = sparse
    }

    subscript(egress: UInt32, ingress: UInt32) -> UInt32 {
        if !dense.isEmpty { return dense[Int(egress) * width + Int(ingress)] }
        return sparse[UInt64(egress) << 32 | UInt64(ingress)] ?? PortSetTable.none
    }
}

/// A table of small non-negative integers, 16 bits an entry while every value fits (the usual case), 32
/// once one does not.
struct CompactTable: Sendable {
    private var narrow: [UInt16] = []
    private var wide: [UInt32] = []
    private var isWide = false

    /// An empty table.
    init() {}

    /// A table of `count` zeros.
    init(zeros count: Int) {
        narrow = [UInt16](repeating: 0, count: count)
    }

    /// The number of entries.
    var count: Int { isWide ? wide.count : narrow.count }

    @inline(__always)
    subscript(index: Int) -> UInt32 {
        get { isWide ? wide[index] : UInt32(narrow[index]) }
        set {
            if !isWide && newValue > UInt32(UInt16.max) { widen() }
            if isWide { wide[index] = newValue } else { narrow[index] = UInt16(truncatingIfNeeded: newValue) }
        }
    }

    private mutating func widen() {
        wide = narrow.map(UInt32.init)
        narrow = []
        isWide = true
    }
}
