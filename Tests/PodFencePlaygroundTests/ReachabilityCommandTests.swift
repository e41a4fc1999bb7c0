import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

/// `can`, `explain`, `assert` and `matrix` through the interpreter, on the built-in example cluster:
/// exact outputs, exit statuses and messages.
@Suite("Reachability commands")
struct ReachabilityCommandTests {
    private static let seed = RepositoryRoot.path + "/Examples/example-cluster"

    private func demo() -> Interpreter {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
        return interpreter
    }

    /// Runs a line; returns the status, standard output and standard error.
    private func run(_ interpreter: inout Interpreter, _ line: String, input: String? = nil) -> (Int32, String, String)
    {
        let status = interpreter.execute(line: line, inlineInput: input)
        let (output, errors) = interpreter.takeOutput()
        return (status, output, errors)
    }

    @Test(
        "can prints yes or no and exits 0 either way",
        arguments: [
            ("can ingress-nginx/controller reach ns-app1/web on 8080", "yes"),
            ("can ingress-nginx/controller reach ns-app1/web on http", "yes"),
            ("can ingress-nginx/controller reach ns-app1/web", "yes"),
            ("can ns-app1/api reach ns-app1/db", "no"),
            ("can ns-app1/api reach ns-app1/db on 5432/TCP", "no"),
            ("can ns-app1/api reach ns-app1/db on pg", "no"),
            ("can other/client reach ns-app1/web", "no"),
            ("can ns-app1/web reach kube-system/coredns on dns/UDP", "no"),
            ("can ns-app1/web reach kube-system/coredns on 53/udp", "no"),
            ("can other/client reach kube-system/coredns on 53/UDP", "yes"),
            ("can 203.0.113.9 reach ns-app1/web", "no"),
            ("can 203.0.113.9 reach other/client", "yes"),
            ("can ns-app1/web reach 2001:db8::1", "no"),
            ("can ns-app1/web reach ns-app1/web", "yes"),
            ("can deployment/ns-app1/web reach statefulset/ns-app1/db", "no"),
        ])
    func can(line: String, answer: String) {
        var interpreter = demo()
        let (status, output, errors) = run(&interpreter, line)
        #expect(status == 0)
        #expect(output == answer + "\n")
        #expect(errors == "")
    }

