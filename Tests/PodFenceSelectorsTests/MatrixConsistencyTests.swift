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
        let input = Self.cluster(seed: seed)
        for options in Self.optionSets {
            let cluster = TestCluster(
                namespaces: input.namespaces, pods: input.pods, workloads: input.workloads, policies: input.policies,
                options: options)
            let matrix = cluster.analysis.matrix()
            let nodeAddresses = Set(input.pods.compactMap { $0.status?.hostIP })
            func endpoint(_ index: Int) -> ReachabilityEndpoint? {
                guard let block = matrix.peers[index].block else { return .peer(index) }
                // An outside block that starts at a node's address is not that node.
                return nodeAddresses.contains(block.address.description) ? nil : .address(block.address)
            }
            var counted = 0
            for source in matrix.peers.indices {
                for destination in matrix.peers.indices {
                    guard let from = endpoint(source), let to = endpoint(destination) else { continue }
                    let verdict = cluster.analysis.verdict(from: from, to: to)
                    let context = "seed \(seed), \(matrix.peers[source]) -> \(matrix.peers[destination]), \(options)"
                    #expect(matrix.allowedPorts(from: source, to: destination) == verdict.allowedPorts, "\(context)")
                    #expect(matrix.outcome(from: source, to: destination) == verdict.policyOutcome, "\(context)")
                    if matrix.isReported(from: source, to: destination) { counted += 1 }
                }
            }
            let summary = matrix.summary
            #expect(
                summary.fullyAllowed + summary.partlyAllowed + summary.denied + summary.implementationDefined
                    == summary.pairs)
            let reported = matrix.peers.indices.flatMap { source in
                matrix.peers.indices.filter { matrix.isReported(from: source, to: $0) }
            }.count
            #expect(summary.pairs == reported)
            #expect(counted <= reported)
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
