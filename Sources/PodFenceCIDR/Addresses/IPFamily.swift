/// An Internet Protocol address family: IPv4 or IPv6.
///
/// Addresses, prefixes and ranges always belong to one family, and nothing in this module matches across
/// families: an IPv4 prefix never contains an IPv6 address, not even an IPv4-mapped one such as
/// `::ffff:10.0.0.1` (convert it with ``IPAddress/unmapped`` first). This is how Kubernetes treats `ipBlock`:
/// allowing every external address on a dual-stack cluster takes both `0.0.0.0/0` and `::/0`.
///
/// Encoded as `"IPv4"` or `"IPv6"`, the spelling of Kubernetes' `ipFamilies` field. IPv4 sorts before IPv6.
public enum IPFamily: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// IPv4: 32-bit addresses written as a dotted quad such as `10.9.8.7`.
    case ipv4 = "IPv4"
    /// IPv6: 128-bit addresses written as colon-separated hexadecimal groups such as `2001:db8::1`.
    case ipv6 = "IPv6"

    /// The number of bits in an address of this family: 32 for IPv4, 128 for IPv6.
    ///
    /// This is also the longest prefix length of the family.
    public var bitWidth: Int {
        switch self {
        case .ipv4: 32
        case .ipv6: 128
        }
    }

    /// The prefix that holds every address of this family: `0.0.0.0/0` or `::/0`.
    public var allAddresses: IPPrefix {
        IPPrefix(family: self, maskedValue: 0, length: 0)
    }

    /// The family's name as people write it: `IPv4` or `IPv6`.
    public var description: String { rawValue }

    /// The largest address value of the family, right-aligned in 128 bits.
    var maxValue: UInt128 {
        switch self {
        case .ipv4: UInt128(UInt32.max)
        case .ipv6: .max
        }
    }

    /// The bits of an address that lie beyond a prefix length: the low `bitWidth - length` bits.
    ///
    /// - Parameter length: A prefix length in `0...bitWidth`.
    func hostMask(forLength length: Int) -> UInt128 {
        let hostBits = bitWidth - length
        return hostBits == UInt128.bitWidth ? .max : (UInt128(1) << hostBits) - 1
    }
}

extension IPFamily: Comparable {
    /// IPv4 sorts before IPv6.
    ///
    /// - Parameters:
    ///   - lhs: A family.
    ///   - rhs: Another family.
    public static func < (lhs: IPFamily, rhs: IPFamily) -> Bool {
        lhs.bitWidth < rhs.bitWidth
    }
}
