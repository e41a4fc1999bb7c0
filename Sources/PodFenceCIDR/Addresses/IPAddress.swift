/// An IPv4 or IPv6 address.
///
/// An address is a family and a number: 32 bits for IPv4, 128 bits for IPv6. Create one from its text with
/// ``init(parsing:)``, or from its numeric value with ``init(ipv4:)`` or ``init(ipv6:)``:
///
/// ```swift
/// let node = try IPAddress(parsing: "10.9.8.7")
/// let pod = try IPAddress(parsing: "2001:db8::1")
/// let same = IPAddress(ipv4: 0x0A09_0807)   // 10.9.8.7
/// ```
///
/// An IPv4-mapped IPv6 address such as `::ffff:10.9.8.7` is an IPv6 address: ``isIPv4Mapped`` tells it apart
/// and ``unmapped`` gives the IPv4 address it stands for.
///
/// Addresses sort by family (IPv4 first) and then numerically. Their text is canonical (RFC 5952 for IPv6)
/// and they encode as that text.
public struct IPAddress: Sendable, Hashable {
    /// The address family.
    public let family: IPFamily

    /// The address as an unsigned number, right-aligned: an IPv4 address uses the low 32 bits.
    let value: UInt128

    /// Creates an address from a family and a value that fits the family's width.
    ///
    /// - Parameters:
    ///   - family: The address family.
    ///   - value: The address number, at most `family.maxValue`.
    init(family: IPFamily, value: UInt128) {
        self.family = family
        self.value = value
    }

    /// Creates an IPv4 address from its 32-bit value, most significant octet first.
    ///
    /// `IPAddress(ipv4: 0x0A00_0001)` is `10.0.0.1`.
    ///
    /// - Parameter value: The address as a number.
    public init(ipv4 value: UInt32) {
        self.init(family: .ipv4, value: UInt128(value))
    }

    /// Creates an IPv6 address from its 128-bit value, most significant group first.
    ///
    /// `IPAddress(ipv6: 1)` is `::1`.
    ///
    /// - Parameter value: The address as a number.
    public init(ipv6 value: UInt128) {
        self.init(family: .ipv6, value: value)
    }

    /// The 32-bit value of an IPv4 address, or `nil` for an IPv6 address.
    public var ipv4Value: UInt32? {
        family == .ipv4 ? UInt32(truncatingIfNeeded: value) : nil
    }

    /// The 128-bit value of an IPv6 address, or `nil` for an IPv4 address.
    public var ipv6Value: UInt128? {
        family == .ipv6 ? value : nil
    }

    /// Whether this is an IPv4-mapped IPv6 address, one in `::ffff:0:0/96` such as `::ffff:10.9.8.7`.
    ///
    /// Dual-stack sockets show IPv4 peers this way. Kubernetes refuses such addresses in strict validation
    /// and warns about them otherwise; ``unmapped`` gives the IPv4 address.
    public var isIPv4Mapped: Bool {
        family == .ipv6 && value >> 32 == 0xFFFF
    }

    /// The IPv4 address an IPv4-mapped IPv6 address stands for, or the address itself for any other.
    ///
    /// `::ffff:10.9.8.7` becomes `10.9.8.7`; `10.9.8.7` and `2001:db8::1` stay as they are.
    public var unmapped: IPAddress {
        isIPv4Mapped ? IPAddress(ipv4: UInt32(truncatingIfNeeded: value)) : self
    }
}

extension IPAddress: Comparable {
    /// Orders by family (IPv4 first) and then by numeric value.
    ///
    /// - Parameters:
    ///   - lhs: An address.
    ///   - rhs: Another address.
    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        (lhs.family, lhs.value) < (rhs.family, rhs.value)
    }
}
