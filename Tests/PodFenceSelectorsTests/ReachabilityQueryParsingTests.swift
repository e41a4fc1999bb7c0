import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import Testing

/// The words of a reachability question (`SRC reach DST on PORT[/PROTO]`) resolved against the example cluster,
/// and the error for each word that does not resolve.
@Suite("Reachability query parsing")
struct ReachabilityQueryParsingTests {
    static let cluster: TestCluster = {
        do {
            return try TestCluster(paths: [TestCluster.seed])
        } catch {
            preconditionFailure("the example cluster loads: \(error)")
        }
    }()

    /// The peer a name stands for in the example cluster.
    static func peer(_ name: String) -> ReachabilityEndpoint {
        .peer(cluster.analysis.peers(named: name)[0])
    }

    @Test(
        "endpoints are an address, namespace/name or kind/namespace/name",
        arguments: [
            ("203.0.113.9", ReachabilityEndpoint.address(IPAddress("203.0.113.9")!)),
            ("2001:db8::1", .address(IPAddress("2001:db8::1")!)),
            ("ns-app1/web", peer("ns-app1/web")),
            ("deployment/ns-app1/web", peer("ns-app1/web")),
            ("StatefulSet/ns-app1/db", peer("ns-app1/db")),
        ])
    func endpoint(word: String, expected: ReachabilityEndpoint) throws {
        #expect(try ReachabilityEndpoint(parsing: word, in: Self.cluster.analysis) == expected)
    }

    @Test(
        "ports are a number or a named port of the destination, TCP unless a protocol is written",
        arguments: [
            ("8080", "ns-app1/web", PortQuery.port(8080, .tcp)),
            ("http", "ns-app1/web", .port(8080, .tcp)),
            ("5432/TCP", "ns-app1/db", .port(5432, .tcp)),
            ("pg", "ns-app1/db", .port(5432, .tcp)),
            ("dns/UDP", "kube-system/coredns", .port(53, .udp)),
            ("53/udp", "kube-system/coredns", .port(53, .udp)),
            ("dns-tcp", "kube-system/coredns", .port(53, .tcp)),
            ("9/sctp", "203.0.113.9", .port(9, .sctp)),
            ("65535", "203.0.113.9", .port(65535, .tcp)),
        ])
    func port(text: String, destination: String, expected: PortQuery) throws {
        let analysis = Self.cluster.analysis
        let endpoint = try ReachabilityEndpoint(parsing: destination, in: analysis)
        #expect(try PortQuery(parsing: text, to: endpoint, in: analysis) == expected)
    }

