//! Describe a tiny cluster in Swift, isolate its namespace, and ask the reachability engine who may connect.
import PodFence

// snippet.cluster
// Two namespaces, labelled the way the policies below select them.
let namespaces = [
    Namespace(name: "shop", labels: ["ns-id": "shop"]),
    Namespace(name: "ingress-nginx", labels: ["ns-id": "ingress-nginx"]),
]

// A workload stands for all of its pods: their labels and the ports their containers declare.
func deployment(_ name: String, in namespace: String, labels: [String: String], ports: [ContainerPort]) -> Workload {
    Workload(
        .deployment, name: name, namespace: namespace,
        template: PodTemplateSpec(labels: labels, spec: PodSpec(containers: [Container(name: name, ports: ports)])))
}
let workloads = [
    deployment("web", in: "shop", labels: ["app": "web"], ports: [ContainerPort(name: "http", containerPort: 8080)]),
    deployment("controller", in: "ingress-nginx", labels: ["app": "ingress"], ports: []),
]
// snippet.end

// snippet.policies
// Deny everything in `shop`, then let the ingress controller's namespace reach the web pods on their http port.
let policies = [
    NetworkPolicy.denyAll(in: "shop"),
    NetworkPolicy(name: "allow-ingress", namespace: "shop")
        .selecting(["app": "web"])
        .applying(to: [.ingress])
        .allowingIngress(from: [.namespaces(["ns-id": "ingress-nginx"])], ports: [.named("http")]),
]
for policy in policies {
    precondition(policy.validate().isEmpty, "\(policy.metadata.name ?? "") is invalid")
}
// snippet.end

// snippet.ask
let analysis = ReachabilityAnalysis(
    namespaces: namespaces, pods: [], workloads: workloads,
    policies: policies.map { LocatedPolicy($0) })
let web = try analysis.peer(named: "shop/web")
let controller = try analysis.peer(named: "ingress-nginx/controller")

for port in [8080, 9090] {
    let verdict = analysis.verdict(from: .peer(controller), to: .peer(web), port: .port(port, .tcp))
    print("controller -> web on \(verdict.port): \(verdict.outcome)")
    for match in verdict.ingress.matches {
        print("  allowed by \(match.rule)")
    }
}

// The other way round, the web pods' egress is isolated by deny-all and nothing allows it.
let back = analysis.verdict(from: .peer(web), to: .peer(controller))
print("web -> controller: \(back.outcome)")
print("  egress isolated by \(back.egress.isolatingPolicies.map(\.description).joined(separator: ", "))")
// snippet.end
