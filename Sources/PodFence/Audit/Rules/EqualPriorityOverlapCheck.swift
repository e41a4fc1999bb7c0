import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors

/// `equal-priority-overlap`: Cluster policies of one tier and priority whose rules match the same connection and port
/// with different actions, an order the API leaves to the implementation.
struct EqualPriorityOverlapCheck: LintCheck {
    static let rule = LintRule(
        id: "equal-priority-overlap", severity: .warning,
        title: "Policies of equal priority disagree on the same traffic",
        explanation: """
            The API leaves the order of cluster policies of the same tier and priority to the implementation: \
            when their rules match the same connection and port with different actions, the outcome depends on \
            the network plugin. PodFence evaluates them by name.
            """)

    /// The other ends a rule can match, as sets that can be intersected: the pods (selected by `namespaces`
    /// and `pods` peers, or holding an address of a `networks` peer) and the addresses of `networks` peers.
    /// `nodes` and `domainNames` peers, which PodFence cannot enumerate, add nothing.
    private func reach(of rule: LintContext.ClusterPolicyEntry.Rule, peers: [ClusterPeer], context: LintContext) -> (
        pods: Set<Int>, addresses: IPSet
    ) {
        var pods = Set<Int>()
        var prefixes: [IPPrefix] = []
        for peer in rule.peers {
            pods.formUnion(context.peers(selectedBy: peer))
            for text in peer.networks ?? [] {
                if let prefix = try? IPPrefix(parsing: text, mode: .lenient) { prefixes.append(prefix) }
            }
        }
        let addresses = IPSet(prefixes)
        if !addresses.isEmpty {
            // `networks` match pod IPs too; host-network pods are their node's traffic.
            for index in peers.indices where !peers[index].hostNetwork {
                if peers[index].addresses.contains(where: addresses.contains) { pods.insert(index) }
            }
        }
        return (pods, addresses)
    }

    /// Two cluster policies of the same tier and priority whose subjects share pods and whose rules (of the
    /// same direction, with different actions) can match the same connection and port: the API leaves their
    /// order to the implementation. Reported on the rule of the policy PodFence evaluates second, once per
    /// rule, naming the first conflicting rule of the other policy and one connection both match.
    /// - Complexity: O(t² × r² × (p + s)) for t tied policies of r rules, p peers and s shared subjects.
    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        var findings: [LintFinding] = []
        let peers = context.analysis.peers
        for (position, later) in context.clusterPolicies.enumerated() {
            for earlier in context.clusterPolicies[..<position]
            where earlier.tier == later.tier && earlier.reference.priority == later.reference.priority {
                let shared = Set(earlier.subjects).intersection(later.subjects).sorted()
                guard !shared.isEmpty else { continue }
                for direction in TrafficDirection.allCases {
                    for rule in later.rules(direction) {
                        guard let action = rule.tierAction else { continue }
                        for other in earlier.rules(direction) {
                            guard let otherAction = other.tierAction, otherAction != action,
                                let witness = overlap(
                                    rule, other, direction, subjects: shared, peers: peers, context: context)
                            else { continue }
                            let path = later.path(rule)
                            let reference = ClusterRuleReference(
                                policy: earlier.reference, direction: direction, ruleIndex: other.index,
                                ruleName: other.name)
                            findings.append(
                                LintFinding(
                                    Self.rule, object: later.name, path: path,
                                    location: later.location(path),
                                    message: "\(later.reference) and \(earlier.reference) are both \(later.tier) "
                                        + "priority \(later.reference.priority) and both apply to \(context.names(shared)); "
                                        + "\(later.label(rule)) (\(later.spelling(action))) and "
                                        + "\(context.cite(reference, action: otherAction)) both match \(witness): the API "
                                        + "leaves their order to the implementation (PodFence evaluates "
                                        + "\(earlier.reference) first, by name)",
                                    fix: "give the policies different priorities, or make the rules match different "
                                        + "peers or ports"))
                            break
                        }
                    }
                }
            }
        }
        return findings
    }

    /// One connection and its ports that both rules match for one of the subjects, as `a -> b on TCP 80`.
    private func overlap(
        _ rule: LintContext.ClusterPolicyEntry.Rule, _ other: LintContext.ClusterPolicyEntry.Rule,
        _ direction: TrafficDirection,
        subjects: [Int], peers: [ClusterPeer], context: LintContext
    ) -> String? {
        let left = reach(of: rule, peers: peers, context: context)
        let right = reach(of: other, peers: peers, context: context)
        let pods = left.pods.intersection(right.pods).sorted()
        func common(_ destination: Int?) -> PortSet {
            context.ports(of: rule, destination: destination).intersection(
                context.ports(of: other, destination: destination))
        }
        if let subject = subjects.first, direction == .egress {
            for pod in pods {
                let both = common(pod)
                if !both.isEmpty {
                    return context.connection(direction, subject: subject, other: .peer(pod), peers: peers)
                        + " on \(both)"
                }
            }
            let addresses = left.addresses.intersection(right.addresses)
            let both = common(nil)
            if let address = addresses.ranges.first?.first, !both.isEmpty {
                return context.connection(direction, subject: subject, other: .address(address), peers: peers)
                    + " on \(both)"
            }
        } else if let pod = pods.first {
            for subject in subjects {
                let both = common(subject)
                if !both.isEmpty {
                    return context.connection(direction, subject: subject, other: .peer(pod), peers: peers)
                        + " on \(both)"
                }
            }
        }
        return nil
    }
}

extension LintRule {
    /// Two cluster policies of equal tier and priority whose rules disagree on some connection.
    public static var equalPriorityOverlap: LintRule { EqualPriorityOverlapCheck.rule }
}
