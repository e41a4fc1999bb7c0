/// An IPv4 or IPv6 prefix (a CIDR block): a network address and a prefix length, such as `10.9.8.0/24`.
///
/// A prefix is always stored masked: the bits of ``address`` beyond ``length`` are zero, so two prefixes that
/// denote the same addresses are equal. Create one from text with ``init(parsing:mode:)`` (strict or
/// Kubernetes-lenient), or from an address with ``init(address:length:)``, which clears the host bits:
///
/// ```swift
/// let pods = try IPPrefix(parsing: "10.244.0.0/16")
/// let same = try IPPrefix(address: IPAddress(parsing: "10.244.3.7"), length: 16)   // 10.244.0.0/16
/// pods.contains(try IPAddress(parsing: "10.244.3.7"))                              // true
/// ```
///
/// Prefixes sort by family (IPv4 first), then by address, then by length (shorter first), so a list sorts as
/// `10.0.0.0/8`, `10.0.0.0/16`, `10.1.0.0/16`, `2001:db8::/32`. They encode as their canonical text.
public struct IPPrefix: Sendable, Hashable {
    /// The network address: the first address of the prefix, with every bit beyond ``length`` cleared.
    public let address: IPAddress

    /// The prefix length: the number of leading bits that all addresses of the prefix share.
    ///
    /// From 0 to 32 for IPv4 and from 0 to 128 for IPv6.
    public let length: Int

    /// Creates a prefix from parts that are already valid.
    ///
    /// - Parameters:
    ///   - family: The address family.
    ///   - maskedValue: The network address value, with no bit set beyond `length`.
    ///   - length: The prefix length, `0...family.bitWidth`.
    init(family: IPFamily, maskedValue: UInt128, length: Int) {
        self.address = IPAddress(family: family, value: maskedValue)
        self.length = length
    }

    /// Creates the prefix of a given length that contains an address, clearing the address's host bits.
    ///
    /// `IPPrefix(address: 10.9.8.7, length: 24)` is `10.9.8.0/24`. Use ``init(parsing:mode:)`` with the strict
    /// mode to refuse host bits instead.
    ///
    /// - Parameters:
    ///   - address: Any address of the prefix.
    ///   - length: The prefix length: `0...32` for IPv4, `0...128` for IPv6.
    /// - Throws: ``CIDRError/Code/prefixLengthOutOfRange`` when the length does not fit the family.
    public init(address: IPAddress, length: Int) throws(CIDRError) {
        let family = address.family
        guard (0...family.bitWidth).contains(length) else {
            throw CIDRError(
                code: .prefixLengthOutOfRange,
                message: "prefix length \(length) is out of range: an \(family) prefix length is between 0 and "
                    + "\(family.bitWidth)"
            )
        }
        self.init(family: family, maskedValue: address.value & ~family.hostMask(forLength: length), length: length)
    }

    /// Creates the prefix that holds exactly one address: `/32` for IPv4, `/128` for IPv6.
    ///
    /// - Parameter address: The address.
    public init(host address: IPAddress) {
        self.init(family: address.family, maskedValue: address.value, length: address.family.bitWidth)
    }

    /// The address family of the prefix.
    public var family: IPFamily { address.family }

    /// The first address of the prefix, the same as ``address``.
    public var firstAddress: IPAddress { address }

    /// The last address of the prefix: the network address with every host bit set.
    ///
    /// `10.9.8.0/24` ends at `10.9.8.255`.
    public var lastAddress: IPAddress {
        IPAddress(family: family, value: upperValue)
    }

    /// The addresses of the prefix as a range, from ``firstAddress`` through ``lastAddress``.
    public var range: IPRange {
        IPRange(family: family, interval: AddressInterval(lower: address.value, upper: upperValue))
    }

    /// The number of addresses in the prefix: 2 to the power of the number of host bits.
    ///
    /// Exact for every prefix, including `::/0` with its 2¹²⁸ addresses (see ``AddressCount``).
    public var addressCount: AddressCount {
        AddressCount.block(hostBits: family.bitWidth - length)
    }

    /// The bits beyond the prefix length.
    var hostMask: UInt128 { family.hostMask(forLength: length) }

    /// The value of the last address.
    var upperValue: UInt128 { address.value | hostMask }

    /// The addresses of the prefix as an interval of values.
    var interval: AddressInterval { AddressInterval(lower: address.value, upper: upperValue) }
}

extension IPPrefix: Comparable {
    /// Orders by family (IPv4 first), then by network address, then by length (shorter first).
    ///
    /// - Parameters:
    ///   - lhs: A prefix.
    ///   - rhs: Another prefix.
    public static func < (lhs: IPPrefix, rhs: IPPrefix) -> Bool {
        (lhs.address, lhs.length) < (rhs.address, rhs.length)
    }
}

extension IPPrefix: CustomStringConvertible {
    /// The canonical text of the prefix: the canonical address, `/`, and the length without leading zeros,
    /// such as `10.9.8.0/24` or `2001:db8::/64`.
    ///
    /// Parsing this text in either mode gives back the same prefix.
    public var description: String {
        "\(address)/\(length)"
    }
}
