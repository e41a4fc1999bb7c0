/// A range of consecutive addresses of one family, from ``first`` through ``last`` inclusive.
///
/// Ranges are how an ``IPSet`` stores its addresses, and the natural form of pools that do not start or end on
/// a prefix boundary (`10.0.0.10-10.0.0.20`). ``prefixes`` turns a range into the fewest prefixes that cover
/// exactly its addresses.
///
/// Ranges sort by their first address and then by their last address.
public struct IPRange: Sendable, Hashable {
    /// The first address of the range.
    public let first: IPAddress
    /// The last address of the range, of the same family as ``first`` and not below it.
    public let last: IPAddress

    /// Creates a range from an interval of address values of one family.
    ///
    /// - Parameters:
    ///   - family: The address family.
    ///   - interval: The values, within the family's width.
    init(family: IPFamily, interval: AddressInterval) {
        self.first = IPAddress(family: family, value: interval.lower)
        self.last = IPAddress(family: family, value: interval.upper)
    }

    /// Creates the range from one address through another.
    ///
    /// - Parameters:
    ///   - first: The first address.
    ///   - last: The last address; the same family as `first`, and equal to or above it.
    /// - Throws: ``CIDRError/Code/familyMismatch`` when the addresses are of different families, and
    ///   ``CIDRError/Code/invalidRange`` when `last` is below `first`.
    public init(first: IPAddress, last: IPAddress) throws(CIDRError) {
        guard first.family == last.family else {
            throw CIDRError(
                code: .familyMismatch,
                message: "a range cannot go from the \(first.family) address \(first) to the \(last.family) "
                    + "address \(last): both ends must be of the same family"
            )
        }
        guard first <= last else {
            throw CIDRError(
                code: .invalidRange,
                message: "a range cannot go from \(first) down to \(last): the last address must not be below the "
                    + "first, as in \(last)-\(first)"
            )
        }
        self.first = first
        self.last = last
    }

    /// Creates the range of the addresses of a prefix.
    ///
    /// - Parameter prefix: The prefix.
    public init(_ prefix: IPPrefix) {
        self = prefix.range
    }

    /// The address family of the range.
    public var family: IPFamily { first.family }

    /// The number of addresses in the range.
    ///
    /// - Complexity: O(1).
    public var addressCount: AddressCount {
        AddressCount.inclusive(from: first.value, through: last.value)
    }

    /// Returns whether an address lies in the range.
    ///
    /// - Parameter address: The address to look for; addresses of the other family are never contained.
    /// - Complexity: O(1).
    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && first.value <= address.value && address.value <= last.value
    }

    /// The fewest prefixes that together hold exactly the addresses of the range, in ascending order.
    ///
    /// `10.0.0.10-10.0.0.20` becomes `10.0.0.10/31`, `10.0.0.12/30`, `10.0.0.16/30`, `10.0.0.20/32`. Each
    /// step takes the largest aligned block that starts at the next uncovered address and fits in the range.
    ///
    /// - Complexity: O(w), where w is the family's bit width: a range needs at most 2w prefixes.
    public var prefixes: [IPPrefix] {
        var result: [IPPrefix] = []
        interval.appendPrefixes(family: family, to: &result)
        return result
    }

    /// The range as an interval of values.
    var interval: AddressInterval { AddressInterval(lower: first.value, upper: last.value) }
}

extension IPRange: Comparable {
    /// Orders by first address (family first), then by last address.
    ///
    /// - Parameters:
    ///   - lhs: A range.
    ///   - rhs: Another range.
    public static func < (lhs: IPRange, rhs: IPRange) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }
}

extension IPRange: CustomStringConvertible {
    /// The range as `first-last` with canonical addresses, such as `10.0.0.10-10.0.0.20`.
    public var description: String {
        "\(first)-\(last)"
    }
}
