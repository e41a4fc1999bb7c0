import PodFenceCIDR
import Testing

@Suite("Prefix parsing, strict and lenient")
struct PrefixParsingTests {
    @Test(
        "canonical prefixes parse the same in both modes",
        arguments: [
            "0.0.0.0/0", "10.9.8.0/24", "255.255.255.255/32", "::/0", "::1/128", "1::/16", "2001:db8::/64",
            "2001:db8::1:0:0:1/128", "fe80::/10", "64:ff9b::/96",
        ],
        IPPrefix.ParseMode.allCases
    )
    func canonical(input: String, mode: IPPrefix.ParseMode) throws {
        let parsed = try IPPrefix.parse(input, mode: mode)
        #expect(parsed.prefix.description == input)
        #expect(parsed.issues.isEmpty)
        #expect(parsed.canonicalText == parsed.prefix.description)
    }

    @Test(
        "malformed prefixes are refused in both modes, with a code and a column",
        arguments: [
            ("", CIDRError.Code.emptyInput, 0),
            (" ", .unexpectedCharacter, 0),
            ("\t10.0.0.0/8", .unexpectedCharacter, 0),
            ("10.0.0.0/8\n", .unexpectedCharacter, 10),
            ("10.0.0.0 /8", .unexpectedCharacter, 8),
            ("10.0.0.0/ 8", .unexpectedCharacter, 9),
            ("192.168.5.6", .missingPrefixLength, 11),
            ("fd00:192:168::", .missingPrefixLength, 14),
            ("300.0.0.0/8", .invalidIPv4Address, 0),
            ("300.300.300.300", .invalidIPv4Address, 0),
            ("10.0.0.0/33", .prefixLengthOutOfRange, 9),
            ("2001:db8::/129", .prefixLengthOutOfRange, 11),
            ("10.0.0.0/99999999999999999999999", .prefixLengthOutOfRange, 9),
            ("10.0.0.0/", .invalidPrefixLength, 9),
            ("10.0.0.0/x", .unexpectedCharacter, 9),
            ("10.0.0.0/-1", .unexpectedCharacter, 9),
            ("10.0.0.0/8/8", .unexpectedCharacter, 10),
            ("/8", .missingAddress, 0),
            ("1.2.3/8", .invalidIPv4Address, 0),
            ("1.2.3.4.5/8", .invalidIPv4Address, 7),
            ("::1::2/64", .invalidIPv6Address, 3),
            ("::1::2", .invalidIPv6Address, 3),
            ("fe80::1%eth0/64", .zoneNotAllowed, 7),
            ("2001:db8:::/64", .unexpectedCharacter, 10),
        ],
        IPPrefix.ParseMode.allCases
    )
    func malformed(testCase: (input: String, code: CIDRError.Code, column: Int), mode: IPPrefix.ParseMode) {
        let (input, code, column) = testCase
        let error = parseError(input, mode: mode)
        #expect(error?.code == code)
        #expect(error?.column == column)
        #expect(error?.input == input)
        #expect(IPPrefix(input) == nil)
    }

    @Test(
        "strict mode refuses each non-canonical form with its own error, in Kubernetes' order",
        arguments: [
            ("010.0.0.0/8", CIDRError.Code.leadingZeros, 0),
            ("10.0.0.0/08", .leadingZeros, 9),
            ("10.00.0.0/8", .leadingZeros, 3),
            ("::ffff:010.0.0.0/104", .leadingZeros, 7),
            ("010.0.0.1/8", .leadingZeros, 0),
            ("::ffff:10.0.0.0/104", .ipv4MappedAddress, 0),
            ("::ffff:10.0.0.1/104", .ipv4MappedAddress, 0),
            ("::ffff:a00:0/104", .ipv4MappedAddress, 0),
            ("10.0.0.1/8", .hostBitsSet, 0),
            ("2001:db8::1/32", .hostBitsSet, 0),
            ("0.0.0.1/0", .hostBitsSet, 0),
        ]
    )
    func strictRefusals(input: String, code: CIDRError.Code, column: Int) throws {
        let error = parseError(input, mode: .strict)
        #expect(error?.code == code)
        #expect(error?.column == column)
        #expect(throws: Never.self) { try IPPrefix.parse(input, mode: .lenient) }
    }

