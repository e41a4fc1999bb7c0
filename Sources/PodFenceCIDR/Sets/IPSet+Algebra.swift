extension IPSet {
    /// Returns the addresses that are in this set, in another, or in both.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public func union(_ other: IPSet) -> IPSet {
        IPSet(ipv4: IntervalAlgebra.union(ipv4, other.ipv4), ipv6: IntervalAlgebra.union(ipv6, other.ipv6))
    }

    /// Adds the addresses of another set to this one.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public mutating func formUnion(_ other: IPSet) {
        self = union(other)
    }

    /// Returns the addresses that are in both this set and another.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public func intersection(_ other: IPSet) -> IPSet {
        IPSet(
            ipv4: IntervalAlgebra.intersection(ipv4, other.ipv4),
            ipv6: IntervalAlgebra.intersection(ipv6, other.ipv6)
        )
    }

    /// Keeps only the addresses that are also in another set.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public mutating func formIntersection(_ other: IPSet) {
        self = intersection(other)
    }

    /// Returns the addresses of this set that are not in another.
    ///
    /// This is how an `ipBlock` is read: its `cidr` minus the union of its `except` entries.
    ///
    /// - Parameter other: The addresses to take away.
    /// - Complexity: O(n + m) for n and m ranges.
    public func subtracting(_ other: IPSet) -> IPSet {
        IPSet(
            ipv4: IntervalAlgebra.subtracting(ipv4, other.ipv4),
            ipv6: IntervalAlgebra.subtracting(ipv6, other.ipv6)
        )
    }

    /// Removes the addresses of another set from this one.
    ///
    /// - Parameter other: The addresses to take away.
    /// - Complexity: O(n + m) for n and m ranges.
    public mutating func subtract(_ other: IPSet) {
        self = subtracting(other)
    }

    /// Returns the addresses that are in exactly one of this set and another.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public func symmetricDifference(_ other: IPSet) -> IPSet {
        union(other).subtracting(intersection(other))
    }

    /// Keeps the addresses that are in exactly one of this set and another.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public mutating func formSymmetricDifference(_ other: IPSet) {
        self = symmetricDifference(other)
    }

    /// Returns the addresses of one family that are not in this set.
    ///
    /// The result holds only addresses of `family`: the complement of `10.0.0.0/8` within IPv4 is
    /// `0.0.0.0/5`, `8.0.0.0/7`, `11.0.0.0/8`, ..., `128.0.0.0/1`, and holds no IPv6 address. For the
    /// complement within a smaller pool, subtract from the pool: `IPSet(pool).subtracting(set)`.
    ///
    /// - Parameter family: The address space to complement within.
    /// - Complexity: O(n) for n ranges of that family.
    public func complement(within family: IPFamily) -> IPSet {
        var result = IPSet()
        result[family] = IntervalAlgebra.complement(self[family], maxValue: family.maxValue)
        return result
    }
}
