import PodFence

/// A deterministic cluster as untidy as real ones, the shape of issue 15's measurements: bare pods with
/// random labels (some keys missing, so `DoesNotExist` and `NotIn` mean something), named ports that resolve
/// to different numbers on different pods, UDP and SCTP ports, and policies with `matchLabels` and
/// `matchExpressions` (`In`, `NotIn`, `Exists`, `DoesNotExist`), numbered and named ports, `endPort` ranges,
/// and about three hundred distinct ipBlocks (IPv4 and IPv6) whose `except` lists often sit on the edges
/// of their block. The same parameters give the same cluster.
public struct MessyCluster: Sendable {
    /// The namespaces.
    public var namespaces: [Namespace]
    /// The pods, with IPs, nodes and named container ports.
    public var pods: [Pod]
    /// The NetworkPolicies.
    public var policies: [NetworkPolicy]
    /// Calico tiers and policies (GlobalNetworkPolicies and Calico NetworkPolicies).
    public var calicoTiers: [CalicoTier]
    public var calicoPolicies: [KubernetesObject]
    /// The cluster-scoped policies: Admin-tier then Baseline-tier ClusterNetworkPolicies.
    public var clusterPolicies: [ClusterNetworkPolicy]

    static let apps = ["web", "api", "db", "cache", "worker", "batch", "gateway", "auth"]
    static let environments = ["prod", "staging", "dev"]
    static let tracks = ["stable", "canary"]

    /// Generates a cluster.
    /// - Parameters:
    ///   - podCount: How many pods (spread evenly over the namespaces).
    ///   - namespaceCount: How many namespaces.
    ///   - policyCount: How many policies.
    ///   - blockCount: How many distinct ipBlocks the policies draw from (default: 0.3 a policy).
    ///   - adminCount: How many Admin-tier ClusterNetworkPolicies (none by default).
    ///   - baselineCount: How many Baseline-tier ClusterNetworkPolicies (none by default).
    ///   - governance: Cluster policies of the shape platform teams write (``TierPolicies/governance``)
    ///     instead of random ones (``TierPolicies/generate``).
    ///   - calicoCount: How many Calico policies (``CalicoPolicies/generate``; none by default).
    ///   - seed: The seed.
    public init(
        pods podCount: Int = 5_000, namespaces namespaceCount: Int = 250, policies policyCount: Int = 1_000,
        blocks blockCount: Int? = nil, admin adminCount: Int = 0, baseline baselineCount: Int = 0,
        governance: Bool = false, calico calicoCount: Int = 0, seed: UInt64 = 15
    ) {
        var random = PolicyStream.Generator(seed: seed)
        let teams = max(1, namespaceCount / 6)
        namespaces = (0..<namespaceCount).map { index in
            var labels = ["team": "t\(index % teams)", "env": Self.environments[index % 3]]
            if index % 4 == 0 { labels["compliance"] = index % 8 == 0 ? "pci" : "sox" }
            return Namespace(name: Self.namespaceName(index), labels: labels)
        }

        pods = (0..<podCount).map { index in
            let namespace = index % namespaceCount
            let app = Self.apps.randomElement(using: &random)!
            var labels = ["app": app, "version": "v\(Int.random(in: 1...3, using: &random))"]
            if Int.random(in: 0..<3, using: &random) > 0 {
                labels["track"] = Self.tracks.randomElement(using: &random)!
            }
            if Int.random(in: 0..<4, using: &random) == 0 {
                labels["tier"] = ["frontend", "backend", "data"][index % 3]
            }
            // Named ports that mean different numbers on different pods, on three protocols.
            var ports = [
                ContainerPort(name: "http", containerPort: [80, 8080, 8081].randomElement(using: &random)!),
                ContainerPort(name: "metrics", containerPort: [9100, 9102].randomElement(using: &random)!),
            ]
            if Int.random(in: 0..<5, using: &random) == 0 {
                ports.append(ContainerPort(name: "dns", containerPort: 53, protocol: .udp))
            }
            if Int.random(in: 0..<10, using: &random) == 0 {
                ports.append(ContainerPort(name: "diameter", containerPort: 3868, protocol: .sctp))
            }
            let node = index % 200
            return Pod(
                metadata: ObjectMeta(name: "\(app)-\(index)", namespace: Self.namespaceName(namespace), labels: labels),
                spec: PodSpec(containers: [Container(name: app, ports: ports)], nodeName: "node-\(node)"),
                status: PodStatus(
                    podIPs: ["10.244.\(index / 250).\(index % 250 + 1)"], hostIP: "10.0.\(node / 250).\(node % 250 + 1)"
                ))
        }

        let blocks = (0..<(blockCount ?? max(1, policyCount * 3 / 10))).map { _ in Self.block(&random) }
        policies = (0..<policyCount).map { index in
            Self.policy(
                index, namespace: Self.namespaceName(index % namespaceCount), teams: teams, blocks: blocks,
                random: &random)
        }
        // Cluster policies come from their own stream, so that adding them leaves the rest of the cluster as it
        // was (the benchmark compares the same cluster with and without them).
        let networks = blocks.compactMap(\.ipBlock?.cidr)
        clusterPolicies =
            governance
            ? TierPolicies.governance(
                admin: adminCount, baseline: baselineCount, namespaces: namespaces, networks: networks,
                seed: seed &+ 0x7165_7273)
            : TierPolicies.generate(
                admin: adminCount, baseline: baselineCount, namespaces: namespaces, pods: pods, networks: networks,
                seed: seed &+ 0x7165_7273)
        (calicoTiers, calicoPolicies) = CalicoPolicies.generate(
            count: calicoCount, namespaces: namespaces, pods: pods, networks: networks, seed: seed &+ 0x6361_6C69)
    }

