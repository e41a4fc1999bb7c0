//! Govern a cluster with tiers: a Baseline default deny for every tenant namespace, an Admin tier that always
//! lets the ingress controller and DNS through, a team's own NetworkPolicy in between, and the chain of tiers
//! that decides each connection.
import PodFence

// The platform team's policies, once for the cluster. Tenants are the namespaces labelled tenant=yes.
let baseline = ClusterNetworkPolicy.baseline(
    "tenant-default-deny", priority: 100, subject: .namespaces(["tenant": "yes"])
)
.ingress(.deny, from: [.namespaces([:])], name: "deny-ingress")
.egress(.deny, to: [.namespaces([:]), .networks(["0.0.0.0/0", "::/0"])], name: "deny-egress")
let admin = ClusterNetworkPolicy.admin("platform", priority: 10, subject: .namespaces(["tenant": "yes"]))
    .ingress(.accept, from: [.namespaces([Namespace.nameLabel: "ingress-nginx"])], name: "ingress")
    .egress(
        .accept, to: [.pods(["k8s-app": "kube-dns"], inNamespaces: [Namespace.nameLabel: "kube-system"])],
        protocols: [.udp(53), .tcp(53)], name: "dns")
for policy in [baseline, admin] { precondition(policy.validate().isEmpty, "invalid \(policy.metadata.name!)") }

// A team opens its own namespace to itself: NetworkPolicies override the Baseline tier, not the Admin tier.
let team = NetworkPolicy(name: "allow-same-namespace", namespace: "team-a")
    .applying(to: [.ingress, .egress])
    .allowingIngress(from: [.pods([:])])
    .allowingEgress(to: [.pods([:])])

func pod(_ namespace: String, _ name: String, _ labels: [String: String] = [:]) -> Pod {
    Pod(metadata: ObjectMeta(name: name, namespace: namespace, labels: labels), spec: PodSpec(containers: []))
}
let analysis = ReachabilityAnalysis(
    namespaces: [
        Namespace(name: "team-a", labels: ["tenant": "yes"]), Namespace(name: "team-b", labels: ["tenant": "yes"]),
    ],
    pods: [
        pod("team-a", "shop"), pod("team-a", "cart"), pod("team-b", "billing"),
        pod("ingress-nginx", "controller"), pod("kube-system", "coredns", ["k8s-app": "kube-dns"]),
    ],
    workloads: [], policies: [LocatedPolicy(team)],
    clusterPolicies: [LocatedClusterPolicy(baseline), LocatedClusterPolicy(admin)])

for (source, destination, port) in [
    ("ingress-nginx/controller", "team-a/shop", PortQuery.port(8080, .tcp)),
    ("team-a/cart", "team-a/shop", .port(8080, .tcp)),
    ("team-b/billing", "team-a/shop", .port(8080, .tcp)),
    ("team-b/billing", "kube-system/coredns", .port(53, .udp)),
] {
    let verdict = analysis.verdict(
        from: .peer(try analysis.peer(named: source)), to: .peer(try analysis.peer(named: destination)), port: port)
    print("\(source) -> \(destination) on \(port): \(verdict.outcome)")
    for side in [verdict.egress, verdict.ingress] where !side.chain.isEmpty {
        for step in side.chain { print("  \(side.direction): \(step)") }
    }
}

// An AdminNetworkPolicy (v1alpha1) becomes a ClusterNetworkPolicy of the Admin tier.
let legacy = AdminNetworkPolicy(
    metadata: ObjectMeta(name: "legacy-deny"),
    spec: AdminNetworkPolicySpec(
        priority: 50, subject: ClusterPolicySubject(namespaces: LabelSelector(["tenant": "yes"])),
        ingress: [
            AdminPolicyIngressRule(
                name: "no-telnet", action: .deny, from: [.namespaces([:])],
                ports: [AdminPolicyPort(portNumber: AdminPolicyPortNumber(protocol: .tcp, port: 23))])
        ]))
print(YAMLWriter().write(documents: [legacy.migrated().policy.manifest]), terminator: "")
