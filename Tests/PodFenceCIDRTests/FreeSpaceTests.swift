import PodFenceCIDR
import Testing

@Suite("Free-space search")
struct FreeSpaceTests {
    @Test("the first free block skips used space and keeps alignment")
    func firstFree() throws {
        let pool = try prefix("10.244.0.0/16")
        let used = try set("10.244.0.0/24", "10.244.2.0/23")
        #expect(IPSet.firstFree(size: 24, within: pool, avoiding: used)?.description == "10.244.1.0/24")
        #expect(
            texts(IPSet.allFree(size: 24, within: pool, avoiding: used).prefix(3))
                == ["10.244.1.0/24", "10.244.4.0/24", "10.244.5.0/24"]
        )
        #expect(IPSet.firstFree(size: 23, within: pool, avoiding: used)?.description == "10.244.4.0/23")
        let partlyUsed = try set("10.244.0.0/24", "10.244.1.5/32")
        #expect(IPSet.firstFree(size: 24, within: pool, avoiding: partlyUsed)?.description == "10.244.2.0/24")
    }

    @Test("every free block of a small pool")
    func allFree() throws {
        let blocks = IPSet.allFree(size: 26, within: try prefix("10.0.0.0/24"), avoiding: try set("10.0.0.70/32"))
        #expect(texts(blocks) == ["10.0.0.0/26", "10.0.0.128/26", "10.0.0.192/26"])
        #expect(texts(blocks) == texts(blocks))
    }

    @Test("sizes that cannot fit give nothing")
    func impossibleSizes() throws {
        let pool = try prefix("10.244.0.0/16")
        #expect(IPSet.firstFree(size: 15, within: pool, avoiding: IPSet()) == nil)
        #expect(IPSet.firstFree(size: 33, within: pool, avoiding: IPSet()) == nil)
        #expect(IPSet.firstFree(size: -1, within: pool, avoiding: IPSet()) == nil)
        #expect(IPSet.firstFree(size: 16, within: pool, avoiding: IPSet())?.description == "10.244.0.0/16")
        #expect(IPSet.firstFree(size: 24, within: pool, avoiding: try set("10.0.0.0/8")) == nil)
    }

    @Test("used addresses outside the pool or of the other family are ignored")
    func ignoredUsedSpace() throws {
        let pool = try prefix("10.244.0.0/16")
        let used = try set("10.243.0.0/16", "10.245.0.0/16", "::/0")
        #expect(IPSet.firstFree(size: 24, within: pool, avoiding: used)?.description == "10.244.0.0/24")
        let last = IPSet.allFree(size: 24, within: pool, avoiding: used).reduce(nil as IPPrefix?) { _, block in block }
        #expect(last?.description == "10.244.255.0/24")
    }

    @Test("the top and the whole of the IPv6 space")
    func edgesOfTheSpace() throws {
        let top = try prefix("ffff:ffff:ffff:ffff::/64")
        let used = try set("ffff:ffff:ffff:ffff::/65")
        #expect(texts(IPSet.allFree(size: 65, within: top, avoiding: used)) == ["ffff:ffff:ffff:ffff:8000::/65"])
        #expect(
            texts(IPSet.allFree(size: 66, within: top, avoiding: used)) == [
                "ffff:ffff:ffff:ffff:8000::/66", "ffff:ffff:ffff:ffff:c000::/66",
            ])
        let everything = IPFamily.ipv6.allAddresses
        #expect(IPSet.firstFree(size: 0, within: everything, avoiding: IPSet())?.description == "::/0")
        #expect(IPSet.firstFree(size: 0, within: everything, avoiding: try set("::1/128")) == nil)
        #expect(IPSet.firstFree(size: 1, within: everything, avoiding: try set("::1/128"))?.description == "8000::/1")
        #expect(IPSet.firstFree(size: 128, within: everything, avoiding: try set("::/128"))?.description == "::1/128")
    }
}
