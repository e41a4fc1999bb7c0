import PodFence

/// A deterministic synthetic cluster for the reachability benchmarks: namespaces of teams, pods of a few
/// workloads each (replicas share their labels, as real pods do), and a realistic mix of policies per
/// namespace (default deny, DNS, same-namespace and cross-namespace allows on named ports and ranges,
/// egress to ipBlocks with excepts). The same seed gives the same cluster.
public struct ReachabilityCluster: Sendable {
    /// The namespaces.
    public var namespaces: [Namespace]
    /// The pods, with IPs, nodes and named container ports.
    public var pods: [Pod]
    /// The NetworkPolicies.
    public var policies: [NetworkPolicy]

    /// Generates a cluster.
    /// - Parameters:
    ///   - pods: How many pods (spread evenly over the namespaces, in workloads of four replicas).
    ///   - namespaces: How many namespaces.
    ///   - policies: How many policies (spread evenly over the namespaces).
    ///   - seed: The seed.
    ///   - distinctPods: When true, every pod gets its own `instance` label and policies name instances, so
    ///     that nearly every pod is its own class: the worst case for the matrix.
    public init(
        pods podCount: Int = 5_000, namespaces namespaceCount: Int = 250, policies policyCount: Int = 1_000,
        seed: UInt64 = 42, distinctPods: Bool = false
    ) {
        var random = PolicyStream.Generator(seed: seed)
        let apps = ["web", "api", "db", "cache", "worker", "batch"]
        let environments = ["prod", "staging", "dev"]
        let ports = [
            "web": ("http", 8080), "api": ("grpc", 9090), "db": ("pg", 5432), "cache": ("redis", 6379),
            "worker": ("http", 8081), "batch": ("metrics", 9100),
        ]
        let blocks = [
            ("10.0.0.0/8", ["10.244.0.0/16"]), ("172.16.0.0/12", []), ("192.168.0.0/16", ["192.168.100.0/24"]),
            ("203.0.113.0/24", []), ("198.51.100.0/24", ["198.51.100.128/25"]), ("0.0.0.0/0", ["10.0.0.0/8"]),
            ("2001:db8::/32", []),
        ]

        self.namespaces = (0..<namespaceCount).map { index in
            Namespace(
                name: Self.namespaceName(index),
                labels: ["team": "team-\(index % 40)", "env": environments[index % environments.count]])
        }

        var pods: [Pod] = []
        pods.reserveCapacity(podCount)
        for index in 0..<podCount {
            let namespace = index % namespaceCount
            let slot = index / namespaceCount
            let app = apps[(slot / 4 + namespace) % apps.count]
            let (portName, portNumber) = ports[app]!
            let labels = [
                "app": app, "tier": app == "db" || app == "cache" ? "data" : "service",
                "pod-template-hash": "h\(namespace)-\(slot / 4)",
                "version": "v\(Int.random(in: 1...2, using: &random))",
                "instance": distinctPods ? "i\(index)" : "shared",
            ]
            let node = index % 100
            pods.append(
                Pod(
                    metadata: ObjectMeta(
                        name: "\(app)-\(slot)", namespace: Self.namespaceName(namespace), labels: labels),
                    spec: PodSpec(
                        containers: [
                            Container(name: app, ports: [ContainerPort(name: portName, containerPort: portNumber)])
                        ],
                        nodeName: "node-\(node)"),
                    status: PodStatus(
                        podIPs: ["10.244.\(index / 250).\(index % 250 + 1)"],
                        hostIP: "10.0.\(node / 250).\(node % 250 + 1)")))
        }
        self.pods = pods

        var policies: [NetworkPolicy] = []
        policies.reserveCapacity(policyCount)
        for index in 0..<policyCount {
            let namespaceIndex = index % namespaceCount
            let namespace = Self.namespaceName(namespaceIndex)
            let locked = namespaceIndex % 5 < 3
            let app = apps.randomElement(using: &random)!
            let peerApp = apps.randomElement(using: &random)!
            let (portName, _) = ports[app]!
            let (peerPortName, _) = ports[peerApp]!
            let otherTeam = "team-\(Int.random(in: 0..<40, using: &random))"
            var policy: NetworkPolicy
            switch index / namespaceCount % 4 {
            case 0 where locked:
                policy = NetworkPolicy.denyAll(in: namespace, name: "default-deny")
            case 0 where namespaceIndex % 5 == 3:
                policy = NetworkPolicy.denyIngress(in: namespace, name: "default-deny-ingress")
            case 0:
                policy = NetworkPolicy(name: "allow-same-namespace", namespace: namespace)
                    .applying(to: [.ingress])
                    .allowingIngress(from: [NetworkPolicyPeer(podSelector: LabelSelector())])
            case 1 where locked:
                policy = NetworkPolicy(name: "allow-dns", namespace: namespace)
                    .applying(to: [.egress])
                    .allowingEgress(
                        to: [.pods(["app": "cache"], inNamespaces: [Namespace.nameLabel: Self.namespaceName(0)])],
                        ports: [.udp(53), .tcp(53)]
                    )
                    .allowingEgress(to: [.pods(["app": peerApp])], ports: [.named(peerPortName)])
            case 1:
                policy = NetworkPolicy(name: "allow-metrics", namespace: namespace)
                    .applying(to: [.ingress])
                    .allowingIngress(from: [.namespaces(["team": "team-0"])], ports: [.named("metrics"), .tcp(9100)])
            case 2:
                policy = NetworkPolicy(name: "allow-\(app)-ingress", namespace: namespace)
                    .selecting(["app": app])
                    .applying(to: [.ingress])
                    .allowingIngress(from: [.pods(["app": peerApp])], ports: [.named(portName)])
                    .allowingIngress(
                        from: [
                            NetworkPolicyPeer(
                                podSelector: LabelSelector(expressions: [
                                    .init(key: "tier", operator: .in, values: ["service"])
                                ]),
                                namespaceSelector: LabelSelector(["team": otherTeam])),
                            .namespaces(["env": "prod", "team": "team-\(index % 40)"]),
                        ],
                        ports: [.tcp(8000, through: 8100), .named(portName)])
                if app == "web" { policy = policy.allowingIngress(from: [.namespaces([:])], ports: [.named("http")]) }
            default:
                let (cidr, except) = blocks.randomElement(using: &random)!
                policy = NetworkPolicy(name: "allow-\(app)-egress", namespace: namespace)
                    .selecting(
                        LabelSelector(
                            ["app": app], expressions: [.init(key: "version", operator: .notIn, values: ["v0"])])
                    )
                    .applying(to: [.egress])
                    .allowingEgress(to: [.ipBlock(cidr, except: except)], ports: [.tcp(443)])
                    .allowingEgress(
                        to: [
                            .pods(["app": peerApp], inNamespaces: ["env": environments.randomElement(using: &random)!])
                        ],
                        ports: [.named(peerPortName), .tcp(9000, through: 9100)]
                    )
                    .allowingEgress(to: [.namespaces(["team": otherTeam])])
            }
            if distinctPods {
                let instances = (0..<8).map { _ in "i\(Int.random(in: 0..<podCount, using: &random))" }
                let named = NetworkPolicyPeer(
                    podSelector: LabelSelector(expressions: [.init(key: "instance", operator: .in, values: instances)]),
                    namespaceSelector: LabelSelector())
                policy =
                    policy.appliesToEgress
                    ? policy.allowingEgress(to: [named], ports: [.tcp(7000)])
                    : policy.allowingIngress(from: [named], ports: [.tcp(7000)])
            }
            policies.append(policy)
        }
        self.policies = policies
    }

    /// `team-000`, `team-001`, ...
    static func namespaceName(_ index: Int) -> String {
        let digits = String(index)
        return "team-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The cluster as a reachability analysis.
    /// - Parameters:
    ///   - options: The engine options.
    ///   - clusterPolicies: Cluster-scoped policies to add (none by default).
    public func analysis(
        options: ReachabilityOptions = ReachabilityOptions(), clusterPolicies: [ClusterNetworkPolicy] = []
    ) -> ReachabilityAnalysis {
        ReachabilityAnalysis(
            namespaces: namespaces, pods: pods, workloads: [], policies: policies.map { LocatedPolicy($0) },
            clusterPolicies: clusterPolicies.map { LocatedClusterPolicy($0) }, options: options)
    }

    /// The cluster as manifests, one file a namespace (see ``ClusterFiles``).
    public func files() -> [(name: String, text: String)] {
        ClusterFiles.files(namespaces: namespaces, pods: pods, policies: policies)
    }
}
