/// The outcome of parsing a prefix: the prefix, the text it came from, and how that text departs from the
/// canonical form.
///
/// Returned by ``IPPrefix/parse(_:mode:)``. A validator uses it to accept what Kubernetes accepts and to warn
/// as Kubernetes warns:
///
/// ```swift
/// let parsed = try IPPrefix.parse("10.0.0.1/8", mode: .lenient)
/// parsed.prefix                          // 10.0.0.0/8
/// parsed.issues                          // [.hostBits]
/// parsed.hostBitsAmbiguityAlternatives   // (network: 10.0.0.0/8, host: 10.0.0.1/32)
/// parsed.kubernetesWarnings              // [#"CIDR value "10.0.0.1/8" is ambiguous in this context (...)"#]
/// ```
public struct ParsedCIDR: Sendable, Hashable {
    /// The text that was parsed.
    public let input: String

    /// The prefix the text denotes, masked.
    ///
    /// An IPv4-mapped IPv6 prefix of length 96 or more denotes the matching IPv4 prefix, as it does for
    /// Kubernetes (whose Go `net.IPNet` unmaps it): `::ffff:10.0.0.0/104` is `10.0.0.0/8`. A shorter one keeps
    /// its IPv6 meaning: `::ffff:10.0.0.0/64` is `::/64`.
    public let prefix: IPPrefix

    /// The address as written, before masking and unmapping: `10.0.0.1` for `10.0.0.1/8`.
    public let writtenAddress: IPAddress

    /// The ways the text is not canonical, in this order: ``CIDRIssue/hostBits``, ``CIDRIssue/leadingZeros``,
    /// ``CIDRIssue/ipv4Mapped``, ``CIDRIssue/nonCanonicalIPv6Text``. Empty when the text is canonical.
    public let issues: [CIDRIssue]

    /// The canonical text of ``prefix``, which a user should write instead of ``input``: `10.0.0.0/8` for
    /// `010.0.0.0/8`, `2001:db8::/32` for `2001:DB8::/32`.
    public var canonicalText: String { prefix.description }

    /// Whether the text is already canonical: ``input`` equals ``canonicalText``.
    public var isCanonical: Bool { issues.isEmpty }

    /// The two prefixes a text with host bits could have meant, or `nil` when no host bit is set.
    ///
    /// `10.0.0.1/8` could mean the network `10.0.0.0/8` (what Kubernetes and ``prefix`` take) or the single
    /// address `10.0.0.1/32`. The host alternative has the family of ``prefix``: `/32` for IPv4 (also when the
    /// text was IPv4-mapped and unmapped), `/128` for IPv6.
    public var hostBitsAmbiguityAlternatives: (network: IPPrefix, host: IPPrefix)? {
        guard issues.contains(.hostBits) else { return nil }
        let hostAddress = prefix.family == writtenAddress.family ? writtenAddress : writtenAddress.unmapped
        return (prefix, IPPrefix(host: hostAddress))
    }
}

extension ParsedCIDR {
    /// The warnings Kubernetes returns for this value of an `ipBlock` `cidr` or `except` entry, without the field
    /// path, in Kubernetes' order and wording (KEP-4858):
    ///
    /// - host bits: `CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or
    ///   "10.0.0.1/32"?)`;
    /// - leading zeros or IPv4-mapped IPv6: `non-standard CIDR value "010.0.0.0/8" is invalid: use "10.0.0.0/8"`;
    /// - otherwise, non-canonical IPv6 text: `IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical
    ///   format ("2001:db8::/32")`.
    ///
    /// For an IPv4-mapped text with host bits, the host alternative is printed as Kubernetes prints it, the IPv4
    /// address with `/128` (`::ffff:10.0.0.1/104` suggests `"10.0.0.0/8" or "10.0.0.1/128"`), even though
    /// ``hostBitsAmbiguityAlternatives`` gives the meaningful `10.0.0.1/32`.
    ///
    /// Prefix each warning with the field path, as in `spec.ingress[0].from[0].ipBlock.cidr: ...`.
    ///
    /// - Complexity: O(n) in the length of the input.
    public var kubernetesWarnings: [String] {
        var warnings: [String] = []
        if let alternatives = hostBitsAmbiguityAlternatives {
            let host =
                writtenAddress.isIPv4Mapped
                ? "\(writtenAddress.unmapped)/\(IPFamily.ipv6.bitWidth)" : alternatives.host.description
            warnings.append(
                "CIDR value \"\(input)\" is ambiguous in this context (should be \"\(alternatives.network)\" or "
                    + "\"\(host)\"?)"
            )
        }
        if issues.contains(.leadingZeros) || issues.contains(.ipv4Mapped) {
            warnings.append("non-standard CIDR value \"\(input)\" is invalid: use \"\(canonicalText)\"")
        }
        if warnings.isEmpty && issues.contains(.nonCanonicalIPv6Text) {
            warnings.append(
                "IPv6 CIDR value \"\(input)\" should be in RFC 5952 canonical format (\"\(canonicalText)\")"
            )
        }
        return warnings
    }
}

extension ParsedCIDR {
    /// What a lenient read changed, one sentence for each non-canonical form it accepted, as PodFence's tools
    /// word them (`--strict` is the option of the `cidr` commands that refuses such text):
    ///
    /// ```swift
    /// let parsed = try IPPrefix.parse("10.0.0.1/8", mode: .lenient)
    /// parsed.leniencyWarnings(name: "the CIDR", text: "10.0.0.1/8")
    /// // ["the CIDR \"10.0.0.1/8\" has bits set beyond /8; using the network 10.0.0.0/8 (--strict refuses it)"]
    /// ```
    ///
    /// - Parameters:
    ///   - name: How the sentences name the value: `the CIDR`, `--within`.
    ///   - text: The value as the user wrote it (which may differ from ``input``, as when a bare address was
    ///     given a length).
    /// - Returns: The warnings, without a `warning:` prefix; none for canonical text or mere IPv6 spelling.
    public func leniencyWarnings(name: String, text: String) -> [String] {
        // The length as written, before an IPv4-mapped prefix was turned into its IPv4 prefix.
        let writtenLength = writtenAddress.family == prefix.family ? prefix.length : prefix.length + 96
        return issues.compactMap { issue in
            switch issue {
            case .hostBits:
                "\(name) \"\(text)\" has bits set beyond /\(writtenLength); using the network \(prefix) "
                    + "(--strict refuses it)"
            case .leadingZeros:
                "\(name) \"\(text)\" has leading zeros, read as decimal; using \(prefix)"
            case .ipv4Mapped:
                "\(name) \"\(text)\" is IPv4-mapped IPv6; using the IPv4 prefix \(prefix)"
            case .nonCanonicalIPv6Text:
                nil
            }
        }
    }
}
