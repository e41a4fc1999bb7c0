import PodFenceCIDR
import Testing

@Suite("Prefix relations, navigation and sizes")
struct IPPrefixTests {
    @Test(
        "containment, overlap and intersection",
        arguments: [
            ("10.0.0.0/8", "10.1.0.0/16", true, true, "10.1.0.0/16"),
            ("10.1.0.0/16", "10.0.0.0/8", false, true, "10.1.0.0/16"),
            ("10.0.0.0/8", "10.0.0.0/8", true, true, "10.0.0.0/8"),
            ("10.0.0.0/8", "11.0.0.0/8", false, false, nil),
            ("10.0.0.0/24", "10.0.1.0/24", false, false, nil),
            ("0.0.0.0/0", "255.255.255.255/32", true, true, "255.255.255.255/32"),
            ("::/0", "2001:db8::/32", true, true, "2001:db8::/32"),
            ("2001:db8::/32", "2001:db9::/32", false, false, nil),
            ("0.0.0.0/0", "::/0", false, false, nil),
        ]
    )
    func relations(lhs: String, rhs: String, contains: Bool, overlaps: Bool, intersection: String?) throws {
        let left = try IPPrefix(parsing: lhs)
        let right = try IPPrefix(parsing: rhs)
        #expect(left.contains(right) == contains)
        #expect(left.overlaps(right) == overlaps)
        #expect(right.overlaps(left) == overlaps)
        #expect(left.intersection(right)?.description == intersection)
        #expect(right.intersection(left)?.description == intersection)
    }

    @Test("addresses across families are never contained")
    func familiesDoNotMix() throws {
        #expect(!(try prefix("10.0.0.0/8")).contains(try address("::ffff:10.0.0.1")))
        #expect(!(try prefix("::/0")).contains(try address("10.0.0.1")))
        #expect((try prefix("::/0")).contains(try address("::ffff:10.0.0.1")))
        let mapped = try IPPrefix(address: address("::ffff:10.0.0.0"), length: 104)
        #expect(mapped.family == .ipv6)
        #expect(!mapped.overlaps(try prefix("10.0.0.0/8")))
        #expect(mapped.intersection(try prefix("10.0.0.0/8")) == nil)
    }

