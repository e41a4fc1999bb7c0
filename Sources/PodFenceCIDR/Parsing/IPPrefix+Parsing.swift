extension IPPrefix {
    /// How strictly ``IPPrefix/parse(_:mode:)`` reads a prefix.
    ///
    /// Both modes require a prefix length (`192.168.5.6` is an address, not a CIDR) and refuse malformed text,
    /// whitespace and IPv6 zone identifiers. They differ on three kinds of non-canonical text, which Kubernetes
    /// accepts in an `ipBlock` by default and refuses only with the `StrictIPCIDRValidation` feature gate:
    ///
    /// | text | `strict` | `lenient` |
    /// | --- | --- | --- |
    /// | `010.0.0.0/8`, `10.0.0.0/08` (leading zeros) | refused | `10.0.0.0/8`, issue ``CIDRIssue/leadingZeros`` |
    /// | `::ffff:10.0.0.0/104` (IPv4-mapped IPv6) | refused | `10.0.0.0/8`, issue ``CIDRIssue/ipv4Mapped`` |
    /// | `10.0.0.1/8` (host bits) | refused | `10.0.0.0/8`, issue ``CIDRIssue/hostBits`` |
    ///
    /// Non-canonical IPv6 text (`2001:DB8::/32`) is accepted by both and reported as
    /// ``CIDRIssue/nonCanonicalIPv6Text``.
    public enum ParseMode: Sendable, Hashable, CaseIterable {
        /// Refuses leading zeros, IPv4-mapped IPv6 addresses and host bits, in that order of precedence, as
        /// Kubernetes does with `StrictIPCIDRValidation`.
        case strict
        /// Reads what Kubernetes accepts by default (Go's `ParseCIDRSloppy`): leading zeros as decimal,
        /// IPv4-mapped IPv6 addresses, and host bits, which are cleared; each is reported in
        /// ``ParsedCIDR/issues``.
        case lenient
    }

    /// Parses the text of a prefix and reports how it departs from the canonical form.
    ///
    /// The address part follows ``IPAddress/init(parsing:)``; the length is a decimal number from 0 to 32
    /// (IPv4) or 128 (IPv6). The mode decides what happens to non-canonical text (see ``ParseMode``). Every
    /// refusal is a ``CIDRError`` with its own code, a message that says what would be valid, and the column
    /// of the problem:
    ///
    /// ```swift
    /// let parsed = try IPPrefix.parse("010.0.0.0/8", mode: .lenient)
    /// parsed.prefix               // 10.0.0.0/8
    /// parsed.issues               // [.leadingZeros]
    /// parsed.kubernetesWarnings   // [#"non-standard CIDR value "010.0.0.0/8" is invalid: use "10.0.0.0/8""#]
    ///
    /// try IPPrefix.parse("010.0.0.0/8", mode: .strict)   // throws .leadingZeros at column 0
    /// try IPPrefix.parse("10.0.0.0/33", mode: .strict)   // throws .prefixLengthOutOfRange at column 9
    /// ```
    ///
    /// - Parameters:
    ///   - text: The prefix text, such as `10.9.8.0/24`.
    ///   - mode: How strictly to read it; strict by default.
    /// - Returns: The prefix, the issues found, and the canonical text.
    /// - Throws: A ``CIDRError`` saying what is wrong and where.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, mode: ParseMode = .strict) throws(CIDRError) -> ParsedCIDR {
        try CIDRTextParser.withParser(text, subject: .prefix) { parser throws(CIDRError) in
            let written = try parser.parsePrefix()
            let address = written.address.address
            let length = written.length
            let maskedValue = address.value & ~address.family.hostMask(forLength: length)
            // Go's net.IPNet, which Kubernetes uses, treats an IPv4-mapped network as the IPv4 network.
            let prefix =
                address.isIPv4Mapped && length >= 96
                ? IPPrefix(family: .ipv4, maskedValue: maskedValue & UInt128(UInt32.max), length: length - 96)
                : IPPrefix(family: address.family, maskedValue: maskedValue, length: length)
            let leadingZeroOffset = written.address.leadingZeroOffset ?? written.lengthLeadingZeroOffset
            var issues: [CIDRIssue] = []
            if maskedValue != address.value { issues.append(.hostBits) }
            if leadingZeroOffset != nil { issues.append(.leadingZeros) }
            if address.isIPv4Mapped { issues.append(.ipv4Mapped) }
            if !written.address.isCanonicalText { issues.append(.nonCanonicalIPv6Text) }
            let parsed = ParsedCIDR(input: text, prefix: prefix, writtenAddress: address, issues: issues)
            guard mode == .strict else { return parsed }

            if let leadingZeroOffset {
                throw parser.error(
                    .leadingZeros,
                    "leading zeros are not allowed in an IPv4 octet or the prefix length, as some programs read them "
                        + "as octal; use \"\(parsed.canonicalText)\"",
                    at: leadingZeroOffset,
                    addingExpectation: false
                )
            }
            if address.isIPv4Mapped {
                throw parser.error(
                    .ipv4MappedAddress,
                    "IPv4-mapped IPv6 addresses are not allowed; use \"\(parsed.canonicalText)\"",
                    at: 0,
                    addingExpectation: false
                )
            }
            if let alternatives = parsed.hostBitsAmbiguityAlternatives {
                throw parser.error(
                    .hostBitsSet,
                    "bits are set beyond the prefix length /\(length); use \"\(alternatives.network)\" for the "
                        + "network or \"\(alternatives.host)\" for the single address",
                    at: 0,
                    addingExpectation: false
                )
            }
            return parsed
        }
    }

    /// Parses the text of a prefix, refusing non-canonical forms unless `mode` is lenient.
    ///
    /// The same as `IPPrefix.parse(text, mode: mode).prefix`; use ``parse(_:mode:)`` to learn which
    /// non-canonical forms a lenient parse accepted.
    ///
    /// ```swift
    /// let strict = try IPPrefix(parsing: "10.9.8.0/24")
    /// let lenient = try IPPrefix(parsing: "10.9.8.7/24", mode: .lenient)   // 10.9.8.0/24
    /// ```
    ///
    /// - Parameters:
    ///   - text: The prefix text.
    ///   - mode: How strictly to read it; strict by default.
    /// - Throws: A ``CIDRError`` saying what is wrong and where.
    /// - Complexity: O(n) in the length of the text.
    public init(parsing text: String, mode: ParseMode = .strict) throws(CIDRError) {
        self = try IPPrefix.parse(text, mode: mode).prefix
    }
}

extension IPPrefix: LosslessStringConvertible {
    /// Parses the text of a prefix strictly, or returns `nil` when it is not valid and canonical apart from IPv6
    /// letter case and zero compression.
    ///
    /// The same rules as ``init(parsing:mode:)`` in strict mode, which also says what is wrong.
    ///
    /// - Parameter description: The prefix text.
    /// - Complexity: O(n) in the length of the text.
    public init?(_ description: String) {
        guard let prefix = try? IPPrefix(parsing: description) else { return nil }
        self = prefix
    }
}
