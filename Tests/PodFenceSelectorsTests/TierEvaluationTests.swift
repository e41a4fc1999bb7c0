import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import Testing

/// The tier order of kubernetes-sigs/network-policy-api: Admin cluster policies (first match decides, Pass
/// hands on), then NetworkPolicies, then Baseline cluster policies, then the default allow.
@Suite("Cluster policy tiers")
struct TierEvaluationTests {
    /// `a/client` and `b/server` (named port `http` 8080/TCP, `dns` 53/UDP), a host-network pod on node n1
    /// and the server's node.
    static let namespaces = [Namespace(name: "a", labels: ["team": "a"]), Namespace(name: "b", labels: ["team": "b"])]
    static let pods = [
        Pod(
            metadata: ObjectMeta(name: "client", namespace: "a", labels: ["app": "client"]),
            spec: PodSpec(containers: [Container(name: "main")], nodeName: "n1"),
            status: PodStatus(podIPs: ["10.0.1.5"], hostIP: "192.168.0.1")),
        Pod(
            metadata: ObjectMeta(name: "server", namespace: "b", labels: ["app": "server"]),
            spec: PodSpec(
                containers: [
                    Container(
                        name: "main",
                        ports: [
                            ContainerPort(name: "http", containerPort: 8080),
                            ContainerPort(name: "dns", containerPort: 53, protocol: .udp),
                        ])
                ], nodeName: "n2"),
            status: PodStatus(podIPs: ["10.0.2.7"], hostIP: "192.168.0.2")),
        Pod(
            metadata: ObjectMeta(name: "agent", namespace: "a", labels: ["app": "agent"]),
            spec: PodSpec(containers: [Container(name: "main")], nodeName: "n2", hostNetwork: true),
            status: PodStatus(podIPs: ["192.168.0.2"], hostIP: "192.168.0.2")),
    ]

    static func analysis(
        _ policies: [NetworkPolicy] = [], _ clusterPolicies: [ClusterNetworkPolicy],
        options: ReachabilityOptions = ReachabilityOptions()
    ) -> ReachabilityAnalysis {
        ReachabilityAnalysis(
            namespaces: namespaces, pods: pods, workloads: [], policies: policies.map { LocatedPolicy($0) },
            clusterPolicies: clusterPolicies.map { LocatedClusterPolicy($0) }, options: options)
    }

    static func verdict(
        _ analysis: ReachabilityAnalysis, _ source: String, _ destination: String, _ port: PortQuery = .any
    ) -> ReachabilityVerdict {
        func endpoint(_ text: String) -> ReachabilityEndpoint {
            if let address = try? IPAddress(parsing: text) { return .address(address) }
            return .peer(analysis.peers(named: text)[0])
        }
        return analysis.verdict(from: endpoint(source), to: endpoint(destination), port: port)
    }

    enum ClusterChoice: String, CaseIterable, Sendable {
        case none, accept, deny, pass
    }

    enum NetworkPolicyChoice: String, CaseIterable, Sendable {
        case none, allow, isolate
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var admin: ClusterChoice
        var networkPolicy: NetworkPolicyChoice
        var baseline: ClusterChoice
        var ingress: Bool
        var testDescription: String {
            "\(ingress ? "ingress" : "egress"): admin \(admin), NetworkPolicy \(networkPolicy), baseline \(baseline)"
        }

        /// The specification, stated once: the Admin tier decides unless it passes or does not match; then a
        /// NetworkPolicy that isolates decides; then the Baseline tier; then the default allows.
        var expected: (allowed: Bool, tier: EvaluationTier) {
            switch admin {
            case .accept: return (true, .admin)
            case .deny: return (false, .admin)
            case .pass, .none: break
            }
            switch networkPolicy {
            case .allow: return (true, .networkPolicy)
            case .isolate: return (false, .networkPolicy)
            case .none: break
            }
            switch baseline {
            case .accept: return (true, .baseline)
            case .deny: return (false, .baseline)
            case .pass, .none: return (true, .defaultAllow)
            }
        }
    }

