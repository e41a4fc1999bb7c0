//! Load the walkthrough's cluster and its three published steps, and ask the engine what they really allow.
//! Run it from the package root: it reads Examples/example-cluster.
import PodFence

/// Prints one answer and, when a side refuses, which policies isolate it.
func report(_ analysis: ReachabilityAnalysis, _ source: String, _ destination: String, _ port: PortQuery = .any)
    throws(ReachabilityQueryError)
{
    let verdict = analysis.verdict(
        from: .peer(try analysis.peer(named: source)), to: .peer(try analysis.peer(named: destination)), port: port)
    print("\(source) -> \(destination) on \(port): \(verdict.outcome)")
    for side in [verdict.egress, verdict.ingress] where !side.allows {
        let owner = side.direction == .egress ? source : destination
        let policies = side.isolatingPolicies.map(\.description).joined(separator: ", ")
        print("  \(side.direction) of \(owner) is isolated by \(policies) and no rule allows it")
    }
}

let loaded = ManifestLoader().load(paths: ["Examples/example-cluster"])
precondition(loaded.isComplete, "the example cluster does not load")
let analysis = ReachabilityAnalysis(objects: loaded.objects)

// Step 3 works: the ingress controller reaches the web pods, and nobody else does.
try report(analysis, "ingress-nginx/controller", "ns-app1/web", .port(8080, .tcp))
try report(analysis, "other/client", "ns-app1/web")

// Step 2 does not: db accepts api's connections, but api may not open them.
try report(analysis, "ns-app1/api", "ns-app1/db", .port(5432, .tcp))

// And since deny-all isolates egress, no pod of ns-app1 can resolve a name.
try report(analysis, "ns-app1/web", "kube-system/coredns", .port(53, .udp))

// The linter finds the same problems without being asked a question.
for finding in Linter().lint(loaded.objects).findings {
    print("\(finding.severity.rawValue): [\(finding.rule.id)] \(finding.object)")
}
