/// Counts over a ``ConnectivityMatrix``, cheap even for very large clusters (computed per class pair).
///
/// Pairs are ordered pairs of distinct peers, leaving out pairs of two blocks outside the cluster (no pod
/// at either end: NetworkPolicy has nothing to say).
public struct MatrixSummary: Sendable, Hashable {
    /// Every peer: pods, workloads and blocks outside the cluster.
    public var peers: Int
    /// The blocks outside the cluster among them.
    public var outsideBlocks: Int
    /// The classes of peers that no selector, named port or ipBlock tells apart.
    public var classes: Int
    /// The pairs counted.
    public var pairs: Int
    /// Pairs allowed on every port of every protocol.
    public var fullyAllowed: Int
    /// Pairs allowed on some ports only.
    public var partlyAllowed: Int
    /// Pairs with nothing allowed.
    public var denied: Int
    /// Pairs whose verdict the plugin decides (see ``ReachabilityOutcome/implementationDefined``).
    public var implementationDefined: Int

    /// Creates a summary.
    /// - Parameters:
    ///   - peers: The peers.
    ///   - outsideBlocks: The outside blocks.
    ///   - classes: The classes.
    ///   - pairs: The pairs.
    ///   - fullyAllowed: Fully allowed pairs.
    ///   - partlyAllowed: Partly allowed pairs.
    ///   - denied: Denied pairs.
    ///   - implementationDefined: Implementation-defined pairs.
    public init(
        peers: Int, outsideBlocks: Int, classes: Int, pairs: Int, fullyAllowed: Int, partlyAllowed: Int,
        denied: Int, implementationDefined: Int
    ) {
        self.peers = peers
        self.outsideBlocks = outsideBlocks
        self.classes = classes
        self.pairs = pairs
        self.fullyAllowed = fullyAllowed
        self.partlyAllowed = partlyAllowed
        self.denied = denied
        self.implementationDefined = implementationDefined
    }
}
