/// A non-empty interval of address values of one (implied) family, from `lower` through `upper` inclusive.
///
/// The building block of ``IPSet``: each family keeps a sorted array of disjoint, non-adjacent intervals.
/// Inclusive bounds let an interval reach the top of the IPv6 space, where an exclusive bound would overflow.
struct AddressInterval: Sendable, Hashable {
    /// The first value.
    var lower: UInt128
    /// The last value, not below `lower`.
    var upper: UInt128

    /// Appends the fewest prefixes that cover exactly this interval, in ascending order.
    ///
    /// Greedy: from the first uncovered value, take the largest block that is aligned there and fits before
    /// `upper`. No two of the prefixes produced can merge, because the greedy block would have been the
    /// merged one.
    ///
    /// - Parameters:
    ///   - family: The family whose width bounds the alignment.
    ///   - result: The array to append to.
    /// - Complexity: O(w) for a family of bit width w.
    func appendPrefixes(family: IPFamily, to result: inout [IPPrefix]) {
        let width = family.bitWidth
        var start = lower
        while true {
            let alignment = start == 0 ? width : min(start.trailingZeroBitCount, width)
            let span = upper - start
            let fit = span == .max ? UInt128.bitWidth : UInt128.bitWidth - 1 - (span + 1).leadingZeroBitCount
            let hostBits = min(alignment, fit)
            let blockLast = start | family.hostMask(forLength: width - hostBits)
            result.append(IPPrefix(family: family, maskedValue: start, length: width - hostBits))
            guard blockLast < upper else { return }
            start = blockLast + 1
        }
    }
}
