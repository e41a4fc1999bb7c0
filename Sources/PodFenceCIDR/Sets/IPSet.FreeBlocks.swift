extension IPSet {
    /// The free aligned blocks of one prefix length inside a pool, produced lazily in ascending order.
    ///
    /// Returned by ``IPSet/allFree(size:within:avoiding:)``; see there for the meaning of "free".
    public struct FreeBlocks: Sequence, Sendable {
        /// The prefix length of every block.
        public let length: Int
        /// The prefix the blocks are taken from.
        public let pool: IPPrefix
        /// The used intervals of the pool's family.
        let used: [AddressInterval]

        /// Creates the sequence.
        ///
        /// - Parameters:
        ///   - length: The block length.
        ///   - pool: The pool.
        ///   - used: The used intervals of the pool's family, normalised.
        init(length: Int, pool: IPPrefix, used: [AddressInterval]) {
            self.length = length
            self.pool = pool
            self.used = used
        }

        /// Returns an iterator over the free blocks.
        ///
        /// - Complexity: O(log n) for n used ranges.
        public func makeIterator() -> Iterator {
            Iterator(blocks: self)
        }

        /// Produces the free blocks one by one, walking the gaps between used ranges inside the pool.
        public struct Iterator: IteratorProtocol, Sendable {
            /// The address family.
            let family: IPFamily
            /// The block length.
            let length: Int
            /// The host bits of a block.
            let blockMask: UInt128
            /// The last value of the pool.
            let poolUpper: UInt128
            /// The used intervals of the family.
            let used: [AddressInterval]
            /// The index of the first used interval after the current gap.
            var usedIndex: Int
            /// The unused values still to search in the current gap, or `nil` when the pool is exhausted.
            var gap: AddressInterval?

            /// Creates an iterator positioned on the first gap of the pool.
            ///
            /// - Parameter blocks: The sequence to iterate.
            init(blocks: FreeBlocks) {
                let pool = blocks.pool
                family = pool.family
                length = blocks.length
                used = blocks.used
                poolUpper = pool.upperValue
                guard (pool.length...family.bitWidth).contains(length) else {
                    blockMask = 0
                    usedIndex = used.count
                    return
                }
                blockMask = family.hostMask(forLength: length)
                usedIndex = IntervalAlgebra.firstIndex(endingAtOrAfter: pool.address.value, in: used)
                if usedIndex < used.count && used[usedIndex].lower <= pool.address.value {
                    moveToNextGap()
                } else {
                    gap = AddressInterval(lower: pool.address.value, upper: endOfGap())
                }
            }

            /// Returns the next free block, or `nil` after the last one.
            ///
            /// - Complexity: O(1) amortised, plus one step for each gap too small or too misaligned to hold a
            ///   block.
            public mutating func next() -> IPPrefix? {
                while let current = gap {
                    if let start = alignedStart(atOrAfter: current.lower), start <= current.upper,
                        current.upper - start >= blockMask
                    {
                        let blockLast = start | blockMask
                        if blockLast == current.upper {
                            moveToNextGap()
                        } else {
                            gap?.lower = blockLast + 1
                        }
                        return IPPrefix(family: family, maskedValue: start, length: length)
                    }
                    moveToNextGap()
                }
                return nil
            }

            /// The first block boundary at or after a value, or `nil` when it would pass the top of the space.
            ///
            /// - Parameter value: A value.
            private func alignedStart(atOrAfter value: UInt128) -> UInt128? {
                guard value & blockMask != 0 else { return value }
                let blockLast = value | blockMask
                return blockLast == .max ? nil : blockLast + 1
            }

            /// The last unused value of a gap that starts before `used[usedIndex]`.
            private func endOfGap() -> UInt128 {
                if usedIndex < used.count && used[usedIndex].lower <= poolUpper {
                    return used[usedIndex].lower - 1
                }
                return poolUpper
            }

            /// Moves to the gap after the used interval at `usedIndex`, or ends the search when the pool ends
            /// first.
            private mutating func moveToNextGap() {
                guard usedIndex < used.count, used[usedIndex].lower <= poolUpper, used[usedIndex].upper < poolUpper
                else {
                    gap = nil
                    return
                }
                let lower = used[usedIndex].upper + 1
                usedIndex += 1
                gap = AddressInterval(lower: lower, upper: endOfGap())
            }
        }
    }
}
