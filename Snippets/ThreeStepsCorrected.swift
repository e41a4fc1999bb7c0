//! Replace the walkthrough's step 2 with a policy for both directions, add DNS, and let the engine check every
//! connection the team expects. Run it from the package root: it reads Examples/example-cluster.
import PodFence

// snippet.policies
// Step 2, corrected: the project's pods accept connections from each other AND may open them. A podSelector
// peer is scoped to the policy's own namespace, which is what the seed's namespaceSelector also said.
let allowInternal = NetworkPolicy(name: "allow-internal", namespace: "ns-app1")
    .selecting(["project": "project-app1"])
    .applying(to: [.ingress, .egress])
    .allowingIngress(from: [.pods(["project": "project-app1"])])
    .allowingEgress(to: [.pods(["project": "project-app1"])])

// DNS: deny-all isolates the egress of every pod of ns-app1, so name resolution needs its own rule, on UDP and
// TCP, to the DNS pods' own port.
let allowDNS = NetworkPolicy(name: "allow-dns-egress", namespace: "ns-app1")
    .applying(to: [.egress])
    .allowingEgress(
        to: [.pods(["k8s-app": "kube-dns"], inNamespaces: [Namespace.nameLabel: "kube-system"])],
        ports: [.udp(53), .tcp(53)])
// snippet.end

// snippet.apply
let published = ManifestLoader().load(paths: ["Examples/example-cluster"])
precondition(published.isComplete, "the example cluster does not load")
let corrections = YAMLWriter().write(documents: [allowInternal.manifest, allowDNS.manifest])
let corrected = ManifestLoader().load(text: corrections, file: "corrections.yaml")
precondition(corrected.isComplete, "the corrections are invalid")

// The published step 2 goes; steps 1 and 3 stay.
func isPublishedStepTwo(_ loaded: LoadedObject) -> Bool {
    loaded.object.kind == NetworkPolicy.kind && loaded.object.qualifiedName == "ns-app1/allow-internal-ingress"
}
let objects = published.objects.filter { !isPublishedStepTwo($0) } + corrected.objects
let analysis = ReachabilityAnalysis(objects: objects)
// snippet.end

// snippet.verify
/// One connection the team expects to work, or expects to be refused.
struct Expectation {
    var source: String
    var destination: String
    var port: PortQuery = .any
    var allowed: Bool
}
let expectations = [
    Expectation(source: "ingress-nginx/controller", destination: "ns-app1/web", port: .port(8080, .tcp), allowed: true),
    Expectation(source: "ns-app1/api", destination: "ns-app1/db", port: .port(5432, .tcp), allowed: true),
    Expectation(source: "ns-app1/db", destination: "ns-app1/api", port: .port(9000, .tcp), allowed: true),
    Expectation(source: "ns-app1/web", destination: "kube-system/coredns", port: .port(53, .udp), allowed: true),
    Expectation(source: "ns-app1/db", destination: "kube-system/coredns", port: .port(53, .tcp), allowed: true),
    Expectation(source: "other/client", destination: "ns-app1/web", allowed: false),
    Expectation(source: "other/client", destination: "ns-app1/db", allowed: false),
    Expectation(source: "ns-app1/web", destination: "ns-app1/api", allowed: false),
    Expectation(source: "ns-app1/db", destination: "ingress-nginx/controller", allowed: false),
]
var failures = 0
for expected in expectations {
    let verdict = analysis.verdict(
        from: .peer(try analysis.peer(named: expected.source)),
        to: .peer(try analysis.peer(named: expected.destination)), port: expected.port)
    let holds = verdict.isAllowed == expected.allowed
    if !holds { failures += 1 }
    let mark = holds ? "ok  " : "FAIL"
    print("\(mark) \(expected.source) -> \(expected.destination) on \(expected.port): \(verdict.outcome)")
}
print(failures == 0 ? "every expectation holds" : "\(failures) expectations fail")
// snippet.end

// snippet.lint
var options = Linter.Options()
options.exemptNamespaces.formUnion(["ingress-nginx", "other"])
for finding in Linter(options: options).lint(objects).findings {
    print("\(finding.severity.rawValue): [\(finding.rule.id)] \(finding.object)")
}
// snippet.end

// snippet.yaml
print(corrections, terminator: "")
// snippet.end
