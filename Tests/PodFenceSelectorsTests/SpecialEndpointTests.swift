import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import Testing

/// The special endpoints and plugin choices of semantics §2.7-§2.9: the own node, hostNetwork pods, ipBlocks
/// on pod IPs, nothing listening, and the outside blocks of the matrix.
@Suite("Special endpoints and options")
struct SpecialEndpointTests {
    /// A pod on a node, with an IP, labels and ports.
    static func pod(
        _ qualified: String, ip: String, node: String, hostIP: String, labels: [String: String] = [:],
        hostNetwork: Bool = false, ports: [Int] = [8080]
    ) -> Pod {
        let parts = qualified.split(separator: "/").map(String.init)
        return Pod(
            metadata: ObjectMeta(name: parts[1], namespace: parts[0], labels: labels),
            spec: PodSpec(
                containers: [Container(name: "main", ports: ports.map { ContainerPort(containerPort: $0) })],
                nodeName: node, hostNetwork: hostNetwork),
            status: PodStatus(podIPs: [ip], hostIP: hostIP))
    }

    static let pods = [
        pod("app/web", ip: "10.0.1.5", node: "n1", hostIP: "192.168.0.1", labels: ["app": "web"]),
        pod("app/db", ip: "10.0.2.5", node: "n2", hostIP: "192.168.0.2", labels: ["app": "db"]),
        pod(
            "infra/agent", ip: "192.168.0.1", node: "n1", hostIP: "192.168.0.1", labels: ["app": "agent"],
            hostNetwork: true),
    ]

    static let denyAll = NetworkPolicy.denyAll(in: "app")

    @Test("ingress from the pod's own node is always allowed; from another node it follows the rules")
    func ownNodeIngress() {
        let cluster = TestCluster(pods: Self.pods, policies: [Self.denyAll])
        let own = cluster.verdict("192.168.0.1", "app/web", .port(8080, .tcp))
        #expect(own.outcome == .allowed)
        #expect(own.ingress.status == .ownNode)
        #expect(own.ingress.isolatingPolicies.map(\.description) == ["app/deny-all"])
        #expect(own.notes.contains(.ownNodeIngress))
        #expect(cluster.verdict("192.168.0.2", "app/web").outcome == .denied)
        #expect(cluster.verdict("192.168.0.1", "app/db").outcome == .denied)
    }

    @Test("egress to the pod's own node follows the rules; a denial there is implementation-defined")
    func ownNodeEgress() {
        let cluster = TestCluster(pods: Self.pods, policies: [Self.denyAll])
        let own = cluster.verdict("app/web", "192.168.0.1")
        #expect(own.outcome == .implementationDefined)
        #expect(own.notes.contains(.ownNodeEgress))
        #expect(cluster.verdict("app/web", "192.168.0.2").outcome == .denied)
        let allowed = TestCluster(
            pods: Self.pods,
            policies: [Self.denyAll.allowingEgress(to: [.ipBlock("192.168.0.0/24")])])
        #expect(allowed.verdict("app/web", "192.168.0.1").outcome == .allowed)
    }

    @Test("a hostNetwork pod is its node's traffic by default: invisible to selectors, matched by node ipBlocks")
    func hostNetworkAsNodeTraffic() {
        let fromAllPods = Self.denyAll.allowingIngress(from: [.namespaces([:])])
        let cluster = TestCluster(pods: Self.pods, policies: [fromAllPods, NetworkPolicy.denyAll(in: "infra")])
        // On web's node: always allowed. To db on another node: selectors do not see it.
        #expect(cluster.verdict("infra/agent", "app/web").outcome == .allowed)
        let toDB = cluster.verdict("infra/agent", "app/db")
        #expect(toDB.outcome == .denied)
        #expect(toDB.egress.status == .notGoverned(.hostNetwork))
        #expect(toDB.notes.contains(.hostNetwork(peer: "infra/agent", treatedAsPod: false)))
        // Policies of its own namespace do not isolate it.
        #expect(cluster.verdict("app/db", "infra/agent").ingress.status == .notGoverned(.hostNetwork))
        let byNodeIP = TestCluster(
            pods: Self.pods, policies: [Self.denyAll.allowingIngress(from: [.ipBlock("192.168.0.0/24")])])
        #expect(byNodeIP.verdict("infra/agent", "app/db").outcome == .allowed)
    }

    @Test("with --host-network-as-pods, a hostNetwork pod is a pod like any other")
    func hostNetworkAsPods() {
        let options = ReachabilityOptions(hostNetworkPods: .pods)
        let fromAllPods = Self.denyAll.allowingIngress(from: [.namespaces([:])])
        let cluster = TestCluster(pods: Self.pods, policies: [fromAllPods], options: options)
        let toDB = cluster.verdict("infra/agent", "app/db")
        #expect(toDB.outcome == .allowed)
        #expect(toDB.egress.status == .notIsolated)
        #expect(toDB.notes.contains(.hostNetwork(peer: "infra/agent", treatedAsPod: true)))
        let isolated = TestCluster(pods: Self.pods, policies: [NetworkPolicy.denyAll(in: "infra")], options: options)
        #expect(isolated.verdict("infra/agent", "app/db").outcome == .denied)
    }

