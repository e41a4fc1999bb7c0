import PodFenceModel

/// `peer-and-or-slip`: A namespaceSelector peer directly followed by a podSelector peer: two peers (OR) where one peer
/// (AND) may have been meant.
struct AndOrSlipCheck: LintCheck {
    static let rule = LintRule(
        id: "peer-and-or-slip", severity: .warning, title: "Two peers where one AND'ed peer may have been meant",
        explanation: """
            `- namespaceSelector: ...` followed by `- podSelector: ...` are two peers (OR): every pod of those \
            namespaces, or matching pods of the policy's own namespace. Written as one list item (no second \
            `-`), they select matching pods in those namespaces (AND).
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in context.policies {
            for list in entry.peerLists {
                let peers = list.peers ?? []
                let key = list.key
                for (peerIndex, peer) in peers.enumerated() where peerIndex > 0 {
                    let previous = peers[peerIndex - 1]
                    guard previous.namespaceSelector != nil, previous.podSelector == nil, previous.ipBlock == nil,
                        peer.podSelector != nil, peer.namespaceSelector == nil, peer.ipBlock == nil
                    else { continue }
                    let path = list.path(ofPeer: peerIndex)
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: path, location: entry.location(path),
                            message: "\(key)[\(peerIndex - 1)] (a namespaceSelector) and \(key)[\(peerIndex)] "
                                + "(a podSelector) are two peers, OR'ed: every pod of the selected namespaces, "
                                + "or matching pods of \(entry.namespace) only",
                            fix: "if pods matching the podSelector inside those namespaces were meant, make them "
                                + "one peer: drop the `-` before `podSelector` and align it under "
                                + "`namespaceSelector`"))
                }
            }
        }
        return findings
    }
}

extension LintRule {
    /// A namespaceSelector peer followed by a podSelector peer: probably one AND'ed peer was meant.
    public static var andOrSlip: LintRule { AndOrSlipCheck.rule }
}
