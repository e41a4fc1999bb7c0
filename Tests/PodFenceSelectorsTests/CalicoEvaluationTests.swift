import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import Testing

/// Calico's tiered evaluation (docs/calico.md), each case stated from the documentation: tiers by order, the
/// first matching `Allow`/`Deny` decides, `Pass` goes to the next applying tier, `Log` never decides, a tier's
/// default action applies when its selecting policies match nothing, a tier none of whose policies selects the
/// endpoint is skipped, Kubernetes NetworkPolicies sit in `default` at order 1,000, and what passes the last
/// tier is allowed. Every case is also checked cell by cell against the matrix.
@Suite("Calico tiered policies")
struct CalicoEvaluationTests {
    /// The tier truth table's `a/client` (10.0.1.5) and `b/server` (10.0.2.7, `http` 8080/TCP, `dns` 53/UDP),
    /// without its host-network pod, and `b/db` (10.0.2.8).
    static let namespaces = TierEvaluationTests.namespaces
    static let pods =
        TierEvaluationTests.pods.filter { $0.spec.hostNetwork != true } + [
            Pod(
                metadata: ObjectMeta(name: "db", namespace: "b", labels: ["app": "db"]),
                spec: PodSpec(containers: [Container(name: "main")], nodeName: "n2"),
                status: PodStatus(podIPs: ["10.0.2.8"], hostIP: "192.168.0.2"))
        ]

    /// A NetworkPolicy isolating `b/server` for ingress and allowing TCP 8080 from namespace `a`.
    static let allowFromA = NetworkPolicy(
        metadata: ObjectMeta(name: "allow-a", namespace: "b"),
        spec: NetworkPolicySpec(
            podSelector: LabelSelector(["app": "server"]), policyTypes: [.ingress],
            ingress: [
                NetworkPolicyIngressRule(
                    from: [NetworkPolicyPeer(namespaceSelector: LabelSelector(["team": "a"]))],
                    ports: [NetworkPolicyPort(port: 8080)])
            ]))

    static func rule(
        _ action: CalicoAction, _ proto: CalicoProtocol? = nil, from source: CalicoEntityRule? = nil,
        to destination: CalicoEntityRule? = nil
    ) -> CalicoRule {
        CalicoRule(action: action, protocol: proto, source: source, destination: destination)
    }

    static func global(
        _ name: String, tier: String? = nil, order: CalicoOrder? = nil, selector: String = "app == 'server'",
        types: [PolicyType]? = nil, ingress: [CalicoRule]? = nil, egress: [CalicoRule]? = nil
    ) -> LocatedCalicoPolicy {
        LocatedCalicoPolicy(
            CalicoGlobalNetworkPolicy(
                name: name,
                spec: CalicoPolicySpec(
                    tier: tier, order: order, selector: selector, types: types, ingress: ingress, egress: egress)))
    }

    static func analysis(
        _ calico: [LocatedCalicoPolicy], tiers: [CalicoTier] = [], policies: [NetworkPolicy] = [],
        clusterPolicies: [ClusterNetworkPolicy] = []
    ) -> ReachabilityAnalysis {
        let analysis = ReachabilityAnalysis(
            namespaces: namespaces, pods: pods, workloads: [], policies: policies.map { LocatedPolicy($0) },
            clusterPolicies: clusterPolicies.map { LocatedClusterPolicy($0) }, calicoPolicies: calico,
            calicoTiers: tiers)
        // The matrix agrees with every verdict.
        let matrix = analysis.matrix()
        for source in analysis.peers.indices {
            for destination in analysis.peers.indices {
                let verdict = analysis.verdict(from: .peer(source), to: .peer(destination), port: .any)
                #expect(matrix.allowedPorts(from: source, to: destination) == verdict.allowedPorts)
            }
        }
        return analysis
    }

    static func ports(_ analysis: ReachabilityAnalysis, _ source: String, _ destination: String) -> PortSet {
        func endpoint(_ text: String) -> ReachabilityEndpoint {
            if let address = try? IPAddress(parsing: text) { return .address(address) }
            return .peer(analysis.peers(named: text)[0])
        }
        return analysis.verdict(from: endpoint(source), to: endpoint(destination), port: .any).allowedPorts
    }

    static let tcp8080 = PortSet(.tcp, [8080...8080])
    static let fromA = CalicoEntityRule(namespaceSelector: "team == 'a'")

