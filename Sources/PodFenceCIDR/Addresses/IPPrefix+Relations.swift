extension IPPrefix {
    /// Returns whether an address lies in the prefix.
    ///
    /// Addresses of the other family are never contained: `10.0.0.0/8` does not contain `::ffff:10.0.0.1`.
    ///
    /// - Parameter address: The address to look for.
    /// - Complexity: O(1).
    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && address.value & ~hostMask == self.address.value
    }

    /// Returns whether every address of another prefix lies in this one.
    ///
    /// A prefix contains itself. `10.0.0.0/8` contains `10.1.0.0/16`, but not the other way round.
    ///
    /// - Parameter other: The prefix to look for.
    /// - Complexity: O(1).
    public func contains(_ other: IPPrefix) -> Bool {
        other.length >= length && contains(other.address)
    }

    /// Returns whether the prefix and another share at least one address.
    ///
    /// Two prefixes of the same family either nest or are disjoint, so they overlap exactly when one contains
    /// the other.
    ///
    /// - Parameter other: Another prefix.
    /// - Complexity: O(1).
    public func overlaps(_ other: IPPrefix) -> Bool {
        contains(other) || other.contains(self)
    }

    /// Returns the addresses the prefix shares with another, which are a prefix themselves or nothing.
    ///
    /// Because prefixes nest or are disjoint, the intersection is the longer of the two prefixes when they
    /// overlap, and `nil` otherwise (also for prefixes of different families).
    ///
    /// - Parameter other: Another prefix.
    /// - Complexity: O(1).
    public func intersection(_ other: IPPrefix) -> IPPrefix? {
        if contains(other) { return other }
        if other.contains(self) { return self }
        return nil
    }
}