    static let truthTable: [Row] = {
        var rows: [Row] = []
        for ingress in [true, false] {
            for admin in ClusterChoice.allCases {
                for networkPolicy in NetworkPolicyChoice.allCases {
                    for baseline in ClusterChoice.allCases {
                        rows.append(
                            Row(admin: admin, networkPolicy: networkPolicy, baseline: baseline, ingress: ingress))
                    }
                }
            }
        }
        return rows
    }()

    static func action(_ choice: ClusterChoice) -> ClusterPolicyAction? {
        switch choice {
        case .none: nil
        case .accept: .accept
        case .deny: .deny
        case .pass: .pass
        }
    }

    @Test("each tier decides in order", arguments: truthTable)
    func tierOrder(row: Row) throws {
        var clusterPolicies: [ClusterNetworkPolicy] = []
        var policies: [NetworkPolicy] = []
        // The governed side: the server's ingress from a, or the client's egress to b.
        let subject: ClusterPolicySubject = row.ingress ? .namespaces(["team": "b"]) : .namespaces(["team": "a"])
        let other: ClusterPolicyPeer = row.ingress ? .namespaces(["team": "a"]) : .namespaces(["team": "b"])
        func rule(_ policy: ClusterNetworkPolicy, _ action: ClusterPolicyAction) -> ClusterNetworkPolicy {
            row.ingress
                ? policy.ingress(action, from: [other], name: "r") : policy.egress(action, to: [other], name: "r")
        }
        if let action = Self.action(row.admin) {
            clusterPolicies.append(rule(.admin("admin", priority: 10, subject: subject), action))
        }
        if let action = Self.action(row.baseline) {
            clusterPolicies.append(rule(.baseline("baseline", priority: 10, subject: subject), action))
        }
        let namespace = row.ingress ? "b" : "a"
        let direction: PolicyType = row.ingress ? .ingress : .egress
        switch row.networkPolicy {
        case .none: break
        case .isolate: policies.append(NetworkPolicy.denyAll(in: namespace).applying(to: [direction]))
        case .allow:
            let allow = NetworkPolicy(name: "allow", namespace: namespace).applying(to: [direction])
            policies.append(
                row.ingress
                    ? allow.allowingIngress(from: [.namespaces(["team": "a"])])
                    : allow.allowingEgress(to: [.namespaces(["team": "b"])]))
        }
        let analysis = Self.analysis(policies, clusterPolicies)
        let verdict = Self.verdict(analysis, "a/client", "b/server", .port(8080, .tcp))
        #expect(verdict.isAllowed == row.expected.allowed)
        let side = row.ingress ? verdict.ingress : verdict.egress
        if clusterPolicies.isEmpty {
            #expect(side.chain.isEmpty)
        } else {
            let last = try #require(side.chain.last)
            #expect(last.tier == row.expected.tier)
            #expect(last.action == (row.expected.allowed ? .accept : .deny))
            #expect(last.ports == PortSet(.tcp, [8080...8080]))
            if row.admin == .pass { #expect(side.chain.first?.action == .pass) }
        }
        // The other side is not governed by anything here.
        #expect((row.ingress ? verdict.egress : verdict.ingress).chain.isEmpty)
        // The matrix says the same.
        let matrix = analysis.matrix()
        let client = try #require(matrix.peers.firstIndex { $0.name == "a/client" })
        let server = try #require(matrix.peers.firstIndex { $0.name == "b/server" })
        #expect(matrix.allowedPorts(from: client, to: server).contains(8080, .tcp) == row.expected.allowed)
    }

    @Test("a Pass hands the rest of the tier over: a lower-priority Deny no longer applies to it")
    func passSkipsTheRestOfTheTier() {
        let analysis = Self.analysis(
            [],
            [
                .admin("pass-web", priority: 5, subject: .namespaces(["team": "b"]))
                    .ingress(.pass, from: [.namespaces([:])], protocols: [.tcp(8080)]),
                .admin("deny-all", priority: 10, subject: .namespaces(["team": "b"]))
                    .ingress(.deny, from: [.namespaces([:])]),
            ])
        let passed = Self.verdict(analysis, "a/client", "b/server", .port(8080, .tcp))
        #expect(passed.isAllowed)
        #expect(passed.ingress.chain.map(\.tier) == [.admin, .networkPolicy, .defaultAllow])
        #expect(passed.ingress.chain.first?.rule?.policy.name == "pass-web")
        let denied = Self.verdict(analysis, "a/client", "b/server", .port(8081, .tcp))
        #expect(!denied.isAllowed)
        #expect(denied.ingress.chain.map(\.rule?.policy.name) == ["deny-all"])
        // Without a port: everything but TCP 8080 is denied.
        let any = Self.verdict(analysis, "a/client", "b/server")
        #expect(any.allowedPorts == PortSet(.tcp, [8080...8080]))
    }

    @Test("rules of one policy apply in order, and a rule decides only the ports it names")
    func ruleOrderAndPorts() {
        let policy = ClusterNetworkPolicy.admin("web", priority: 1, subject: .pods(["app": "server"]))
            .ingress(.accept, from: [.pods(["app": "client"])], protocols: [.named("http")], name: "web")
            .ingress(.deny, from: [.namespaces([:])], name: "rest")
        let isolated = NetworkPolicy.denyAll(in: "b")
        let analysis = Self.analysis([isolated], [policy])
        let verdict = Self.verdict(analysis, "a/client", "b/server")
        // The named port resolves on the destination: TCP 8080; UDP 53 (named dns) is denied by the next rule.
        #expect(verdict.ingress.allowedPorts == PortSet(.tcp, [8080...8080]))
        #expect(verdict.ingress.chain.map(\.action) == [.accept, .deny])
        #expect(verdict.ingress.chain[0].rule?.ruleName == "web")
        #expect(verdict.ingress.chain[0].rule?.path == "ingress[0] from[0] \"web\"")
        #expect(verdict.ingress.chain[1].ports == PortSet.all.subtracting(PortSet(.tcp, [8080...8080])))
        // An Admin Accept overrides the NetworkPolicy that isolates the server; its egress is still denied.
        #expect(Self.verdict(analysis, "a/client", "b/server", .port(8080, .tcp)).isAllowed)
        #expect(!Self.verdict(analysis, "b/server", "a/client", .port(8080, .tcp)).isAllowed)
    }

    @Test("networks match pod IPs whatever the ipBlock option says; host-network pods are never subjects")
    func networksAndHostNetwork() {
        let policy = ClusterNetworkPolicy.admin("no-server", priority: 1, subject: .namespaces([:]))
            .egress(.deny, to: [.networks(["10.0.2.0/24"])])
        for options in [ReachabilityOptions(), ReachabilityOptions(ipBlockMatchesPodIPs: false)] {
            let analysis = Self.analysis([], [policy], options: options)
            #expect(!Self.verdict(analysis, "a/client", "b/server").isAllowed)
            #expect(Self.verdict(analysis, "a/client", "10.0.3.1").isAllowed)
            #expect(!Self.verdict(analysis, "a/client", "10.0.2.200").isAllowed)
            // The host-network agent is not a subject: its egress is not governed.
            #expect(Self.verdict(analysis, "a/agent", "10.0.2.200").isAllowed)
        }
    }

    @Test("equal priorities that disagree make the verdict implementation-defined")
    func equalPriorities() {
        let subject = ClusterPolicySubject.namespaces(["team": "b"])
        let analysis = Self.analysis(
            [],
            [
                .admin("x-accept", priority: 7, subject: subject).ingress(.accept, from: [.namespaces([:])]),
                .admin("y-deny", priority: 7, subject: subject).ingress(.deny, from: [.namespaces([:])]),
            ])
        let verdict = Self.verdict(analysis, "a/client", "b/server", .port(80, .tcp))
        #expect(verdict.outcome == .implementationDefined)
        #expect(verdict.allowedPorts == PortSet(.tcp, [80...80]))
        #expect(
            verdict.notes.contains { note in
                if case .equalPriorityOverlap(let policies, let ports) = note {
                    return policies.map(\.name) == ["x-accept", "y-deny"] && ports.isEmpty
                }
                return false
            })
        // When they agree, the order does not matter and nothing is said.
        let agreeing = Self.analysis(
            [],
            [
                .admin("x", priority: 7, subject: subject).ingress(.deny, from: [.namespaces([:])]),
                .admin("y", priority: 7, subject: subject).ingress(.deny, from: [.namespaces(["team": "a"])]),
            ])
        let quiet = Self.verdict(agreeing, "a/client", "b/server", .port(80, .tcp))
        #expect(quiet.outcome == .denied)
        #expect(quiet.notes.isEmpty)
    }

