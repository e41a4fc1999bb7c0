import PodFenceModel
import PodFenceSelectors

/// `egress-without-dns`: Pods whose egress is isolated and that may not reach the cluster DNS on UDP 53 or on TCP 53,
/// reported on each policy that isolates them.
struct EgressWithoutDNSCheck: LintCheck {
    static let rule = LintRule(
        id: "egress-without-dns", severity: .warning, title: "Egress is isolated but DNS is not allowed",
        explanation: """
            A pod whose egress is isolated cannot resolve names unless a rule allows UDP and TCP port 53 to the \
            cluster DNS pods (TCP carries large answers).
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let analysis = context.analysis
        let dnsPeers = analysis.peers.indices.filter { analysis.peers[$0].labels["k8s-app"] == "kube-dns" }
        guard !dnsPeers.isEmpty else { return [] }
        var missing: [PolicyReference: [(peer: Int, protocols: [String])]] = [:]
        for peer in analysis.peers.indices where !analysis.peers[peer].hostNetwork && !dnsPeers.contains(peer) {
            let isolating = context.egressIsolation(of: peer)
            guard !isolating.isEmpty else { continue }
            let blocked = [PortProtocol.udp, .tcp].filter { proto in
                !dnsPeers.contains { dns in
                    analysis.side(.egress, from: .peer(peer), to: .peer(dns), port: .port(53, proto)).allows
                }
            }
            guard !blocked.isEmpty else { continue }
            for policy in isolating { missing[policy, default: []].append((peer, blocked.map(\.rawValue))) }
        }
        return missing.keys.sorted().compactMap { reference in
            guard let entry = context.entry(for: reference), let affected = missing[reference] else { return nil }
            let protocols = Set(affected.flatMap(\.protocols)).sorted { $0 == "UDP" && $1 != "UDP" }
            let dns = context.names(dnsPeers)
            let path: FieldPath = entry.policy.spec.policyTypes == nil ? "spec" : "spec.policyTypes"
            return LintFinding(
                Self.rule, object: entry.name, path: path, location: entry.location(path),
                message: "isolates the egress of \(context.names(affected.map(\.peer))), and no rule lets them "
                    + "reach the cluster DNS (\(dns)) on \(protocols.map { "\($0) 53" }.joined(separator: " or ")): "
                    + "name resolution fails",
                fix: "allow UDP and TCP 53 to the DNS pods, for example `template allow-dns-egress namespace="
                    + "\(entry.namespace)`")
        }
    }
}

extension LintRule {
    /// Egress isolation without a DNS allowance on both UDP and TCP 53.
    public static var egressWithoutDNS: LintRule { EgressWithoutDNSCheck.rule }
}
