import PodFenceModel

/// `unknown-namespace-label`: namespaceSelector labels that no loaded namespace carries, with the automatic name label
/// as a hint.
struct UnknownNamespaceLabelCheck: LintCheck {
    static let rule = LintRule(
        id: "unknown-namespace-label", severity: .warning, title: "No namespace carries this label",
        explanation: """
            Namespaces carry only `kubernetes.io/metadata.name` unless someone labels them; selecting by \
            `name:` or `ns:` fails silently. The automatic label selects a namespace by its name.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let namespaces = context.analysis.namespaceLabels
        var findings: [LintFinding] = []
        for entry in context.policies {
            for list in entry.peerLists {
                for (peerIndex, peer) in (list.peers ?? []).enumerated() where peer.ipBlock == nil {
                    guard let selector = peer.namespaceSelector else { continue }
                    let path = list.path(ofPeer: peerIndex).field("namespaceSelector")
                    for key in selector.matchLabels.keys.sorted() {
                        let value = selector.matchLabels[key] ?? ""
                        guard !namespaces.contains(where: { $0.labels[key] == value }) else { continue }
                        let byName = namespaces.first { $0.name == value }
                        let hint =
                            byName.map {
                                "to select namespace \($0.name) by name, use `\(Namespace.nameLabel): \($0.name)`, which every namespace carries"
                            }
                            ?? "label the namespace, or select it by `\(Namespace.nameLabel)`"
                        let keyPath = path.field("matchLabels").key(key)
                        findings.append(
                            LintFinding(
                                Self.rule, object: entry.name, path: keyPath, location: entry.location(keyPath),
                                message: "no loaded namespace carries the label \(key)=\(value)", fix: hint))
                    }
                }
            }
        }
        return findings
    }
}

extension LintRule {
    /// A namespace label used in a selector that no namespace carries.
    public static var unknownNamespaceLabel: LintRule { UnknownNamespaceLabelCheck.rule }
}
