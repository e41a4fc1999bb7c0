import PodFenceModel
import PodFenceSelectors

/// `not-in-matches-unlabelled`: `NotIn` requirements in selectors that also pick loaded pods lacking the key.
struct NotInMatchesUnlabelledCheck: LintCheck {
    static let rule = LintRule(
        id: "not-in-matches-unlabelled", severity: .note, title: "NotIn also selects pods without the label",
        explanation: """
            `key NotIn [v]` (and `key != v`) match pods that lack the key altogether, so unlabelled pods are \
            selected too; add `key Exists` if only labelled pods were meant.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let analysis = context.analysis
        var findings: [LintFinding] = []
        for entry in context.policies {
            var selectors: [(FieldPath, LabelSelector, [Int])] = [
                ("spec.podSelector", entry.policy.spec.podSelector, entry.subjects)
            ]
            for list in entry.peerLists {
                for (peerIndex, peer) in (list.peers ?? []).enumerated() {
                    guard let podSelector = peer.podSelector else { continue }
                    let path = list.path(ofPeer: peerIndex).field("podSelector")
                    selectors.append((path, podSelector, context.peers(selectedBy: peer, inPolicy: entry.index)))
                }
            }
            for (path, selector, selected) in selectors {
                for (index, requirement) in selector.matchExpressions.enumerated()
                where requirement.operator == .notIn {
                    let unlabelled = selected.filter { analysis.peers[$0].labels[requirement.key] == nil }
                    guard !unlabelled.isEmpty else { continue }
                    let expressionPath = path.field("matchExpressions").index(index)
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: expressionPath,
                            location: entry.location(expressionPath),
                            message: "`\(requirement.key) NotIn` also selects \(context.names(unlabelled)), which "
                                + "have no \(requirement.key) label",
                            fix: "add `{key: \(requirement.key), operator: Exists}` if only labelled pods were meant"))
                }
            }
        }
        return findings
    }
}

extension LintRule {
    /// NotIn, which also selects pods without the label.
    public static var notInMatchesUnlabelled: LintRule { NotInMatchesUnlabelledCheck.rule }
}