    @Test("explain names deny-all as isolating api's egress, with file:line, and the rule that allows db's ingress")
    func explainDenied() {
        var interpreter = demo()
        let (status, output, _) = run(&interpreter, "explain ns-app1/api to ns-app1/db on 5432")
        #expect(status == 0)
        #expect(
            output == """
                ns-app1/api to ns-app1/db on 5432/TCP: denied
                egress of ns-app1/api: denied (isolated, no rule matched)
                  isolated by ns-app1/deny-all (example-cluster/01-deny-all.yaml:2:1)
                ingress of ns-app1/db: allowed
                  isolated by ns-app1/allow-internal-ingress (example-cluster/02-allow-internal-ingress.yaml:3:1)
                  isolated by ns-app1/deny-all (example-cluster/01-deny-all.yaml:2:1)
                  allowed by ns-app1/allow-internal-ingress ingress[0] from[0]

                """)
    }

    @Test("explain without a port lists what is allowed")
    func explainAllowed() {
        var interpreter = demo()
        let (_, output, _) = run(&interpreter, "explain ingress-nginx/controller to ns-app1/web")
        #expect(
            output == """
                ingress-nginx/controller to ns-app1/web: allowed on all ports
                egress of ingress-nginx/controller: allowed (not isolated)
                ingress of ns-app1/web: allowed on all ports
                  isolated by ns-app1/allow-ingress-app1 (example-cluster/03-allow-ingress-app1.yaml:3:1)
                  isolated by ns-app1/deny-all (example-cluster/01-deny-all.yaml:2:1)
                  allowed by ns-app1/allow-ingress-app1 ingress[0] from[0]: all ports

                """)
    }

    @Test("explain shows addresses outside the cluster, self traffic and nothing listening")
    func explainSpecialCases() {
        var interpreter = demo()
        #expect(
            run(&interpreter, "explain 203.0.113.9 to ns-app1/web").1 == """
                203.0.113.9 to ns-app1/web: denied
                egress of 203.0.113.9: not governed (outside the cluster)
                ingress of ns-app1/web: denied (isolated, no rule matched)
                  isolated by ns-app1/allow-ingress-app1 (example-cluster/03-allow-ingress-app1.yaml:3:1)
                  isolated by ns-app1/deny-all (example-cluster/01-deny-all.yaml:2:1)

                """)
        #expect(
            run(&interpreter, "explain ns-app1/web to ns-app1/web on http").1 == """
                ns-app1/web to ns-app1/web on 8080/TCP: allowed (self)
                egress of ns-app1/web: denied (isolated, no rule matched)
                  isolated by ns-app1/deny-all (example-cluster/01-deny-all.yaml:2:1)
                ingress of ns-app1/web: denied (isolated, no rule matched)
                  isolated by ns-app1/allow-ingress-app1 (example-cluster/03-allow-ingress-app1.yaml:3:1)
                  isolated by ns-app1/deny-all (example-cluster/01-deny-all.yaml:2:1)
                note: a pod always reaches itself; the sides show the rules between two pods of ns-app1/web

                """)
        let listening = run(&interpreter, "explain ingress-nginx/controller to ns-app1/web on 80").1
        #expect(listening.hasPrefix("ingress-nginx/controller to ns-app1/web on 80/TCP: allowed\n"))
        #expect(listening.hasSuffix("note: allowed by policy, but no container of ns-app1/web declares 80/TCP\n"))
    }

    @Test("assert is silent when true and fails with expected, actual and the reason when not")
    func assertions() {
        var interpreter = demo()
        #expect(run(&interpreter, "assert ingress-nginx/controller can reach ns-app1/web on 8080") == (0, "", ""))
        #expect(run(&interpreter, "assert ns-app1/api cannot reach ns-app1/db") == (0, "", ""))
        #expect(run(&interpreter, "assert other/client cannot reach ns-app1/web") == (0, "", ""))
        #expect(
            run(&interpreter, "assert ns-app1/api can reach ns-app1/db on 5432") == (
                1, "",
                "assertion failed: expected ns-app1/api can reach ns-app1/db on 5432/TCP, but it cannot: egress of "
                    + "ns-app1/api is isolated by ns-app1/deny-all and no rule matched\n"
            ))
        #expect(
            run(&interpreter, "assert ingress-nginx/controller cannot reach ns-app1/web") == (
                1, "",
                "assertion failed: expected ingress-nginx/controller cannot reach ns-app1/web, but it can: egress of "
                    + "ingress-nginx/controller is not isolated; ingress of ns-app1/web is allowed by "
                    + "ns-app1/allow-ingress-app1 ingress[0] from[0]\n"
            ))
    }

    @Test("a failed assertion stops a script with FILE:LINE")
    func assertionInScript() {
        var interpreter = demo()
        let script = """
            assert other/client cannot reach ns-app1/web
            assert ns-app1/web can reach kube-system/coredns on dns/UDP

            """
        #expect(interpreter.runScript(script, file: "checks.pf") == 1)
        #expect(
            interpreter.takeOutput().errors
                == "checks.pf:2: assertion failed: expected ns-app1/web can reach kube-system/coredns on 53/UDP, but "
                + "it cannot: egress of ns-app1/web is isolated by ns-app1/deny-all and no rule matched\n")
    }

    @Test(
        "bad input fails with a message naming the problem",
        arguments: [
            (
                "can ns-app1/wbe reach ns-app1/db",
                "no pod or workload named 'ns-app1/wbe'; close matches: ns-app1/web, ns-app1/db"
            ),
            ("can web reach ns-app1/db", "no pod or workload named 'web'; close matches: ns-app1/web"),
            (
                "can nowhere/nothing-at-all reach ns-app1/db",
                "no pod or workload named 'nowhere/nothing-at-all'; write namespace/name or an IP address "
                    + "(`show workloads` lists them)"
            ),
            ("can ns-app1/api reach", "usage: can SRC reach DST [on PORT[/PROTO]]"),
            ("can ns-app1/api to ns-app1/db", "usage: can SRC reach DST [on PORT[/PROTO]]"),
            ("explain ns-app1/api reach ns-app1/db", "usage: explain SRC to DST [on PORT[/PROTO]]"),
            ("assert ns-app1/api may reach ns-app1/db", "usage: assert SRC can|cannot reach DST [on PORT[/PROTO]]"),
            (
                "can ns-app1/api reach ns-app1/db on nope",
                "ns-app1/db declares no TCP port named 'nope' (its named ports: pg 5432/TCP)"
            ),
            (
                "can ns-app1/api reach other/client on http",
                "other/client declares no TCP port named 'http' (it declares no named port)"
            ),
            ("can ns-app1/api reach ns-app1/db on 0", "port 0 is out of range: a port is between 1 and 65535"),
            ("can ns-app1/api reach ns-app1/db on 80/ICMP", "'ICMP' is not a protocol: use TCP, UDP or SCTP"),
            (
                "can ns-app1/api reach ns-app1/db on 80/TCP/x",
                "'80/TCP/x' is not a port: write PORT or PORT/PROTO, such as 8080 or dns/UDP"
            ),
            (
                "can ns-app1/api reach 10.0.0.1 on http",
                "the named port 'http' needs a pod or a workload as destination, not an address"
            ),
        ])
    func badInput(line: String, message: String) {
        var interpreter = demo()
        #expect(run(&interpreter, line) == (1, "", message + "\n"))
    }

    @Test("matrix prints the table of symbols")
    func matrixTable() {
        var interpreter = demo()
        let (status, output, _) = run(&interpreter, "matrix")
        #expect(status == 0)
        #expect(
            output == """
                                                          1 2 3 4 5 6 7 8
                1  ingress-nginx/controller  Deployment   . . X X . . . .
                2  kube-system/coredns       Deployment   . . X X X . . .
                3  ns-app1/api               Deployment   X X X X X X X X
                4  ns-app1/db                StatefulSet  X X X X X X X X
                5  ns-app1/web               Deployment   X X X X X X X X
                6  other/client              Deployment   . . X X X . . .
                7  0.0.0.0/0                 IPBlock      . . X X X . . -
                8  ::/0                      IPBlock      . . X X X . - .

                . every port  X nothing  ~ some ports (below)  ? implementation-defined  - outside to outside
                rows: from, columns: to; the diagonal is between two pods of the same peer

                """)
    }

    @Test("matrix --format summary counts the pairs")
    func matrixSummary() {
        var interpreter = demo()
        #expect(
            run(&interpreter, "matrix --format summary").1 == """
                peers: 8 (6 in the cluster, 2 outside blocks)
                classes: 5
                pairs: 54
                fully allowed: 19
                partly allowed: 0
                denied: 35
                implementation-defined: 0

                """)
    }

    @Test("matrix --format json follows the contract of design.md")
    func matrixJSON() throws {
        var interpreter = demo()
        let (status, output, _) = run(&interpreter, "matrix --format json")
        #expect(status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["peers", "connections"])
        let peers = try #require(root["peers"] as? [[String: String]])
        #expect(peers.count == 8)
        #expect(peers.allSatisfy { Set($0.keys) == ["name", "kind"] })
        #expect(peers.first == ["name": "ingress-nginx/controller", "kind": "Deployment"])
        #expect(peers.last == ["name": "::/0", "kind": "IPBlock"])
        #expect(peers.contains(["name": "0.0.0.0/0", "kind": "IPBlock"]))
        let connections = try #require(root["connections"] as? [[String: Any]])
        #expect(connections.count == 19)
        for connection in connections {
            #expect(Set(connection.keys) == ["from", "to", "allowed"])
            let from = try #require(connection["from"] as? String)
            let to = try #require(connection["to"] as? String)
            #expect(from != to)
            #expect(peers.contains { $0["name"] == from } && peers.contains { $0["name"] == to })
            let allowed = try #require(connection["allowed"] as? [String: [String]])
            #expect(Set(allowed.keys) == ["TCP", "UDP", "SCTP"])
            #expect(allowed.values.allSatisfy { $0 == ["1-65535"] })
        }
        let pairs = connections.map { "\($0["from"]!) -> \($0["to"]!)" }
        #expect(pairs.contains("ingress-nginx/controller -> ns-app1/web"))
        #expect(!pairs.contains("other/client -> ns-app1/web"))
        #expect(!pairs.contains { $0.hasPrefix("ns-app1/") })
        #expect(!pairs.contains("0.0.0.0/0 -> ::/0"))
    }

    @Test("matrix PATH loads a fresh session and leaves the current one alone")
    func matrixWithPaths() {
        var interpreter = Interpreter()
        let (status, output, _) = run(&interpreter, "matrix \(Self.seed) --format summary")
        #expect(status == 0)
        #expect(output.hasPrefix("peers: 8 (6 in the cluster, 2 outside blocks)\n"))
        #expect(interpreter.context.session.objects.isEmpty)
        let missing = run(&interpreter, "matrix /nonexistent/podfence --format json")
        #expect(missing.0 == 1)
        #expect(missing.2.hasSuffix("nothing analysed: 1 error\n"))
    }

    @Test("matrix csv, md and dot")
    func matrixOtherFormats() {
        var interpreter = demo()
        let csv = run(&interpreter, "matrix --format csv").1.split(separator: "\n")
        #expect(csv.first == "from,to,TCP,UDP,SCTP")
        #expect(csv.count == 55)
        #expect(csv.contains("ingress-nginx/controller,ns-app1/web,1-65535,1-65535,1-65535"))
        #expect(csv.contains("other/client,ns-app1/web,,,"))
        let markdown = run(&interpreter, "matrix --format md").1.split(separator: "\n")
        #expect(markdown.count == 10)
        #expect(markdown[2] == "| `ingress-nginx/controller` | all | all | none | none | all | all | all | all |")
        let dot = run(&interpreter, "matrix --format dot").1
        #expect(dot.hasPrefix("digraph connectivity {\n  rankdir=LR;\n"))
        #expect(dot.contains("  \"ingress-nginx/controller\" -> \"ns-app1/web\";\n"))
        #expect(dot.contains("  \"ns-app1/db\" [shape=box, label=\"ns-app1/db\\nStatefulSet\"];\n"))
        #expect(!dot.contains("\"other/client\" -> \"ns-app1/web\""))
    }

    private static let podsWithIPs = """
        apiVersion: v1
        kind: Pod
        metadata: {name: a, namespace: t, labels: {app: a}}
        spec:
          nodeName: n1
          containers: [{name: c, image: i, ports: [{name: http, containerPort: 8080}]}]
        status: {podIP: 10.9.0.1, hostIP: 192.168.9.1}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b, namespace: t, labels: {app: b}}
        spec:
          nodeName: n2
          containers: [{name: c, image: i, ports: [{name: http, containerPort: 8080}]}]
        status: {podIP: 10.9.0.2, hostIP: 192.168.9.2}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: to-b-by-ip, namespace: t}
        spec:
          podSelector: {matchLabels: {app: a}}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock: {cidr: 10.9.0.2/32}
            ports:
            - port: 8080
        """

    @Test("--no-ipblock-pod-ips turns a verdict that rests on a pod IP into an implementation-defined no")
    func implementationDefined() {
        var interpreter = Interpreter()
        #expect(run(&interpreter, "apply", input: Self.podsWithIPs).0 == 0)
        #expect(run(&interpreter, "can t/a reach t/b on 8080").1 == "yes\n")
        #expect(
            run(&interpreter, "can t/a reach t/b on 8080 --no-ipblock-pod-ips").1 == """
                no (implementation-defined: allowed (TCP 8080) only by plugins whose ipBlocks match pod IPs)

                """)
        let explained = run(&interpreter, "explain t/a to t/b on http").1
        #expect(explained.contains("  allowed by t/to-b-by-ip egress[0] to[0] ports[0]\n"))
        #expect(
            explained.hasSuffix(
                "note: t/to-b-by-ip egress[0] to[0] ports[0] matches the pod IP 10.9.0.2 through an ipBlock; plugins "
                    + "differ (--no-ipblock-pod-ips)\n"))
        #expect(
            run(&interpreter, "assert t/a can reach t/b on 8080 --no-ipblock-pod-ips") == (
                1, "",
                "assertion failed: expected t/a can reach t/b on 8080/TCP, but it is implementation-defined: allowed "
                    + "(TCP 8080) only by plugins whose ipBlocks match pod IPs\n"
            ))
        #expect(run(&interpreter, "assert t/a cannot reach t/b on 8080 --no-ipblock-pod-ips").0 == 1)
        #expect(
            run(&interpreter, "can t/a reach 192.168.9.1").1
                == "no (implementation-defined: egress to the pod's own node, which some plugins never block)\n")
        #expect(
            run(&interpreter, "can 192.168.9.2 reach t/b --host-network-as-pods --no-init-container-ports").1 == "yes\n"
        )
        let table = run(&interpreter, "matrix --no-ipblock-pod-ips").1
        // One /32 ipBlock cuts IPv4 into 33 canonical prefixes; t/a reaches only 10.9.0.2/32 (8), on 8080.
        #expect(table.contains(" 1  t/a            Pod       X  ?  X  X  X  X  X  ~  X  X"))
        #expect(table.contains(" 8  10.9.0.2/32    IPBlock   .  .  -  -  -  -  -  .  -"))
        #expect(table.contains("some ports:\n  t/a -> 10.9.0.2/32: TCP 8080\n"))
        #expect(
            run(&interpreter, "matrix --format summary --no-ipblock-pod-ips").1.contains("implementation-defined: 1\n"))
    }

    @Test("help lists the reachability commands")
    func help() {
        var interpreter = Interpreter()
        let overview = run(&interpreter, "help").1
        for command in ["can", "explain", "assert", "matrix"] { #expect(overview.contains(command)) }
        #expect(run(&interpreter, "help matrix").1.contains("--no-ipblock-pod-ips"))
    }
}
