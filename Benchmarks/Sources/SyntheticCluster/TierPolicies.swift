import PodFence

/// Admin- and Baseline-tier ClusterNetworkPolicies over a generated cluster's own labels, so that their
/// subjects and peers select real pods: namespaces by one of their labels (sometimes narrowed to pods by an
/// app label), two to five rules of every action, peers by namespace, pod or network, numbered, ranged and
/// named ports, and priorities that sometimes tie. The same inputs give the same policies.
public enum TierPolicies {
    /// Generates the policies.
    /// - Parameters:
    ///   - adminCount: How many Admin-tier policies.
    ///   - baselineCount: How many Baseline-tier policies.
    ///   - namespaces: The cluster's namespaces (their labels are drawn from).
    ///   - pods: The cluster's pods (their `app` labels are drawn from).
    ///   - networks: CIDRs for `networks` peers.
    ///   - seed: The seed.
    public static func generate(
        admin adminCount: Int, baseline baselineCount: Int, namespaces: [Namespace], pods: [Pod],
        networks: [String], seed: UInt64
    ) -> [ClusterNetworkPolicy] {
        var random = PolicyStream.Generator(seed: seed)
        // Sorted: a dictionary's order changes from run to run, the policies must not.
        let namespaceLabels = namespaces.flatMap { namespace in
            namespace.metadata.labels.sorted { $0.key < $1.key }.map { [$0.key: $0.value] }
        }
        let apps = Array(Set(pods.compactMap { $0.metadata.labels["app"] })).sorted()
        func namespaceSelector(_ random: inout PolicyStream.Generator) -> LabelSelector {
            Int.random(in: 0..<6, using: &random) == 0
                ? LabelSelector() : LabelSelector(namespaceLabels.randomElement(using: &random) ?? [:])
        }
        func podSelector(_ random: inout PolicyStream.Generator) -> LabelSelector {
            guard let app = apps.randomElement(using: &random) else { return LabelSelector() }
            return Bool.random(using: &random)
                ? LabelSelector(["app": app])
                : LabelSelector(expressions: [.init(key: "app", operator: .notIn, values: [app])])
        }
        func peer(_ random: inout PolicyStream.Generator, egress: Bool) -> ClusterPolicyPeer {
            switch Int.random(in: 0..<(egress ? 4 : 3), using: &random) {
            case 0: return .namespaces(namespaceSelector(&random))
            case 1:
                return ClusterPolicyPeer(
                    pods: NamespacedPodSelector(
                        namespaceSelector: namespaceSelector(&random), podSelector: podSelector(&random)))
            case 2: return .namespaces(LabelSelector())
            default: return .networks([networks.randomElement(using: &random) ?? "0.0.0.0/0"])
            }
        }
        func policy(_ index: Int, tier: PolicyTier, _ random: inout PolicyStream.Generator) -> ClusterNetworkPolicy {
            let namespaces = namespaceSelector(&random)
            let subject =
                Bool.random(using: &random)
                ? ClusterPolicySubject(namespaces: namespaces)
                : ClusterPolicySubject(
                    pods: NamespacedPodSelector(namespaceSelector: namespaces, podSelector: podSelector(&random)))
            var policy = ClusterNetworkPolicy(
                name: (tier == .admin ? "admin-" : "baseline-") + String(index),
                spec: ClusterNetworkPolicySpec(
                    tier: tier, priority: Int.random(in: 0...100, using: &random) * 10, subject: subject))
            for _ in 0..<Int.random(in: 2...5, using: &random) {
                let action: ClusterPolicyAction = [.accept, .deny, .pass].randomElement(using: &random)!
                let egress = Bool.random(using: &random)
                let peers = (0..<Int.random(in: 1...3, using: &random)).map { _ in peer(&random, egress: egress) }
                let named = !peers.contains { $0.networks != nil }
                let protocols: [ClusterPolicyProtocol]? =
                    switch Int.random(in: 0..<5, using: &random) {
                    case 0: nil
                    case 1: [.tcp(443), .udp(53)]
                    case 2: [.tcp(8000...8100)]
                    case 3: named ? [.named("http")] : [.tcp(80)]
                    default: [.sctp(3868), .tcp(Int.random(in: 1...65535, using: &random))]
                    }
                policy =
                    egress
                    ? policy.egress(action, to: peers, protocols: protocols)
                    : policy.ingress(action, from: peers, protocols: protocols)
            }
            return policy
        }
        return (0..<adminCount).map { policy($0, tier: .admin, &random) }
            + (0..<baselineCount).map { policy($0, tier: .baseline, &random) }
    }

    /// Policies of the shape platform teams write: subjects are namespaces chosen by one of their labels;
    /// Admin policies accept DNS and monitoring, deny traffic between namespaces of different labels, and
    /// pass the rest of a label's traffic to its NetworkPolicies; Baseline policies deny everything else to
    /// and from their namespaces, with exceptions for namespaces of the same label and for networks.
    /// - Parameters:
    ///   - adminCount: How many Admin-tier policies.
    ///   - baselineCount: How many Baseline-tier policies.
    ///   - namespaces: The cluster's namespaces (their labels are drawn from).
    ///   - networks: CIDRs for `networks` peers.
    ///   - seed: The seed.
    public static func governance(
        admin adminCount: Int, baseline baselineCount: Int, namespaces: [Namespace], networks: [String],
        seed: UInt64
    ) -> [ClusterNetworkPolicy] {
        var random = PolicyStream.Generator(seed: seed)
        let labels = namespaces.flatMap { namespace in
            namespace.metadata.labels.sorted { $0.key < $1.key }.map { [$0.key: $0.value] }
        }
        let dns = ClusterPolicyPeer.pods(["k8s-app": "kube-dns"], inNamespaces: [Namespace.nameLabel: "kube-system"])
        let monitoring = ClusterPolicyPeer.namespaces([Namespace.nameLabel: "monitoring"])
        func label(_ random: inout PolicyStream.Generator) -> [String: String] {
            labels.randomElement(using: &random) ?? [:]
        }
        let admin = (0..<adminCount).map { index in
            let own = label(&random)
            let other = label(&random)
            return ClusterNetworkPolicy.admin(
                "admin-\(index)", priority: Int.random(in: 0...100, using: &random) * 10, subject: .namespaces(own)
            )
            .egress(.accept, to: [dns], protocols: [.udp(53), .tcp(53)], name: "dns")
            .ingress(.accept, from: [monitoring], protocols: [.tcp(9100), .tcp(9102)], name: "metrics")
            .ingress(.deny, from: [.namespaces(other)], name: "isolate")
            .ingress(.pass, from: [.namespaces(own)], name: "own-label")
        }
        let baseline = (0..<baselineCount).map { index in
            let own = label(&random)
            return ClusterNetworkPolicy.baseline(
                "baseline-\(index)", priority: Int.random(in: 0...100, using: &random) * 10,
                subject: .namespaces(own)
            )
            .ingress(.accept, from: [.namespaces(own)], name: "same-label")
            .ingress(.deny, from: [.namespaces([:])], name: "deny-ingress")
            .egress(.accept, to: [.networks([networks.randomElement(using: &random) ?? "0.0.0.0/0"])], name: "egress")
            .egress(.deny, to: [.namespaces([:]), .networks(["0.0.0.0/0", "::/0"])], name: "deny-egress")
        }
        return admin + baseline
    }
}
