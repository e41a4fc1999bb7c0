//! Your first policy, for your own namespace: isolate it, let the ingress controller reach your app, check the
//! result with the engine, and print the YAML to apply.
import PodFence

// Your namespace, isolated by default, with DNS allowed: the onboarding bundle.
var objects = try TemplateCatalog.builtIn.renderBundle("onboarding", ["namespace": "team-a"]).objects

// Your app's pods accept connections from the ingress controller's namespace, on their port named http.
let policy = NetworkPolicy(name: "allow-ingress-controller", namespace: "team-a")
    .selecting(["app": "shop"])
    .applying(to: [.ingress])
    .allowingIngress(from: [.namespace(named: "ingress-nginx")], ports: [.named("http")])
precondition(policy.validate().isEmpty, "invalid policy")
objects.append(.networkPolicy(policy))

// Check it on your app and two neighbours before applying it.
func pod(_ namespace: String, _ name: String, _ labels: [String: String], port: Int? = nil) -> Pod {
    let ports = port.map { [ContainerPort(name: "http", containerPort: $0)] } ?? []
    return Pod(
        metadata: ObjectMeta(name: name, namespace: namespace, labels: labels),
        spec: PodSpec(containers: [Container(name: name, ports: ports)]))
}
let pods = [
    pod("team-a", "shop", ["app": "shop"], port: 8080), pod("ingress-nginx", "controller", [:]),
    pod("other", "client", [:]),
]
let analysis = ReachabilityAnalysis(
    namespaces: [], pods: pods, workloads: [],
    policies: objects.compactMap { if case .networkPolicy(let policy) = $0 { LocatedPolicy(policy) } else { nil } })
for (source, destination) in [
    ("ingress-nginx/controller", "team-a/shop"), ("other/client", "team-a/shop"), ("team-a/shop", "other/client"),
] {
    let verdict = analysis.verdict(
        from: .peer(try analysis.peer(named: source)), to: .peer(try analysis.peer(named: destination)))
    print("\(source) -> \(destination): " + (verdict.isAllowed ? "allowed on \(verdict.allowedPorts)" : "denied"))
}
print(YAMLWriter().write(documents: objects.map(\.manifest)), terminator: "")