    @Test("a question resolves its source, destination and port; without a port it asks about any")
    func query() throws {
        let analysis = Self.cluster.analysis
        let query = try ReachabilityQuery(
            source: "ingress-nginx/controller", destination: "ns-app1/web", port: "http", in: analysis)
        #expect(
            query
                == ReachabilityQuery(
                    source: Self.peer("ingress-nginx/controller"), destination: Self.peer("ns-app1/web"),
                    port: .port(8080, .tcp)))
        let any = try ReachabilityQuery(source: "other/client", destination: "10.0.0.1", port: nil, in: analysis)
        #expect(
            any == ReachabilityQuery(source: Self.peer("other/client"), destination: .address(IPAddress("10.0.0.1")!)))
    }

    @Test(
        "a word that does not resolve throws its code and a message saying what would be valid",
        arguments: [
            (
                "ns-app1/wbe", "ns-app1/db", nil, ReachabilityQueryError.Code.unknownEndpoint, "ns-app1/wbe",
                "no pod or workload named 'ns-app1/wbe'; close matches: ns-app1/web, ns-app1/db"
            ),
            (
                "ns-app1/api", "nowhere/nothing-at-all", nil, .unknownEndpoint, "nowhere/nothing-at-all",
                "no pod or workload named 'nowhere/nothing-at-all'; write namespace/name or an IP address "
                    + "(`show workloads` lists them)"
            ),
            (
                "ns-app1/api", "ns-app1/db", "nope", .undeclaredNamedPort, "nope",
                "ns-app1/db declares no TCP port named 'nope' (its named ports: pg 5432/TCP)"
            ),
            (
                "ns-app1/api", "statefulset/ns-app1/db", "pg/UDP", .undeclaredNamedPort, "pg/UDP",
                "statefulset/ns-app1/db declares no UDP port named 'pg' (its named ports: pg 5432/TCP)"
            ),
            (
                "ns-app1/api", "other/client", "http", .undeclaredNamedPort, "http",
                "other/client declares no TCP port named 'http' (it declares no named port)"
            ),
            (
                "ns-app1/api", "ns-app1/db", "0", .portOutOfRange, "0",
                "port 0 is out of range: a port is between 1 and 65535"
            ),
            (
                "ns-app1/api", "ns-app1/db", "65536/UDP", .portOutOfRange, "65536/UDP",
                "port 65536 is out of range: a port is between 1 and 65535"
            ),
            (
                "ns-app1/api", "ns-app1/db", "80/ICMP", .unsupportedProtocol, "80/ICMP",
                "'ICMP' is not a protocol: use TCP, UDP or SCTP"
            ),
            (
                "ns-app1/api", "ns-app1/db", "80/", .unsupportedProtocol, "80/",
                "'' is not a protocol: use TCP, UDP or SCTP"
            ),
            (
                "ns-app1/api", "ns-app1/db", "80/TCP/x", .invalidPort, "80/TCP/x",
                "'80/TCP/x' is not a port: write PORT or PORT/PROTO, such as 8080 or dns/UDP"
            ),
            (
                "ns-app1/api", "ns-app1/db", "/TCP", .invalidPort, "/TCP",
                "'/TCP' is not a port: write PORT or PORT/PROTO, such as 8080 or dns/UDP"
            ),
            (
                "ns-app1/api", "10.0.0.1", "http", .namedPortNeedsPeer, "http",
                "the named port 'http' needs a pod or a workload as destination, not an address"
            ),
        ] as [(String, String, String?, ReachabilityQueryError.Code, String, String)])
    func badWord(
        source: String, destination: String, port: String?, code: ReachabilityQueryError.Code, input: String,
        message: String
    ) {
        let expected = ReachabilityQueryError(code: code, message: message, input: input)
        #expect(throws: expected) {
            try ReachabilityQuery(source: source, destination: destination, port: port, in: Self.cluster.analysis)
        }
        #expect(expected.description == message)
    }

    @Test("a name that a pod and a workload share is ambiguous: kind/namespace/name chooses")
    func ambiguous() throws {
        let pod = Pod(
            metadata: ObjectMeta(name: "web", namespace: "app", labels: ["app": "web"]),
            spec: PodSpec(containers: [Container(name: "main", ports: [ContainerPort(containerPort: 8080)])]),
            status: PodStatus(podIPs: ["10.0.1.5"]))
        let workload = Workload(
            .deployment, name: "web", namespace: "app", template: PodTemplateSpec(labels: ["app": "web"]))
        let analysis = TestCluster(pods: [pod], workloads: [workload], policies: []).analysis
        let expected = ReachabilityQueryError(
            code: .ambiguousEndpoint,
            message: "'app/web' names several peers: deployment/app/web, pod/app/web; write one of them",
            input: "app/web")
        #expect(throws: expected) { try ReachabilityEndpoint(parsing: "app/web", in: analysis) }
        let chosen = try ReachabilityEndpoint(parsing: "pod/app/web", in: analysis)
        #expect(chosen == .peer(analysis.peers(named: "pod/app/web")[0]))
    }

    @Test("a port's error names the destination peer when it is asked for without the question's words")
    func portAlone() throws {
        let analysis = Self.cluster.analysis
        let db = try ReachabilityEndpoint(parsing: "statefulset/ns-app1/db", in: analysis)
        #expect(
            throws: ReachabilityQueryError(
                code: .undeclaredNamedPort,
                message: "ns-app1/db declares no TCP port named 'nope' (its named ports: pg 5432/TCP)", input: "nope")
        ) { try PortQuery(parsing: "nope", to: db, in: analysis) }
    }
}
