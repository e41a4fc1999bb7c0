import PodFenceCIDR

/// A row and column of a ``ConnectivityMatrix``: a peer of the cluster, or a block of addresses outside it.
public struct MatrixPeer: Sendable, Hashable, CustomStringConvertible {
    /// `namespace/name`, or the block's canonical prefix such as `0.0.0.0/0`.
    public var name: String
    /// `Pod`, the workload's kind (`Deployment`, ...), or `IPBlock`.
    public var kind: String
    /// The block, for a peer outside the cluster.
    public var block: IPPrefix?

    /// Creates a matrix peer.
    /// - Parameters:
    ///   - name: The name.
    ///   - kind: The kind.
    ///   - block: The block, for addresses outside the cluster.
    public init(name: String, kind: String, block: IPPrefix? = nil) {
        self.name = name
        self.kind = kind
        self.block = block
    }

    /// The kind of the blocks outside the cluster.
    public static let ipBlockKind = "IPBlock"

    /// True for a block of addresses outside the cluster.
    public var isOutside: Bool { block != nil }

    /// The name.
    public var description: String { name }
}
