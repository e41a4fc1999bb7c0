import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import Testing

/// The answers written in the example cluster's README (`Examples/example-cluster`, the seed), each checked.
@Suite("Example cluster (seed README)")
struct ExampleClusterTests {
    let cluster: TestCluster

    init() throws {
        cluster = try TestCluster(paths: [TestCluster.seed])
    }

    @Test("the peers are the six workloads")
    func peers() {
        #expect(
            cluster.analysis.peers.map(\.name) == [
                "ingress-nginx/controller", "kube-system/coredns", "ns-app1/api", "ns-app1/db", "ns-app1/web",
                "other/client",
            ])
        #expect(
            cluster.analysis.peers.map(\.kind) == [
                "Deployment", "Deployment", "Deployment", "StatefulSet", "Deployment", "Deployment",
            ])
    }

    @Test("ingress-nginx/controller reaches ns-app1/web on 8080, and on every port")
    func controllerReachesWeb() {
        let verdict = cluster.verdict("ingress-nginx/controller", "ns-app1/web", .port(8080, .tcp))
        #expect(verdict.outcome == .allowed)
        #expect(verdict.egress.status == .notIsolated)
        #expect(verdict.ingress.status == .isolated)
        #expect(
            verdict.ingress.isolatingPolicies.map(\.description) == ["ns-app1/allow-ingress-app1", "ns-app1/deny-all"])
        #expect(verdict.ingress.matches.map(\.rule.description) == ["ns-app1/allow-ingress-app1 ingress[0] from[0]"])
        #expect(verdict.notes.isEmpty)
        let any = cluster.verdict("ingress-nginx/controller", "ns-app1/web")
        #expect(any.outcome == .allowed)
        #expect(any.allowedPorts.isAll)
    }

    @Test("ns-app1/api cannot reach ns-app1/db: deny-all still isolates api's egress")
    func apiCannotReachDB() throws {
        for port in [PortQuery.any, .port(5432, .tcp)] {
            let verdict = cluster.verdict("ns-app1/api", "ns-app1/db", port)
            #expect(verdict.outcome == .denied)
            #expect(verdict.egress.status == .isolated)
            #expect(!verdict.egress.allows)
            #expect(verdict.egress.matches.isEmpty)
            let isolating = try #require(verdict.egress.isolatingPolicies.first)
            #expect(verdict.egress.isolatingPolicies.count == 1)
            #expect(isolating.description == "ns-app1/deny-all")
            #expect(isolating.location?.file.hasSuffix("example-cluster/01-deny-all.yaml") == true)
            #expect(isolating.location?.line == 2)
            // Their ingress does allow it: step 2 works for ingress only.
            #expect(verdict.ingress.allows)
            #expect(
                verdict.ingress.matches.map(\.rule.description) == ["ns-app1/allow-internal-ingress ingress[0] from[0]"]
            )
        }
        #expect(cluster.verdict("ns-app1/db", "ns-app1/api").outcome == .denied)
    }

    @Test("other/client reaches nothing in ns-app1")
    func clientReachesNothing() {
        for destination in cluster.peers(in: "ns-app1") {
            let verdict = cluster.verdict("other/client", destination)
            #expect(verdict.outcome == .denied, "\(destination)")
            #expect(verdict.egress.status == .notIsolated)
            #expect(!verdict.ingress.allows)
        }
    }

    @Test("no pod in ns-app1 reaches anything, DNS included")
    func noEgressFromApp1() {
        for source in cluster.peers(in: "ns-app1") {
            for port in [PortQuery.port(53, .udp), .port(53, .tcp), .any] {
                let verdict = cluster.verdict(source, "kube-system/coredns", port)
                #expect(verdict.outcome == .denied, "\(source) \(port)")
                #expect(verdict.egress.isolatingPolicies.map(\.name) == ["deny-all"])
            }
            for destination in cluster.analysis.peers.map(\.name) + ["8.8.8.8", "2001:db8::1"]
            where destination != source {
                #expect(cluster.verdict(source, destination).outcome == .denied, "\(source) -> \(destination)")
            }
        }
    }

    @Test("pods outside ns-app1 are not isolated")
    func othersNotIsolated() {
        let outside = ["ingress-nginx/controller", "kube-system/coredns", "other/client"]
        for source in outside {
            for destination in outside where destination != source {
                let verdict = cluster.verdict(source, destination)
                #expect(verdict.egress.status == .notIsolated)
                #expect(verdict.ingress.status == .notIsolated)
                #expect(verdict.allowedPorts.isAll)
            }
            #expect(cluster.verdict(source, "203.0.113.7").outcome == .allowed)
            #expect(cluster.verdict("203.0.113.7", source).outcome == .allowed)
        }
    }

    @Test("traffic from outside the cluster reaches nothing in ns-app1")
    func externalReachesNothing() {
        for source in ["203.0.113.7", "10.0.0.1", "2001:db8::1"] {
            for destination in cluster.peers(in: "ns-app1") {
                let verdict = cluster.verdict(source, destination)
                #expect(verdict.outcome == .denied)
                #expect(verdict.egress.status == .notGoverned(.outsideCluster))
            }
        }
    }

    @Test("a workload always reaches itself, though the rules deny traffic between two of its pods")
    func selfTraffic() {
        let verdict = cluster.verdict("ns-app1/web", "ns-app1/web", .port(8080, .tcp))
        #expect(verdict.outcome == .allowed)
        #expect(verdict.policyOutcome == .denied)
        #expect(verdict.notes.first == .selfTraffic)
    }

    @Test("the matrix says the same as the verdicts, pair by pair")
    func matrix() {
        let matrix = cluster.analysis.matrix()
        #expect(matrix.peers.map(\.name) == cluster.analysis.peers.map(\.name) + ["0.0.0.0/0", "::/0"])
        #expect(matrix.peers.suffix(2).map(\.kind) == ["IPBlock", "IPBlock"])
        for source in matrix.peers.indices {
            for destination in matrix.peers.indices {
                let endpoint = { (index: Int) -> ReachabilityEndpoint in
                    matrix.peers[index].block.map { .address($0.address) } ?? .peer(index)
                }
                let verdict = cluster.analysis.verdict(from: endpoint(source), to: endpoint(destination))
                #expect(matrix.allowedPorts(from: source, to: destination) == verdict.allowedPorts)
            }
        }
        let summary = matrix.summary
        #expect(summary.peers == 8)
        #expect(summary.outsideBlocks == 2)
        #expect(summary.pairs == 8 * 7 - 2)
        #expect(summary.fullyAllowed + summary.denied == summary.pairs)
        #expect(summary.fullyAllowed == 3 * 2 + 3 * 2 + 2 * 3 + 1)
    }
}
