import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import Testing

/// The class-based matrix against the pair-by-pair verdicts, on random clusters: every shape of selector,
/// peer, port (numbers, ranges, named ports), ipBlock, hostNetwork pod and workload, under every option.
@Suite("Matrix and verdicts agree")
struct MatrixConsistencyTests {
    /// SplitMix64: the same seed gives the same cluster.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let namespaceNames = ["alpha", "beta", "gamma", "delta"]
    static let apps = ["web", "api", "db"]

    static func selector(_ random: inout Generator, key: String, values: [String]) -> LabelSelector {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return LabelSelector()
        case 1, 2: return LabelSelector([key: values.randomElement(using: &random)!])
        case 3: return LabelSelector(expressions: [.init(key: key, operator: .notIn, values: [values[0]])])
        case 4: return LabelSelector(expressions: [.init(key: key, operator: .in, values: Array(values.prefix(2)))])
        default: return LabelSelector(expressions: [.init(key: key, operator: .exists)])
        }
    }

    static func cluster(seed: UInt64) -> (
        namespaces: [Namespace], pods: [Pod], workloads: [Workload], policies: [NetworkPolicy]
    ) {
        var random = Generator(state: seed)
        let namespaces = namespaceNames.map { name in
            Namespace(name: name, labels: ["team": ["red", "blue"].randomElement(using: &random)!])
        }
        var pods: [Pod] = []
        for index in 0..<Int.random(in: 4...9, using: &random) {
            let namespace = namespaceNames.randomElement(using: &random)!
            let app = apps.randomElement(using: &random)!
            let node = Int.random(in: 1...2, using: &random)
            let hostNetwork = Int.random(in: 0..<6, using: &random) == 0
            let ip = hostNetwork ? "192.168.0.\(node)" : "10.1.\(node).\(index + 10)"
            var ports = [ContainerPort(name: "http", containerPort: [80, 8080].randomElement(using: &random)!)]
            if Bool.random(using: &random) {
                ports.append(ContainerPort(name: "dns", containerPort: 53, protocol: .udp))
            }
            pods.append(
                Pod(
                    metadata: ObjectMeta(name: "\(app)-\(index)", namespace: namespace, labels: ["app": app]),
                    spec: PodSpec(
                        containers: [Container(name: "main", ports: ports)], nodeName: "n\(node)",
                        hostNetwork: hostNetwork),
                    status: PodStatus(podIPs: [ip], hostIP: "192.168.0.\(node)")))
        }
        var workloads: [Workload] = []
        for index in 0..<Int.random(in: 1...3, using: &random) {
            let app = apps.randomElement(using: &random)!
            let spec = PodSpec(containers: [
                Container(name: "main", ports: [ContainerPort(name: "http", containerPort: 9000)])
            ])
            workloads.append(
                Workload(
                    .deployment, name: "\(app)-deploy-\(index)",
                    namespace: namespaceNames.randomElement(using: &random)!,
                    template: PodTemplateSpec(labels: ["app": app], spec: spec)))
        }
        func peer(_ random: inout Generator) -> NetworkPolicyPeer {
            switch Int.random(in: 0..<5, using: &random) {
            case 0: return NetworkPolicyPeer(podSelector: selector(&random, key: "app", values: apps))
            case 1:
                return NetworkPolicyPeer(namespaceSelector: selector(&random, key: "team", values: ["red", "blue"]))
            case 2:
                return NetworkPolicyPeer(
                    podSelector: selector(&random, key: "app", values: apps),
                    namespaceSelector: selector(&random, key: Namespace.nameLabel, values: namespaceNames))
            case 3: return .ipBlock("10.1.\(Int.random(in: 1...2, using: &random)).0/24")
            default:
                return .ipBlock(
                    "0.0.0.0/0", except: ["10.1.1.0/24", "192.168.0.\(Int.random(in: 1...2, using: &random))/32"])
            }
        }
        func ports(_ random: inout Generator) -> [NetworkPolicyPort]? {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return nil
            case 1: return [.tcp(80)]
            case 2: return [.named("http")]
            case 3: return [.named("dns", protocol: .udp), .tcp(8000, through: 8080)]
            case 4: return [.all(.udp)]
            default: return [NetworkPolicyPort()]
            }
        }
        var policies: [NetworkPolicy] = []
        for index in 0..<Int.random(in: 1...5, using: &random) {
            var policy = NetworkPolicy(name: "p\(index)", namespace: namespaceNames.randomElement(using: &random)!)
                .selecting(selector(&random, key: "app", values: apps))
            switch Int.random(in: 0..<3, using: &random) {
            case 0: policy = policy.applying(to: [.ingress])
            case 1: policy = policy.applying(to: [.egress])
            default: policy = policy.applying(to: [.ingress, .egress])
            }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let peers =
                    Bool.random(using: &random)
                    ? nil : (0..<Int.random(in: 1...2, using: &random)).map { _ in peer(&random) }
                if Bool.random(using: &random) {
                    policy = policy.allowingIngress(from: peers, ports: ports(&random))
                } else {
                    policy = policy.allowingEgress(to: peers, ports: ports(&random))
                }
            }
            policies.append(policy)
        }
        return (namespaces, pods, workloads, policies)
    }

    static let optionSets = [
        ReachabilityOptions(),
        ReachabilityOptions(ipBlockMatchesPodIPs: false),
        ReachabilityOptions(hostNetworkPods: .pods, resolvesSidecarPorts: false),
    ]

    @Test("every cell of the matrix equals the verdict of its pair", arguments: Array(UInt64(1)...40))
    func agreement(seed: UInt64) {
        Self.checkAgreement(Self.cluster(seed: seed), seed: seed)
    }

    @Test(
        "messy clusters: expression selectors, per-pod named ports, ranges, UDP/SCTP, IPv6, excepts at block edges",
        arguments: Array(UInt64(1)...30))
    func messyAgreement(seed: UInt64) {
        Self.checkAgreement(Self.messyCluster(seed: seed), seed: seed)
    }

    @Test(
        "messy clusters under Admin and Baseline cluster policies: every cell equals its verdict",
        arguments: Array(UInt64(1)...40))
    func tieredAgreement(seed: UInt64) {
        let input = Self.messyCluster(seed: seed)
        Self.checkAgreement(
            input, clusterPolicies: Self.clusterPolicies(seed: seed, namespaces: input.namespaces), seed: seed)
    }

    @Test(
        "messy clusters under Calico tiered policies, with Admin and Baseline policies: every cell equals its verdict",
        arguments: Array(UInt64(1)...40))
    func calicoAgreement(seed: UInt64) {
        let input = Self.messyCluster(seed: seed)
        let (policies, tiers) = Self.calicoPolicies(seed: seed)
        Self.checkAgreement(
            input,
            clusterPolicies: seed % 3 == 0 ? Self.clusterPolicies(seed: seed, namespaces: input.namespaces) : [],
            calicoPolicies: policies, calicoTiers: tiers, seed: seed)
    }

    /// Random Calico policies over the messy clusters' labels: user tiers before and after the built-in ones
    /// with either default action, every built-in tier, orders around the NetworkPolicies' 1,000, namespaced
    /// and global policies, every action, selectors, notSelectors, namespace selectors (`global()` too),
    /// nets and notNets over pod, node and outside addresses, ipVersion, protocols and notProtocols, ports,
    /// ranges, named ports and notPorts, local criteria, and criteria PodFence cannot evaluate.
    static func calicoPolicies(seed: UInt64) -> ([LocatedCalicoPolicy], [CalicoTier]) {
        var random = Generator(state: seed &* 0x9FB2_1C65_1E98_DF25)
        let tiers = [
            CalicoTier(
                name: "security",
                spec: CalicoTierSpec(order: 100, defaultAction: Bool.random(using: &random) ? .deny : .pass)),
            CalicoTier(
                name: "late",
                spec: CalicoTierSpec(
                    order: Bool.random(using: &random) ? 20_000_000 : nil,
                    defaultAction: Bool.random(using: &random) ? .deny : .pass)),
        ]
        let selectors = [
            "all()", "app == 'web'", "app in {'api', 'db'}", "has(app) && app != 'db'",
            "projectcalico.org/namespace == 'alpha'", "pcns.team == 'red'", "!has(track)", "app starts with 'a'",
        ]
        let namespaceSelectors = ["team == 'red'", "projectcalico.org/name == 'beta'", "all()", "global()"]
        let nets = [["10.1.0.0/23"], ["192.168.0.0/30"], ["fd00::/120", "10.1.1.0/24"], ["0.0.0.0/0"]]
        func pick<T>(_ values: [T], _ random: inout Generator) -> T { values.randomElement(using: &random)! }
        func entity(_ random: inout Generator, local: Bool) -> CalicoEntityRule? {
            guard Int.random(in: 0..<(local ? 4 : 5), using: &random) > 0 else { return nil }
            var entity = CalicoEntityRule()
            switch Int.random(in: 0..<(local ? 3 : 7), using: &random) {
            case 0: entity.selector = pick(selectors, &random)
            case 1: entity.nets = pick(nets, &random)
            case 2: entity.notSelector = pick(selectors, &random)
            case 3: entity.namespaceSelector = pick(namespaceSelectors, &random)
            case 4:
                entity.namespaceSelector = pick(namespaceSelectors, &random)
                entity.selector = pick(selectors, &random)
            case 5: entity.notNets = pick(nets, &random)
            default:
                entity.selector = pick(selectors, &random)
                entity.notNets = pick(nets, &random)
            }
            return entity
        }
        func rule(_ random: inout Generator) -> CalicoRule {
            var rule = CalicoRule(action: pick([.allow, .allow, .deny, .pass, .log], &random))
            rule.protocol = pick([nil, nil, .tcp, .udp, .icmp, CalicoProtocol(number: 6)], &random)
            rule.source = entity(&random, local: false)
            rule.destination = entity(&random, local: true)
            if rule.protocol?.hasPorts == true {
                var destination = rule.destination ?? CalicoEntityRule()
                switch Int.random(in: 0..<5, using: &random) {
                case 0: destination.ports = [CalicoPort(number: 80)]
                case 1: destination.ports = [CalicoPort(range: 8000...8080), CalicoPort(number: 53)]
                case 2: destination.ports = [CalicoPort(rawValue: "http")]
                case 3: destination.notPorts = [CalicoPort(rawValue: "dns"), CalicoPort(number: 9000)]
                default: break
                }
                rule.destination = destination
            }
            if Int.random(in: 0..<8, using: &random) == 0 { rule.notProtocol = .udp }
            if Int.random(in: 0..<8, using: &random) == 0 { rule.ipVersion = pick([4, 6], &random) }
            switch Int.random(in: 0..<10, using: &random) {
            case 0:
                var source = rule.source ?? CalicoEntityRule()
                source.serviceAccounts = CalicoServiceAccountMatch(names: ["robot"])
                rule.source = source
            case 1: rule.http = CalicoHTTPMatch(methods: ["GET"])
            default: break
            }
            return rule
        }
        var policies: [LocatedCalicoPolicy] = []
        for index in 0..<Int.random(in: 1...5, using: &random) {
            var spec = CalicoPolicySpec(
                tier: pick([nil, nil, "kube-admin", "kube-baseline", "security", "late"], &random),
                order: pick([nil, 100, 500, 1000, 2000], &random), selector: pick(selectors, &random),
                types: pick([nil, [.ingress], [.egress], [.ingress, .egress]], &random))
            let ingress = (0..<Int.random(in: 0...3, using: &random)).map { _ in rule(&random) }
            let egress = (0..<Int.random(in: 0...3, using: &random)).map { _ in rule(&random) }
            spec.ingress = ingress.isEmpty ? nil : ingress
            spec.egress = egress.isEmpty ? nil : egress
            if Bool.random(using: &random) {
                if Int.random(in: 0..<3, using: &random) == 0 { spec.namespaceSelector = "team == 'blue'" }
                policies.append(LocatedCalicoPolicy(CalicoGlobalNetworkPolicy(name: "global-\(index)", spec: spec)))
            } else {
                policies.append(
                    LocatedCalicoPolicy(
                        CalicoNetworkPolicy(
                            name: "local-\(index)", namespace: pick(namespaceNames, &random), spec: spec)))
            }
        }
        return (policies, tiers)
    }

    /// Random Admin and Baseline policies over the messy clusters' labels: every subject and peer shape,
    /// every action, ports by number, range and name, networks over pod and node addresses, nodes and
    /// domain names, and priorities that sometimes tie.
    static func clusterPolicies(seed: UInt64, namespaces: [Namespace]) -> [ClusterNetworkPolicy] {
        var random = Generator(state: seed &* 0x2545_F491_4F6C_DD1D)
        func namespaceLabels(_ random: inout Generator) -> [String: String] {
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return [:]
            case 1: return ["team": ["red", "blue"].randomElement(using: &random)!]
            default: return [Namespace.nameLabel: namespaceNames.randomElement(using: &random)!]
            }
        }
        func subject(_ random: inout Generator) -> ClusterPolicySubject {
            Bool.random(using: &random)
                ? .namespaces(namespaceLabels(&random))
                : .pods(["app": apps.randomElement(using: &random)!], inNamespaces: namespaceLabels(&random))
        }
        func peer(_ random: inout Generator, egress: Bool) -> ClusterPolicyPeer {
            switch Int.random(in: 0..<(egress ? 8 : 3), using: &random) {
            case 0: return .namespaces(namespaceLabels(&random))
            case 1:
                return ClusterPolicyPeer(
                    pods: NamespacedPodSelector(
                        namespaceSelector: LabelSelector(namespaceLabels(&random)),
                        podSelector: LabelSelector(expressions: [
                            .init(key: "track", operator: .notIn, values: ["canary"])
                        ])
                    ))
            case 2: return .pods(["app": apps.randomElement(using: &random)!], inNamespaces: namespaceLabels(&random))
            case 3: return .networks(["10.1.0.0/23", "fd00::/120"])
            case 4: return .networks(["192.168.0.0/30"])
            case 5: return .nodes(LabelSelector())
            case 6: return .nodes(LabelSelector(["role": "edge"]))
            default: return .domainNames(["*.example.com"])
            }
        }
        func protocols(_ random: inout Generator) -> [ClusterPolicyProtocol]? {
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1: return nil
            case 2: return [.tcp(80), .udp(53)]
            case 3: return [.tcp(8000...8080)]
            case 4: return [.named("http")]
            default: return [.named("dns"), .sctp(3868)]
            }
        }
        var policies: [ClusterNetworkPolicy] = []
        for index in 0..<Int.random(in: 1...6, using: &random) {
            let priority = [1, 5, 5, 9].randomElement(using: &random)!
            var policy: ClusterNetworkPolicy =
                Bool.random(using: &random)
                ? .admin("admin-\(index)", priority: priority, subject: subject(&random))
                : .baseline("baseline-\(index)", priority: priority, subject: subject(&random))
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let action: ClusterPolicyAction = [.accept, .deny, .pass].randomElement(using: &random)!
                let egress = Bool.random(using: &random)
                let peers = (0..<Int.random(in: 1...2, using: &random)).map { _ in peer(&random, egress: egress) }
                var ports = protocols(&random)
                // The API refuses named ports with networks, nodes or domain names (CEL), and domain names
                // outside Accept rules.
                let addressed = peers.contains { $0.networks != nil || $0.nodes != nil || $0.domainNames != nil }
                if addressed, ports?.contains(where: { $0.destinationNamedPort != nil }) == true { ports = nil }
                let kept = action == .accept ? peers : peers.filter { $0.domainNames == nil }
                guard !kept.isEmpty else { continue }
                policy =
                    egress
                    ? policy.egress(action, to: kept, protocols: ports)
                    : policy.ingress(action, from: kept, protocols: ports)
            }
            policies.append(policy)
        }
        return policies
    }

    /// Every cell (ports and outcome) against the pair-by-pair verdict, and the summary against the cells,
    /// under every option set. With cluster policies, the matrix's ports are the primary reading (equal
    /// priorities by name, unevaluable peers closed), and its outcome is implementation-defined where the other
    /// readings change allowed against denied, as the verdicts say.
    static func checkAgreement(
        _ input: (namespaces: [Namespace], pods: [Pod], workloads: [Workload], policies: [NetworkPolicy]),
        clusterPolicies: [ClusterNetworkPolicy] = [], calicoPolicies: [LocatedCalicoPolicy] = [],
        calicoTiers: [CalicoTier] = [], seed: UInt64
    ) {
        for options in Self.optionSets {
            let cluster = TestCluster(
                ReachabilityAnalysis(
                    namespaces: input.namespaces, pods: input.pods, workloads: input.workloads,
                    policies: input.policies.map { LocatedPolicy($0) },
                    clusterPolicies: clusterPolicies.map { LocatedClusterPolicy($0) }, calicoPolicies: calicoPolicies,
                    calicoTiers: calicoTiers, options: options))
            let matrix = cluster.analysis.matrix()
            let nodeAddresses = Set(input.pods.compactMap { $0.status?.hostIP })
            func endpoint(_ index: Int) -> ReachabilityEndpoint? {
                guard let block = matrix.peers[index].block else { return .peer(index) }
                // An outside block that starts at a node's address is not that node.
                return nodeAddresses.contains(block.address.description) ? nil : .address(block.address)
            }
            var counted = 0
            var counts = [0, 0, 0, 0]
            for source in matrix.peers.indices {
                for destination in matrix.peers.indices {
                    let ports = matrix.allowedPorts(from: source, to: destination)
                    let outcome = matrix.outcome(from: source, to: destination)
                    #expect(matrix.portSets[matrix.portSetIndex(from: source, to: destination)] == ports)
                    if matrix.isReported(from: source, to: destination) {
                        if outcome == .implementationDefined {
                            counts[3] += 1
                        } else if ports.isAll {
                            counts[0] += 1
                        } else if !ports.isEmpty {
                            counts[1] += 1
                        } else {
                            counts[outcome == .implementationDefined ? 3 : 2] += 1
                        }
                    }
                    guard let from = endpoint(source), let to = endpoint(destination) else { continue }
                    let verdict = cluster.analysis.verdict(from: from, to: to)
                    let context = "seed \(seed), \(matrix.peers[source]) -> \(matrix.peers[destination]), \(options)"
                    #expect(ports == verdict.allowedPorts, "\(context)")
                    #expect(outcome == verdict.policyOutcome, "\(context)")
                    if matrix.isReported(from: source, to: destination) { counted += 1 }
                }
            }
            let summary = matrix.summary
            #expect(
                [summary.fullyAllowed, summary.partlyAllowed, summary.denied, summary.implementationDefined] == counts,
                "seed \(seed), \(options)")
            #expect(summary.pairs == counts.reduce(0, +))
            #expect(summary.peers == matrix.peers.count)
            #expect(counted <= summary.pairs)
        }
    }

    /// A cluster of the shapes that made the matrix slow and that real clusters have: labels that some
    /// pods lack (so `NotIn` and `DoesNotExist` select them), named ports meaning different numbers on
    /// different pods and protocols, dual-stack pod IPs, hostNetwork pods, and ipBlocks whose `except`
    /// entries sit on the edges of their block and on pod IPs.
    static func messyCluster(seed: UInt64) -> (
        namespaces: [Namespace], pods: [Pod], workloads: [Workload], policies: [NetworkPolicy]
    ) {
        var random = Generator(state: seed &* 0x51_7CC1_B727_220A)
        let namespaces = namespaceNames.map { name in
            var labels = ["team": ["red", "blue"].randomElement(using: &random)!]
            if Bool.random(using: &random) { labels["env"] = "prod" }
            return Namespace(name: name, labels: labels)
        }
        var pods: [Pod] = []
        var podIPs: [String] = []
        for index in 0..<Int.random(in: 12...24, using: &random) {
            let namespace = namespaceNames.randomElement(using: &random)!
            var labels = ["app": apps.randomElement(using: &random)!]
            if Int.random(in: 0..<3, using: &random) > 0 {
                labels["track"] = ["stable", "canary"].randomElement(using: &random)!
            }
            if Bool.random(using: &random) { labels["tier"] = "backend" }
            let node = Int.random(in: 1...3, using: &random)
            let hostNetwork = Int.random(in: 0..<10, using: &random) == 0
            let ip =
                hostNetwork
                ? "192.168.0.\(node)"
                : "10.1.\(index / 8).\(index % 8 * 32 + Int.random(in: 0...1, using: &random) * 31)"
            podIPs.append(ip)
            var ports = [
                ContainerPort(name: "http", containerPort: [80, 8080, 8081].randomElement(using: &random)!),
                ContainerPort(name: "metrics", containerPort: [9100, 9102].randomElement(using: &random)!),
            ]
            if Bool.random(using: &random) {
                ports.append(ContainerPort(name: "dns", containerPort: 53, protocol: .udp))
            }
            if Int.random(in: 0..<4, using: &random) == 0 {
                ports.append(ContainerPort(name: "sig", containerPort: 3868, protocol: .sctp))
                ports.append(ContainerPort(name: "http", containerPort: 8443, protocol: .sctp))
            }
            let addresses =
                Int.random(in: 0..<4, using: &random) == 0 && !hostNetwork ? [ip, "fd00::\(index + 1)"] : [ip]
            pods.append(
                Pod(
                    metadata: ObjectMeta(name: "pod-\(index)", namespace: namespace, labels: labels),
                    spec: PodSpec(
                        containers: [Container(name: "main", ports: ports)], nodeName: "n\(node)",
                        hostNetwork: hostNetwork),
                    status: PodStatus(podIPs: addresses, hostIP: "192.168.0.\(node)")))
        }
        func podSelector(_ random: inout Generator) -> LabelSelector {
            switch Int.random(in: 0..<7, using: &random) {
            case 0: return LabelSelector()
            case 1: return LabelSelector(["app": apps.randomElement(using: &random)!])
            case 2: return LabelSelector(expressions: [.init(key: "track", operator: .notIn, values: ["canary"])])
            case 3: return LabelSelector(expressions: [.init(key: "track", operator: .doesNotExist)])
            case 4: return LabelSelector(expressions: [.init(key: "tier", operator: .exists)])
            case 5:
                return LabelSelector(
                    ["app": apps.randomElement(using: &random)!],
                    expressions: [.init(key: "track", operator: .in, values: ["stable", "canary"])])
            default:
                return LabelSelector(expressions: [.init(key: "app", operator: .in, values: Array(apps.prefix(2)))])
            }
        }
        func namespaceSelector(_ random: inout Generator) -> LabelSelector {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: return LabelSelector()
            case 1: return LabelSelector(["team": ["red", "blue"].randomElement(using: &random)!])
            case 2: return LabelSelector(expressions: [.init(key: "env", operator: .doesNotExist)])
            default:
                return LabelSelector(expressions: [.init(key: Namespace.nameLabel, operator: .notIn, values: ["alpha"])]
                )
            }
        }
        func block(_ random: inout Generator) -> NetworkPolicyPeer {
            let ip = podIPs.randomElement(using: &random)!
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return .ipBlock("10.1.0.0/16", except: ["10.1.0.0/32", "10.1.255.255/32"])
            case 1: return .ipBlock("10.1.0.0/22", except: ["\(ip)/32"])
            case 2: return .ipBlock("\(ip)/31")
            case 3: return .ipBlock("0.0.0.0/0", except: ["10.1.0.0/24", "192.168.0.0/30"])
            case 4: return .ipBlock("fd00::/120", except: ["fd00::/126"])
            default: return .ipBlock("10.1.1.0/27", except: ["10.1.1.0/28"])
            }
        }
        func peer(_ random: inout Generator) -> NetworkPolicyPeer {
            switch Int.random(in: 0..<5, using: &random) {
            case 0: return NetworkPolicyPeer(podSelector: podSelector(&random))
            case 1: return NetworkPolicyPeer(namespaceSelector: namespaceSelector(&random))
            case 2:
                return NetworkPolicyPeer(
                    podSelector: podSelector(&random), namespaceSelector: namespaceSelector(&random))
            default: return block(&random)
            }
        }
        func ports(_ random: inout Generator) -> [NetworkPolicyPort]? {
            switch Int.random(in: 0..<9, using: &random) {
            case 0: return nil
            case 1: return [.named("http")]
            case 2: return [.named("http", protocol: .sctp), .named("metrics")]
            case 3: return [.tcp(8000, through: 8080)]
            case 4: return [.tcp(80, through: 81), .udp(53)]
            case 5: return [.named("dns", protocol: .udp), .sctp(3868)]
            case 6: return [.named("sig", protocol: .sctp), .tcp(9100, through: 9101)]
            case 7: return [.all(.udp), .tcp(8081)]
            default: return [NetworkPolicyPort()]
            }
        }
        var policies: [NetworkPolicy] = []
        for index in 0..<Int.random(in: 3...10, using: &random) {
            var policy = NetworkPolicy(name: "p\(index)", namespace: namespaceNames.randomElement(using: &random)!)
                .selecting(podSelector(&random))
            let types: [PolicyType] = [[.ingress], [.egress], [.ingress, .egress]].randomElement(using: &random)!
            policy = policy.applying(to: types)
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let peers =
                    Int.random(in: 0..<5, using: &random) == 0
                    ? nil : (0..<Int.random(in: 1...3, using: &random)).map { _ in peer(&random) }
                if Bool.random(using: &random) {
                    policy = policy.allowingIngress(from: peers, ports: ports(&random))
                } else {
                    policy = policy.allowingEgress(to: peers, ports: ports(&random))
                }
            }
            policies.append(policy)
        }
        return (namespaces, pods, [], policies)
    }

    @Test("an analysis with its policies replaced equals one built from scratch", arguments: Array(UInt64(1)...10))
    func replacingPolicies(seed: UInt64) {
        let first = Self.messyCluster(seed: seed)
        let second = Self.messyCluster(seed: seed + 100)
        let options = ReachabilityOptions()
        let base = ReachabilityAnalysis(
            namespaces: first.namespaces, pods: first.pods, workloads: [],
            policies: first.policies.map { LocatedPolicy($0) }, options: options)
        let tiers = Self.clusterPolicies(seed: seed, namespaces: first.namespaces).map { LocatedClusterPolicy($0) }
        let replaced = base.replacingPolicies(second.policies.map { LocatedPolicy($0) }, clusterPolicies: tiers)
        let fresh = ReachabilityAnalysis(
            namespaces: first.namespaces, pods: first.pods, workloads: [],
            policies: second.policies.map { LocatedPolicy($0) }, clusterPolicies: tiers, options: options)
        #expect(replaced.clusterPolicies == fresh.clusterPolicies)
        #expect(replaced.policies == fresh.policies)
        let (left, right) = (replaced.matrix(), fresh.matrix())
        #expect(left.peers == right.peers)
        #expect(left.summary == right.summary)
        for source in left.peers.indices {
            for destination in left.peers.indices {
                #expect(
                    left.allowedPorts(from: source, to: destination)
                        == right.allowedPorts(from: source, to: destination))
            }
            #expect(
                replaced.verdict(from: .peer(min(source, first.pods.count - 1)), to: .peer(0)).allowedPorts
                    == fresh.verdict(from: .peer(min(source, first.pods.count - 1)), to: .peer(0)).allowedPorts)
        }
    }

    @Test("the summary counts the same outcomes as the cells")
    func summaryCounts() {
        let input = Self.cluster(seed: 7)
        for options in Self.optionSets {
            let matrix = TestCluster(
                namespaces: input.namespaces, pods: input.pods, workloads: input.workloads, policies: input.policies,
                options: options
            ).analysis.matrix()
            var counts = [0, 0, 0, 0]
            for source in matrix.peers.indices {
                for destination in matrix.peers.indices where matrix.isReported(from: source, to: destination) {
                    let ports = matrix.allowedPorts(from: source, to: destination)
                    if ports.isAll {
                        counts[0] += 1
                    } else if !ports.isEmpty {
                        counts[1] += 1
                    } else {
                        counts[matrix.outcome(from: source, to: destination) == .implementationDefined ? 3 : 2] += 1
                    }
                }
            }
            let summary = matrix.summary
            #expect(
                [summary.fullyAllowed, summary.partlyAllowed, summary.denied, summary.implementationDefined] == counts)
        }
    }
}

