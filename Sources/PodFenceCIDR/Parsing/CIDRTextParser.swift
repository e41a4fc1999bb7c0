/// The single-pass parser behind ``IPAddress/init(parsing:)`` and ``IPPrefix/parse(_:mode:)``.
///
/// It reads the UTF-8 bytes of the text once and accepts dotted-quad IPv4 and the RFC 4291 text forms of IPv6
/// (with `::` and an embedded IPv4 tail). Leading zeros in IPv4 octets and in the prefix length are read as
/// decimal and recorded rather than refused, so that each caller decides between strict and lenient reading.
/// Offsets are byte offsets into the text; an error turns its offset into a Unicode-scalar column.
struct CIDRTextParser {
    /// What the text is supposed to be, for the hint that ends error messages.
    enum Subject {
        /// A single address.
        case address
        /// A prefix with a length.
        case prefix

        /// What a valid text looks like.
        var expectation: String {
            switch self {
            case .address: "expected an IPv4 or IPv6 address such as 10.9.8.7 or 2001:db8::1"
            case .prefix: "expected an IPv4 or IPv6 CIDR such as 10.9.8.0/24 or 2001:db8::/64"
            }
        }
    }

    /// An address as it was written.
    struct WrittenAddress {
        /// The address.
        var address: IPAddress
        /// The offset of the first IPv4 octet written with a leading zero, if any.
        var leadingZeroOffset: Int?
        /// Whether the text is the canonical text of the address (RFC 5952 for IPv6).
        var isCanonicalText: Bool
    }

    /// A prefix as it was written, before any strict or lenient decision.
    struct WrittenPrefix {
        /// The address part.
        var address: WrittenAddress
        /// The prefix length.
        var length: Int
        /// The offset of the prefix length when it was written with a leading zero.
        var lengthLeadingZeroOffset: Int?
    }

    /// The text being parsed.
    let text: String
    /// Its UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// What it is supposed to be.
    let subject: Subject

