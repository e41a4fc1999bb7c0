import PodFenceCIDR
import PropertyBased

/// Generators of addresses, prefixes and sets for property tests.
///
/// Values cluster in a few small regions of each family (the bottom, a documentation block and the top of the
/// space) so that random prefixes often nest, touch and overlap, with an occasional short prefix that covers
/// a large part of the space.
enum CIDRGen {
    /// The base of each dense region of a family.
    static func regionBase(_ family: IPFamily, _ region: Int) -> UInt128 {
        switch (family, region) {
        case (.ipv4, 0), (.ipv6, 0): 0
        case (.ipv4, 1): 0x0A00_0000
        case (.ipv4, _): 0xFFFF_0000
        case (.ipv6, 1): 0x2001_0DB8 << 96
        case (.ipv6, _): UInt128.max & ~0xFFFF
        }
    }

    /// Prefixes of one family.
    static func prefix(_ family: IPFamily) -> Generator<IPPrefix, some SendableSequenceType> {
        zip(Gen.int(in: 0...3), Gen.uint16(in: 0...0xFFFF), Gen.int(in: 0...16)).compactMap { input in
            let (region, offset, extra) = input
            let width = family.bitWidth
            if region == 3 {
                // A short prefix: the top bits come from the offset.
                let value = UInt128(offset) << (width - 16)
                return try? IPPrefix(address: IPAddress(family: family, wideValue: value), length: extra / 2)
            }
            let value = regionBase(family, region) | UInt128(offset)
            return try? IPPrefix(address: IPAddress(family: family, wideValue: value), length: width - 16 + extra)
        }
    }

    /// Addresses of one family, in the same regions as the prefixes.
    static func address(_ family: IPFamily) -> Generator<IPAddress, some SendableSequenceType> {
        zip(Gen.int(in: 0...2), Gen.uint16(in: 0...0xFFFF)).map { region, offset in
            IPAddress(family: family, wideValue: regionBase(family, region) | UInt128(offset))
        }
    }

    /// Sets of one family, built from a few prefixes.
    static func set(_ family: IPFamily) -> Generator<IPSet, some SendableSequenceType> {
        prefix(family).array(of: 0...6).map { IPSet($0) }
    }

    /// Sets with addresses of both families.
    static var mixedSet: Generator<IPSet, some SendableSequenceType> {
        zip(set(.ipv4), set(.ipv6)).map { $0.union($1) }
    }

    /// Addresses over the whole space of a family, with runs of zero groups in IPv6 and IPv4-mapped addresses.
    static func anyAddress(_ family: IPFamily) -> Generator<IPAddress, some SendableSequenceType> {
        zip(Gen.uint16(in: 0...0xFFFF).array(of: 8), Gen.uint8(in: 0...0xFF), Gen.bool(0.1)).map { input in
            let (groups, zeroMask, isMapped) = input
            var value: UInt128 = 0
            for (index, group) in groups.enumerated() {
                value = value << 16 | (zeroMask >> index & 1 == 1 ? 0 : UInt128(group))
            }
            if family == .ipv6 && isMapped { value = 0xFFFF << 32 | (value & 0xFFFF_FFFF) }
            return IPAddress(family: family, wideValue: value & (family == .ipv4 ? 0xFFFF_FFFF : .max))
        }
    }
}
