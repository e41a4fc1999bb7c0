import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import Testing

/// One side of a connection (what the lint rules ask) against the verdict's sides, on the random clusters of the
/// matrix tests, with and without cluster policy and Calico tiers.
@Suite("One side and the verdict agree")
struct SideVerdictTests {
    @Test(
        "side(_:from:to:port:tierPolicies:) equals the verdict's egress and ingress for every pair",
        arguments: Array(UInt64(1)...12))
    func agreement(seed: UInt64) throws {
        let input = MatrixConsistencyTests.messyCluster(seed: seed)
        let clusterPolicies =
            seed % 2 == 0 ? MatrixConsistencyTests.clusterPolicies(seed: seed, namespaces: input.namespaces) : []
        let (calicoPolicies, calicoTiers) =
            seed % 3 == 0 ? MatrixConsistencyTests.calicoPolicies(seed: seed) : ([], [])
        let outside: [ReachabilityEndpoint] = try ["192.168.0.1", "10.1.1.20", "203.0.113.9"].map {
            .address(try IPAddress(parsing: $0))
        }
        for options in MatrixConsistencyTests.optionSets {
            let analysis = ReachabilityAnalysis(
                namespaces: input.namespaces, pods: input.pods, workloads: input.workloads,
                policies: input.policies.map { LocatedPolicy($0) },
                clusterPolicies: clusterPolicies.map { LocatedClusterPolicy($0) }, calicoPolicies: calicoPolicies,
                calicoTiers: calicoTiers, options: options)
            let endpoints = analysis.peers.indices.map { ReachabilityEndpoint.peer($0) } + outside
            for source in endpoints {
                for destination in endpoints {
                    for port in [PortQuery.any, .port(53, .udp)] {
                        let verdict = analysis.verdict(from: source, to: destination, port: port)
                        let context = "seed \(seed), \(source) -> \(destination) on \(port), \(options)"
                        #expect(
                            analysis.side(.egress, from: source, to: destination, port: port) == verdict.egress,
                            "\(context)")
                        #expect(
                            analysis.side(.ingress, from: source, to: destination, port: port) == verdict.ingress,
                            "\(context)")
                        if case .peer(let index) = source {
                            let policies = analysis.tierPolicies(of: index, .egress)
                            #expect(
                                analysis.side(
                                    .egress, from: source, to: destination, port: port, tierPolicies: policies)
                                    == verdict.egress, "\(context)")
                        }
                        if case .peer(let index) = destination {
                            let policies = analysis.tierPolicies(of: index, .ingress)
                            #expect(
                                analysis.side(
                                    .ingress, from: source, to: destination, port: port, tierPolicies: policies)
                                    == verdict.ingress, "\(context)")
                        }
                    }
                }
            }
        }
    }
}
