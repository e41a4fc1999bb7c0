/// How many addresses a pod network needs, counted the way Calico IPAM hands them out: in blocks.
///
/// Calico does not give each node a fixed slice of the pod network. It cuts its IP pool into blocks of
/// ``blockSize`` (a `/26` of 64 addresses by default for IPv4, a `/122` for IPv6) and hands a node another block
/// whenever the node's blocks are full. A node that runs up to ``podsPerNode`` pods therefore holds
/// ``blocksPerNode`` = ⌈pods ÷ addresses per block⌉ blocks, and the pool must hold at least
/// ``blocksNeeded`` = nodes × blocks per node of them; with fewer blocks than that, nodes start borrowing single
/// addresses from other nodes' blocks (and Calico adds a `/32` route for each), which Calico advises against.
///
/// ```swift
/// let capacity = try PodCIDRCapacity(family: .ipv4, nodeCount: 20, podsPerNode: 110)
/// capacity.blocksPerNode         // 2: 110 pods need two blocks of 64 addresses
/// capacity.blocksNeeded          // 40
/// capacity.minimumPrefixLength   // 20: a /20 holds 64 blocks of /26, a /21 only 32
/// ```
///
/// Kubernetes' own node CIDRs (`kube-controller-manager --node-cidr-mask-size`, `/24` by default) are a
/// different scheme, which Calico IPAM ignores; ``nodeCIDRCount(in:nodeMaskSize:)`` counts them for the record.
public struct PodCIDRCapacity: Sendable, Hashable {
    /// The address family of the pod network.
    public let family: IPFamily
    /// The number of nodes that run pods.
    public let nodeCount: Int
    /// The most pods one node runs (kubelet's `maxPods`, 110 by default).
    public let podsPerNode: Int
    /// The prefix length of a Calico IPAM block: 26 (64 addresses) by default for IPv4, 122 for IPv6.
    public let blockSize: Int
    /// The blocks one node holds when it runs ``podsPerNode`` pods: ⌈pods ÷ addresses per block⌉.
    public let blocksPerNode: Int
    /// The blocks the pool must hold: ``nodeCount`` × ``blocksPerNode``.
    public let blocksNeeded: Int
    /// The longest prefix (the smallest pool) that holds ``blocksNeeded`` blocks.
    public let minimumPrefixLength: Int

    /// Calico's default block size for a family: 26 for IPv4, 122 for IPv6 (64 addresses either way).
    ///
    /// - Parameter family: The address family.
    /// - Returns: The default block prefix length.
    public static func defaultBlockSize(_ family: IPFamily) -> Int {
        family == .ipv4 ? 26 : 122
    }

    /// The block sizes Calico accepts for a family: 20 to 32 for IPv4, 116 to 128 for IPv6.
    ///
    /// - Parameter family: The address family.
    /// - Returns: The valid block prefix lengths.
    public static func validBlockSizes(_ family: IPFamily) -> ClosedRange<Int> {
        family == .ipv4 ? 20...32 : 116...128
    }

