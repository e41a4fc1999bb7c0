import PodFenceModel
import PodFenceSelectors
import Testing

@Suite("Port sets")
struct PortSetTests {
    @Test("ranges are clamped, sorted and merged per protocol")
    func normalisation() {
        let set = PortSet(.tcp, [8080...8090, 80...80, 81...82, 0...0, 8085...9000, 70000...70001])
        #expect(set[.tcp] == [80...82, 8080...9000])
        #expect(set[.udp].isEmpty)
        #expect(PortSet(PortProtocol(rawValue: "ICMP"), [1...2]).isEmpty)
        #expect(set.description == "TCP 80-82, 8080-9000")
    }

    @Test("union, intersection and membership")
    func algebra() {
        let web = PortSet(.tcp, [80...80, 443...443])
        let range = PortSet(.tcp, [400...500]).union(.all(.udp))
        #expect(web.union(range)[.tcp] == [80...80, 400...500])
        #expect(web.intersection(range) == PortSet(.tcp, [443...443]))
        #expect(range.contains(53, .udp))
        #expect(!range.contains(53, .tcp))
        #expect(PortSet.all.isAll && !PortSet.all.isEmpty)
        #expect(PortSet.none.isEmpty)
        #expect(PortSet.all.description == "all ports")
        #expect(PortSet.none.description == "no port")
        #expect(range.description == "TCP 400-500; UDP 1-65535")
        #expect(PortSet.text(8080...8090) == "8080-8090")
        #expect(PortQuery.port(53, .udp).description == "53/UDP")
        #expect(PortQuery.any.ports.isAll)
    }

    @Test(
        "subtraction: by hand at range edges, and against membership on random sets", arguments: Array(UInt64(1)...50))
    func subtraction(seed: UInt64) {
        #expect(
            PortSet(.tcp, [1...100]).subtracting(PortSet(.tcp, [1...1, 50...60, 100...100]))[.tcp] == [2...49, 61...99])
        #expect(PortSet.all.subtracting(.all(.udp)) == PortSet(.tcp, [PortSet.fullRange]).union(.all(.sctp)))
        #expect(PortSet(.udp, [53...53]).subtracting(.all).isEmpty)
        var random = MatrixConsistencyTests.Generator(state: seed)
        func randomSet() -> PortSet {
            var set = PortSet()
            for proto in PortProtocol.supported {
                let ranges = (0..<Int.random(in: 0...4, using: &random)).map { _ -> ClosedRange<Int> in
                    let start = Int.random(in: 1...120, using: &random)
                    return start...(start + Int.random(in: 0...20, using: &random))
                }
                set.formUnion(PortSet(proto, ranges))
            }
            return set
        }
        let (left, right) = (randomSet(), randomSet())
        let difference = left.subtracting(right)
        for proto in PortProtocol.supported {
            for port in 1...150 {
                #expect(
                    difference.contains(port, proto) == (left.contains(port, proto) && !right.contains(port, proto)))
            }
        }
        #expect(difference.union(left.intersection(right)) == left)
    }
}
