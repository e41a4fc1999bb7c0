import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors

/// `cluster-deny-all-without-dns`: Deny-all egress rules of cluster policies that take DNS away from their pods.
struct ClusterDenyAllWithoutDNSCheck: LintCheck {
    static let rule = LintRule(
        id: "cluster-deny-all-without-dns", severity: .warning,
        title: "A cluster deny-all egress leaves pods without DNS",
        explanation: """
            A Deny egress rule for every peer and port also denies the cluster DNS: unless an earlier rule \
            accepts UDP 53 (to the DNS pods, or to any peer), its pods cannot resolve names.
            """)

    /// How a rule's peers cover every destination.
    private enum Coverage {
        /// A peer selects every pod: `namespaces: {}`, or `pods` with every namespace and `podSelector: {}`.
        case everyPod
        /// `networks` cover all of IPv4 or all of IPv6 (which pod IPs fall in, known or not).
        case everyAddress
    }

    private func coverage(of peers: [ClusterPolicyPeer]) -> Coverage? {
        var prefixes: [IPPrefix] = []
        for peer in peers {
            if peer.namespaces?.isEmpty == true { return .everyPod }
            if let pods = peer.pods, pods.namespaceSelector?.isEmpty ?? true, pods.podSelector?.isEmpty == true {
                return .everyPod
            }
            for text in peer.networks ?? [] {
                if let prefix = try? IPPrefix(parsing: text, mode: .lenient) { prefixes.append(prefix) }
            }
        }
        let networks = IPSet(prefixes)
        let covers = networks.contains(IPFamily.ipv4.allAddresses) || networks.contains(IPFamily.ipv6.allAddresses)
        return covers ? .everyAddress : nil
    }

    /// True when a rule evaluated before `rule` accepts UDP 53 for the subject to some peer (or, before an
    /// Admin rule, passes it on to the tiers below).
    private func acceptsDNSEarlier(
        _ subject: Int, before rule: LintContext.ClusterPolicyEntry.Rule, in entry: LintContext.ClusterPolicyEntry,
        dnsPods: [Int], context: LintContext
    ) -> Bool {
        for earlier in context.clusterPolicies where earlier.index <= entry.index && earlier.subjects.contains(subject)
        {
            for candidate in earlier.rules(.egress) {
                if earlier.index == entry.index && candidate.index >= rule.index { break }
                guard !candidate.peers.isEmpty, let action = candidate.tierAction else { continue }
                guard action == .accept || (action == .pass && entry.tier == .admin) else { continue }
                let ports = context.ports(of: candidate, destination: dnsPods.first)
                if ports.contains(53, .udp) { return true }
            }
        }
        return false
    }

    /// Deny-all egress rules of cluster policies (no `protocols`, peers covering every pod or all of an
    /// address family) for subjects that no earlier rule lets reach DNS on UDP 53: no earlier rule accepts
    /// UDP 53 to any peer, and, with the cluster DNS pods loaded (`k8s-app: kube-dns` in kube-system), the rule
    /// decides UDP 53 to every one of them (a `networks` rule is taken to cover DNS pods known without IPs).
    /// Subjects of a Baseline rule whose egress a NetworkPolicy isolates are left to `egress-without-dns`.
    /// - Complexity: O(s × d) verdicts per rule for s subjects and d DNS pods.
    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        var findings: [LintFinding] = []
        let peers = context.analysis.peers
        let dnsPods = peers.indices.filter {
            peers[$0].namespace == "kube-system" && peers[$0].labels["k8s-app"] == "kube-dns"
        }
        for entry in context.clusterPolicies where !entry.subjects.isEmpty {
            for rule in entry.rules(.egress) {
                guard rule.tierAction == .deny, rule.protocols == nil, let covered = coverage(of: rule.peers)
                else { continue }
                let path = entry.path(rule)
                let candidates = entry.subjects.filter { !dnsPods.contains($0) }
                let pairs = candidates.count * max(dnsPods.count, 1)
                if let skipped = context.skippedForSize(
                    Self.rule, object: entry.name, path: path, location: entry.location(path), what: entry.label(rule),
                    pairs: pairs)
                {
                    findings.append(skipped)
                    continue
                }
                let lost = candidates.filter { subject in
                    if acceptsDNSEarlier(subject, before: rule, in: entry, dnsPods: dnsPods, context: context) {
                        return false
                    }
                    if entry.tier == .baseline && !context.egressIsolation(of: subject).isEmpty { return false }
                    return dnsPods.allSatisfy { dns in
                        // A workload's template has no IP for `networks` to match; its pods' IPs are covered.
                        if covered == .everyAddress && peers[dns].addresses.isEmpty { return true }
                        return context.side(.egress, subject: subject, other: .peer(dns), port: .port(53, .udp)).chain
                            .contains {
                                entry.decides($0, rule: rule)
                            }
                    }
                }
                guard !lost.isEmpty else { continue }
                let dns = dnsPods.isEmpty ? "no DNS pod is loaded" : "the cluster DNS is \(context.names(dnsPods))"
                let accept = entry.spelling(.accept)
                findings.append(
                    LintFinding(
                        Self.rule, object: entry.name, path: path,
                        location: entry.location(path),
                        message:
                            "\(entry.label(rule)) denies all egress of \(context.names(lost)), and no earlier rule "
                            + "accepts UDP 53 for them (\(dns)): these pods cannot resolve names",
                        fix: "add an `action: \(accept)` rule for UDP and TCP 53 to `pods: {namespaceSelector: "
                            + "{matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: "
                            + "{k8s-app: kube-dns}}}` before this one (earlier in the policy, or in a policy with a "
                            + "lower priority number)"))
            }
        }
        return findings
    }
}

extension LintRule {
    /// A deny-all egress cluster rule that takes DNS away from its pods.
    public static var clusterDenyAllWithoutDNS: LintRule { ClusterDenyAllWithoutDNSCheck.rule }
}
