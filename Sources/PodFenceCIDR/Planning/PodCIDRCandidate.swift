/// A pod CIDR the cluster could move to: free of every range it must avoid, large enough, and why.
///
/// Produced by ``PodCIDRPlanner/plan(_:)``, smallest adequate prefix first.
public struct PodCIDRCandidate: Sendable, Hashable {
    /// The candidate pod CIDR.
    public let prefix: IPPrefix
    /// The space it was taken from: an RFC 1918 block, the IPv6 unique local block, or a pool the request gave.
    public let pool: IPPrefix
    /// The Calico blocks it holds.
    public let blockCount: UInt128
    /// The nodes it has room for, at the request's blocks per node.
    public let nodeCapacity: UInt128
    /// Why it qualifies, one reason a line: capacity, size, the space it comes from, what it avoids.
    public let reasons: [String]

    /// Creates a candidate.
    ///
    /// - Parameters:
    ///   - prefix: The candidate pod CIDR.
    ///   - pool: The space it was taken from.
    ///   - blockCount: The Calico blocks it holds.
    ///   - nodeCapacity: The nodes it has room for.
    ///   - reasons: Why it qualifies.
    public init(prefix: IPPrefix, pool: IPPrefix, blockCount: UInt128, nodeCapacity: UInt128, reasons: [String]) {
        self.prefix = prefix
        self.pool = pool
        self.blockCount = blockCount
        self.nodeCapacity = nodeCapacity
        self.reasons = reasons
    }
}