    @Test(
        "first and last address and size",
        arguments: [
            ("10.9.8.0/24", "10.9.8.0", "10.9.8.255", "256"),
            ("0.0.0.0/0", "0.0.0.0", "255.255.255.255", "4294967296"),
            ("10.9.8.7/32", "10.9.8.7", "10.9.8.7", "1"),
            ("2001:db8::/64", "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", "18446744073709551616"),
            ("::/1", "::", "7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "170141183460469231731687303715884105728"),
            ("::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "340282366920938463463374607431768211456"),
        ]
    )
    func bounds(text: String, first: String, last: String, count: String) throws {
        let value = try prefix(text)
        #expect(value.firstAddress.description == first)
        #expect(value.lastAddress.description == last)
        #expect(value.addressCount.description == count)
        #expect(value.range.description == "\(first)-\(last)")
        #expect(value.range.addressCount == value.addressCount)
    }

    @Test("address counts stay exact beyond UInt128")
    func counts() throws {
        let everything = IPFamily.ipv6.allAddresses.addressCount
        #expect(everything.exactValue == nil)
        #expect(everything.doubleValue == 0x1p128)
        #expect(try prefix("::/1").addressCount.exactValue == UInt128(1) << 127)
        #expect(try prefix("10.0.0.0/8").addressCount.exactValue == 16_777_216)
        #expect(try prefix("::/1").addressCount < everything)
        #expect(AddressCount.zero < AddressCount(1))
        #expect(AddressCount.zero.description == "0")
        #expect(AddressCount(UInt128.max).description == "340282366920938463463374607431768211455")
        let both = IPSet([IPFamily.ipv4.allAddresses, IPFamily.ipv6.allAddresses]).addressCount
        #expect(both.description == "340282366920938463463374607436063178752")
        #expect(everything < both)
    }

    @Test(
        "next and previous prefix of the same length",
        arguments: [
            ("10.9.8.0/24", "10.9.9.0/24", "10.9.7.0/24"),
            ("255.255.255.0/24", nil, "255.255.254.0/24"),
            ("0.0.0.0/24", "0.0.1.0/24", nil),
            ("0.0.0.0/0", nil, nil),
            ("128.0.0.0/1", nil, "0.0.0.0/1"),
            ("::/0", nil, nil),
            ("::/128", "::1/128", nil),
            ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", nil, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/128"),
            ("2001:db8::/32", "2001:db9::/32", "2001:db7::/32"),
        ]
    )
    func navigation(text: String, next: String?, previous: String?) throws {
        let value = try prefix(text)
        #expect(value.next?.description == next)
        #expect(value.previous?.description == previous)
        #expect(value.next?.previous ?? value == value)
        #expect(value.previous?.next ?? value == value)
    }

    @Test(
        "supernet",
        arguments: [
            ("10.9.9.0/24", "10.9.8.0/23"), ("10.9.8.0/24", "10.9.8.0/23"), ("128.0.0.0/1", "0.0.0.0/0"),
            ("0.0.0.0/0", nil), ("::1/128", "::/127"), ("::/0", nil),
        ]
    )
    func supernet(text: String, expected: String?) throws {
        #expect(try prefix(text).supernet?.description == expected)
    }

    @Test("subnets split lazily and in order")
    func subnets() throws {
        let value = try prefix("10.9.8.0/24")
        #expect(
            texts(try value.subnets(length: 26)) == ["10.9.8.0/26", "10.9.8.64/26", "10.9.8.128/26", "10.9.8.192/26"])
        #expect(texts(try value.subnets(length: 24)) == ["10.9.8.0/24"])
        #expect(try value.subnets(length: 32).subnetCount.exactValue == 256)
        #expect(Array(try value.subnets(length: 32)).last?.description == "10.9.8.255/32")
        let everything = IPFamily.ipv6.allAddresses
        #expect(texts(try everything.subnets(length: 1)) == ["::/1", "8000::/1"])
        #expect(texts(try everything.subnets(length: 64).prefix(2)) == ["::/64", "0:0:0:1::/64"])
        #expect(
            try everything.subnets(length: 128).subnetCount.description == "340282366920938463463374607431768211456")
        let top = try prefix("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126")
        #expect(texts(try top.subnets(length: 127)).count == 2)
    }

    @Test("subnets refuse lengths outside the prefix and the family", arguments: [23, 33, -1])
    func subnetLengthErrors(length: Int) throws {
        let value = try prefix("10.9.8.0/24")
        #expect {
            _ = try value.subnets(length: length)
        } throws: { error in
            (error as? CIDRError)?.code == .invalidSubnetLength
        }
    }

    @Test("prefixes from an address clear host bits and check the length")
    func fromAddress() throws {
        #expect(try IPPrefix(address: address("10.9.8.7"), length: 24).description == "10.9.8.0/24")
        #expect(try IPPrefix(address: address("2001:db8::1"), length: 0).description == "::/0")
        #expect(IPPrefix(host: try address("2001:db8::1")).description == "2001:db8::1/128")
        #expect(IPPrefix(host: try address("10.9.8.7")).description == "10.9.8.7/32")
        for length in [-1, 33] {
            #expect {
                _ = try IPPrefix(address: address("10.9.8.7"), length: length)
            } throws: { error in
                (error as? CIDRError)?.code == .prefixLengthOutOfRange
            }
        }
        #expect(IPFamily.ipv4.allAddresses.description == "0.0.0.0/0")
        #expect(IPFamily.ipv6.allAddresses.description == "::/0")
    }

    @Test("prefixes sort by family, address, then length")
    func ordering() throws {
        let sorted = try ["2001:db8::/32", "10.1.0.0/16", "10.0.0.0/16", "10.0.0.0/8", "::/0"].map { try prefix($0) }
            .sorted()
        #expect(texts(sorted) == ["10.0.0.0/8", "10.0.0.0/16", "10.1.0.0/16", "::/0", "2001:db8::/32"])
    }

    @Test("ranges split into the fewest prefixes")
    func ranges() throws {
        let range = try IPRange(first: address("10.0.0.10"), last: address("10.0.0.20"))
        #expect(texts(range.prefixes) == ["10.0.0.10/31", "10.0.0.12/30", "10.0.0.16/30", "10.0.0.20/32"])
        #expect(range.addressCount.exactValue == 11)
        #expect(range.contains(try address("10.0.0.15")))
        #expect(!range.contains(try address("10.0.0.21")))
        let everything = try IPRange(first: address("::"), last: address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))
        #expect(texts(everything.prefixes) == ["::/0"])
        #expect(IPRange(try prefix("10.0.0.0/8")).description == "10.0.0.0-10.255.255.255")
        #expect {
            _ = try IPRange(first: address("10.0.0.1"), last: address("::1"))
        } throws: { error in
            (error as? CIDRError)?.code == .familyMismatch
        }
        #expect {
            _ = try IPRange(first: address("10.0.0.2"), last: address("10.0.0.1"))
        } throws: { error in
            (error as? CIDRError)?.code == .invalidRange
        }
    }
}
