import PodFenceCIDR
import Testing

@Suite("Address sets")
struct IPSetTests {
    @Test("building merges overlapping and adjacent prefixes")
    func aggregation() throws {
        #expect(texts(try set("10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24").prefixes) == ["10.0.0.0/23"])
        #expect(
            texts(try set("10.0.0.0/8", "10.1.0.0/16", "2001:db8::/32", "10.0.0.0/8").prefixes)
                == ["10.0.0.0/8", "2001:db8::/32"])
        #expect(texts(try set("10.0.0.1/32", "10.0.0.2/32").prefixes) == ["10.0.0.1/32", "10.0.0.2/32"])
        #expect(texts(try set("::/1", "8000::/1").prefixes) == ["::/0"])
        #expect(try set("10.0.0.0/25", "10.0.0.128/25") == (try set("10.0.0.0/24")))
        #expect(IPSet().isEmpty && IPSet().prefixes.isEmpty)
        let literal: IPSet = [try prefix("10.0.0.0/8")]
        #expect(literal == (try set("10.0.0.0/8")))
        #expect(
            texts(IPSet(ranges: [try IPRange(first: address("10.0.0.10"), last: address("10.0.0.20"))]).prefixes)
                == ["10.0.0.10/31", "10.0.0.12/30", "10.0.0.16/30", "10.0.0.20/32"]
        )
        #expect(
            IPSet(addresses: try ["10.0.0.3", "10.0.0.1", "10.0.0.2", "10.0.0.0"].map { try address($0) })
                == (try set("10.0.0.0/30"))
        )
    }

    @Test("an ipBlock: cidr minus except")
    func subtracting() throws {
        let block = try set("10.0.0.0/8").subtracting(set("10.1.0.0/16"))
        #expect(
            texts(block.prefixes) == [
                "10.0.0.0/16", "10.2.0.0/15", "10.4.0.0/14", "10.8.0.0/13", "10.16.0.0/12", "10.32.0.0/11",
                "10.64.0.0/10", "10.128.0.0/9",
            ]
        )
        #expect(!block.contains(try address("10.1.2.3")))
        #expect(block.contains(try address("10.2.0.0")))
        #expect(!block.contains(try prefix("10.0.0.0/8")))
        #expect(block.contains(try prefix("10.2.0.0/16")))
        #expect(block.overlaps(try prefix("10.0.0.0/8")))
        #expect(!block.overlaps(try prefix("10.1.128.0/17")))
        #expect(block.addressCount.exactValue == 16_711_680)
        var mutable = try set("10.0.0.0/8")
        mutable.subtract(try set("10.1.0.0/16"))
        #expect(mutable == block)
    }

    @Test("union, intersection and symmetric difference")
    func algebra() throws {
        let a = try set("10.0.0.0/24", "2001:db8::/64")
        let b = try set("10.0.0.128/25", "10.0.1.0/24", "2001:db8::/48")
        #expect(texts(a.union(b).prefixes) == ["10.0.0.0/23", "2001:db8::/48"])
        #expect(texts(a.intersection(b).prefixes) == ["10.0.0.128/25", "2001:db8::/64"])
        #expect(
            texts(a.symmetricDifference(b).prefixes) == [
                "10.0.0.0/25", "10.0.1.0/24", "2001:db8:0:1::/64", "2001:db8:0:2::/63", "2001:db8:0:4::/62",
                "2001:db8:0:8::/61", "2001:db8:0:10::/60", "2001:db8:0:20::/59", "2001:db8:0:40::/58",
                "2001:db8:0:80::/57", "2001:db8:0:100::/56", "2001:db8:0:200::/55", "2001:db8:0:400::/54",
                "2001:db8:0:800::/53", "2001:db8:0:1000::/52", "2001:db8:0:2000::/51", "2001:db8:0:4000::/50",
                "2001:db8:0:8000::/49",
            ]
        )
        var mutable = a
        mutable.formUnion(b)
        #expect(mutable == a.union(b))
        mutable = a
        mutable.formIntersection(b)
        #expect(mutable == a.intersection(b))
        mutable = a
        mutable.formSymmetricDifference(b)
        #expect(mutable == a.symmetricDifference(b))
        #expect(a.overlaps(b))
        #expect(!(try set("10.0.0.0/24")).overlaps(try set("10.0.1.0/24", "::/0")))
        #expect(a.intersection(b).isSubset(of: a))
        #expect(!a.isSubset(of: b))
    }

    @Test("complement within a family")
    func complement() throws {
        #expect(
            texts(try set("10.0.0.0/8", "2001:db8::/32").complement(within: .ipv4).prefixes) == [
                "0.0.0.0/5", "8.0.0.0/7", "11.0.0.0/8", "12.0.0.0/6", "16.0.0.0/4", "32.0.0.0/3", "64.0.0.0/2",
                "128.0.0.0/1",
            ]
        )
        #expect(texts(IPSet().complement(within: .ipv6).prefixes) == ["::/0"])
        #expect(IPSet(IPFamily.ipv6.allAddresses).complement(within: .ipv6).isEmpty)
        let ends = try set("::/128", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128")
        #expect(
            ends.complement(within: .ipv6).ranges.map(\.description) == ["::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"])
    }

    @Test("addresses are produced lazily, also at the top of the space")
    func addresses() throws {
        let small = try set("10.0.0.254/31", "10.0.1.0/31", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127")
        #expect(
            small.addresses.map(\.description) == [
                "10.0.0.254", "10.0.0.255", "10.0.1.0", "10.0.1.1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            ]
        )
        let everything = IPSet([IPFamily.ipv4.allAddresses, IPFamily.ipv6.allAddresses])
        #expect(everything.addresses.prefix(2).map(\.description) == ["0.0.0.0", "0.0.0.1"])
        #expect(IPSet().addresses.map(\.description).isEmpty)
        #expect(everything.description == "[0.0.0.0/0, ::/0]")
    }

    @Test("ranges are maximal and sorted")
    func ranges() throws {
        let value = try set("10.0.0.0/24", "10.0.1.0/24", "10.0.3.0/24", "::1/128")
        #expect(value.ranges.map(\.description) == ["10.0.0.0-10.0.1.255", "10.0.3.0-10.0.3.255", "::1-::1"])
    }
}
