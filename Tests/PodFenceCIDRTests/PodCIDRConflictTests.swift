import PodFenceCIDR
import Testing

@Suite("Conflicts between a cluster's ranges")
struct PodCIDRConflictTests {
    /// A range from a role and a strict prefix text.
    func range(_ role: NetworkRange.Role, _ text: String, name: String? = nil) throws -> NetworkRange {
        NetworkRange(role, try prefix(text), name: name)
    }

    @Test("the seed's conflict: the pod network covers the servers pods must reach")
    func seed() throws {
        let pods = try range(.podNetwork, "192.168.0.0/16")
        let servers = try range(.destination, "192.168.10.0/24")
        let conflict = try #require(PodCIDRConflict.conflict(between: servers, and: pods))
        #expect(conflict.first == pods)
        #expect(conflict.second == servers)
        #expect(conflict.overlap.description == "192.168.10.0/24")
        #expect(conflict.severity == .error)
        #expect(conflict.relation == "contains")
        #expect(
            conflict.description
                == "error: pod network 192.168.0.0/16 contains destination 192.168.10.0/24: pods cannot reach "
                + "192.168.10.0/24: traffic to it is routed inside the pod network")
        let named = try range(.destination, "192.168.0.0/15", name: "head office")
        #expect(
            PodCIDRConflict.conflict(between: pods, and: named)?.consequence
                == "pods cannot reach 192.168.0.0/16 of head office (192.168.0.0/15): traffic to it is routed inside "
                + "the pod network")
    }

    @Test(
        "which roles conflict, and how badly",
        arguments: [
            (NetworkRange.Role.podNetwork, NetworkRange.Role.serviceNetwork, PodCIDRConflict.Severity?.some(.error)),
            (.podNetwork, .nodeNetwork, .error),
            (.podNetwork, .bridgeNetwork, .error),
            (.podNetwork, .swarmAddressPool, .warning),
            (.podNetwork, .engineAddressPool, .warning),
            (.podNetwork, .destination, .error),
            (.serviceNetwork, .nodeNetwork, .error),
            (.serviceNetwork, .bridgeNetwork, .error),
            (.serviceNetwork, .swarmAddressPool, .warning),
            (.serviceNetwork, .engineAddressPool, .warning),
            (.serviceNetwork, .destination, .error),
            (.nodeNetwork, .bridgeNetwork, .error),
            (.nodeNetwork, .swarmAddressPool, .warning),
            (.nodeNetwork, .engineAddressPool, .warning),
            (.nodeNetwork, .destination, nil),
            (.bridgeNetwork, .swarmAddressPool, .warning),
            (.bridgeNetwork, .engineAddressPool, nil),
            (.bridgeNetwork, .destination, .error),
            (.swarmAddressPool, .engineAddressPool, .warning),
            (.swarmAddressPool, .destination, .warning),
            (.engineAddressPool, .destination, .warning),
            (.podNetwork, .podNetwork, nil),
            (.destination, .destination, nil),
        ]
    )
    func roles(lhs: NetworkRange.Role, rhs: NetworkRange.Role, severity: PodCIDRConflict.Severity?) throws {
        let outer = try range(lhs, "10.0.0.0/8", name: "outer")
        let inner = try range(rhs, "10.1.0.0/16", name: "inner")
        let conflict = PodCIDRConflict.conflict(between: outer, and: inner)
        #expect(conflict?.severity == severity)
        #expect(PodCIDRConflict.conflict(between: inner, and: outer)?.severity == severity)
        if let conflict {
            #expect(conflict.overlap == inner.prefix)
            #expect(!conflict.consequence.isEmpty && !conflict.consequence.hasSuffix("."))
        }
        #expect(PodCIDRConflict.conflict(between: outer, and: try range(rhs, "11.0.0.0/8")) == nil)
    }

    @Test("every conflict among ranges, errors first")
    func conflicts() throws {
        let ranges = [
            try range(.destination, "10.10.0.0/16"),
            try range(.swarmAddressPool, "10.0.0.0/8"),
            try range(.podNetwork, "10.10.0.0/16"),
            try range(.bridgeNetwork, "172.17.0.0/16", name: "docker0"),
            try range(.serviceNetwork, "172.17.0.0/24"),
        ]
        #expect(
            PodCIDRConflict.conflicts(among: ranges).map(\.description) == [
                "error: pod network 10.10.0.0/16 is the same range as destination 10.10.0.0/16: pods cannot reach "
                    + "10.10.0.0/16: traffic to it is routed inside the pod network",
                "error: service network 172.17.0.0/24 lies inside bridge network docker0 (172.17.0.0/16): pods cannot "
                    + "reach containers on docker0 with addresses in 172.17.0.0/24: kube-proxy captures traffic to "
                    + "service addresses",
                "warning: pod network 10.10.0.0/16 lies inside Swarm address pool 10.0.0.0/8: once Swarm creates an "
                    + "overlay network in 10.10.0.0/16, its tasks and the pods with the same addresses cannot reach "
                    + "each other",
                "warning: Swarm address pool 10.0.0.0/8 contains destination 10.10.0.0/16: once Swarm creates an "
                    + "overlay network in 10.10.0.0/16, its tasks cannot reach 10.10.0.0/16",
            ])
        #expect(PodCIDRConflict.conflicts(among: []).isEmpty)
    }
}
