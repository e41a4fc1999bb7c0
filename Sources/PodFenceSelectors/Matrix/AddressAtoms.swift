import PodFenceCIDR

/// The address space of each family cut by every ipBlock `cidr` and `except` of the policies into intervals
/// ("atoms") that no ipBlock tells apart, each written as its canonical prefixes.
struct AddressAtoms: Sendable {
    /// One interval: its family, its first address as a number, and its prefixes in ascending order.
    struct Atom: Sendable {
        var family: IPFamily
        var lower: UInt128
        var prefixes: [IPPrefix]
        /// The interval's first address, which stands for all of it.
        var representative: IPAddress { AddressAtoms.address(family, lower) }
    }

    /// The atoms, IPv4 first, in ascending order.
    var atoms: [Atom] = []

    /// Cuts both families by the boundaries of the sets.
    /// - Parameter blocks: The ipBlocks, each `cidr` minus `except`.
    /// - Complexity: O(b log b) for b boundaries, plus O(w) per atom to write its prefixes.
    init(cutting blocks: [IPSet]) {
        var boundaries: [IPFamily: Set<UInt128>] = [.ipv4: [0], .ipv6: [0]]
        for block in blocks {
            for range in block.ranges {
                let family = range.family
                boundaries[family, default: [0]].insert(Self.value(range.first))
                let last = Self.value(range.last)
                if last < Self.maxValue(family) { boundaries[family, default: [0]].insert(last + 1) }
            }
        }
        for family in [IPFamily.ipv4, .ipv6] {
            let starts = (boundaries[family] ?? [0]).sorted()
            for (position, start) in starts.enumerated() {
                let end = position + 1 < starts.count ? starts[position + 1] - 1 : Self.maxValue(family)
                let prefixes =
                    (try? IPRange(first: Self.address(family, start), last: Self.address(family, end)))?.prefixes ?? []
                atoms.append(Atom(family: family, lower: start, prefixes: prefixes))
            }
        }
    }

    /// An address's number.
    static func value(_ address: IPAddress) -> UInt128 {
        address.ipv4Value.map { UInt128($0) } ?? address.ipv6Value ?? 0
    }

    /// The address of a family with a number.
    static func address(_ family: IPFamily, _ value: UInt128) -> IPAddress {
        family == .ipv4 ? IPAddress(ipv4: UInt32(truncatingIfNeeded: value)) : IPAddress(ipv6: value)
    }

    /// The largest number of a family.
    static func maxValue(_ family: IPFamily) -> UInt128 {
        family == .ipv4 ? UInt128(UInt32.max) : .max
    }
}