    @Test("a user tier before default denies what the NetworkPolicies allow; a Pass hands it to them")
    func userTierBeforeDefault() {
        let security = CalicoTier(name: "security", spec: CalicoTierSpec(order: 100))
        let deny = Self.analysis(
            [Self.global("block-a", tier: "security", ingress: [Self.rule(.deny, from: Self.fromA)])],
            tiers: [security], policies: [Self.allowFromA])
        #expect(Self.ports(deny, "a/client", "b/server").isEmpty)
        let chain = deny.verdict(from: .peer(0), to: .peer(deny.peers(named: "b/server")[0]), port: .any).ingress.chain
        #expect(chain.map(\.tier.name) == ["security"] && chain.first?.rule?.policy.name == "block-a")
        let pass = Self.analysis(
            [Self.global("pass-a", tier: "security", ingress: [Self.rule(.pass, from: Self.fromA)])],
            tiers: [security], policies: [Self.allowFromA])
        #expect(Self.ports(pass, "a/client", "b/server") == Self.tcp8080)
    }

    @Test("a tier's default action: Deny stops what its rules match nothing of, Pass lets the next tier decide")
    func tierDefaultAction() {
        let allowDB = [Self.rule(.allow, from: CalicoEntityRule(selector: "app == 'db'"))]
        for (action, expected) in [(CalicoAction.deny, PortSet()), (.pass, Self.tcp8080)] {
            let analysis = Self.analysis(
                [Self.global("only-db", tier: "security", ingress: allowDB)],
                tiers: [CalicoTier(name: "security", spec: CalicoTierSpec(order: 100, defaultAction: action))],
                policies: [Self.allowFromA])
            #expect(Self.ports(analysis, "a/client", "b/server") == expected, "\(action)")
            #expect(Self.ports(analysis, "b/db", "b/server") == .all, "\(action)")
        }
    }

    @Test("a tier none of whose policies selects the endpoint is skipped, default action included")
    func tierNotApplying() {
        let analysis = Self.analysis(
            [Self.global("db-only", tier: "security", selector: "app == 'db'", ingress: [Self.rule(.deny)])],
            tiers: [CalicoTier(name: "security", spec: CalicoTierSpec(order: 100))])
        #expect(Self.ports(analysis, "a/client", "b/server") == .all)
        #expect(Self.ports(analysis, "a/client", "b/db").isEmpty)
    }

    @Test("in the default tier, order 500 comes before the NetworkPolicies (order 1,000) and 2,000 after them")
    func networkPolicyBlockOrder() {
        let denyA = [Self.rule(.deny, from: Self.fromA)]
        let early = Self.analysis([Self.global("deny-a", order: 500, ingress: denyA)], policies: [Self.allowFromA])
        #expect(Self.ports(early, "a/client", "b/server").isEmpty)
        let late = Self.analysis([Self.global("deny-a", order: 2000, ingress: denyA)], policies: [Self.allowFromA])
        #expect(Self.ports(late, "a/client", "b/server") == Self.tcp8080)
        // After the NetworkPolicies, an Allow still opens what they do not allow (the tier has not ended).
        let allowDNS = [Self.rule(.allow, .udp, to: CalicoEntityRule(ports: [CalicoPort(rawValue: "dns")]))]
        let opened = Self.analysis([Self.global("dns", order: 2000, ingress: allowDNS)], policies: [Self.allowFromA])
        #expect(Self.ports(opened, "a/client", "b/server") == Self.tcp8080.union(PortSet(.udp, [53...53])))
        // No order: after every ordered policy, so after the NetworkPolicies.
        let unordered = Self.analysis([Self.global("deny-a", ingress: denyA)], policies: [Self.allowFromA])
        #expect(Self.ports(unordered, "a/client", "b/server") == Self.tcp8080)
    }

    @Test("a Calico policy alone isolates its endpoint in the default tier, which denies by default")
    func defaultTierIsolates() {
        let analysis = Self.analysis([
            Self.global(
                "http-only", ingress: [Self.rule(.allow, .tcp, to: CalicoEntityRule(ports: [CalicoPort(number: 8080)]))]
            )
        ])
        #expect(Self.ports(analysis, "a/client", "b/server") == Self.tcp8080)
        #expect(Self.ports(analysis, "a/client", "b/db") == .all)
    }

    @Test("Log never decides; the first Allow or Deny does; rules and policies in order")
    func firstMatch() {
        let analysis = Self.analysis([
            Self.global("first", order: 10, ingress: [Self.rule(.log), Self.rule(.allow, .tcp)]),
            Self.global("second", order: 20, ingress: [Self.rule(.deny)]),
        ])
        #expect(Self.ports(analysis, "a/client", "b/server") == .all(.tcp))
    }