extension MatrixConsistencyTests {
    @Test("the random Calico policies decide cells: every action, user tiers' defaults and each built-in tier")
    func calicoGeneratorIsNotTrivial() {
        var actions: [TierAction: Int] = [:]
        var tiers = Set<String>()
        var defaultDenials = 0
        for seed in UInt64(1)...40 {
            let input = Self.messyCluster(seed: seed)
            let (policies, calicoTiers) = Self.calicoPolicies(seed: seed)
            let analysis = ReachabilityAnalysis(
                namespaces: input.namespaces, pods: input.pods, workloads: input.workloads,
                policies: input.policies.map { LocatedPolicy($0) }, calicoPolicies: policies,
                calicoTiers: calicoTiers)
            for source in analysis.peers.indices {
                for destination in analysis.peers.indices {
                    let verdict = analysis.verdict(from: .peer(source), to: .peer(destination))
                    for step in verdict.egress.chain + verdict.ingress.chain {
                        if let rule = step.rule, rule.policy.isCalico {
                            actions[step.action, default: 0] += 1
                            tiers.insert(step.tier.name)
                        } else if step.rule == nil && step.action == .deny && step.tier != .networkPolicy {
                            defaultDenials += 1
                        }
                    }
                }
            }
        }
        #expect(actions[.accept, default: 0] > 100 && actions[.deny, default: 0] > 100, "\(actions)")
        #expect(actions[.pass, default: 0] > 10, "\(actions)")
        #expect(defaultDenials > 10)
        #expect(tiers.isSuperset(of: ["Admin", "NetworkPolicy", "Baseline", "security", "late"]), "\(tiers)")
    }
}
