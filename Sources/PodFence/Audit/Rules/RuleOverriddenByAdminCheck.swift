import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors

/// `rule-overridden-by-admin`: NetworkPolicy rules whose every allowance the Admin tier decides first.
struct RuleOverriddenByAdminCheck: LintCheck {
    static let rule = LintRule(
        id: "rule-overridden-by-admin", severity: .warning,
        title: "The Admin tier decides everything a NetworkPolicy rule allows",
        explanation: """
            Admin-tier rules are evaluated before NetworkPolicies, and a decision of theirs (Accept or Deny) \
            cannot be overridden: a NetworkPolicy rule whose every connection and port an Admin rule decides \
            first changes nothing.
            """)

    /// The other ends a NetworkPolicy rule's peers name: the pods its selectors select, the first address of
    /// each ipBlock (outside its `except`), and for a rule without peers every peer and an outside address.
    private func otherEnds(of peers: [NetworkPolicyPeer], in entry: LintContext.PolicyEntry, context: LintContext)
        -> [ReachabilityEndpoint]
    {
        guard !peers.isEmpty else {
            return context.analysis.peers.indices.map { .peer($0) } + [.address(LintContext.outsideAddress)]
        }
        var pods = Set<Int>()
        var addresses: [IPAddress] = []
        for peer in peers {
            if let block = peer.ipBlock {
                guard let cidr = try? IPPrefix(parsing: block.cidr, mode: .lenient) else { continue }
                let excepted = (block.except ?? []).compactMap { try? IPPrefix(parsing: $0, mode: .lenient) }
                if let first = IPSet(cidr).subtracting(IPSet(excepted)).ranges.first?.first,
                    !addresses.contains(first)
                {
                    addresses.append(first)
                }
            } else {
                pods.formUnion(context.peers(selectedBy: peer, inPolicy: entry.index))
            }
        }
        return pods.sorted().map { .peer($0) } + addresses.map { .address($0) }
    }

    /// NetworkPolicy rules whose every allowance the Admin tier decides first: for each subject and each other
    /// end the rule names, the ports the rule allows there are all accepted or denied by Admin rules, which
    /// NetworkPolicies cannot override. Cites the Admin rules. A rule with more pairs than
    /// ``Linter/Options/pairLimit`` gets a note instead.
    /// - Complexity: O(s × o) verdicts per rule for s subjects and o other ends, stopping at the first
    ///   allowance that reaches the NetworkPolicy tier.
    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        guard context.clusterPolicies.contains(where: { $0.tier == .admin }) else { return [] }
        var findings: [LintFinding] = []
        let peers = context.analysis.peers
        for entry in context.policies where !entry.subjects.isEmpty {
            let spec = entry.policy.defaulted().spec
            let rules: [(TrafficDirection, [[NetworkPolicyPeer]])] = [
                (.ingress, entry.policy.appliesToIngress ? (spec.ingress ?? []).map { $0.from ?? [] } : []),
                (.egress, entry.policy.appliesToEgress ? (spec.egress ?? []).map { $0.to ?? [] } : []),
            ]
            for (direction, list) in rules {
                for (index, rulePeers) in list.enumerated() {
                    let path = FieldPath([.field("spec"), .field(direction.rawValue), .index(index)])
                    let others = otherEnds(of: rulePeers, in: entry, context: context)
                    let pairs = entry.subjects.count * others.count
                    if let skipped = context.skippedForSize(
                        Self.rule, object: entry.name, path: path, location: entry.location(path),
                        what: "\(direction)[\(index)]", pairs: pairs)
                    {
                        findings.append(skipped)
                        continue
                    }
                    let rule = RuleReference(
                        policy: context.analysis[entry.id], direction: direction, ruleIndex: index)
                    guard
                        let (deciders, example) = override(
                            rule, of: entry, others: others, peers: peers, context: context)
                    else { continue }
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: path,
                            location: entry.location(path),
                            message: "\(direction)[\(index)] changes nothing: the Admin tier decides every "
                                + "connection and port it allows before NetworkPolicies are consulted (such as "
                                + "\(example)), by \(context.cite(deciders))",
                            fix: "remove the rule, or let the Admin tier hand this traffic to NetworkPolicies (a Pass "
                                + "rule before the deciding ones)"))
                }
            }
        }
        return findings
    }

    /// The Admin rules that decide everything a NetworkPolicy rule allows, and one such connection; nil when
    /// some allowance reaches the NetworkPolicy tier, or when the rule allows nothing.
    private func override(
        _ rule: RuleReference, of entry: LintContext.PolicyEntry, others: [ReachabilityEndpoint], peers: [ClusterPeer],
        context: LintContext
    ) -> ([(rule: ClusterRuleReference, action: TierAction)], String)? {
        var deciders: [(rule: ClusterRuleReference, action: TierAction)] = []
        var seen = Set<ClusterRuleReference>()
        var example: String?
        var exampleIsSelf = false
        for subject in entry.subjects {
            for other in others {
                let verdict = context.side(rule.direction, subject: subject, other: other)
                let allowed = verdict.matches.first { match in
                    match.rule.policy == rule.policy && match.rule.direction == rule.direction
                        && match.rule.ruleIndex == rule.ruleIndex
                }
                guard let allowed else { continue }
                let admin = verdict.chain.filter { $0.tier == .admin && $0.action != .pass }
                let decided = admin.reduce(PortSet()) { $0.union($1.ports) }
                guard allowed.ports.subtracting(decided).isEmpty else { return nil }
                for step in admin where !step.ports.intersection(allowed.ports).isEmpty {
                    guard var decider = step.rule else { continue }
                    decider.peerIndex = nil
                    if seen.insert(decider).inserted { deciders.append((decider, step.action)) }
                }
                // A pod reaching itself makes a poor example: another pair replaces it.
                if example == nil || exampleIsSelf {
                    exampleIsSelf = other == .peer(subject)
                    example =
                        context.connection(rule.direction, subject: subject, other: other, peers: peers)
                        + " on \(allowed.ports)"
                }
            }
        }
        guard let example, !deciders.isEmpty else { return nil }
        return (deciders, example)
    }
}

extension LintRule {
    /// A NetworkPolicy rule whose every allowance the Admin tier decides first.
    public static var ruleOverriddenByAdmin: LintRule { RuleOverriddenByAdminCheck.rule }
}
