//! Govern with Calico's tiers: a `security` tier before the teams' policies, which quarantines pods whatever
//! their team allows and passes the rest on; the Calico twin of the tenant default deny in `kube-baseline`; and the
//! chain of tiers that decides each connection, Calico's and Kubernetes' policies in one walk.
import PodFence

// snippet.tiers
// The security team's tier, between kube-admin (1,000) and the teams' default tier (1,000,000). Pass by default:
// what its rules do not decide goes on to the next tier.
let security = CalicoTier(name: "security", spec: CalicoTierSpec(order: 100, defaultAction: .pass))
var quarantine = CalicoPolicySpec(tier: "security", order: 10, selector: "quarantine == 'yes'", types: [.ingress])
quarantine.ingress = [CalicoRule(action: .deny)]
// Calico's twin of the tenant default deny, in the tier where Calico puts Baseline ClusterNetworkPolicies.
var tenants = CalicoPolicySpec(tier: "kube-baseline", order: 1000, selector: "all()", types: [.ingress])
tenants.namespaceSelector = "tenant == 'yes'"
tenants.ingress = [CalicoRule(action: .deny)]
// snippet.end

// A team opens its own namespace to itself, as in the Kubernetes version.
let team = NetworkPolicy(name: "allow-same-namespace", namespace: "team-a")
    .applying(to: [.ingress])
    .allowingIngress(from: [.pods([:])])

func pod(_ namespace: String, _ name: String, _ labels: [String: String] = [:]) -> Pod {
    Pod(metadata: ObjectMeta(name: name, namespace: namespace, labels: labels), spec: PodSpec(containers: []))
}
// snippet.analyse
let analysis = ReachabilityAnalysis(
    namespaces: [
        Namespace(name: "team-a", labels: ["tenant": "yes"]), Namespace(name: "team-b", labels: ["tenant": "yes"]),
    ],
    pods: [
        pod("team-a", "shop"), pod("team-a", "cart"), pod("team-a", "legacy", ["quarantine": "yes"]),
        pod("team-b", "billing"),
    ],
    workloads: [], policies: [LocatedPolicy(team)],
    calicoPolicies: [
        LocatedCalicoPolicy(CalicoGlobalNetworkPolicy(name: "quarantine", spec: quarantine)),
        LocatedCalicoPolicy(CalicoGlobalNetworkPolicy(name: "tenant-default-deny", spec: tenants)),
    ],
    calicoTiers: [security])
for (source, destination) in [
    ("team-a/cart", "team-a/shop"), ("team-a/cart", "team-a/legacy"), ("203.0.113.9", "team-b/billing"),
] {
    let from: ReachabilityEndpoint =
        source.first!.isNumber ? .address(IPAddress(source)!) : .peer(try analysis.peer(named: source))
    let verdict = analysis.verdict(
        from: from, to: .peer(try analysis.peer(named: destination)), port: .port(8080, .tcp))
    print("\(source) -> \(destination) on 8080/TCP: \(verdict.outcome)")
    for step in verdict.ingress.chain { print("  ingress: \(step)") }
}
// snippet.end
