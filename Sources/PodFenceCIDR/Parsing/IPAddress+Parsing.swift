extension IPAddress {
    /// Parses the text of an IPv4 or IPv6 address.
    ///
    /// Accepted: a dotted quad of decimal octets without leading zeros (`10.9.8.7`), and every RFC 4291 text
    /// form of IPv6: eight groups of one to four hexadecimal digits in either case, one `::` for a run of zero
    /// groups, and an IPv4 tail (`::ffff:10.9.8.7`, which is an IPv4-mapped IPv6 address; see
    /// ``isIPv4Mapped``). Refused, each with its own ``CIDRError/code``: empty text, whitespace, leading zeros
    /// in an IPv4 octet (`010.9.8.7`, which some parsers read as octal), zone identifiers (`fe80::1%eth0`),
    /// and anything malformed.
    ///
    /// ```swift
    /// try IPAddress(parsing: "2001:DB8:0:0:0:0:0:1").description   // "2001:db8::1"
    /// ```
    ///
    /// - Parameter text: The address text.
    /// - Throws: A ``CIDRError`` whose message says what is wrong and whose column points at it.
    /// - Complexity: O(n) in the length of the text.
    public init(parsing text: String) throws(CIDRError) {
        self = try CIDRTextParser.withParser(text, subject: .address) { parser throws(CIDRError) in
            let written = try parser.parseAddress()
            if let offset = written.leadingZeroOffset {
                throw parser.error(
                    .leadingZeros,
                    "IPv4 octets must not have leading zeros, which some programs read as octal; use "
                        + "\"\(written.address)\"",
                    at: offset,
                    addingExpectation: false
                )
            }
            return written.address
        }
    }
}

extension IPAddress: LosslessStringConvertible {
    /// Parses the text of an address, or returns `nil` when it is not valid.
    ///
    /// The same rules as ``init(parsing:)``, which also says what is wrong.
    ///
    /// - Parameter description: The address text.
    /// - Complexity: O(n) in the length of the text.
    public init?(_ description: String) {
        guard let address = try? IPAddress(parsing: description) else { return nil }
        self = address
    }
}
