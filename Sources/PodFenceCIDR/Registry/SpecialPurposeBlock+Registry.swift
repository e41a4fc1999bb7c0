extension SpecialPurposeBlock {
    /// The special-purpose blocks of both families, IPv4 first, each family in ascending order.
    ///
    /// From the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its updates), plus the
    /// multicast blocks (`224.0.0.0/4`, `ff00::/8`), which have registries of their own. Nested entries are
    /// kept: `2001:db8::/32` (Documentation) lies inside `2001::/23` (IETF Protocol Assignments).
    public static let registry: [SpecialPurposeBlock] = [
        block(v4(0, 0, 0, 0, 8), "This network", "RFC 791", .neverAssigned),
        block(v4(10, 0, 0, 0, 8), "Private-Use", "RFC 1918", .privateNetworks),
        block(v4(100, 64, 0, 0, 10), "Shared Address Space", "RFC 6598", .privateNetworks),
        block(v4(127, 0, 0, 0, 8), "Loopback", "RFC 1122", .neverAssigned),
        block(v4(169, 254, 0, 0, 16), "Link-Local", "RFC 3927", .neverAssigned),
        block(v4(172, 16, 0, 0, 12), "Private-Use", "RFC 1918", .privateNetworks),
        block(v4(192, 0, 0, 0, 24), "IETF Protocol Assignments", "RFC 6890", .otherPurpose),
        block(v4(192, 0, 2, 0, 24), "Documentation (TEST-NET-1)", "RFC 5737", .otherPurpose),
        block(v4(192, 88, 99, 0, 24), "6to4 Relay Anycast", "RFC 7526", .otherPurpose),
        block(v4(192, 168, 0, 0, 16), "Private-Use", "RFC 1918", .privateNetworks),
        block(v4(198, 18, 0, 0, 15), "Benchmarking", "RFC 2544", .otherPurpose),
        block(v4(198, 51, 100, 0, 24), "Documentation (TEST-NET-2)", "RFC 5737", .otherPurpose),
        block(v4(203, 0, 113, 0, 24), "Documentation (TEST-NET-3)", "RFC 5737", .otherPurpose),
        block(v4(224, 0, 0, 0, 4), "Multicast", "RFC 5771", .neverAssigned),
        block(v4(240, 0, 0, 0, 4), "Reserved", "RFC 1112", .neverAssigned),
        block(v4(255, 255, 255, 255, 32), "Limited Broadcast", "RFC 919", .neverAssigned),
        block(v6([], 128), "Unspecified Address", "RFC 4291", .neverAssigned),
        block(v6([0, 0, 0, 0, 0, 0, 0, 1], 128), "Loopback Address", "RFC 4291", .neverAssigned),
        block(v6([0, 0, 0, 0, 0, 0xFFFF], 96), "IPv4-mapped Address", "RFC 4291", .neverAssigned),
        block(v6([0x64, 0xFF9B], 96), "IPv4-IPv6 Translation", "RFC 6052", .otherPurpose),
        block(v6([0x64, 0xFF9B, 1], 48), "Local-Use IPv4/IPv6 Translation", "RFC 8215", .otherPurpose),
        block(v6([0x100], 64), "Discard-Only Address Block", "RFC 6666", .otherPurpose),
        block(v6([0x2001], 23), "IETF Protocol Assignments", "RFC 2928", .otherPurpose),
        block(v6([0x2001], 32), "Teredo", "RFC 4380", .otherPurpose),
        block(v6([0x2001, 0xDB8], 32), "Documentation", "RFC 3849", .otherPurpose),
        block(v6([0x2002], 16), "6to4", "RFC 3056", .otherPurpose),
        block(v6([0x3FFF], 20), "Documentation", "RFC 9637", .otherPurpose),
        block(v6([0xFC00], 7), "Unique-Local", "RFC 4193", .privateNetworks),
        block(v6([0xFE80], 10), "Link-Local Unicast", "RFC 4291", .neverAssigned),
        block(v6([0xFF00], 8), "Multicast", "RFC 4291", .neverAssigned),
    ]

    /// Shorthand for the registry's entries.
    ///
    /// - Parameters:
    ///   - prefix: The block.
    ///   - name: Its name.
    ///   - reference: Its reference.
    ///   - use: What it means for numbering.
    private static func block(_ prefix: IPPrefix, _ name: String, _ reference: String, _ use: Use)
        -> SpecialPurposeBlock
    {
        SpecialPurposeBlock(prefix: prefix, name: name, reference: reference, use: use)
    }
}
