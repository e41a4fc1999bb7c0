extension IPSet {
    /// The fewest prefixes that hold exactly the addresses of the set, in ascending order (IPv4 first).
    ///
    /// This is CIDR aggregation: `10.0.0.0/25`, `10.0.0.128/25` and `10.0.1.0/24` aggregate to `10.0.0.0/23`.
    /// The prefixes do not overlap, and no two of them could be merged into one: each range is split greedily
    /// into its largest aligned blocks, and ranges are never adjacent.
    ///
    /// - Complexity: O(n · w) for n ranges of bit width w; a range yields at most 2w prefixes.
    public var prefixes: [IPPrefix] {
        var result: [IPPrefix] = []
        result.reserveCapacity(ipv4.count + ipv6.count)
        for family in IPFamily.allCases {
            for interval in self[family] {
                interval.appendPrefixes(family: family, to: &result)
            }
        }
        return result
    }

    /// The maximal ranges of consecutive addresses in the set, in ascending order (IPv4 first).
    ///
    /// Ranges neither overlap nor touch: between two of them lies at least one address outside the set.
    ///
    /// - Complexity: O(n) for n ranges.
    public var ranges: [IPRange] {
        ipv4.map { IPRange(family: .ipv4, interval: $0) } + ipv6.map { IPRange(family: .ipv6, interval: $0) }
    }
}