    @Test("ipBlocks on pod IPs: matched by default with a note; with the option off, implementation-defined")
    func ipBlockOnPodIPs() {
        let policy = Self.denyAll.selecting(["app": "web"]).allowingEgress(to: [.ipBlock("10.0.2.5/32")])
        let pods = Array(Self.pods.prefix(2))
        let calico = TestCluster(pods: pods, policies: [policy])
        let verdict = calico.verdict("app/web", "app/db", .port(8080, .tcp))
        #expect(verdict.outcome == .allowed)
        #expect(
            verdict.notes.contains {
                if case .ipBlockMatchedPodIP(let rule, let address) = $0 {
                    return rule.description == "app/deny-all egress[0] to[0]" && address.description == "10.0.2.5"
                }
                return false
            })
        let cilium = TestCluster(
            pods: pods, policies: [policy], options: ReachabilityOptions(ipBlockMatchesPodIPs: false))
        let other = cilium.verdict("app/web", "app/db", .port(8080, .tcp))
        #expect(other.outcome == .implementationDefined)
        #expect(other.allowedPorts.isEmpty)
        #expect(cilium.verdict("app/web", "10.0.2.5").outcome == .allowed)
        let matrix = cilium.analysis.matrix()
        #expect(matrix.outcome(from: 1, to: 0) == .implementationDefined)
        #expect(matrix.summary.implementationDefined == 1)
    }

    @Test("allowed by policy on a port nothing declares: a note, not a denial")
    func nothingListening() {
        let cluster = TestCluster(pods: Self.pods, policies: [])
        #expect(cluster.verdict("app/web", "app/db", .port(8080, .tcp)).notes.isEmpty)
        let verdict = cluster.verdict("app/web", "app/db", .port(9999, .tcp))
        #expect(verdict.outcome == .allowed)
        #expect(verdict.notes == [.nothingListening(port: 9999, protocol: .tcp)])
    }

    @Test("the matrix cuts the outside address space at every cidr and except, named by canonical prefixes")
    func outsideBlocks() {
        let policy = NetworkPolicy.denyAll(in: "app").allowingEgress(to: [
            .ipBlock("10.0.0.0/8", except: ["10.1.0.0/16"])
        ])
        let cluster = TestCluster(pods: Array(Self.pods.prefix(2)), policies: [policy])
        let matrix = cluster.analysis.matrix()
        let outside = matrix.peers.filter(\.isOutside).map(\.name)
        #expect(
            outside == [
                "0.0.0.0/5", "8.0.0.0/7", "10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/15", "10.4.0.0/14", "10.8.0.0/13",
                "10.16.0.0/12", "10.32.0.0/11", "10.64.0.0/10", "10.128.0.0/9", "11.0.0.0/8", "12.0.0.0/6",
                "16.0.0.0/4",
                "32.0.0.0/3", "64.0.0.0/2", "128.0.0.0/1", "::/0",
            ])
        let web = 1
        for (index, peer) in matrix.peers.enumerated() where peer.isOutside {
            let inBlock =
                ["10.0.0.0/16"].contains(peer.name) || (peer.name.hasPrefix("10.") && peer.name != "10.1.0.0/16")
            #expect(matrix.outcome(from: web, to: index) == (inBlock ? .allowed : .denied), "\(peer.name)")
            #expect(matrix.peers[index].kind == "IPBlock")
        }
        // Peers that no rule tells apart share a class: the two pods; the blocks inside; the blocks outside.
        #expect(matrix.classCount == 3)
    }

    @Test("peers are found by name or kind/name; unknown names get close matches")
    func lookup() {
        let workload = Workload(
            .deployment, name: "web", namespace: "app", template: PodTemplateSpec(labels: ["app": "web"]))
        let cluster = TestCluster(pods: Self.pods, workloads: [workload], policies: [])
        #expect(cluster.analysis.peers(named: "app/web").count == 2)
        #expect(cluster.analysis.peers(named: "deployment/app/web").count == 1)
        #expect(cluster.analysis.peers(named: "Pod/app/web").count == 1)
        #expect(cluster.analysis.peers(named: "app/wbe").isEmpty)
        #expect(cluster.analysis.closeMatches(to: "app/wbe") == ["app/web", "app/db"])
        #expect(cluster.analysis.closeMatches(to: "other/agent") == ["infra/agent"])
        #expect(cluster.analysis.closeMatches(to: "zzz/qqqqqq").isEmpty)
    }
}
