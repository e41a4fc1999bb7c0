import PodFenceModel
import PodFenceSelectors
import Testing

/// The generated families of policy-assistant (semantics §2.12) on the e2e model: ports × protocols, the
/// peer shapes, conflicting stacks and pathological named ports. Each expectation is stated from the rules,
/// independently of the engine.
@Suite("Generated families (semantics §2.12)")
struct GeneratedFamilyTests {
    private typealias M = E2EModel

    /// A port entry and the (port, protocol) pairs it allows on the e2e pods.
    struct PortCase: Sendable, CustomTestStringConvertible {
        var name: String
        var ports: [NetworkPolicyPort]?
        var allows: @Sendable (Int, PortProtocol) -> Bool
        var testDescription: String { name }
    }

    static let probes: [(Int, PortProtocol)] = [80, 81, 99].flatMap { port in PortProtocol.supported.map { (port, $0) }
    }

    static let portCases: [PortCase] = {
        var cases: [PortCase] = [
            PortCase(name: "no ports", ports: nil) { _, _ in true },
            PortCase(name: "ports: []", ports: []) { _, _ in true },
            PortCase(name: "ports: [{}] is TCP only", ports: [NetworkPolicyPort()]) { _, proto in proto == .tcp },
            PortCase(name: "named port on the wrong protocol", ports: [.named("serve-80-tcp", protocol: .udp)]) {
                _, _ in false
            },
            PortCase(name: "named port nobody serves", ports: [.named("serve-99-tcp")]) { _, _ in false },
            PortCase(name: "numbered port nobody serves", ports: [.tcp(99)]) { port, proto in
                port == 99 && proto == .tcp
            },
        ]
        for proto in PortProtocol.supported {
            let suffix = proto.rawValue.lowercased()
            cases += [
                PortCase(name: "\(proto) all ports", ports: [.all(proto)]) { _, probe in probe == proto },
                PortCase(name: "\(proto) 80", ports: [NetworkPolicyPort(protocol: proto, port: 80)]) { port, probe in
                    probe == proto && port == 80
                },
                PortCase(name: "\(proto) 81", ports: [NetworkPolicyPort(protocol: proto, port: 81)]) { port, probe in
                    probe == proto && port == 81
                },
                PortCase(name: "\(proto) serve-80-\(suffix)", ports: [.named("serve-80-\(suffix)", protocol: proto)]) {
                    port, probe in probe == proto && port == 80
                },
                PortCase(name: "\(proto) serve-81-\(suffix)", ports: [.named("serve-81-\(suffix)", protocol: proto)]) {
                    port, probe in probe == proto && port == 81
                },
                PortCase(name: "\(proto) 53-80", ports: [NetworkPolicyPort(protocol: proto, port: 53, endPort: 80)]) {
                    port, probe in probe == proto && port == 80
                },
                PortCase(name: "\(proto) 53-84", ports: [NetworkPolicyPort(protocol: proto, port: 53, endPort: 84)]) {
                    port, probe in probe == proto && (port == 80 || port == 81)
                },
            ]
        }
        return cases
    }()

    @Test(
        "ports × protocols, on ingress: x/a accepts from everyone exactly what the entry allows", arguments: portCases)
    func ingressPorts(_ portCase: PortCase) {
        let policy = M.policy(
            "ports", selecting: M.pod("a"), ingress: [NetworkPolicyIngressRule(ports: portCase.ports)])
        let cluster = TestCluster(namespaces: M.namespaces(), pods: M.pods(), policies: [policy])
        for (port, proto) in Self.probes {
            for source in ["x/b", "y/a", "z/c", "203.0.113.9"] {
                let verdict = cluster.verdict(source, "x/a", .port(port, proto))
                #expect(verdict.isAllowed == portCase.allows(port, proto), "\(source) \(port)/\(proto)")
            }
            #expect(cluster.verdict("x/a", "y/a", .port(port, proto)).isAllowed, "egress stays open")
        }
    }

    @Test("ports × protocols, on egress: named ports resolve on each destination", arguments: portCases)
    func egressPorts(_ portCase: PortCase) {
        let policy = M.policy("ports", selecting: M.pod("a"), egress: [NetworkPolicyEgressRule(ports: portCase.ports)])
        let cluster = TestCluster(namespaces: M.namespaces(), pods: M.pods(), policies: [policy])
        for (port, proto) in Self.probes {
            for destination in ["x/b", "y/a", "z/c"] {
                let verdict = cluster.verdict("x/a", destination, .port(port, proto))
                #expect(verdict.isAllowed == portCase.allows(port, proto), "\(destination) \(port)/\(proto)")
            }
        }
    }

