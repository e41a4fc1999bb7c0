import PodFenceCIDR
import PropertyBased
import Testing

@Suite("Aggregation, split and text properties")
struct PrefixPropertyTests {
    @Test("aggregation is lossless, sorted, disjoint and minimal", arguments: IPFamily.allCases)
    func aggregation(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.set(family)) { value in
            let prefixes = value.prefixes
            #expect(IPSet(prefixes) == value)
            for (left, right) in zip(prefixes, prefixes.dropFirst()) {
                #expect(left < right)
                #expect(!left.overlaps(right))
                let areSiblings = left.length == right.length && left.supernet == right.supernet
                #expect(!areSiblings, "\(left) and \(right) merge into \(left.supernet.map(String.init) ?? "?")")
            }
            #expect(prefixes.allSatisfy { $0.family == family })
        }
    }

    @Test("every range splits into prefixes that rebuild it", arguments: IPFamily.allCases)
    func rangePrefixes(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.address(family), CIDRGen.address(family)) { a, b in
            guard let range = try? IPRange(first: min(a, b), last: max(a, b)) else { return }
            let prefixes = range.prefixes
            #expect(IPSet(prefixes).ranges == [range])
            #expect(IPSet(prefixes).prefixes == prefixes)
        }
    }

    @Test("splitting a prefix and merging the subnets gives it back", arguments: IPFamily.allCases)
    func splitAndMerge(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.prefix(family), Gen.int(in: 0...6)) { prefix, extra in
            let length = min(prefix.length + extra, family.bitWidth)
            guard let subnets = try? prefix.subnets(length: length) else {
                Issue.record("cannot split \(prefix) into /\(length)")
                return
            }
            let all = Array(subnets)
            #expect(subnets.subnetCount.exactValue == UInt128(all.count))
            #expect(all.allSatisfy { $0.length == length && prefix.contains($0) })
            #expect(zip(all, all.dropFirst()).allSatisfy { $0.next == $1 && $1.previous == $0 })
            #expect(IPSet(all).prefixes == [prefix])
            #expect(all.allSatisfy { length == prefix.length || $0.supernet.map(prefix.contains) == true })
        }
    }

    @Test("addresses and prefixes print and parse back", arguments: IPFamily.allCases)
    func textRoundTrip(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.anyAddress(family), Gen.int(in: 0...family.bitWidth)) {
            address, length in
            #expect(IPAddress(address.description) == address)
            guard let prefix = try? IPPrefix(address: address, length: length) else {
                Issue.record("cannot make a /\(length) prefix of \(address)")
                return
            }
            let parsed = try? IPPrefix.parse(prefix.description, mode: .lenient)
            if prefix.address.isIPv4Mapped {
                // Strict parsing refuses IPv4-mapped prefixes; lenient parsing reads them as IPv4.
                #expect(IPPrefix(prefix.description) == nil)
                #expect(parsed?.issues == [.ipv4Mapped])
                #expect(parsed?.prefix.description == "\(prefix.address.unmapped)/\(length - 96)")
            } else {
                #expect(IPPrefix(prefix.description) == prefix)
                #expect(parsed?.issues == [])
                #expect(parsed?.prefix == prefix)
            }
        }
    }

    @Test("every IPv6 text form of an address parses to it")
    func ipv6TextForms() async {
        await propertyCheck(count: 300, input: CIDRGen.anyAddress(.ipv6)) { address in
            let value = address.ipv6Value ?? 0
            let groups = (0..<8).map { String(UInt16(truncatingIfNeeded: value >> (112 - 16 * $0)), radix: 16) }
            let padded = groups.map { String(repeating: "0", count: 4 - $0.count) + $0 }.joined(separator: ":")
            #expect(IPAddress(groups.joined(separator: ":")) == address)
            #expect(IPAddress(padded.uppercased()) == address)
            let tail = "\(value >> 24 & 0xFF).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
            #expect(IPAddress(groups.prefix(6).joined(separator: ":") + ":" + tail) == address)
            let parsed = try? IPPrefix.parse(padded + "/128", mode: .lenient)
            #expect(parsed?.issues.contains(.nonCanonicalIPv6Text) == (padded != address.description))
            #expect(parsed?.prefix.address.unmapped == address.unmapped)
        }
    }

    @Test(
        "free blocks lie in the pool, are aligned, of the size asked and avoid used space", arguments: IPFamily.allCases
    )
    func freeSpace(family: IPFamily) async {
        let usedInside = zip(Gen.uint16(in: 0...0xFFFF), Gen.int(in: 1...6)).array(of: 0...6)
        await propertyCheck(
            count: 300, input: CIDRGen.prefix(family), usedInside, CIDRGen.set(family), Gen.int(in: -1...5)
        ) { pool, inside, elsewhere, extra in
            let used = IPSet(
                inside.compactMap { offset, extraLength in
                    let poolHostBits = family.hostBits(forLength: pool.length)
                    let spread = UInt128(offset) << max(0, family.bitWidth - pool.length - 16)
                    let value = pool.address.wideValue | (spread & poolHostBits)
                    return try? IPPrefix(
                        address: IPAddress(family: family, wideValue: value),
                        length: min(pool.length + extraLength, family.bitWidth)
                    )
                }
            ).union(elsewhere)
            let size = pool.length + extra
            let blocks = Array(IPSet.allFree(size: size, within: pool, avoiding: used).prefix(64))
            #expect(IPSet.firstFree(size: size, within: pool, avoiding: used) == blocks.first)
            for block in blocks {
                #expect(pool.contains(block))
                #expect(block.length == size)
                #expect((try? IPPrefix(address: block.address, length: size)) == block)
                #expect(!used.overlaps(block))
            }
            #expect(zip(blocks, blocks.dropFirst()).allSatisfy { $0 < $1 })
            if let subnets = try? pool.subnets(length: size) {
                let expected = Array(subnets.lazy.filter { !used.overlaps($0) }.prefix(64))
                #expect(blocks == expected)
            } else {
                #expect(blocks.isEmpty)
            }
        }
    }
}
