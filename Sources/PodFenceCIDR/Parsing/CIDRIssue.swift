/// A way in which the text of a prefix is accepted but not canonical, as Kubernetes' default (non-strict)
/// validation of `ipBlock` reports it with a warning.
///
/// Found by ``IPPrefix/parse(_:mode:)`` and listed in ``ParsedCIDR/issues``. In ``IPPrefix/ParseMode/strict``
/// mode the first three are errors instead; ``nonCanonicalIPv6Text`` is reported in both modes, as Kubernetes
/// only ever warns about it.
public enum CIDRIssue: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Bits are set beyond the prefix length (`10.0.0.1/8`); the prefix means the masked network `10.0.0.0/8`.
    case hostBits
    /// An IPv4 octet or the prefix length has a leading zero (`010.0.0.0/8`, `10.0.0.0/08`); the number is read
    /// as decimal, never as octal.
    case leadingZeros
    /// The address is IPv4-mapped IPv6 (`::ffff:10.0.0.0/104`).
    case ipv4Mapped
    /// The IPv6 address is valid but not in RFC 5952 canonical form (`2001:DB8::/32`, `2001:db8:0:0::/64`).
    case nonCanonicalIPv6Text

    /// The name, such as `hostBits`.
    public var description: String { rawValue }
}