    /// A peer shape and the pods it selects from x/a's point of view (policy in x), plus whether it admits
    /// addresses outside the cluster.
    struct PeerCase: Sendable, CustomTestStringConvertible {
        var name: String
        var peer: NetworkPolicyPeer
        var pods: Set<String>
        var admitsOutside: Bool
        var viaIPBlock: Bool
        var testDescription: String { name }
    }

    static let everyPod = Set(E2EModel.allPods)
    static let peerCases: [PeerCase] = [
        PeerCase(
            name: "podSelector {}", peer: NetworkPolicyPeer(podSelector: LabelSelector()), pods: ["x/a", "x/b", "x/c"],
            admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "podSelector by label", peer: NetworkPolicyPeer(podSelector: E2EModel.pod("b")), pods: ["x/b"],
            admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "namespaceSelector {}", peer: NetworkPolicyPeer(namespaceSelector: LabelSelector()), pods: everyPod,
            admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "namespaceSelector by label", peer: NetworkPolicyPeer(namespaceSelector: E2EModel.namespace("y")),
            pods: ["y/a", "y/b", "y/c"], admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "podSelector {} and namespaceSelector {}",
            peer: NetworkPolicyPeer(podSelector: LabelSelector(), namespaceSelector: LabelSelector()), pods: everyPod,
            admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "podSelector {} and namespaceSelector by label",
            peer: NetworkPolicyPeer(podSelector: LabelSelector(), namespaceSelector: E2EModel.namespace("y")),
            pods: ["y/a", "y/b", "y/c"], admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "podSelector by label and namespaceSelector {}",
            peer: NetworkPolicyPeer(podSelector: E2EModel.pod("b"), namespaceSelector: LabelSelector()),
            pods: ["x/b", "y/b", "z/b"], admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "podSelector by label and namespaceSelector by label",
            peer: NetworkPolicyPeer(podSelector: E2EModel.pod("b"), namespaceSelector: E2EModel.namespace("y")),
            pods: ["y/b"], admitsOutside: false, viaIPBlock: false),
        PeerCase(
            name: "ipBlock without except", peer: .ipBlock("10.244.2.0/24"), pods: ["y/a", "y/b", "y/c"],
            admitsOutside: true, viaIPBlock: true),
        PeerCase(
            name: "ipBlock with except", peer: .ipBlock("10.244.0.0/16", except: ["10.244.2.2/32", "10.244.3.0/24"]),
            pods: ["x/a", "x/b", "x/c", "y/a", "y/c"], admitsOutside: true, viaIPBlock: true),
    ]