    @Test("types: without types an egress-only policy does not isolate ingress; listed types with no rules do")
    func typesDefaulting() {
        let egressOnly = Self.analysis([Self.global("egress", egress: [Self.rule(.deny)])])
        #expect(Self.ports(egressOnly, "a/client", "b/server") == .all)
        #expect(Self.ports(egressOnly, "b/server", "a/client").isEmpty)
        let listed = Self.analysis([Self.global("both", types: [.ingress, .egress], egress: [Self.rule(.allow)])])
        #expect(Self.ports(listed, "a/client", "b/server").isEmpty)
        #expect(Self.ports(listed, "b/server", "a/client") == .all)
    }

    @Test("a namespaced policy selects in its namespace, and its rule selectors look there too")
    func namespacedScope() {
        let policy = LocatedCalicoPolicy(
            CalicoNetworkPolicy(
                name: "same-namespace", namespace: "b",
                spec: CalicoPolicySpec(
                    selector: "all()", ingress: [Self.rule(.allow, from: CalicoEntityRule(selector: "all()"))])))
        let analysis = Self.analysis([policy])
        #expect(Self.ports(analysis, "b/db", "b/server") == .all)
        #expect(Self.ports(analysis, "a/client", "b/server").isEmpty)
        #expect(Self.ports(analysis, "b/server", "a/client") == .all)
    }

    @Test("nets, notNets and notSelector: outside addresses match notSelector, never selector")
    func addresses() {
        let analysis = Self.analysis([
            Self.global(
                "addresses",
                ingress: [
                    Self.rule(.deny, from: CalicoEntityRule(nets: ["203.0.113.0/24"])),
                    Self.rule(.allow, from: CalicoEntityRule(selector: "app == 'client'")),
                    {
                        var entity = CalicoEntityRule()
                        entity.notSelector = "app == 'db'"
                        entity.notNets = ["10.0.0.0/8"]
                        return Self.rule(.allow, from: entity)
                    }(),
                ])
        ])
        #expect(Self.ports(analysis, "203.0.113.9", "b/server").isEmpty)
        #expect(Self.ports(analysis, "198.51.100.1", "b/server") == .all)
        #expect(Self.ports(analysis, "a/client", "b/server") == .all)
        #expect(Self.ports(analysis, "b/db", "b/server").isEmpty)
    }

    @Test("protocol, ports, notPorts, notProtocol and named ports narrow what a rule decides")
    func ports() {
        var notPorts = CalicoEntityRule()
        notPorts.notPorts = [CalicoPort(rawValue: "http")]
        var notUDP = Self.rule(.allow)
        notUDP.notProtocol = .udp
        let analysis = Self.analysis([
            Self.global(
                "ports", order: 1,
                ingress: [
                    Self.rule(.allow, .tcp, from: CalicoEntityRule(selector: "app == 'db'"), to: notPorts),
                    Self.rule(.allow, .icmp, from: Self.fromA),
                ]),
            Self.global("rest", order: 2, ingress: [notUDP]),
        ])
        let tcpButHTTP = PortSet.all(.tcp).subtracting(Self.tcp8080)
        #expect(Self.ports(analysis, "b/db", "b/server") == PortSet.all.subtracting(PortSet.all(.udp)))
        #expect(Self.ports(analysis, "a/client", "b/server") == PortSet.all.subtracting(PortSet.all(.udp)))
        let onlyDB = Self.analysis([
            Self.global(
                "db", ingress: [Self.rule(.allow, .tcp, from: CalicoEntityRule(selector: "app == 'db'"), to: notPorts)])
        ])
        #expect(Self.ports(onlyDB, "b/db", "b/server") == tcpButHTTP)
    }

    @Test("a rule's local criteria (an ingress rule's destination) narrow which selected pods it applies to")
    func localCriteria() {
        let analysis = Self.analysis([
            Self.global(
                "b-pods", selector: "projectcalico.org/namespace == 'b'",
                ingress: [Self.rule(.allow, to: CalicoEntityRule(selector: "app == 'db'"))])
        ])
        #expect(Self.ports(analysis, "a/client", "b/db") == .all)
        #expect(Self.ports(analysis, "a/client", "b/server").isEmpty)
    }

