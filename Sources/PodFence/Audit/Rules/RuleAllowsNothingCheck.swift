import PodFenceModel
import PodFenceSelectors

/// `rule-allows-nothing`: Rules whose every selected peer is isolated on its own side against the policy's pods.
struct RuleAllowsNothingCheck: LintCheck {
    static let rule = LintRule(
        id: "rule-allows-nothing", severity: .warning,
        title: "A rule allows nothing because the other side is isolated",
        explanation: """
            A connection needs the source's egress and the destination's ingress. An ingress rule whose sources \
            may not send to these pods (or an egress rule whose destinations may not receive) opens nothing.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let analysis = context.analysis
        var findings: [LintFinding] = []
        for entry in context.policies where !entry.subjects.isEmpty {
            let spec = entry.policy.defaulted().spec
            let rules: [(TrafficDirection, Int, [NetworkPolicyPeer])] =
                (entry.policy.appliesToIngress
                    ? (spec.ingress ?? []).enumerated().map { (.ingress, $0, $1.from ?? []) } : [])
                + (entry.policy.appliesToEgress
                    ? (spec.egress ?? []).enumerated().map { (.egress, $0, $1.to ?? []) } : [])
            for (direction, index, peers) in rules {
                // Empty peer lists and ipBlocks reach outside the cluster, where no pod side applies.
                guard !peers.isEmpty, peers.allSatisfy({ $0.ipBlock == nil }) else { continue }
                let others = Array(Set(peers.flatMap { context.peers(selectedBy: $0, inPolicy: entry.index) }))
                    .sorted()
                guard !others.isEmpty else { continue }
                var blockers = Set<PolicyReference>()
                let opensSomething = entry.subjects.contains { subject in
                    others.contains { other in
                        // The other side: the sources' egress for an ingress rule, the destinations' ingress.
                        let side =
                            direction == .ingress
                            ? analysis.side(.egress, from: .peer(other), to: .peer(subject))
                            : analysis.side(.ingress, from: .peer(subject), to: .peer(other))
                        blockers.formUnion(side.isolatingPolicies)
                        return side.allows
                    }
                }
                guard !opensSomething else { continue }
                let name = direction == .ingress ? "ingress" : "egress"
                let path = FieldPath([.field("spec"), .field(name), .index(index)])
                let otherSide = direction == .ingress ? "egress" : "ingress"
                findings.append(
                    LintFinding(
                        Self.rule, object: entry.name, path: path, location: entry.location(path),
                        message: "\(name)[\(index)] allows \(context.names(others)), but their \(otherSide) is "
                            + "isolated by \(blockers.sorted().map(context.cite).joined(separator: ", ")) and no rule "
                            + "lets them " + (direction == .ingress ? "send" : "receive")
                            + " this traffic: the rule opens nothing",
                        fix: "allow the \(otherSide) side too, with a policy selecting \(context.names(others))"))
            }
        }
        return findings
    }
}

extension LintRule {
    /// A rule whose peers can never send (or receive) because their own side is isolated.
    public static var ruleAllowsNothing: LintRule { RuleAllowsNothingCheck.rule }
}