    /// `ns-000`, `ns-001`, ...
    static func namespaceName(_ index: Int) -> String {
        let digits = String(index)
        return "ns-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// A random ipBlock: a private, public or IPv6 block, with zero to three excepts, often at its first or
    /// last addresses.
    static func block(_ random: inout PolicyStream.Generator) -> NetworkPolicyPeer {
        if Int.random(in: 0..<8, using: &random) == 0 {
            let base = "2001:db8:\(String(Int.random(in: 0..<4096, using: &random), radix: 16))"
            let except = Bool.random(using: &random) ? ["\(base)::/64"] : []
            return .ipBlock("\(base)::/48", except: except)
        }
        let length = Int.random(in: 12...28, using: &random)
        let first: UInt32 =
            switch Int.random(in: 0..<4, using: &random) {
            case 0: 10 << 24 | UInt32.random(in: 0..<(1 << 24), using: &random)
            case 1: 172 << 24 | 16 << 16 | UInt32.random(in: 0..<(1 << 20), using: &random)
            case 2: 192 << 24 | 168 << 16 | UInt32.random(in: 0..<(1 << 16), using: &random)
            default: UInt32.random(in: (1 << 24)..<(223 << 24), using: &random)
            }
        let mask: UInt32 = length == 0 ? 0 : ~0 << (32 - length)
        let network = first & mask
        var except: [String] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) where length < 30 {
            let exceptLength = Int.random(in: (length + 1)...min(32, length + 6), using: &random)
            let span = UInt32(1) << (32 - exceptLength)
            let count = UInt32(1) << (exceptLength - length)
            // The first or last sub-block half of the time: excepts on the block's edges.
            let slot: UInt32 =
                switch Int.random(in: 0..<4, using: &random) {
                case 0: 0
                case 1: count - 1
                default: UInt32.random(in: 0..<count, using: &random)
                }
            except.append("\(dotted(network + slot * span))/\(exceptLength)")
        }
        return .ipBlock("\(dotted(network))/\(length)", except: except.isEmpty ? nil : except)
    }

