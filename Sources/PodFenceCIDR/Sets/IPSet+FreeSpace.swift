extension IPSet {
    /// Returns the first aligned block of a given prefix length inside a pool that shares no address with a set
    /// of used addresses.
    ///
    /// This is the allocation question of pod CIDR planning: "which /24 of `10.244.0.0/16` is still free?"
    /// Blocks are aligned prefixes (`/24` blocks start at a multiple of 256), tried in ascending order, and the
    /// result is the first element of ``allFree(size:within:avoiding:)``.
    ///
    /// ```swift
    /// let used: IPSet = [try IPPrefix(parsing: "10.244.0.0/24"), try IPPrefix(parsing: "10.244.2.0/23")]
    /// IPSet.firstFree(size: 24, within: try IPPrefix(parsing: "10.244.0.0/16"), avoiding: used)   // 10.244.1.0/24
    /// ```
    ///
    /// - Parameters:
    ///   - length: The prefix length of the block wanted, such as 24 for a `/24`.
    ///   - pool: The prefix to allocate from.
    ///   - used: The addresses the block must not overlap; addresses of the other family are ignored.
    /// - Returns: The first free block, or `nil` when none is free, when `length` is shorter than the pool's
    ///   length (the block would not fit), or when `length` is longer than the family's bit width.
    /// - Complexity: O(log n + k) for n used ranges of the pool's family, k of which lie before the block found.
    public static func firstFree(size length: Int, within pool: IPPrefix, avoiding used: IPSet) -> IPPrefix? {
        var blocks = allFree(size: length, within: pool, avoiding: used).makeIterator()
        return blocks.next()
    }

    /// Returns every aligned block of a given prefix length inside a pool that shares no address with a set of
    /// used addresses, lazily and in ascending order.
    ///
    /// The blocks are the `/length` subnets of `pool` that do not overlap `used`. They are found from the gaps
    /// between used ranges, never by testing subnets one by one, so a nearly full `/8` with a few free `/24`s
    /// is as quick to search as an empty one.
    ///
    /// - Parameters:
    ///   - length: The prefix length of the blocks wanted.
    ///   - pool: The prefix to allocate from.
    ///   - used: The addresses the blocks must not overlap; addresses of the other family are ignored.
    /// - Returns: The free blocks; empty when `length` is shorter than the pool's length or longer than the
    ///   family's bit width.
    /// - Complexity: O(log n) to create, for n used ranges of the pool's family; producing the blocks walks
    ///   each used range inside the pool once, plus O(1) for each block.
    public static func allFree(size length: Int, within pool: IPPrefix, avoiding used: IPSet) -> FreeBlocks {
        FreeBlocks(length: length, pool: pool, used: used[pool.family])
    }
}