    @Test("the peer shapes select exactly their pods, as sources and as destinations", arguments: peerCases)
    func peerShapes(_ peerCase: PeerCase) {
        let ingress = M.policy("in", selecting: M.pod("a"), ingress: [NetworkPolicyIngressRule(from: [peerCase.peer])])
        let egress = M.policy("out", selecting: M.pod("a"), egress: [NetworkPolicyEgressRule(to: [peerCase.peer])])
        for (policy, isIngress) in [(ingress, true), (egress, false)] {
            for podIPs in [true, false] {
                let cluster = TestCluster(
                    namespaces: M.namespaces(), pods: M.pods(), policies: [policy],
                    options: ReachabilityOptions(ipBlockMatchesPodIPs: podIPs))
                for other in M.allPods {
                    let verdict =
                        isIngress
                        ? cluster.verdict(other, "x/a", .port(80, .tcp))
                        : cluster.verdict("x/a", other, .port(80, .tcp))
                    let selected = peerCase.pods.contains(other)
                    let expected: ReachabilityOutcome =
                        !selected ? .denied : (peerCase.viaIPBlock && !podIPs ? .implementationDefined : .allowed)
                    #expect(
                        verdict.policyOutcome == expected, "\(isIngress ? "from" : "to") \(other), pod IPs \(podIPs)")
                }
                let outside = isIngress ? cluster.verdict("10.244.2.77", "x/a") : cluster.verdict("x/a", "10.244.2.77")
                #expect(verdict(outside, allowedIf: peerCase.admitsOutside))
            }
        }
    }

    private func verdict(_ verdict: ReachabilityVerdict, allowedIf allowed: Bool) -> Bool {
        verdict.outcome == (allowed ? .allowed : .denied)
    }

    @Test("conflict: deny-all and allow-all on the same side allow everything")
    func denyAllWithAllowAll() {
        let cluster = TestCluster(
            namespaces: M.namespaces(), pods: M.pods(),
            policies: [M.policy("deny-all", ingress: []), M.policy("allow-all", ingress: [NetworkPolicyIngressRule()])])
        for source in M.allPods + ["198.51.100.1"] {
            for destination in ["x/a", "x/b", "x/c"] {
                let verdict = cluster.verdict(source, destination)
                #expect(verdict.allowedPorts.isAll)
                #expect(verdict.ingress.matches.map(\.rule.description) == ["x/allow-all ingress[0]"])
            }
        }
    }

    @Test("conflict: an egress deny on one side wins over an ingress allow on the other")
    func allowOnOneSideDenyOnTheOther() {
        let cluster = TestCluster(
            namespaces: M.namespaces(), pods: M.pods(),
            policies: [
                M.policy("deny-egress", selecting: M.pod("a"), egress: []),
                M.policy(
                    "allow-from-x-a", in: "y", selecting: M.pod("b"),
                    ingress: [M.from(pods: M.pod("a"), namespaces: M.namespace("x"))]),
            ])
        let verdict = cluster.verdict("x/a", "y/b")
        #expect(verdict.outcome == .denied)
        #expect(verdict.ingress.allows)
        #expect(!verdict.egress.allows)
        #expect(cluster.verdict("x/b", "y/b").outcome == .denied)
        #expect(!cluster.verdict("x/b", "y/b").ingress.allows)
    }

    @Test("conflict: deny-all-by-IP (0.0.0.0/31) beside allow-all-pods lets every pod in, outside only 0.0.0.0/31")
    func denyByIPAllowPods() {
        let cluster = TestCluster(
            namespaces: M.namespaces(), pods: M.pods(),
            policies: [
                M.policy("by-ip", ingress: [NetworkPolicyIngressRule(from: [.ipBlock("0.0.0.0/31")])]),
                M.policy("all-pods", ingress: [M.from(namespaces: LabelSelector())]),
            ])
        for source in M.allPods { #expect(cluster.verdict(source, "x/b").isAllowed) }
        #expect(cluster.verdict("0.0.0.1", "x/b").isAllowed)
        #expect(!cluster.verdict("0.0.0.2", "x/b").isAllowed)
        #expect(!cluster.verdict("8.8.8.8", "x/b").isAllowed)
    }

    @Test("conflict: deny-all-by-pod (a label no namespace has) beside allow-all-by-IP (0.0.0.0/0)")
    func denyByPodAllowByIP() {
        let policies = [
            M.policy("by-pod", ingress: [M.from(namespaces: LabelSelector(["never": "there"]))]),
            M.policy("by-ip", ingress: [NetworkPolicyIngressRule(from: [.ipBlock("0.0.0.0/0")])]),
        ]
        let matching = TestCluster(namespaces: M.namespaces(), pods: M.pods(), policies: policies)
        let cilium = TestCluster(
            namespaces: M.namespaces(), pods: M.pods(), policies: policies,
            options: ReachabilityOptions(ipBlockMatchesPodIPs: false))
        for source in M.allPods where source != "x/b" {
            let verdict = matching.verdict(source, "x/b")
            #expect(verdict.isAllowed)
            #expect(verdict.notes.contains { if case .ipBlockMatchedPodIP = $0 { true } else { false } })
            let alternative = cilium.verdict(source, "x/b")
            #expect(alternative.outcome == .implementationDefined)
            #expect(alternative.notes.contains(.ipBlockPodIPsIgnored(wouldAllow: .all)))
        }
        #expect(cilium.verdict("8.8.8.8", "x/b").isAllowed)
        #expect(!cilium.verdict("2001:db8::1", "x/b").isAllowed)
    }

    @Test("pathological named ports: wrong protocol and unserved names allow nothing, and say so")
    func unresolvedNamedPorts() throws {
        let policy = M.policy(
            "dns", selecting: M.pod("a"),
            ingress: [
                NetworkPolicyIngressRule(ports: [
                    NetworkPolicyPort(port: "serve-80-udp"), .named("nope", protocol: .udp),
                ])
            ])
        let cluster = TestCluster(namespaces: M.namespaces(), pods: M.pods(), policies: [policy])
        for port in [PortQuery.port(80, .tcp), .port(80, .udp), .any] {
            let verdict = cluster.verdict("y/b", "x/a", port)
            #expect(verdict.outcome == .denied)
            let unresolved = verdict.notes.compactMap { note -> String? in
                if case .namedPortUnresolved(let rule, let name, let proto) = note {
                    return "\(rule.path) \(name)/\(proto)"
                }
                return nil
            }
            #expect(unresolved == ["ingress[0] ports[0] serve-80-udp/TCP", "ingress[0] ports[1] nope/UDP"])
        }
    }

    /// Pods whose containers declare `http` with different numbers.
    private static func httpPods() -> [Pod] {
        let numbers = ["x/a": 8080, "x/b": 8080, "x/c": 9090]
        return M.pods().map { pod in
            var pod = pod
            if let number = numbers["\(pod.metadata.namespace!)/\(pod.metadata.name!)"] {
                pod.spec.containers.append(
                    Container(name: "web", ports: [ContainerPort(name: "http", containerPort: number)]))
            }
            return pod
        }
    }

    @Test("pathological named ports: one name, different numbers per destination pod")
    func sameNameDifferentNumbers() {
        let policy = M.policy(
            "http-out", selecting: M.pod("a"), egress: [M.to(pods: LabelSelector(), ports: [.named("http")])])
        let cluster = TestCluster(namespaces: M.namespaces(), pods: Self.httpPods(), policies: [policy])
        #expect(cluster.verdict("x/a", "x/b", .port(8080, .tcp)).isAllowed)
        #expect(!cluster.verdict("x/a", "x/b", .port(9090, .tcp)).isAllowed)
        #expect(cluster.verdict("x/a", "x/c", .port(9090, .tcp)).isAllowed)
        #expect(!cluster.verdict("x/a", "x/c", .port(8080, .tcp)).isAllowed)
        #expect(cluster.verdict("x/a", "x/c").allowedPorts == PortSet(.tcp, [9090...9090]))
        #expect(!cluster.verdict("x/a", "y/a").isAllowed)
        let matrix = cluster.analysis.matrix()
        let index = Dictionary(uniqueKeysWithValues: matrix.peers.enumerated().map { ($0.element.name, $0.offset) })
        #expect(matrix.allowedPorts(from: index["x/a"]!, to: index["x/b"]!) == PortSet(.tcp, [8080...8080]))
        #expect(matrix.allowedPorts(from: index["x/a"]!, to: index["x/c"]!) == PortSet(.tcp, [9090...9090]))
    }

    @Test("pathological named ports: ingress resolves on the destination, never on the source")
    func ingressResolvesOnDestination() {
        let policy = M.policy(
            "http-in", selecting: M.pod("c"), ingress: [NetworkPolicyIngressRule(ports: [.named("http")])])
        let cluster = TestCluster(namespaces: M.namespaces(), pods: Self.httpPods(), policies: [policy])
        #expect(cluster.verdict("x/a", "x/c", .port(9090, .tcp)).isAllowed)
        #expect(!cluster.verdict("x/a", "x/c", .port(8080, .tcp)).isAllowed)
    }

    @Test("named ports resolve on sidecar containers by default, never on other init containers")
    func sidecarPorts() {
        var pod = M.pods(["x/a"])[0]
        var sidecar = Container(name: "metrics", ports: [ContainerPort(name: "metrics", containerPort: 9100)])
        sidecar.restartPolicy = "Always"
        pod.spec.initContainers = [
            sidecar, Container(name: "setup", ports: [ContainerPort(name: "setup", containerPort: 7000)]),
        ]
        let policy = M.policy(
            "scrape", selecting: M.pod("a"),
            ingress: [NetworkPolicyIngressRule(ports: [.named("metrics"), .named("setup")])])
        let pods = [pod] + M.pods(["y/a"])
        let withSidecars = TestCluster(namespaces: M.namespaces(), pods: pods, policies: [policy])
        let regularOnly = TestCluster(
            namespaces: M.namespaces(), pods: pods, policies: [policy],
            options: ReachabilityOptions(resolvesSidecarPorts: false))
        #expect(withSidecars.verdict("y/a", "x/a", .port(9100, .tcp)).isAllowed)
        #expect(!withSidecars.verdict("y/a", "x/a", .port(7000, .tcp)).isAllowed)
        #expect(!regularOnly.verdict("y/a", "x/a", .port(9100, .tcp)).isAllowed)
        #expect(withSidecars.verdict("y/a", "x/a").allowedPorts == PortSet(.tcp, [9100...9100]))
    }
}
