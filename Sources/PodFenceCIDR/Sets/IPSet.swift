/// A set of IPv4 and IPv6 addresses, such as the peers an `ipBlock` admits or the space a pod CIDR plan uses.
///
/// The set is stored as sorted, merged, non-overlapping ranges per family, so its size is the number of
/// ranges, never the number of addresses: `::/0` costs one range. Build a set from prefixes or ranges, combine
/// sets with ``union(_:)``, ``intersection(_:)``, ``subtracting(_:)``, ``symmetricDifference(_:)`` and
/// ``complement(within:)`` (each in linear time over the ranges), and read it back as the fewest prefixes with
/// ``prefixes``:
///
/// ```swift
/// let block = IPSet([try IPPrefix(parsing: "10.0.0.0/8")])
///     .subtracting(IPSet([try IPPrefix(parsing: "10.1.0.0/16")]))   // cidr minus except
/// block.contains(try IPAddress(parsing: "10.1.2.3"))                 // false
/// block.prefixes.map(\.description)                                 // ["10.0.0.0/16", "10.2.0.0/15", ...]
/// ```
///
/// Two sets are equal when they hold the same addresses, however they were built. A set encodes as the list
/// of its ``prefixes``.
public struct IPSet: Sendable, Hashable {
    /// The IPv4 addresses, as a normalised interval list.
    var ipv4: [AddressInterval]
    /// The IPv6 addresses, as a normalised interval list.
    var ipv6: [AddressInterval]

    /// Creates a set from normalised interval lists.
    ///
    /// - Parameters:
    ///   - ipv4: The IPv4 intervals, normalised.
    ///   - ipv6: The IPv6 intervals, normalised.
    init(ipv4: [AddressInterval], ipv6: [AddressInterval]) {
        self.ipv4 = ipv4
        self.ipv6 = ipv6
    }

    /// Creates an empty set.
    public init() {
        self.init(ipv4: [], ipv6: [])
    }

    /// Creates the set of the addresses of one prefix.
    ///
    /// - Parameter prefix: The prefix.
    /// - Complexity: O(1).
    public init(_ prefix: IPPrefix) {
        self.init()
        self[prefix.family] = [prefix.interval]
    }

    /// Creates the set of the addresses of any number of prefixes, of either family, in any order.
    ///
    /// Overlapping and adjacent prefixes merge: `10.0.0.0/25` and `10.0.0.128/25` make the same set as
    /// `10.0.0.0/24`.
    ///
    /// - Parameter prefixes: The prefixes.
    /// - Complexity: O(n log n) for n prefixes.
    public init(_ prefixes: some Sequence<IPPrefix>) {
        self.init(families: prefixes.lazy.map { ($0.family, $0.interval) })
    }

    /// Creates the set of the addresses of any number of ranges, of either family, in any order.
    ///
    /// - Parameter ranges: The ranges.
    /// - Complexity: O(n log n) for n ranges.
    public init(ranges: some Sequence<IPRange>) {
        self.init(families: ranges.lazy.map { ($0.family, $0.interval) })
    }

    /// Creates the set of individual addresses.
    ///
    /// - Parameter addresses: The addresses, of either family, in any order.
    /// - Complexity: O(n log n) for n addresses.
    public init(addresses: some Sequence<IPAddress>) {
        self.init(families: addresses.lazy.map { ($0.family, AddressInterval(lower: $0.value, upper: $0.value)) })
    }

    /// Sorts intervals into their family and normalises each family.
    ///
    /// - Parameter intervals: Intervals tagged with their family.
    /// - Complexity: O(n log n).
    private init(families intervals: some Sequence<(IPFamily, AddressInterval)>) {
        var ipv4: [AddressInterval] = []
        var ipv6: [AddressInterval] = []
        for (family, interval) in intervals {
            switch family {
            case .ipv4: ipv4.append(interval)
            case .ipv6: ipv6.append(interval)
            }
        }
        self.init(ipv4: IntervalAlgebra.normalized(ipv4), ipv6: IntervalAlgebra.normalized(ipv6))
    }

    /// The interval list of one family.
    ///
    /// - Parameter family: The family.
    subscript(family: IPFamily) -> [AddressInterval] {
        get {
            switch family {
            case .ipv4: ipv4
            case .ipv6: ipv6
            }
        }
        set {
            switch family {
            case .ipv4: ipv4 = newValue
            case .ipv6: ipv6 = newValue
            }
        }
    }

    /// Whether the set holds no address.
    ///
    /// - Complexity: O(1).
    public var isEmpty: Bool {
        ipv4.isEmpty && ipv6.isEmpty
    }

    /// The number of addresses in the set, exact even for `::/0` (see ``AddressCount``).
    ///
    /// - Complexity: O(n) for n ranges.
    public var addressCount: AddressCount {
        [ipv4, ipv6].joined().reduce(.zero) { $0 + .inclusive(from: $1.lower, through: $1.upper) }
    }

    /// Returns whether an address is in the set.
    ///
    /// - Parameter address: The address to look for.
    /// - Complexity: O(log n) for n ranges of the address's family.
    public func contains(_ address: IPAddress) -> Bool {
        IntervalAlgebra.contains(self[address.family], from: address.value, through: address.value)
    }

    /// Returns whether every address of a prefix is in the set.
    ///
    /// The prefix may be covered by several ranges of prefixes the set was built from: `10.0.0.0/25` and
    /// `10.0.0.128/25` together contain `10.0.0.0/24`.
    ///
    /// - Parameter prefix: The prefix to look for.
    /// - Complexity: O(log n) for n ranges of the prefix's family.
    public func contains(_ prefix: IPPrefix) -> Bool {
        IntervalAlgebra.contains(self[prefix.family], from: prefix.address.value, through: prefix.upperValue)
    }

    /// Returns whether some address of a prefix is in the set.
    ///
    /// - Parameter prefix: The prefix.
    /// - Complexity: O(log n) for n ranges of the prefix's family.
    public func overlaps(_ prefix: IPPrefix) -> Bool {
        IntervalAlgebra.overlaps(self[prefix.family], from: prefix.address.value, through: prefix.upperValue)
    }

    /// Returns whether the two sets share an address.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges, stopping at the first shared address.
    public func overlaps(_ other: IPSet) -> Bool {
        IntervalAlgebra.overlaps(ipv4, other.ipv4) || IntervalAlgebra.overlaps(ipv6, other.ipv6)
    }

    /// Returns whether every address of this set is in another.
    ///
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public func isSubset(of other: IPSet) -> Bool {
        IntervalAlgebra.isSubset(ipv4, of: other.ipv4) && IntervalAlgebra.isSubset(ipv6, of: other.ipv6)
    }
}

extension IPSet: ExpressibleByArrayLiteral {
    /// Creates the set of the addresses of the listed prefixes.
    ///
    /// - Parameter prefixes: The prefixes.
    /// - Complexity: O(n log n) for n prefixes.
    public init(arrayLiteral prefixes: IPPrefix...) {
        self.init(prefixes)
    }
}

extension IPSet: CustomStringConvertible {
    /// The set as its ``prefixes`` in brackets, such as `[10.0.0.0/8, 2001:db8::/32]`.
    ///
    /// - Complexity: O(n · w) for n ranges of bit width w.
    public var description: String {
        "[" + prefixes.map(\.description).joined(separator: ", ") + "]"
    }
}
