import PodFenceModel
import PodFenceSelectors

/// `cluster-rule-shadowed`: Cluster policy rules that never decide a connection: earlier rules decide every connection
/// and port they match.
struct ClusterRuleShadowedCheck: LintCheck {
    static let rule = LintRule(
        id: "cluster-rule-shadowed", severity: .warning, title: "A cluster policy rule never decides anything",
        explanation: """
            In a tier, the first rule whose peers match decides the ports it names: rules of policies with a \
            lower priority number, and earlier rules of the same policy, come first. A rule whose every \
            connection and port an earlier rule already takes never applies; an Admin Deny behind an Accept \
            of higher priority lets through what it was written to stop.
            """)

    /// What decided the connections a cluster policy rule matches, when the rule itself never did.
    private struct Shadowing {
        /// The earlier rules that took its ports, in the order first seen, with their actions.
        var deciders: [(rule: ClusterRuleReference, action: TierAction)] = []
        /// The pairs that earlier cluster policy rules decided.
        var byRules = 0
        /// The pairs (Baseline rules only) that NetworkPolicies decided.
        var byNetworkPolicies = 0
        /// One connection, for the message.
        var example: String?
    }

    /// Cluster policy rules that appear in the tier chain of no connection they match: for each subject and
    /// each other end the rule's peers select (for `networks`, the first address of each CIDR), on the
    /// rule's ports, an earlier rule decided first. Rules with `nodes` or `domainNames` peers are left out
    /// (their other ends cannot be listed); a rule with more pairs than ``Linter/Options/pairLimit`` gets a
    /// note instead.
    /// - Complexity: O(s × o) verdicts per rule for s subjects and o other ends, stopping at the first
    ///   connection the rule decides.
    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        var findings: [LintFinding] = []
        let peers = context.analysis.peers
        for entry in context.clusterPolicies where !entry.subjects.isEmpty {
            for rule in entry.rules(.ingress) + entry.rules(.egress) {
                guard let action = rule.tierAction else { continue }
                let others = context.otherEnds(of: rule)
                guard others.evaluable, !others.endpoints.isEmpty else { continue }
                let path = entry.path(rule)
                let pairs = entry.subjects.count * others.endpoints.count
                if let skipped = context.skippedForSize(
                    Self.rule, object: entry.name, path: path, location: entry.location(path), what: entry.label(rule),
                    pairs: pairs)
                {
                    findings.append(skipped)
                    continue
                }
                guard
                    let shadowing = shadowing(
                        of: rule, in: entry, others: others.endpoints, peers: peers, context: context)
                else { continue }
                findings.append(finding(rule, action: action, in: entry, shadowing, context: context))
            }
        }
        return findings
    }

    /// Nil as soon as the rule decides some connection, or when earlier cluster rules decide none of its
    /// connections (no port to match, or NetworkPolicies deciding every one before a Baseline rule).
    private func shadowing(
        of rule: LintContext.ClusterPolicyEntry.Rule, in entry: LintContext.ClusterPolicyEntry,
        others: [ReachabilityEndpoint],
        peers: [ClusterPeer], context: LintContext
    ) -> Shadowing? {
        var shadowing = Shadowing()
        var seen = Set<ClusterRuleReference>()
        var exampleIsSelf = false
        for subject in entry.subjects {
            for other in others {
                let wanted = context.ports(
                    of: rule, destination: context.destination(rule.direction, subject: subject, other: other))
                guard !wanted.isEmpty else { continue }
                let chain = context.chain(rule.direction, subject: subject, other: other)
                if chain.contains(where: { entry.decides($0, rule: rule) }) { return nil }
                let earlier = chain.filter { step in
                    guard !step.ports.intersection(wanted).isEmpty else { return false }
                    // An Admin rule is preceded by Admin rules only; a Baseline rule by the Admin decisions, the
                    // NetworkPolicy tier when it isolates, and earlier Baseline rules (Admin Pass hands on).
                    return entry.tier == .admin
                        ? step.tier == .admin
                        : step.tier == .baseline || (step.action != .pass && step.tier != .defaultAllow)
                }
                if earlier.contains(where: { $0.tier == .networkPolicy }) {
                    shadowing.byNetworkPolicies += 1
                    continue
                }
                shadowing.byRules += 1
                for step in earlier {
                    guard var decider = step.rule else { continue }
                    decider.peerIndex = nil
                    if seen.insert(decider).inserted { shadowing.deciders.append((decider, step.action)) }
                }
                // A pod reaching itself makes a poor example: another pair replaces it.
                if shadowing.example == nil || exampleIsSelf {
                    exampleIsSelf = other == .peer(subject)
                    shadowing.example =
                        context.connection(rule.direction, subject: subject, other: other, peers: peers)
                        + " on \(wanted)"
                }
            }
        }
        return shadowing.byRules > 0 ? shadowing : nil
    }

    private func finding(
        _ rule: LintContext.ClusterPolicyEntry.Rule, action: TierAction, in entry: LintContext.ClusterPolicyEntry,
        _ shadowing: Shadowing, context: LintContext
    ) -> LintFinding {
        let path = entry.path(rule)
        let example = shadowing.example.map { " (such as \($0))" } ?? ""
        let rest =
            shadowing.byNetworkPolicies > 0
            ? "; NetworkPolicies decide its other \(shadowing.byNetworkPolicies) connection"
                + (shadowing.byNetworkPolicies == 1 ? "" : "s") : ""
        let accepts = shadowing.deciders.filter { $0.action == .accept }
        if entry.tier == .admin, action == .deny, !accepts.isEmpty {
            let accept = entry.spelling(.accept)
            let shadower: String
            if accepts.allSatisfy({ $0.rule.policy == entry.reference }) {
                shadower = "an earlier \(accept) in the same policy"
            } else if accepts.allSatisfy({ $0.rule.policy.priority < entry.reference.priority }) {
                shadower = "a higher-priority \(accept)"
            } else if accepts.contains(where: {
                $0.rule.policy != entry.reference && $0.rule.policy.priority == entry.reference.priority
            }) {
                shadower = "an \(accept) of equal priority that PodFence evaluates first (by name)"
            } else {
                shadower = "an \(accept) evaluated first"
            }
            return LintFinding(
                Self.rule, object: entry.name, path: path, location: entry.location(path),
                message: "this Deny is shadowed by \(shadower): "
                    + "\(context.cite(shadowing.deciders)) decide\(shadowing.deciders.count == 1 ? "s" : "") every "
                    + "connection and port it matches first\(example), so what \(entry.label(rule)) should deny is "
                    + "allowed\(rest)",
                fix: "evaluate the Deny first (a lower priority number than the \(accept)'s policy, or above the "
                    + "\(accept) in the same policy), or narrow the \(accept)'s peers or ports")
        }
        return LintFinding(
            Self.rule, object: entry.name, path: path, location: entry.location(path),
            message: "\(entry.label(rule)) (\(entry.spelling(action))) never decides a connection of the loaded "
                + "cluster: \(context.cite(shadowing.deciders)) decide\(shadowing.deciders.count == 1 ? "s" : "") every "
                + "connection and port it matches first\(example)\(rest)",
            fix: "remove the rule, or move it before the rules that take its traffic (a lower priority number, or "
                + "earlier in its policy)")
    }
}

extension LintRule {
    /// A cluster policy rule that earlier rules always decide first, so it never decides anything.
    public static var clusterRuleShadowed: LintRule { ClusterRuleShadowedCheck.rule }
}
