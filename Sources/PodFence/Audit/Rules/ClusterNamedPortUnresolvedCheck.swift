import PodFenceModel
import PodFenceSelectors

/// `cluster-named-port-unresolved`: Named ports of cluster policy rules that no destination declares: its subjects for
/// ingress, the pods its peers select for egress (silent when there are none).
struct ClusterNamedPortUnresolvedCheck: LintCheck {
    static let rule = LintRule(
        id: "cluster-named-port-unresolved", severity: .warning,
        title: "A cluster policy named port that no destination declares",
        explanation: """
            A named port resolves on each destination pod; a name that no destination declares matches nothing, \
            so the entry (and a rule with no other entry) never applies.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        let analysis = context.analysis
        var findings: [LintFinding] = []
        for entry in context.clusterPolicies {
            for rule in entry.rules {
                let destinations =
                    rule.direction == .ingress
                    ? entry.subjects : Array(Set(rule.peers.flatMap { context.peers(selectedBy: $0) })).sorted()
                guard !destinations.isEmpty else { continue }
                for (index, port) in (rule.protocols ?? []).enumerated() {
                    guard let name = port.destinationNamedPort,
                        !destinations.contains(where: { analysis.namedPorts(of: $0).contains { $0.name == name } })
                    else { continue }
                    let path = entry.namedPortPath(rule, entry: index)
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: path, location: entry.location(path),
                            message: "no destination of \(entry.label(rule)) (\(context.names(destinations))) "
                                + "declares a port named \(name), so this entry matches nothing",
                            fix: "use a port name the containers declare, or the number"))
                }
            }
        }
        return findings
    }
}

extension LintRule {
    /// A named port that no destination of a cluster policy rule declares.
    public static var clusterNamedPortUnresolved: LintRule { ClusterNamedPortUnresolvedCheck.rule }
}