    @Test("peers that cannot be evaluated offline read closed, and the verdict says so")
    func unevaluablePeers() {
        let analysis = Self.analysis(
            [],
            [
                .admin("egress", priority: 1, subject: .pods(["app": "client"]))
                    .egress(.accept, to: [.domainNames(["*.example.com"])], name: "allow-example")
                    .egress(.deny, to: [.nodes(LabelSelector(["role": "control-plane"]))], name: "no-masters")
                    .egress(.deny, to: [.networks(["0.0.0.0/0"])], name: "deny-rest")
            ])
        // An outside address might be one of the domain names: Accept does not match it (closed), so the
        // next rules deny it, and the verdict is implementation-defined.
        let outside = Self.verdict(analysis, "a/client", "93.184.216.34", .port(443, .tcp))
        #expect(outside.outcome == .implementationDefined)
        #expect(
            outside.notes.contains { note in
                if case .clusterPeerNotEvaluated(let rules, let ports) = note {
                    return rules.map(\.ruleName) == ["allow-example"] && ports == PortSet(.tcp, [443...443])
                }
                return false
            })
        // A node whose labels PodFence cannot know: the Deny reads closed (denied), and would not match if
        // the node is not a control-plane node (then deny-rest denies too): no ambiguity left.
        let node = Self.verdict(analysis, "a/client", "a/agent", .port(10250, .tcp))
        #expect(node.outcome == .denied)
        // A pod is neither a node nor a domain name.
        #expect(Self.verdict(analysis, "a/client", "b/server").outcome == .denied)
        #expect(
            Self.verdict(analysis, "a/client", "b/server").egress.chain.last?.rule?.ruleName == "deny-rest")
    }

    @Test("an empty nodes selector selects every node PodFence knows")
    func everyNode() {
        let analysis = Self.analysis(
            [],
            [
                .admin("nodes", priority: 1, subject: .pods(["app": "client"]))
                    .egress(.deny, to: [.nodes(LabelSelector())])
            ])
        #expect(!Self.verdict(analysis, "a/client", "a/agent").isAllowed)
        #expect(!Self.verdict(analysis, "a/client", "192.168.0.1").isAllowed)
        #expect(Self.verdict(analysis, "a/client", "192.168.0.9").isAllowed)
        #expect(Self.verdict(analysis, "a/client", "b/server").isAllowed)
    }

    @Test("cluster policies in evaluation order, their subjects and the peers they name")
    func selection() {
        let analysis = Self.analysis(
            [],
            [
                .baseline("z-baseline", priority: 1, subject: .namespaces([:])),
                .admin("b-admin", priority: 20, subject: .pods(["app": "server"])),
                .admin("a-admin", priority: 20, subject: .namespaces(["team": "a"])),
            ])
        #expect(analysis.clusterPolicies.map(\.name) == ["a-admin", "b-admin", "z-baseline"])
        // Found by name, whatever order they were given in.
        func handle(_ name: String) -> Int? {
            analysis.clusterPolicy(kind: ClusterNetworkPolicy.kind, name: name)?.index
        }
        #expect(["z-baseline", "b-admin", "a-admin"].map(handle) == [2, 1, 0])
        func names(_ peers: [Int]) -> [String] { peers.map { analysis.peers[$0].name } }
        // The host-network agent in a is never a subject.
        #expect(names(analysis.subjects(ofClusterPolicy: 0)) == ["a/client"])
        #expect(names(analysis.subjects(ofClusterPolicy: 1)) == ["b/server"])
        #expect(names(analysis.subjects(ofClusterPolicy: 2)) == ["a/client", "b/server"])
        #expect(
            names(analysis.peers(selectedBy: .pods(["app": "client"], inNamespaces: ["team": "a"]))) == ["a/client"])
        #expect(analysis.peers(selectedBy: .networks(["10.0.0.0/8"])).isEmpty)
    }
}