    static func dotted(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 255).\(value >> 8 & 255).\(value & 255)"
    }

    /// A random pod selector of the four expression operators and matchLabels.
    static func podSelector(_ random: inout PolicyStream.Generator) -> LabelSelector {
        switch Int.random(in: 0..<7, using: &random) {
        case 0: return LabelSelector()
        case 1: return LabelSelector(["app": apps.randomElement(using: &random)!])
        case 2:
            return LabelSelector(expressions: [
                .init(key: "app", operator: .in, values: Array(apps.shuffled(using: &random).prefix(3)))
            ])
        case 3:
            return LabelSelector(
                ["app": apps.randomElement(using: &random)!],
                expressions: [.init(key: "track", operator: .notIn, values: ["canary"])])
        case 4: return LabelSelector(expressions: [.init(key: "tier", operator: .exists)])
        case 5: return LabelSelector(expressions: [.init(key: "track", operator: .doesNotExist)])
        default:
            return LabelSelector(expressions: [
                .init(key: "version", operator: .in, values: ["v\(Int.random(in: 1...3, using: &random))"]),
                .init(key: "app", operator: .notIn, values: [apps.randomElement(using: &random)!]),
            ])
        }
    }

    static func namespaceSelector(_ random: inout PolicyStream.Generator, teams: Int) -> LabelSelector {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return LabelSelector()
        case 1: return LabelSelector(["team": "t\(Int.random(in: 0..<teams, using: &random))"])
        case 2:
            return LabelSelector(expressions: [
                .init(key: "env", operator: .in, values: Array(environments.shuffled(using: &random).prefix(2)))
            ])
        case 3: return LabelSelector(expressions: [.init(key: "compliance", operator: .exists)])
        default:
            return LabelSelector(
                ["env": environments.randomElement(using: &random)!],
                expressions: [.init(key: "compliance", operator: .doesNotExist)])
        }
    }

    static func ports(_ random: inout PolicyStream.Generator) -> [NetworkPolicyPort]? {
        switch Int.random(in: 0..<9, using: &random) {
        case 0: return nil
        case 1: return [.named("http")]
        case 2: return [.named("http"), .named("metrics")]
        case 3:
            let start = Int.random(in: 8000..<9000, using: &random)
            return [.tcp(start, through: start + Int.random(in: 1...200, using: &random))]
        case 4: return [.udp(53), .tcp(53)]
        case 5: return [.named("dns", protocol: .udp), .sctp(3868)]
        case 6: return [.named("diameter", protocol: .sctp), .tcp(443)]
        case 7: return [.tcp(Int.random(in: 1...65535, using: &random)), .all(.udp)]
        default: return [NetworkPolicyPort()]
        }
    }

    static func policy(
        _ index: Int, namespace: String, teams: Int, blocks: [NetworkPolicyPeer],
        random: inout PolicyStream.Generator
    ) -> NetworkPolicy {
        let name = "p\(index)"
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return NetworkPolicy.denyAll(in: namespace, name: name + "-deny-all")
        case 1: return NetworkPolicy.denyIngress(in: namespace, name: name + "-deny-ingress")
        default: break
        }
        var policy = NetworkPolicy(name: name, namespace: namespace).selecting(podSelector(&random))
        let types: [PolicyType] = [[.ingress], [.egress], [.ingress, .egress]].randomElement(using: &random)!
        policy = policy.applying(to: types)
        func peer(_ random: inout PolicyStream.Generator, egress: Bool) -> NetworkPolicyPeer {
            switch Int.random(in: 0..<(egress ? 6 : 5), using: &random) {
            case 0: return NetworkPolicyPeer(podSelector: podSelector(&random))
            case 1: return NetworkPolicyPeer(namespaceSelector: namespaceSelector(&random, teams: teams))
            case 2:
                return NetworkPolicyPeer(
                    podSelector: podSelector(&random), namespaceSelector: namespaceSelector(&random, teams: teams))
            default: return blocks.randomElement(using: &random)!
            }
        }
        for type in types {
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let peers =
                    Int.random(in: 0..<8, using: &random) == 0
                    ? nil
                    : (0..<Int.random(in: 1...3, using: &random)).map { _ in
                        peer(&random, egress: type == .egress)
                    }
                policy =
                    type == .ingress
                    ? policy.allowingIngress(from: peers, ports: ports(&random))
                    : policy.allowingEgress(to: peers, ports: ports(&random))
            }
        }
        return policy
    }

    /// The cluster as a reachability analysis.
    /// - Parameter options: The engine options.
    public func analysis(options: ReachabilityOptions = ReachabilityOptions()) -> ReachabilityAnalysis {
        ReachabilityAnalysis(
            namespaces: namespaces, pods: pods, workloads: [], policies: policies.map { LocatedPolicy($0) },
            clusterPolicies: clusterPolicies.map { LocatedClusterPolicy($0) },
            calicoPolicies: calicoPolicies.compactMap { object in
                switch object {
                case .calicoNetworkPolicy(let policy): LocatedCalicoPolicy(policy)
                case .calicoGlobalNetworkPolicy(let policy): LocatedCalicoPolicy(policy)
                default: nil
                }
            }, calicoTiers: calicoTiers, options: options)
    }

    /// The cluster as manifests, one file a namespace (see ``ClusterFiles``).
    public func files() -> [(name: String, text: String)] {
        var files = ClusterFiles.files(namespaces: namespaces, pods: pods, policies: policies)
        if !clusterPolicies.isEmpty {
            let documents = clusterPolicies.map { KubernetesObject.clusterNetworkPolicy($0).manifest }
            files.append(("cluster-policies.yaml", YAMLWriter().write(documents: documents)))
        }
        if !calicoPolicies.isEmpty {
            let documents =
                calicoTiers.map { KubernetesObject.calicoTier($0).manifest } + calicoPolicies.map(\.manifest)
            files.append(("calico-policies.yaml", YAMLWriter().write(documents: documents)))
        }
        return files
    }
}
