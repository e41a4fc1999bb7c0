extension ReachabilityAnalysis {
    /// The connectivity of every ordered pair of peers: the cluster's pods and workloads, and the blocks that
    /// every ipBlock `cidr` and `except` cut each family's address space into (each block named by its
    /// canonical prefix; a cut interval that is not one prefix gives several blocks).
    ///
    /// Peers that no selector, named port or ipBlock tells apart share one computation (see
    /// ``ConnectivityMatrix``), so a cluster of thousands of pods in a few hundred classes takes well under
    /// a second.
    ///
    /// ```swift
    /// let matrix = analysis.matrix()
    /// matrix.allowedPorts(from: 0, to: 1).description   // "all ports"
    /// matrix.summary.denied                              // pairs with nothing allowed
    /// ```
    /// - Returns: The matrix.
    /// - Complexity: O(i × f + e × r × c + c²) for i peers with f memberships each, e distinct sets of
    ///   isolating policies with r rules, and c classes.
    public func matrix() -> ConnectivityMatrix {
        var builder = MatrixBuilder(analysis: self)
        return builder.build()
    }
}