    @Test(
        "lenient mode masks, unmaps and reports every issue",
        arguments: [
            ("10.0.0.0/8", "10.0.0.0/8", [CIDRIssue]()),
            ("10.0.0.1/8", "10.0.0.0/8", [.hostBits]),
            ("0.0.0.1/0", "0.0.0.0/0", [.hostBits]),
            ("010.0.0.0/8", "10.0.0.0/8", [.leadingZeros]),
            ("10.0.0.0/08", "10.0.0.0/8", [.leadingZeros]),
            ("0010.0000.0.0/0008", "10.0.0.0/8", [.leadingZeros]),
            ("192.012.2.8/24", "192.12.2.0/24", [.hostBits, .leadingZeros]),
            ("::ffff:192.12.2.0/120", "192.12.2.0/24", [.ipv4Mapped]),
            ("::ffff:0.0.0.0/96", "0.0.0.0/0", [.ipv4Mapped]),
            ("::ffff:1.2.3.4/96", "0.0.0.0/0", [.hostBits, .ipv4Mapped]),
            ("::ffff:10.0.0.1/104", "10.0.0.0/8", [.hostBits, .ipv4Mapped]),
            ("::ffff:1.2.3.4/64", "::/64", [.hostBits, .ipv4Mapped]),
            ("::FFFF:1.2.3.4/128", "1.2.3.4/32", [.ipv4Mapped, .nonCanonicalIPv6Text]),
            ("2001:DB8::/32", "2001:db8::/32", [.nonCanonicalIPv6Text]),
            ("2001:db8:0:0::/64", "2001:db8::/64", [.nonCanonicalIPv6Text]),
            ("2001:0db8::/32", "2001:db8::/32", [.nonCanonicalIPv6Text]),
            ("2001:DB8::1/32", "2001:db8::/32", [.hostBits, .nonCanonicalIPv6Text]),
            ("2001:db8::/064", "2001:db8::/64", [.leadingZeros]),
            ("::1.2.3.4/128", "::102:304/128", [.nonCanonicalIPv6Text]),
        ]
    )
    func lenient(input: String, canonical: String, issues: [CIDRIssue]) throws {
        let parsed = try IPPrefix.parse(input, mode: .lenient)
        #expect(parsed.prefix.description == canonical)
        #expect(parsed.canonicalText == canonical)
        #expect(parsed.issues == issues)
        #expect(parsed.isCanonical == issues.isEmpty)
        #expect(parsed.input == input)
        #expect(try IPPrefix(parsing: input, mode: .lenient) == parsed.prefix)
        #expect(try IPPrefix.parse(canonical, mode: .strict).prefix == parsed.prefix)
    }

    @Test("strict mode reports non-canonical IPv6 text without refusing it")
    func strictNonCanonicalIPv6() throws {
        let parsed = try IPPrefix.parse("2001:DB8::/32", mode: .strict)
        #expect(parsed.prefix == (try prefix("2001:db8::/32")))
        #expect(parsed.issues == [.nonCanonicalIPv6Text])
    }

    @Test(
        "host-bits ambiguity gives the network and the host form",
        arguments: [
            ("10.0.0.1/8", "10.0.0.0/8", "10.0.0.1/32"),
            ("2001:db8::1/32", "2001:db8::/32", "2001:db8::1/128"),
            ("::ffff:10.0.0.1/104", "10.0.0.0/8", "10.0.0.1/32"),
            ("::ffff:1.2.3.4/64", "::/64", "::ffff:1.2.3.4/128"),
        ]
    )
    func ambiguity(input: String, network: String, host: String) throws {
        let alternatives = try #require(try IPPrefix.parse(input, mode: .lenient).hostBitsAmbiguityAlternatives)
        #expect(alternatives.network.description == network)
        #expect(alternatives.host.description == host)
        #expect(try IPPrefix.parse("10.0.0.0/8", mode: .lenient).hostBitsAmbiguityAlternatives == nil)
    }

