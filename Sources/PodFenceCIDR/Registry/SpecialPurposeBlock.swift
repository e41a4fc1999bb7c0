/// An address block reserved for a special purpose: private use (RFC 1918), loopback, link-local, documentation,
/// multicast and the like.
///
/// ``registry`` lists the blocks of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890), with
/// the multicast blocks added, and ``matches(for:)`` tells how a prefix relates to them. Planning uses them to
/// keep pod networks in private space and away from addresses that can never belong to a pod:
///
/// ```swift
/// let matches = SpecialPurposeBlock.matches(for: try IPPrefix(parsing: "192.168.10.0/24"))
/// matches.first?.block.name        // "Private-Use"
/// matches.first?.block.reference   // "RFC 1918"
/// matches.first?.relation          // .inside
/// ```
public struct SpecialPurposeBlock: Sendable, Hashable {
    /// The reserved block.
    public let prefix: IPPrefix
    /// The registry's name for it, such as `Private-Use` or `Link-Local`.
    public let name: String
    /// The document that reserves it, such as `RFC 1918`.
    public let reference: String
    /// What the block means for a network that wants to use addresses from it.
    public let use: Use

    /// What a special-purpose block means for a network that wants to number hosts or pods from it.
    public enum Use: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Free for any private network: RFC 1918 space, IPv6 unique local addresses, and shared (carrier-grade
        /// NAT) address space.
        case privateNetworks
        /// Not for host or pod addresses: loopback, link-local, multicast, broadcast, "this network", the
        /// reserved class E space, the unspecified address and IPv4-mapped IPv6 addresses.
        case neverAssigned
        /// Set aside for another purpose (documentation, benchmarking, protocol assignments, translation,
        /// tunnelling): usable on a private network only with care.
        case otherPurpose

        /// The use in words: `private networks`, `never assigned`, `other purpose`.
        public var description: String {
            switch self {
            case .privateNetworks: "private networks"
            case .neverAssigned: "never assigned"
            case .otherPurpose: "other purpose"
            }
        }
    }

    /// How a prefix relates to a special-purpose block.
    public enum Relation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Every address of the prefix lies in the block (this includes the prefix being the block itself).
        case inside
        /// The block lies entirely within the prefix, which is larger.
        case contains

        /// The relation in words: `inside` or `contains`.
        public var description: String { rawValue }
    }

    /// A special-purpose block that a prefix touches, and how.
    public struct Match: Sendable, Hashable {
        /// The block.
        public let block: SpecialPurposeBlock
        /// Whether the prefix lies inside the block or contains it.
        public let relation: Relation
    }

    /// Creates a block.
    ///
    /// - Parameters:
    ///   - prefix: The reserved block.
    ///   - name: The registry's name for it.
    ///   - reference: The document that reserves it.
    ///   - use: What it means for a network that wants its addresses.
    public init(prefix: IPPrefix, name: String, reference: String, use: Use) {
        self.prefix = prefix
        self.name = name
        self.reference = reference
        self.use = use
    }

    /// The special-purpose blocks a prefix lies inside or contains, most specific first: blocks that contain
    /// the prefix from the smallest to the largest, then blocks inside the prefix in ascending order.
    ///
    /// `10.1.0.0/16` is inside `10.0.0.0/8` (Private-Use); `0.0.0.0/0` contains every IPv4 block. A globally
    /// routable prefix such as `8.8.8.0/24` matches nothing.
    ///
    /// - Parameter prefix: The prefix to classify.
    /// - Returns: The matches; empty for ordinary unicast space.
    /// - Complexity: O(r) for the r blocks of the registry.
    public static func matches(for prefix: IPPrefix) -> [Match] {
        let containing = registry.filter { $0.prefix.contains(prefix) }.sorted { $0.prefix.length > $1.prefix.length }
        let inside = registry.filter { prefix.contains($0.prefix) && $0.prefix != prefix }.sorted {
            $0.prefix < $1.prefix
        }
        return containing.map { Match(block: $0, relation: .inside) }
            + inside.map { Match(block: $0, relation: .contains) }
    }

    /// The space set aside for private networks in one family: the three RFC 1918 blocks for IPv4
    /// (`10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`), the locally assigned unique local block `fd00::/8`
    /// (RFC 4193) for IPv6.
    ///
    /// Shared address space (`100.64.0.0/10`, RFC 6598) is left out: it belongs to carrier-grade NAT, although
    /// some clusters use it for pods on purpose.
    ///
    /// - Parameter family: The address family.
    /// - Returns: The blocks in ascending order.
    public static func privateSpace(_ family: IPFamily) -> [IPPrefix] {
        switch family {
        case .ipv4: [v4(10, 0, 0, 0, 8), v4(172, 16, 0, 0, 12), v4(192, 168, 0, 0, 16)]
        case .ipv6: [v6([0xFD00], 8)]
        }
    }

    /// The blocks of one family that can never hold a host or pod address (``Use/neverAssigned``).
    ///
    /// - Parameter family: The address family.
    /// - Returns: The blocks as a set.
    /// - Complexity: O(r log r) for the r blocks of the registry.
    public static func neverAssigned(_ family: IPFamily) -> IPSet {
        IPSet(registry.lazy.filter { $0.use == .neverAssigned && $0.prefix.family == family }.map(\.prefix))
    }
}

extension SpecialPurposeBlock: CustomStringConvertible {
    /// The block, its name and its reference: `10.0.0.0/8 Private-Use (RFC 1918)`.
    public var description: String {
        "\(prefix) \(name) (\(reference))"
    }
}

extension SpecialPurposeBlock {
    /// An IPv4 prefix from its octets and length; the octets must have no bit set beyond the length.
    ///
    /// - Parameters:
    ///   - a: The first octet.
    ///   - b: The second octet.
    ///   - c: The third octet.
    ///   - d: The fourth octet.
    ///   - length: The prefix length.
    static func v4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ length: Int) -> IPPrefix {
        let value = UInt128(a) << 24 | UInt128(b) << 16 | UInt128(c) << 8 | UInt128(d)
        return IPPrefix(family: .ipv4, maskedValue: value & ~IPFamily.ipv4.hostMask(forLength: length), length: length)
    }

    /// An IPv6 prefix from its leading groups and length; the groups must have no bit set beyond the length.
    ///
    /// - Parameters:
    ///   - groups: The leading 16-bit groups; the others are zero.
    ///   - length: The prefix length.
    static func v6(_ groups: [UInt16], _ length: Int) -> IPPrefix {
        var value: UInt128 = 0
        for (index, group) in groups.enumerated() {
            value |= UInt128(group) << (112 - 16 * index)
        }
        return IPPrefix(family: .ipv6, maskedValue: value & ~IPFamily.ipv6.hostMask(forLength: length), length: length)
    }
}
