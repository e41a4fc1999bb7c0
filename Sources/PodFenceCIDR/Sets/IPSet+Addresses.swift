extension IPSet {
    /// Every address of the set in ascending order (IPv4 first), produced lazily.
    ///
    /// Addresses are computed one at a time from the ranges, so iterating the first few addresses of `::/0`
    /// is as cheap as iterating a `/30`. Use ``addressCount`` to know how many there are.
    ///
    /// - Complexity: O(1) to create; O(1) amortised for each address produced.
    public var addresses: Addresses {
        Addresses(set: self)
    }

    /// The addresses of a set, produced lazily in ascending order. Returned by ``IPSet/addresses``.
    public struct Addresses: Sequence, Sendable {
        /// The set whose addresses are produced.
        let set: IPSet

        /// Returns an iterator over the addresses.
        public func makeIterator() -> Iterator {
            Iterator(set: set)
        }

        /// Produces the addresses of a set one by one.
        public struct Iterator: IteratorProtocol, Sendable {
            /// The set whose addresses are produced.
            let set: IPSet
            /// The family being walked.
            var family = IPFamily.ipv4
            /// The index of the range being walked within that family.
            var index = 0
            /// The next value in that range, or `nil` to start at its lower bound.
            var nextValue: UInt128?

            /// Creates an iterator at the first address of a set.
            ///
            /// - Parameter set: The set.
            init(set: IPSet) {
                self.set = set
            }

            /// Returns the next address, or `nil` after the last one.
            ///
            /// - Complexity: O(1).
            public mutating func next() -> IPAddress? {
                while true {
                    let intervals = set[family]
                    if index < intervals.count {
                        let interval = intervals[index]
                        let value = nextValue ?? interval.lower
                        if value == interval.upper {
                            index += 1
                            nextValue = nil
                        } else {
                            nextValue = value + 1
                        }
                        return IPAddress(family: family, value: value)
                    }
                    guard family == .ipv4 else { return nil }
                    (family, index, nextValue) = (.ipv6, 0, nil)
                }
            }
        }
    }
}