    @Test(
        "warnings match Kubernetes' wording",
        arguments: [
            ("10.0.0.0/8", [String]()),
            (
                "10.0.0.1/8",
                [#"CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)"#]
            ),
            ("010.0.0.0/8", [#"non-standard CIDR value "010.0.0.0/8" is invalid: use "10.0.0.0/8""#]),
            ("192.12.2.0/024", [#"non-standard CIDR value "192.12.2.0/024" is invalid: use "192.12.2.0/24""#]),
            (
                "::ffff:192.12.2.0/120",
                [#"non-standard CIDR value "::ffff:192.12.2.0/120" is invalid: use "192.12.2.0/24""#]
            ),
            (
                "192.012.2.8/24",
                [
                    #"CIDR value "192.012.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "#
                        + #""192.12.2.8/32"?)"#,
                    #"non-standard CIDR value "192.012.2.8/24" is invalid: use "192.12.2.0/24""#,
                ]
            ),
            (
                "::ffff:10.0.0.1/104",
                [
                    #"CIDR value "::ffff:10.0.0.1/104" is ambiguous in this context (should be "10.0.0.0/8" or "#
                        + #""10.0.0.1/128"?)"#,
                    #"non-standard CIDR value "::ffff:10.0.0.1/104" is invalid: use "10.0.0.0/8""#,
                ]
            ),
            (
                "2001:DB8::/32",
                [#"IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")"#]
            ),
            (
                "2001:db8:0:0::/64",
                [#"IPv6 CIDR value "2001:db8:0:0::/64" should be in RFC 5952 canonical format ("2001:db8::/64")"#]
            ),
            (
                "2001:DB8::1/32",
                [
                    #"CIDR value "2001:DB8::1/32" is ambiguous in this context (should be "2001:db8::/32" or "#
                        + #""2001:db8::1/128"?)"#
                ]
            ),
        ]
    )
    func warnings(input: String, expected: [String]) throws {
        #expect(try IPPrefix.parse(input, mode: .lenient).kubernetesWarnings == expected)
    }

    @Test("a lenient read says what it changed, one sentence for each non-canonical form")
    func leniencyWarnings() throws {
        let mapped = try IPPrefix.parse("::ffff:10.0.0.1/104", mode: .lenient)
        #expect(
            mapped.leniencyWarnings(name: "--within", text: "::ffff:10.0.0.1/104") == [
                #"--within "::ffff:10.0.0.1/104" has bits set beyond /104; using the network 10.0.0.0/8 "#
                    + "(--strict refuses it)",
                #"--within "::ffff:10.0.0.1/104" is IPv4-mapped IPv6; using the IPv4 prefix 10.0.0.0/8"#,
            ])
        let zeros = try IPPrefix.parse("010.0.0.0/8", mode: .lenient)
        #expect(
            zeros.leniencyWarnings(name: "the CIDR", text: "010.0.0.0/8") == [
                #"the CIDR "010.0.0.0/8" has leading zeros, read as decimal; using 10.0.0.0/8"#
            ])
        #expect(try IPPrefix.parse("2001:DB8::/32", mode: .lenient).leniencyWarnings(name: "A", text: "x").isEmpty)
    }

    @Test("error messages say what is wrong and what would be valid")
    func messages() {
        let expectation = "expected an IPv4 or IPv6 CIDR such as 10.9.8.0/24 or 2001:db8::/64"
        #expect(parseError("300.0.0.0/8")?.message == #"IPv4 octet "300" is larger than 255; "# + expectation)
        #expect(parseError("10.0.0.0/33")?.message.contains("between 0 and 32") == true)
        #expect(parseError("10.0.0.0/33")?.message.hasSuffix(expectation) == true)
        #expect(parseError("192.168.5.6")?.message.contains(#""192.168.5.6/32""#) == true)
        #expect(parseError("fd00:192:168::")?.message.contains(#""fd00:192:168::/128""#) == true)
        #expect(parseError("fe80::1%eth0/64")?.message.contains(#""fe80::1/64""#) == true)
        #expect(parseError("")?.message.hasSuffix(expectation) == true)
        #expect(parseError("1.2.3/8")?.message.contains("3 octets instead of 4") == true)
        #expect(parseError("::1::2/64")?.message.contains("'::'") == true)
        let hostBits = parseError("10.0.0.1/8")?.message ?? ""
        #expect(hostBits.contains(#""10.0.0.0/8""#) && hostBits.contains(#""10.0.0.1/32""#))
        #expect(parseError("010.0.0.0/8")?.message.contains(#"use "10.0.0.0/8""#) == true)
        #expect(parseError("::ffff:10.0.0.0/104")?.message.contains(#"use "10.0.0.0/8""#) == true)
        #expect(parseError("10.0.0.0/33")?.description.hasSuffix(#"(in "10.0.0.0/33" at column 9)"#) == true)
    }

    private func parseError(_ input: String, mode: IPPrefix.ParseMode = .strict) -> CIDRError? {
        do {
            _ = try IPPrefix.parse(input, mode: mode)
            return nil
        } catch {
            return error
        }
    }
}
