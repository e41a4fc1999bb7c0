import PodFenceModel
import PodFenceSelectors

/// `cluster-peer-selects-nothing`: `namespaces` and `pods` peers of cluster policies that select no loaded pod; silent
/// when every namespace the peer matches has no pod yet (just onboarded).
struct ClusterPeerSelectsNothingCheck: LintCheck {
    static let rule = LintRule(
        id: "cluster-peer-selects-nothing", severity: .warning, title: "A cluster policy peer selects no pod",
        explanation: """
            A `namespaces` or `pods` peer that matches no loaded pod makes its rule match nothing there; often a \
            label is misspelled or the namespaces are not labelled yet.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        var findings: [LintFinding] = []
        for entry in context.clusterPolicies {
            for rule in entry.rules {
                let key = rule.direction == .ingress ? "from" : "to"
                for (index, peer) in rule.peers.enumerated() where peer.namespaces != nil || peer.pods != nil {
                    guard context.peers(selectedBy: peer).isEmpty else { continue }
                    let (matched, speaks) = context.clusterScope(
                        peer.namespaces ?? peer.pods?.namespaceSelector ?? LabelSelector())
                    guard speaks else { continue }
                    let path = entry.path(rule, peer: index)
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: path, location: entry.location(path),
                            message: "\(key)[\(index)] of \(entry.label(rule)) selects no pod of the loaded cluster: "
                                + context.clusterSelectsNothingReason(matched, "pod") + ", so it matches nothing",
                            fix: "check the labels against the namespaces and pods (`show namespaces -o yaml`); "
                                + "`kubernetes.io/metadata.name` selects a namespace by its name"))
                }
            }
        }
        return findings
    }
}

extension LintRule {
    /// A cluster policy peer that selects no pod of the loaded cluster.
    public static var clusterPeerSelectsNothing: LintRule { ClusterPeerSelectsNothingCheck.rule }
}