    /// Computes the capacity a cluster needs.
    ///
    /// - Parameters:
    ///   - family: The address family of the pod network.
    ///   - nodeCount: The number of nodes that run pods, at least 1.
    ///   - podsPerNode: The most pods one node runs, at least 1.
    ///   - blockSize: The Calico block size; `nil` for Calico's default (``defaultBlockSize(_:)``).
    /// - Throws: ``PodCIDRPlanError`` with code ``PodCIDRPlanError/Code/invalidNodeCount``,
    ///   ``PodCIDRPlanError/Code/invalidPodsPerNode``, ``PodCIDRPlanError/Code/invalidBlockSize``, or
    ///   ``PodCIDRPlanError/Code/capacityTooLarge`` when even the whole address space would be too small.
    /// - Complexity: O(1).
    public init(family: IPFamily, nodeCount: Int, podsPerNode: Int, blockSize: Int? = nil) throws(PodCIDRPlanError) {
        guard nodeCount >= 1 else {
            throw PodCIDRPlanError(
                code: .invalidNodeCount, message: "the node count must be at least 1, not \(nodeCount)")
        }
        guard podsPerNode >= 1 else {
            throw PodCIDRPlanError(
                code: .invalidPodsPerNode,
                message: "pods per node must be at least 1 (kubelet's default maxPods is 110), not \(podsPerNode)")
        }
        let blockSize = blockSize ?? Self.defaultBlockSize(family)
        let validSizes = Self.validBlockSizes(family)
        guard validSizes.contains(blockSize) else {
            throw PodCIDRPlanError(
                code: .invalidBlockSize,
                message: "Calico block size /\(blockSize) is out of range: an \(family) pool's blockSize is between "
                    + "\(validSizes.lowerBound) and \(validSizes.upperBound) (default \(Self.defaultBlockSize(family)))"
            )
        }
        let addressesPerBlock = 1 << (family.bitWidth - blockSize)
        let blocksPerNode = podsPerNode / addressesPerBlock + (podsPerNode % addressesPerBlock == 0 ? 0 : 1)
        let (blocksNeeded, overflow) = nodeCount.multipliedReportingOverflow(by: blocksPerNode)
        // ⌈log₂ blocks⌉: the number of prefix bits the blocks need above the block size.
        let blockBits =
            overflow ? Int.max : (blocksNeeded == 1 ? 0 : Int.bitWidth - (blocksNeeded - 1).leadingZeroBitCount)
        guard blockBits <= blockSize else {
            throw PodCIDRPlanError(
                code: .capacityTooLarge,
                message: "\(DecimalText.counted(nodeCount, "node")) × \(DecimalText.counted(blocksPerNode, "block")) "
                    + "of /\(blockSize) need more blocks than the whole \(family) space holds; lower the node count or "
                    + "pods per node"
            )
        }
        self.family = family
        self.nodeCount = nodeCount
        self.podsPerNode = podsPerNode
        self.blockSize = blockSize
        self.blocksPerNode = blocksPerNode
        self.blocksNeeded = blocksNeeded
        self.minimumPrefixLength = blockSize - blockBits
    }

    /// The number of addresses in one block: 2 to the power of the block's host bits.
    public var addressesPerBlock: Int {
        1 << (family.bitWidth - blockSize)
    }

    /// The addresses one node holds: ``blocksPerNode`` × ``addressesPerBlock``, at least ``podsPerNode``.
    public var addressesPerNode: Int {
        blocksPerNode * addressesPerBlock
    }

    /// The number of blocks a prefix holds, or 0 when it is of the other family or shorter than a block.
    ///
    /// Saturates at `UInt128.max` for the one case that does not fit: `::/0` cut into `/128` blocks.
    ///
    /// - Parameter prefix: A candidate pool.
    /// - Complexity: O(1).
    public func blockCount(in prefix: IPPrefix) -> UInt128 {
        guard prefix.family == family, prefix.length <= blockSize else { return 0 }
        let bits = blockSize - prefix.length
        return bits >= UInt128.bitWidth ? .max : UInt128(1) << bits
    }

    /// The number of nodes a prefix has room for, at ``blocksPerNode`` blocks each.
    ///
    /// - Parameter prefix: A candidate pool.
    /// - Complexity: O(1).
    public func nodeCapacity(of prefix: IPPrefix) -> UInt128 {
        blockCount(in: prefix) / UInt128(blocksPerNode)
    }

    /// Whether a prefix holds at least ``blocksNeeded`` blocks.
    ///
    /// - Parameter prefix: A candidate pool.
    /// - Complexity: O(1).
    public func isMet(by prefix: IPPrefix) -> Bool {
        blockCount(in: prefix) >= UInt128(blocksNeeded)
    }

    /// The number of node CIDRs of a given mask size that a cluster CIDR holds, as kube-controller-manager
    /// counts them with `--allocate-node-cidrs`: 2^(node mask − cluster mask), or 0 when the cluster CIDR is
    /// smaller than one node CIDR (which kube-controller-manager refuses).
    ///
    /// - Parameters:
    ///   - prefix: The cluster CIDR.
    ///   - nodeMaskSize: `--node-cidr-mask-size`: 24 by default for IPv4, 64 for IPv6.
    /// - Complexity: O(1).
    public func nodeCIDRCount(in prefix: IPPrefix, nodeMaskSize: Int) -> UInt128 {
        guard prefix.length <= nodeMaskSize, nodeMaskSize <= prefix.family.bitWidth else { return 0 }
        let bits = nodeMaskSize - prefix.length
        return bits >= UInt128.bitWidth ? .max : UInt128(1) << bits
    }
}
