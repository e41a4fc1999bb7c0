import PodFenceModel

/// `namespace-selector-is-not-everything`: A peer that is `namespaceSelector: {}` alone: every pod, but not the
/// addresses outside the cluster.
struct NamespaceSelectorIsNotEverythingCheck: LintCheck {
    static let rule = LintRule(
        id: "namespace-selector-is-not-everything", severity: .note,
        title: "`namespaceSelector: {}` selects every pod, not all traffic",
        explanation: """
            An empty namespaceSelector selects every pod of every namespace; addresses outside the cluster and \
            nodes are not pods, so they stay excluded. Leaving `from`/`to` out allows them too.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in context.policies {
            for list in entry.peerLists {
                for (peerIndex, peer) in (list.peers ?? []).enumerated()
                where peer.namespaceSelector?.isEmpty == true && peer.podSelector == nil {
                    let path = list.path(ofPeer: peerIndex)
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: path, location: entry.location(path),
                            message: "`namespaceSelector: {}` selects every pod of every namespace; addresses "
                                + "outside the cluster and nodes are not included",
                            fix: "if every \(list.direction == "ingress" ? "source" : "destination") was meant, "
                                + "leave `\(list.key)` out of the rule"))
                }
            }
        }
        return findings
    }
}

extension LintRule {
    /// `namespaceSelector: {}` alone, which is every pod, not every address.
    public static var namespaceSelectorIsNotEverything: LintRule { NamespaceSelectorIsNotEverythingCheck.rule }
}