    @Test("criteria PodFence cannot evaluate are read closed and the verdict says another reading differs")
    func unevaluable() {
        var byAccount = CalicoEntityRule()
        byAccount.serviceAccounts = CalicoServiceAccountMatch(names: ["robot"])
        let allow = Self.analysis([Self.global("accounts", ingress: [Self.rule(.allow, from: byAccount)])])
        let verdict = allow.verdict(from: .peer(0), to: .peer(allow.peers(named: "b/server")[0]), port: .any)
        #expect(verdict.allowedPorts.isEmpty)
        #expect(verdict.outcome == .implementationDefined)
        #expect(
            verdict.notes.contains { if case .clusterPeerNotEvaluated = $0 { true } else { false } })
        let deny = Self.analysis([
            Self.global("accounts", order: 1, ingress: [Self.rule(.deny, from: byAccount)]),
            Self.global("rest", order: 2, ingress: [Self.rule(.allow)]),
        ])
        #expect(Self.ports(deny, "a/client", "b/server").isEmpty)
    }

    @Test("a tier that no Tier object defines is reported and read closed: after every tier, Deny by default")
    func missingTier() {
        let analysis = Self.analysis(
            [Self.global("lost", tier: "ghost", ingress: [Self.rule(.allow, from: Self.fromA)])],
            clusterPolicies: [
                .baseline("deny-all", priority: 1, subject: .namespaces([:])).ingress(.deny, from: [.namespaces([:])])
            ])
        #expect(analysis.missingCalicoTiers == ["ghost"])
        #expect(Self.ports(analysis, "a/client", "b/server").isEmpty)
        #expect(Self.ports(analysis, "203.0.113.9", "b/server").isEmpty)
        #expect(Self.ports(analysis, "a/client", "b/db").isEmpty)
    }

    @Test("kube-admin and kube-baseline hold Calico policies beside ClusterNetworkPolicies, by order and priority")
    func builtInTiers() {
        let adminAccept = ClusterNetworkPolicy.admin("accept-a", priority: 20, subject: .namespaces(["team": "b"]))
            .ingress(.accept, from: [.namespaces(["team": "a"])])
        let analysis = Self.analysis(
            [
                Self.global("deny-first", tier: "kube-admin", order: 10, ingress: [Self.rule(.deny, from: Self.fromA)]),
                Self.global(
                    "baseline-deny", tier: "kube-baseline", selector: "app == 'db'", ingress: [Self.rule(.deny)]),
            ], clusterPolicies: [adminAccept])
        #expect(Self.ports(analysis, "a/client", "b/server").isEmpty)
        let chain = analysis.verdict(from: .peer(0), to: .peer(analysis.peers(named: "b/server")[0]), port: .any)
            .ingress.chain
        #expect(
            chain.first?.tier == .admin && chain.first?.rule?.policy.description == "GlobalNetworkPolicy/deny-first")
        // kube-baseline decides only what no NetworkPolicy isolates.
        #expect(Self.ports(analysis, "b/server", "b/db").isEmpty)
        let isolated = Self.analysis(
            [
                Self.global(
                    "baseline-deny", tier: "kube-baseline", selector: "app == 'server'", ingress: [Self.rule(.deny)])
            ],
            policies: [Self.allowFromA])
        #expect(Self.ports(isolated, "a/client", "b/server") == Self.tcp8080)
        #expect(Self.ports(isolated, "b/db", "b/server").isEmpty)
    }
}

@Suite("Peer handles")
struct PeerHandleTests {
    @Test("peer(named:) returns a handle, and says why when the name is unknown or ambiguous")
    func lookup() throws {
        let analysis = ReachabilityAnalysis(
            namespaces: CalicoEvaluationTests.namespaces, pods: CalicoEvaluationTests.pods,
            workloads: [
                Workload(.deployment, name: "db", namespace: "b", template: PodTemplateSpec(labels: ["app": "db"]))
            ], policies: [])
        let server = try analysis.peer(named: "b/server")
        #expect(analysis[server].name == "b/server" && analysis[server].labels == ["app": "server"])
        #expect(
            analysis.verdict(from: .peer(try analysis.peer(named: "a/client")), to: .peer(server)).allowedPorts == .all)
        do {
            _ = try analysis.peer(named: "b/sever")
            Issue.record("an unknown name was found")
        } catch {
            #expect(error.code == .unknownEndpoint)
            #expect(error.message.contains("close matches: b/server"), "\(error.message)")
        }
        // A pod and a workload share `b/db`.
        do {
            _ = try analysis.peer(named: "b/db")
            Issue.record("an ambiguous name was found")
        } catch {
            #expect(error.code == .ambiguousEndpoint)
            #expect(error.message.contains("pod/b/db") && error.message.contains("deployment/b/db"), "\(error.message)")
        }
        #expect(throws: ReachabilityQueryError.self) { try analysis.peer(named: "10.0.2.7") }
    }
}
