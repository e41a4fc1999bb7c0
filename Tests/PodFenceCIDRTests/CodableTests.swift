import Foundation
import PodFenceCIDR
import Testing

@Suite("Encoding as canonical text")
struct CodableTests {
    @Test("addresses, prefixes and sets encode as canonical text and decode back")
    func roundTrip() throws {
        let value = try set("10.0.0.0/25", "10.0.0.128/25", "2001:DB8::/32")
        let data = try JSONEncoder().encode(value)
        #expect(String(decoding: data, as: UTF8.self) == #"["10.0.0.0\/24","2001:db8::\/32"]"#)
        #expect(try JSONDecoder().decode(IPSet.self, from: data) == value)
        let address = try address("2001:0db8::1")
        #expect(try JSONDecoder().decode(IPAddress.self, from: JSONEncoder().encode(address)) == address)
        #expect(try JSONEncoder().encode([IPFamily.ipv4]) == Data(#"["IPv4"]"#.utf8))
    }

    @Test("decoding refuses non-canonical prefixes with the parse error's message")
    func refusal() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(IPPrefix.self, from: Data(#""10.0.0.1/8""#.utf8))
        }
    }
}
