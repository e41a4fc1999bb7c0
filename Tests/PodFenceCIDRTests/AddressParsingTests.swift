import PodFenceCIDR
import Testing

@Suite("Address parsing and RFC 5952 text")
struct AddressParsingTests {
    @Test(
        "valid addresses print canonically",
        arguments: [
            ("0.0.0.0", "0.0.0.0", IPFamily.ipv4),
            ("10.9.8.7", "10.9.8.7", .ipv4),
            ("255.255.255.255", "255.255.255.255", .ipv4),
            ("::", "::", .ipv6),
            ("::1", "::1", .ipv6),
            ("1::", "1::", .ipv6),
            ("0:0:0:0:0:0:0:1", "::1", .ipv6),
            ("1:0:0:0:0:0:0:0", "1::", .ipv6),
            ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", .ipv6),
            ("2001:0db8::0001", "2001:db8::1", .ipv6),
            ("2001:DB8::1", "2001:db8::1", .ipv6),
            ("2001:db8:0:0:0:0:2:1", "2001:db8::2:1", .ipv6),
            ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1", .ipv6),
            ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1", .ipv6),
            ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8", .ipv6),
            ("fe80::1", "fe80::1", .ipv6),
            ("FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", .ipv6),
            ("::ffff:1.2.3.4", "::ffff:1.2.3.4", .ipv6),
            ("::FFFF:1.2.3.4", "::ffff:1.2.3.4", .ipv6),
            ("::ffff:0102:0304", "::ffff:1.2.3.4", .ipv6),
            ("::1.2.3.4", "::102:304", .ipv6),
            ("64:ff9b::192.0.2.33", "64:ff9b::c000:221", .ipv6),
            ("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304", .ipv6),
        ]
    )
    func validAddress(input: String, canonical: String, family: IPFamily) throws {
        let parsed = try IPAddress(parsing: input)
        #expect(parsed.description == canonical)
        #expect(parsed.family == family)
        #expect(try IPAddress(parsing: canonical) == parsed)
    }

    @Test(
        "invalid addresses are refused with a code and a column",
        arguments: [
            ("", CIDRError.Code.emptyInput, 0),
            (" ", .unexpectedCharacter, 0),
            (" 10.0.0.1", .unexpectedCharacter, 0),
            ("10.0.0.1 ", .unexpectedCharacter, 8),
            ("300.0.0.1", .invalidIPv4Address, 0),
            ("1.2.3", .invalidIPv4Address, 0),
            ("1.2.3.4.5", .invalidIPv4Address, 7),
            ("1..2.3", .invalidIPv4Address, 2),
            ("1.2.3.", .invalidIPv4Address, 6),
            ("010.0.0.1", .leadingZeros, 0),
            ("10.0.0.01", .leadingZeros, 7),
            ("::1::2", .invalidIPv6Address, 3),
            (":1", .invalidIPv6Address, 0),
            ("1:", .invalidIPv6Address, 1),
            (":::", .unexpectedCharacter, 2),
            ("1:2:3:4:5:6:7:8:9", .invalidIPv6Address, 16),
            ("1:2:3:4:5:6:7", .invalidIPv6Address, 0),
            ("1::2:3:4:5:6:7:8", .invalidIPv6Address, 1),
            ("12345::", .invalidIPv6Address, 0),
            ("g::", .unexpectedCharacter, 0),
            ("fe80::1%eth0", .zoneNotAllowed, 7),
            ("1:2:3:4:5:6:7:1.2.3.4", .invalidIPv6Address, 14),
            ("::1.2.3", .invalidIPv6Address, 2),
            ("::1.2.3.256", .invalidIPv6Address, 8),
            ("::ffff:1.2.3.4:5", .unexpectedCharacter, 14),
            ("10.0.0.0/8", .unexpectedCharacter, 8),
            ("1.2.3.4\u{E9}", .unexpectedCharacter, 7),
        ]
    )
    func invalidAddress(input: String, code: CIDRError.Code, column: Int) {
        #expect(throws: CIDRError.self) { try IPAddress(parsing: input) }
        #expect(IPAddress(input) == nil)
        do {
            _ = try IPAddress(parsing: input)
        } catch {
            #expect(error.code == code)
            #expect(error.column == column)
            #expect(error.input == input)
            #expect(!error.message.isEmpty)
        }
    }

    @Test("error messages say what is wrong and what would be valid")
    func messages() {
        #expect(
            message("300.0.0.1") == #"IPv4 octet "300" is larger than 255; "#
                + "expected an IPv4 or IPv6 address such as 10.9.8.7 or 2001:db8::1")
        #expect(message("010.0.0.1").contains(#"use "10.0.0.1""#))
        #expect(message("fe80::1%eth0").contains(#""%eth0""#))
        #expect(message("fe80::1%eth0").contains(#""fe80::1""#))
        #expect(message("1.2.3.4\u{E9}").contains("U+00E9"))
        #expect(message(" ").contains("whitespace"))
    }

    @Test("IPv4-mapped addresses are IPv6 and unmap to IPv4")
    func mapped() throws {
        let mapped = try address("::ffff:10.9.8.7")
        #expect(mapped.family == .ipv6)
        #expect(mapped.isIPv4Mapped)
        #expect(mapped.unmapped == (try address("10.9.8.7")))
        #expect(mapped.ipv6Value == 0xFFFF_0A09_0807)
        let plain = try address("2001:db8::1")
        #expect(!plain.isIPv4Mapped)
        #expect(plain.unmapped == plain)
        let ipv4 = try address("10.9.8.7")
        #expect(!ipv4.isIPv4Mapped)
        #expect(ipv4.unmapped == ipv4)
        #expect(!(try address("::10.9.8.7")).isIPv4Mapped)
    }

    @Test("numeric values and ordering")
    func valuesAndOrder() throws {
        #expect(IPAddress(ipv4: 0x0A09_0807).description == "10.9.8.7")
        #expect(try address("10.9.8.7").ipv4Value == 0x0A09_0807)
        #expect(try address("10.9.8.7").ipv6Value == nil)
        #expect(IPAddress(ipv6: 1).description == "::1")
        let sorted = try ["::1", "10.0.0.2", "::", "10.0.0.1", "255.255.255.255"].map { try address($0) }.sorted()
        #expect(sorted.map(\.description) == ["10.0.0.1", "10.0.0.2", "255.255.255.255", "::", "::1"])
    }

    private func message(_ input: String) -> String {
        do {
            _ = try IPAddress(parsing: input)
            return ""
        } catch {
            return error.message
        }
    }
}
