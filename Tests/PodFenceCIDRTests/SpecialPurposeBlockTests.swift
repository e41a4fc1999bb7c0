import PodFenceCIDR
import Testing

@Suite("Special-purpose blocks and masks")
struct SpecialPurposeBlockTests {
    @Test(
        "a prefix lies inside or contains special-purpose blocks",
        arguments: [
            ("192.168.10.0/24", ["inside 192.168.0.0/16 Private-Use (RFC 1918)"]),
            ("10.0.0.0/8", ["inside 10.0.0.0/8 Private-Use (RFC 1918)"]),
            ("10.0.0.0/7", ["contains 10.0.0.0/8 Private-Use (RFC 1918)"]),
            ("8.8.8.0/24", []),
            ("169.254.169.254/32", ["inside 169.254.0.0/16 Link-Local (RFC 3927)"]),
            ("2001:db8:1::/48", ["inside 2001:db8::/32 Documentation (RFC 3849)"]),
            (
                "2001:0:1::/48",
                ["inside 2001::/32 Teredo (RFC 4380)", "inside 2001::/23 IETF Protocol Assignments (RFC 2928)"]
            ),
            ("fd12:3456::/32", ["inside fc00::/7 Unique-Local (RFC 4193)"]),
            ("::/0", ["contains ::/128 Unspecified Address (RFC 4291)"]),
        ]
    )
    func matches(text: String, expected: [String]) throws {
        let found = SpecialPurposeBlock.matches(for: try prefix(text)).map { "\($0.relation) \($0.block)" }
        if text == "::/0" {
            #expect(found.first == expected.first)
            #expect(found.count == SpecialPurposeBlock.registry.filter { $0.prefix.family == .ipv6 }.count)
        } else {
            #expect(found == expected)
        }
    }

    @Test("the registry is canonical and ordered, and the private space is RFC 1918 and fd00::/8")
    func registry() throws {
        let registry = SpecialPurposeBlock.registry
        for block in registry {
            // Strict parsing refuses IPv4-mapped text, which is the registry's own ::ffff:0.0.0.0/96.
            let parsed = try IPPrefix.parse(block.prefix.description, mode: .lenient)
            #expect(parsed.isCanonical || parsed.issues == [.ipv4Mapped], "\(block) is not canonical")
        }
        for family in IPFamily.allCases {
            let prefixes = registry.filter { $0.prefix.family == family }.map(\.prefix)
            #expect(prefixes == prefixes.sorted())
        }
        #expect(texts(SpecialPurposeBlock.privateSpace(.ipv4)) == ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])
        #expect(texts(SpecialPurposeBlock.privateSpace(.ipv6)) == ["fd00::/8"])
        #expect(
            texts(SpecialPurposeBlock.neverAssigned(.ipv4).prefixes) == [
                "0.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "224.0.0.0/3",
            ])
        #expect(
            texts(SpecialPurposeBlock.neverAssigned(.ipv6).prefixes) == [
                "::/127", "::ffff:0.0.0.0/96", "fe80::/10", "ff00::/8",
            ])
    }

    @Test(
        "netmask and host mask",
        arguments: [
            ("10.9.8.0/24", "255.255.255.0", "0.0.0.255"),
            ("0.0.0.0/0", "0.0.0.0", "255.255.255.255"),
            ("10.9.8.7/32", "255.255.255.255", "0.0.0.0"),
            ("172.16.0.0/12", "255.240.0.0", "0.15.255.255"),
            ("2001:db8::/32", "ffff:ffff::", "::ffff:ffff:ffff:ffff:ffff:ffff"),
            ("::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        ]
    )
    func masks(text: String, netmask: String, hostmask: String) throws {
        let value = try prefix(text)
        #expect(value.netmask.description == netmask)
        #expect(value.hostmask.description == hostmask)
    }
}
