extension IPPrefix {
    /// The subnets of one length that a prefix splits into, produced lazily in ascending order.
    ///
    /// Returned by ``IPPrefix/subnets(length:)``. The sequence can be iterated many times; each iteration
    /// walks the same subnets.
    public struct Subnets: Sequence, Sendable {
        /// The prefix being split.
        public let parent: IPPrefix
        /// The length of every subnet.
        public let length: Int

        /// Creates the sequence; `length` must be in `parent.length...parent.family.bitWidth`.
        ///
        /// - Parameters:
        ///   - parent: The prefix being split.
        ///   - length: The subnet length.
        init(parent: IPPrefix, length: Int) {
            self.parent = parent
            self.length = length
        }

        /// The number of subnets: 2 to the power of the difference between the two lengths.
        ///
        /// - Complexity: O(1).
        public var subnetCount: AddressCount {
            AddressCount.block(hostBits: length - parent.length)
        }

        /// Returns an iterator over the subnets.
        public func makeIterator() -> Iterator {
            Iterator(
                nextValue: parent.address.value,
                lastValue: parent.upperValue,
                family: parent.family,
                length: length
            )
        }

        /// Produces the subnets of a ``Subnets`` sequence one by one.
        public struct Iterator: IteratorProtocol, Sendable {
            /// The network address of the next subnet, or `nil` once the last one was produced.
            var nextValue: UInt128?
            /// The last address of the parent prefix.
            let lastValue: UInt128
            /// The address family.
            let family: IPFamily
            /// The subnet length.
            let length: Int

            /// Returns the next subnet, or `nil` after the last one.
            ///
            /// - Complexity: O(1).
            public mutating func next() -> IPPrefix? {
                guard let value = nextValue else { return nil }
                let subnetLast = value | family.hostMask(forLength: length)
                nextValue = subnetLast == lastValue ? nil : subnetLast + 1
                return IPPrefix(family: family, maskedValue: value, length: length)
            }
        }
    }
}
