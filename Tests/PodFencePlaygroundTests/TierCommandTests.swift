import Foundation
import PodFence
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
}
