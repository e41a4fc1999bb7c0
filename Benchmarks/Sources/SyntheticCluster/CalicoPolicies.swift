import PodFence

/// Calico tiered policies over a generated cluster's own labels, of the shape a Calico cluster has: a
/// `security` tier (order 100, default `Pass`) of GlobalNetworkPolicies by namespace label (deny from other
/// environments or compliance zones, quarantine by app, Pass to the teams), a `platform` tier (order 500, default
/// `Pass`) allowing DNS and monitoring, and namespaced Calico NetworkPolicies in `default` before (order 500)
/// and after (order 2,000) the Kubernetes NetworkPolicies. The same inputs give the same policies.
public enum CalicoPolicies {
    /// Generates the tiers and policies.
    /// - Parameters:
    ///   - count: How many Calico policies.
    ///   - namespaces: The cluster's namespaces (their labels are drawn from).
    ///   - pods: The cluster's pods (their `app` labels are drawn from).
    ///   - networks: CIDRs for `nets`.
    ///   - seed: The seed.
    public static func generate(
        count: Int, namespaces: [Namespace], pods: [Pod], networks: [String], seed: UInt64
    ) -> (tiers: [CalicoTier], policies: [KubernetesObject]) {
        guard count > 0 else { return ([], []) }
        var random = PolicyStream.Generator(seed: seed)
        let tiers = [
            CalicoTier(name: "security", spec: CalicoTierSpec(order: 100, defaultAction: .pass)),
            CalicoTier(name: "platform", spec: CalicoTierSpec(order: 500, defaultAction: .pass)),
        ]
        let labels = namespaces.flatMap { namespace in
            namespace.metadata.labels.sorted { $0.key < $1.key }.map { "\($0.key) == '\($0.value)'" }
        }
        let apps = Array(Set(pods.compactMap { $0.metadata.labels["app"] })).sorted()
        func pick<T>(_ values: [T], _ random: inout PolicyStream.Generator) -> T {
            values.randomElement(using: &random)!
        }
        var policies: [KubernetesObject] = []
        for index in 0..<count {
            switch index % 4 {
            case 0:
                // Security: a zone denies ingress from elsewhere, passes its own traffic to the teams.
                let zone = pick(labels, &random)
                var spec = CalicoPolicySpec(
                    tier: "security", order: CalicoOrder(Double(Int.random(in: 1...20, using: &random) * 10)),
                    types: [.ingress])
                spec.namespaceSelector = zone
                spec.ingress = [
                    CalicoRule(action: .pass, source: CalicoEntityRule(namespaceSelector: zone)),
                    CalicoRule(action: .deny, source: CalicoEntityRule(nets: [pick(networks, &random)])),
                    CalicoRule(action: .deny, source: CalicoEntityRule(namespaceSelector: pick(labels, &random))),
                ]
                policies.append(
                    .calicoGlobalNetworkPolicy(CalicoGlobalNetworkPolicy(name: "zone-\(index)", spec: spec)))
            case 1:
                // Platform: every pod may reach DNS and be scraped; the rest passes on.
                var spec = CalicoPolicySpec(
                    tier: "platform", order: 100, selector: "all()", types: [.ingress, .egress])
                var dns = CalicoEntityRule(selector: "app == '\(pick(apps, &random))'")
                dns.ports = [CalicoPort(number: 53)]
                spec.egress = [CalicoRule(action: .allow, protocol: .udp, destination: dns)]
                var metrics = CalicoEntityRule()
                metrics.ports = [CalicoPort(rawValue: "metrics")]
                spec.ingress = [
                    CalicoRule(
                        action: .allow, protocol: .tcp,
                        source: CalicoEntityRule(namespaceSelector: pick(labels, &random)), destination: metrics)
                ]
                policies.append(
                    .calicoGlobalNetworkPolicy(CalicoGlobalNetworkPolicy(name: "platform-\(index)", spec: spec)))
            default:
                // A team's own Calico policy, before or after its Kubernetes NetworkPolicies.
                let namespace = pick(namespaces, &random).name
                let app = pick(apps, &random)
                var spec = CalicoPolicySpec(
                    order: index % 4 == 2 ? 500 : 2000, selector: "app == '\(app)'", types: [.ingress])
                var source = CalicoEntityRule(selector: "app != '\(pick(apps, &random))'")
                source.notNets = [pick(networks, &random)]
                spec.ingress = [
                    CalicoRule(action: index % 4 == 2 ? .deny : .allow, protocol: .tcp, source: source),
                    CalicoRule(action: .allow, source: CalicoEntityRule(namespaceSelector: pick(labels, &random))),
                ]
                policies.append(
                    .calicoNetworkPolicy(CalicoNetworkPolicy(name: "team-\(index)", namespace: namespace, spec: spec)))
            }
        }
        return (tiers, policies)
    }
}