    /// Runs a parsing step over the UTF-8 bytes of a text.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - subject: What it is supposed to be.
    ///   - body: The step, given a parser over the text.
    static func withParser<Value>(
        _ text: String,
        subject: Subject,
        _ body: (CIDRTextParser) throws(CIDRError) -> Value
    ) throws(CIDRError) -> Value {
        var contiguous = text
        let outcome: Result<Value, CIDRError> = contiguous.withUTF8 { bytes in
            do throws(CIDRError) {
                return .success(try body(CIDRTextParser(text: text, bytes: bytes, subject: subject)))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    // MARK: - Whole texts

    /// Parses the whole text as one address.
    func parseAddress() throws(CIDRError) -> WrittenAddress {
        guard !bytes.isEmpty else { throw error(.emptyInput, "the value is empty", at: 0) }
        return try parseAddress(upTo: bytes.count)
    }

    /// Parses the whole text as `address/length`.
    func parsePrefix() throws(CIDRError) -> WrittenPrefix {
        guard !bytes.isEmpty else { throw error(.emptyInput, "the value is empty", at: 0) }
        let slash = bytes.firstIndex(of: ASCII.slash)
        guard slash != 0 else { throw error(.missingAddress, "there is no address before '/'", at: 0) }
        let address = try parseAddress(upTo: slash ?? bytes.count)
        guard let slash else {
            let host = IPPrefix(host: address.address)
            throw error(
                .missingPrefixLength,
                "missing prefix length: \"\(text)\" is an address, not a CIDR; write \"\(host)\" for this address "
                    + "alone, or add the network's prefix length",
                at: bytes.count
            )
        }
        let (length, leadingZeroOffset) = try parseLength(from: slash + 1, family: address.address.family)
        return WrittenPrefix(address: address, length: length, lengthLeadingZeroOffset: leadingZeroOffset)
    }

    /// Makes an error about the text.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - problem: What is wrong.
    ///   - offset: The byte offset of the problem.
    ///   - addingExpectation: Whether to end the message with what a valid text looks like; leave it out when
    ///     the problem already says what to write instead.
    func error(_ code: CIDRError.Code, _ problem: String, at offset: Int, addingExpectation: Bool = true)
        -> CIDRError
    {
        CIDRError(
            code: code,
            message: addingExpectation ? "\(problem); \(subject.expectation)" : problem,
            input: text,
            column: bytes[0..<offset].count { !ASCII.isContinuationByte($0) }
        )
    }

    // MARK: - Parts

    /// Parses the address in `bytes[0..<end]`: IPv6 when it holds a colon, IPv4 otherwise.
    ///
    /// - Parameter end: The offset after the address.
    private func parseAddress(upTo end: Int) throws(CIDRError) -> WrittenAddress {
        let part = bytes[0..<end]
        guard part.contains(ASCII.colon) else {
            let (value, leadingZeroOffset) = try parseIPv4(from: 0, upTo: end, isEmbedded: false)
            return WrittenAddress(
                address: IPAddress(ipv4: value), leadingZeroOffset: leadingZeroOffset, isCanonicalText: true
            )
        }
        if let percent = part.firstIndex(of: ASCII.percent) {
            let zone = string(from: percent, to: end)
            let withoutZone = string(from: 0, to: percent) + string(from: end, to: bytes.count)
            throw error(
                .zoneNotAllowed,
                "IPv6 zone identifier \"\(zone)\" is not allowed: addresses and CIDRs here are not tied to a network "
                    + "interface; remove it, as in \"\(withoutZone)\"",
                at: percent,
                addingExpectation: false
            )
        }
        let (value, leadingZeroOffset) = try parseIPv6(upTo: end)
        let address = IPAddress(ipv6: value)
        return WrittenAddress(
            address: address,
            leadingZeroOffset: leadingZeroOffset,
            isCanonicalText: address.description.utf8.elementsEqual(part)
        )
    }

    /// Parses a dotted quad in `bytes[start..<end]`.
    ///
    /// - Parameters:
    ///   - start: The offset of the first octet.
    ///   - end: The offset after the last octet.
    ///   - isEmbedded: Whether this is the IPv4 tail of an IPv6 address.
    /// - Returns: The value and the offset of the first octet with a leading zero.
    private func parseIPv4(from start: Int, upTo end: Int, isEmbedded: Bool) throws(CIDRError) -> (UInt32, Int?) {
        let code: CIDRError.Code = isEmbedded ? .invalidIPv6Address : .invalidIPv4Address
        var part: String {
            (isEmbedded ? "the IPv4 part" : "IPv4 address") + " \"\(string(from: start, to: end))\""
        }
        var value: UInt32 = 0
        var octets = 0
        var leadingZeroOffset: Int?
        var index = start
        while true {
            let octetStart = index
            var octet = 0
            while index < end, let digit = ASCII.decimalValue(bytes[index]) {
                if octet <= 255 { octet = octet * 10 + digit }
                index += 1
            }
            if index == octetStart {
                if index < end && bytes[index] != ASCII.dot { throw unexpectedCharacter(at: index) }
                throw error(code, "\(part) has an empty octet", at: index)
            }
            if octet > 255 {
                let digits = string(from: octetStart, to: index)
                throw error(code, "IPv4 octet \"\(digits)\" is larger than 255", at: octetStart)
            }
            if index - octetStart > 1 && bytes[octetStart] == ASCII.zero && leadingZeroOffset == nil {
                leadingZeroOffset = octetStart
            }
            value = value << 8 | UInt32(octet)
            octets += 1
            if index == end { break }
            guard bytes[index] == ASCII.dot else { throw unexpectedCharacter(at: index) }
            guard octets < 4 else { throw error(code, "\(part) has more than 4 octets", at: index) }
            index += 1
        }
        guard octets == 4 else {
            throw error(code, "\(part) has \(octets) \(octets == 1 ? "octet" : "octets") instead of 4", at: start)
        }
        return (value, leadingZeroOffset)
    }

    /// Parses an IPv6 address in `bytes[0..<end]`, which holds a colon and no zone.
    ///
    /// - Parameter end: The offset after the address.
    /// - Returns: The value and the offset of the first octet of an IPv4 tail with a leading zero.
    private func parseIPv6(upTo end: Int) throws(CIDRError) -> (UInt128, Int?) {
        var address: String { "IPv6 address \"\(string(from: 0, to: end))\"" }
        // The groups read so far, packed as if they were contiguous; `::` is expanded at the end.
        var packed: UInt128 = 0
        var groupCount = 0
        var ellipsis: (groupIndex: Int, offset: Int)?
        var leadingZeroOffset: Int?
        var index = 0
        if bytes[0] == ASCII.colon {
            guard end > 1 && bytes[1] == ASCII.colon else {
                throw error(
                    .invalidIPv6Address, "\(address) starts with a single ':'; write '::' for leading zero groups",
                    at: 0
                )
            }
            ellipsis = (0, 0)
            index = 2
        }
        while index < end {
            let groupStart = index
            var group: UInt128 = 0
            while index < end, let digit = ASCII.hexadecimalValue(bytes[index]) {
                if index - groupStart < 4 { group = group << 4 | UInt128(digit) }
                index += 1
            }
            if index < end && bytes[index] == ASCII.dot {
                guard groupCount <= 6 else {
                    throw error(
                        .invalidIPv6Address,
                        "\(address) has no room for an IPv4 part after \(groupCount) groups; at most 6 may precede it",
                        at: groupStart
                    )
                }
                let (ipv4, zeroOffset) = try parseIPv4(from: groupStart, upTo: end, isEmbedded: true)
                packed = packed << 32 | UInt128(ipv4)
                groupCount += 2
                leadingZeroOffset = zeroOffset
                break
            }
            guard index > groupStart else { throw unexpectedCharacter(at: index) }
            guard index - groupStart <= 4 else {
                let digits = string(from: groupStart, to: index)
                throw error(
                    .invalidIPv6Address, "IPv6 group \"\(digits)\" has more than 4 hexadecimal digits", at: groupStart
                )
            }
            guard groupCount < 8 else {
                throw error(.invalidIPv6Address, "\(address) has more than 8 groups", at: groupStart)
            }
            packed = packed << 16 | group
            groupCount += 1
            if index == end { break }
            guard bytes[index] == ASCII.colon else { throw unexpectedCharacter(at: index) }
            index += 1
            if index < end && bytes[index] == ASCII.colon {
                guard ellipsis == nil else {
                    throw error(
                        .invalidIPv6Address,
                        "'::' appears more than once in \(address); it may stand for only one run of zero groups",
                        at: index - 1
                    )
                }
                ellipsis = (groupCount, index - 1)
                index += 1
            } else if index == end {
                throw error(
                    .invalidIPv6Address, "\(address) ends with a single ':'; write '::' for trailing zero groups",
                    at: index - 1
                )
            }
        }
        guard let ellipsis else {
            guard groupCount == 8 else {
                throw error(
                    .invalidIPv6Address,
                    "\(address) has \(groupCount) groups instead of 8; write '::' for a run of zero groups",
                    at: 0
                )
            }
            return (packed, leadingZeroOffset)
        }
        guard groupCount < 8 else {
            throw error(
                .invalidIPv6Address, "'::' in \(address) stands for no group: the address already has 8 groups",
                at: ellipsis.offset
            )
        }
        // Shift the groups before `::` to the top; the ones after it stay at the bottom.
        let tailBits = 16 * (groupCount - ellipsis.groupIndex)
        let head = (packed >> tailBits) << (16 * (8 - ellipsis.groupIndex))
        let tail = packed & ((UInt128(1) << tailBits) - 1)
        return (head | tail, leadingZeroOffset)
    }

    /// Parses the decimal prefix length in `bytes[start...]`.
    ///
    /// - Parameters:
    ///   - start: The offset after the `/`.
    ///   - family: The family of the address, which bounds the length.
    /// - Returns: The length and, when it was written with a leading zero, its offset.
    private func parseLength(from start: Int, family: IPFamily) throws(CIDRError) -> (Int, Int?) {
        guard start < bytes.count else {
            throw error(
                .invalidPrefixLength,
                "'/' is not followed by a prefix length; write a number from 0 to \(family.bitWidth)",
                at: start
            )
        }
        var length = 0
        var index = start
        while index < bytes.count, let digit = ASCII.decimalValue(bytes[index]) {
            if length <= IPFamily.ipv6.bitWidth { length = length * 10 + digit }
            index += 1
        }
        guard index == bytes.count else { throw unexpectedCharacter(at: index) }
        guard length <= family.bitWidth else {
            throw error(
                .prefixLengthOutOfRange,
                "prefix length \(string(from: start, to: index)) is out of range: an \(family) prefix length is "
                    + "between 0 and \(family.bitWidth)",
                at: start
            )
        }
        let hasLeadingZero = index - start > 1 && bytes[start] == ASCII.zero
        return (length, hasLeadingZero ? start : nil)
    }

    // MARK: - Helpers

    /// Makes the error for a character that has no place where it stands.
    ///
    /// - Parameter offset: The byte offset of the character, which starts a Unicode scalar.
    private func unexpectedCharacter(at offset: Int) -> CIDRError {
        let scalar = text.unicodeScalars[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
        let problem: String
        if scalar.properties.isWhitespace {
            problem = "unexpected whitespace; leave out spaces, tabs and line breaks"
        } else if (0x21..<0x7F).contains(scalar.value) {
            problem = "unexpected character '\(scalar)'"
        } else {
            let hexadecimal = String(scalar.value, radix: 16, uppercase: true)
            let padding = String(repeating: "0", count: max(0, 4 - hexadecimal.count))
            problem = "unexpected character U+\(padding)\(hexadecimal)"
        }
        return error(.unexpectedCharacter, problem, at: offset)
    }

    /// The text of `bytes[start..<end]`.
    ///
    /// - Parameters:
    ///   - start: The first offset.
    ///   - end: The offset after the last byte.
    private func string(from start: Int, to end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// The ASCII bytes and byte classes the parser needs.
private enum ASCII {
    static let colon = UInt8(ascii: ":")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let percent = UInt8(ascii: "%")
    static let zero = UInt8(ascii: "0")

    /// The value of a decimal digit, or `nil` for any other byte.
    static func decimalValue(_ byte: UInt8) -> Int? {
        (zero...UInt8(ascii: "9")).contains(byte) ? Int(byte - zero) : nil
    }

    /// The value of a hexadecimal digit of either case, or `nil` for any other byte.
    static func hexadecimalValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case zero...UInt8(ascii: "9"): byte - zero
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Whether a byte continues a multi-byte UTF-8 sequence rather than starting a scalar.
    static func isContinuationByte(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
