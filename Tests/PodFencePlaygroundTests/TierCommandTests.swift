import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

/// `can`, `explain`, `assert` and `matrix` with cluster-scoped policies applied to the example cluster.
@Suite("Reachability commands with cluster policy tiers")
struct TierCommandTests {
    static let quarantine = """
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata:
          name: quarantine-app1
        spec:
          priority: 10
          subject:
            namespaces:
              matchLabels: {kubernetes.io/metadata.name: ns-app1}
          ingress:
          - name: no-ingress-controller
            action: Deny
            from:
            - namespaces:
                matchLabels: {kubernetes.io/metadata.name: ingress-nginx}
        """

    static let baseline = """
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata:
          name: tenant-baseline
        spec:
          tier: Baseline
          priority: 100
          subject:
            namespaces: {}
          egress:
          - name: deny-all
            action: Deny
            to:
            - namespaces: {}
        """

    private func demo() -> Interpreter {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
        return interpreter
    }

    private func run(_ interpreter: inout Interpreter, _ line: String, input: String? = nil) -> (Int32, String, String)
    {
        let status = interpreter.execute(line: line, inlineInput: input)
        let (output, errors) = interpreter.takeOutput()
        return (status, output, errors)
    }

    @Test("an Admin Deny overrides the NetworkPolicy that allows, and explain shows the chain")
    func adminDeny() {
        var session = demo()
        #expect(run(&session, "can ingress-nginx/controller reach ns-app1/web on 8080").1 == "yes\n")
        #expect(run(&session, "apply <<EOF", input: Self.quarantine).0 == 0)
        #expect(run(&session, "can ingress-nginx/controller reach ns-app1/web on 8080").1 == "no\n")
        let explained = run(&session, "explain ingress-nginx/controller to ns-app1/web on 8080").1
        let lines = explained.split(separator: "\n").map(String.init)
        #expect(lines.first == "ingress-nginx/controller to ns-app1/web on 8080/TCP: denied")
        #expect(lines.contains("ingress of ns-app1/web: denied by the Admin tier"))
        #expect(
            lines.contains {
                $0.hasPrefix("  Admin: AdminNetworkPolicy/quarantine-app1 (")
                    && $0.hasSuffix(
                        "priority 10 ingress[0] from[0] \"no-ingress-controller\" -> Deny on TCP 8080")
            })
        #expect(lines.contains { $0.hasPrefix("  not reached: allowed by ns-app1/allow-ingress-app1 ingress[0]") })
        let (status, _, errors) = run(&session, "assert ingress-nginx/controller can reach ns-app1/web on 8080")
        #expect(status != 0)
        #expect(errors.contains("denied by the Admin tier (AdminNetworkPolicy/quarantine-app1 ingress[0] from[0]"))
    }

    @Test("a Baseline deny applies only where no NetworkPolicy isolates, and the matrix agrees with can")
    func baselineBelowNetworkPolicies() {
        var session = demo()
        #expect(run(&session, "apply <<EOF", input: Self.baseline).0 == 0)
        // The ingress controller is not isolated for egress: the Baseline tier denies it.
        let (_, explained, _) = run(&session, "explain ingress-nginx/controller to ns-app1/web on 8080")
        #expect(explained.contains("egress of ingress-nginx/controller: denied by the Baseline tier"))
        #expect(explained.contains("  NetworkPolicy: no NetworkPolicy isolates egress -> Pass on TCP 8080"))
        #expect(run(&session, "can ingress-nginx/controller reach ns-app1/web on 8080").1 == "no\n")
        let csv = run(&session, "matrix --format csv").1
        #expect(csv.contains("\ningress-nginx/controller,ns-app1/web,,,\n"))
        #expect(csv.contains("\ningress-nginx/controller,0.0.0.0/0,1-65535,1-65535,1-65535\n"))
    }

    @Test("explain --format json gives the chain as data")
    func explainJSON() throws {
        var session = demo()
        #expect(run(&session, "apply <<EOF", input: Self.quarantine).0 == 0)
        let (status, output, _) = run(&session, "explain ingress-nginx/controller to ns-app1/web on 8080 --format json")
        #expect(status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(root["source"] as? String == "ingress-nginx/controller")
        #expect(root["destination"] as? String == "ns-app1/web")
        #expect(root["port"] as? String == "8080/TCP")
        #expect(root["outcome"] as? String == "denied")
        let sides = try #require(root["sides"] as? [[String: Any]])
        #expect(sides.map { $0["direction"] as? String } == ["egress", "ingress"])
        #expect(sides[0]["status"] as? String == "not-isolated")
        #expect((sides[0]["chain"] as? [Any])?.isEmpty == true)
        let chain = try #require(sides[1]["chain"] as? [[String: Any]])
        #expect(chain.count == 1)
        #expect(chain[0]["tier"] as? String == "Admin")
        #expect(chain[0]["action"] as? String == "Deny")
        #expect((chain[0]["ports"] as? [String: [String]])?["TCP"] == ["8080"])
        let rule = try #require(chain[0]["rule"] as? [String: Any])
        #expect(rule["kind"] as? String == "AdminNetworkPolicy")
        #expect(rule["policy"] as? String == "quarantine-app1")
        #expect(rule["priority"] as? Int == 10)
        #expect(rule["name"] as? String == "no-ingress-controller")
        #expect(rule["index"] as? Int == 0)
        #expect(rule["peerIndex"] as? Int == 0)
        #expect(rule["direction"] as? String == "ingress")
        // The NetworkPolicy that would have allowed is still there, as data.
        let allowedBy = try #require(sides[1]["allowedBy"] as? [[String: Any]])
        #expect(allowedBy.first?["policy"] as? String == "ns-app1/allow-ingress-app1")
        // Without a port: null.
        let any = run(&session, "explain ingress-nginx/controller to ns-app1/web --format json").1
        let anyRoot = try #require(try JSONSerialization.jsonObject(with: Data(any.utf8)) as? [String: Any])
        #expect(anyRoot["port"] is NSNull)
    }

    @Test("diff says which tier changed a connection")
    func diffNamesTheTier() throws {
        let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"
        let folder = NSTemporaryDirectory() + "podfence-tier-diff-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in try FileManager.default.contentsOfDirectory(atPath: exampleCluster) where file.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: exampleCluster + "/" + file, toPath: folder + "/" + file)
        }
        try (Self.quarantine + "\n").write(toFile: folder + "/09-quarantine.yaml", atomically: true, encoding: .utf8)
        var interpreter = Interpreter()
        #expect(interpreter.execute(arguments: ["diff", exampleCluster, folder]) == 1)
        #expect(
            interpreter.takeOutput().output == """
                - ingress-nginx/controller -> ns-app1/web  all ports
                    decided by the Admin tier
                    now isolated by ns-app1/allow-ingress-app1
                    now isolated by ns-app1/deny-all
                    now: Admin AdminNetworkPolicy/quarantine-app1 ingress[0] from[0] "no-ingress-controller" Deny
                    was: ns-app1/allow-ingress-app1 ingress[0] from[0]
                0 connections newly allowed, 1 newly denied

                """)
        #expect(interpreter.execute(arguments: ["diff", exampleCluster, folder, "--format", "json"]) == 1)
        let json = interpreter.takeOutput().output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let denied = try #require(root["denied"] as? [[String: Any]])
        #expect(denied.first?["tiers"] as? [String] == ["Admin"])
    }

    @Test("Calico policies are evaluated in their tiers by can, explain, matrix and lint")
    func calicoIsEvaluated() {
        var session = demo()
        // Without an order, a GlobalNetworkPolicy of the default tier comes after the NetworkPolicies (order
        // 1,000), which allow the ingress controller first.
        let calico = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: deny-app1
            spec:
              selector: projectcalico.org/namespace == 'ns-app1'
              types: [Ingress]
              ingress:
              - action: Deny
                source:
                  namespaceSelector: projectcalico.org/name == 'ingress-nginx'
            """
        let before = run(&session, "matrix --format summary").1
        #expect(run(&session, "apply <<EOF", input: calico).0 == 0)
        #expect(run(&session, "can ingress-nginx/controller reach ns-app1/web").1 == "yes\n")
        // At order 100 it comes first and denies.
        let ordered = calico.replacingOccurrences(of: "spec:\n", with: "spec:\n  order: 100\n")
        #expect(run(&session, "apply <<EOF", input: ordered).0 == 0)
        let (_, output, errors) = run(&session, "can ingress-nginx/controller reach ns-app1/web")
        #expect(output == "no\n" && errors.isEmpty, "\(output)\(errors)")
        let explanation = run(&session, "explain ingress-nginx/controller to ns-app1/web").1
        #expect(
            explanation.contains(
                "  NetworkPolicy: GlobalNetworkPolicy/deny-app1 (<inline>:1:1) order 100 ingress[0] -> Deny on all ports"
            ),
            "\(explanation)")
        #expect(explanation.contains("  not reached: allowed by ns-app1/allow-ingress-app1"), "\(explanation)")
        let after = run(&session, "matrix --format summary").1
        #expect(before.contains("fully allowed: 19") && after.contains("fully allowed: 18"), "\(after)")
        #expect(
            run(&session, "lint --fail-on never").2.contains(
                "note: 1 Calico policy is evaluated; lint checks their tiers (calico-unknown-tier) but not their rules")
        )
        // A tier that no Tier object defines is read closed, and every analysing command says so.
        let tiered = ordered.replacingOccurrences(of: "name: deny-app1", with: "name: in-security")
            .replacingOccurrences(of: "spec:\n", with: "spec:\n  tier: security\n")
        #expect(run(&session, "apply <<EOF", input: tiered).0 == 0)
        #expect(
            run(&session, "can ingress-nginx/controller reach ns-app1/web").2.contains(
                "warning: Calico policies name tiers that no loaded Tier defines (security)"))
        // lint says where.
        let lint = run(&session, "lint --fail-on never").1
        #expect(
            lint.contains(
                "<inline>:6:9: warning: [calico-unknown-tier] GlobalNetworkPolicy in-security spec.tier: tier 'security' "
                    + "is defined by no loaded Tier (known: default, kube-admin, kube-baseline)"), "\(lint)")
        // With the Tier loaded, the warning and the finding go.
        let tier = "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: security\nspec:\n  order: 100\n"
        #expect(run(&session, "apply <<EOF", input: tier).0 == 0)
        #expect(run(&session, "can ingress-nginx/controller reach ns-app1/web").2.isEmpty)
        #expect(!run(&session, "lint --fail-on never").1.contains("calico-unknown-tier"))
    }
}
