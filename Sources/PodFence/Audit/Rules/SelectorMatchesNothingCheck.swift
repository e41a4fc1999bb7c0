import PodFenceModel
import PodFenceSelectors

/// `selector-matches-nothing`: Peer selectors that match no loaded pod or workload, scoped as Kubernetes scopes them.
struct SelectorMatchesNothingCheck: LintCheck {
    static let rule = LintRule(
        id: "selector-matches-nothing", severity: .warning, title: "A selector matches no pod or namespace",
        explanation: """
            A peer selector that matches nothing in the loaded inventory allows nothing; often a label is \
            misspelled or the objects it means are not labelled yet.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let analysis = context.analysis
        let namespaces = analysis.namespaceLabels
        var findings: [LintFinding] = []
        for entry in context.policies {
            for list in entry.peerLists {
                for (peerIndex, peer) in (list.peers ?? []).enumerated() where peer.ipBlock == nil {
                    guard context.peers(selectedBy: peer, inPolicy: entry.index).isEmpty else { continue }
                    let scope: String
                    if let selector = peer.namespaceSelector {
                        let matching = namespaces.filter { selector.matches($0.labels) }.map(\.name)
                        scope =
                            matching.isEmpty
                            ? "no namespace matches the namespaceSelector"
                            : "no pod in \(matching.joined(separator: ", ")) matches"
                    } else {
                        scope =
                            "no pod of \(entry.namespace) matches (a podSelector alone looks in the policy's own namespace)"
                    }
                    let path = list.path(ofPeer: peerIndex)
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: path, location: entry.location(path),
                            message: "\(list.key)[\(peerIndex)] selects nothing in the loaded inventory: \(scope)",
                            fix: peer.namespaceSelector == nil
                                ? "add a namespaceSelector if the pods live in another namespace, or fix the labels"
                                : "check the labels against the namespaces and pods (`show namespaces -o yaml`)"))
                }
            }
        }
        return findings
    }
}

extension LintRule {
    /// A selector that matches nothing in the loaded inventory.
    public static var selectorMatchesNothing: LintRule { SelectorMatchesNothingCheck.rule }
}
