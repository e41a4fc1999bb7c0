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
}
