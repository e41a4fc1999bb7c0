import PodFenceModel

/// `null-peer-list`: `from:` or `to:` written with nothing after it: null, which Kubernetes reads as every peer.
struct NullPeerListCheck: LintCheck {
    static let rule = LintRule(
        id: "null-peer-list", severity: .warning, title: "An empty from:/to: allows everyone",
        explanation: """
            `- from:` with nothing after it is null, which Kubernetes reads as "every source", including \
            addresses outside the cluster, not as "no source".
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        context.policies.flatMap { entry in
            entry.peerLists.compactMap { list in
                let key = list.key
                guard case .null? = entry.loaded.source.node(at: list.rulePath)?[key]?.value else { return nil }
                let path = list.rulePath.field(key)
                return LintFinding(
                    Self.rule, object: entry.name, path: path, location: entry.location(path),
                    message:
                        "`\(key):` has no value, which Kubernetes reads as every \(list.direction == "ingress" ? "source" : "destination"), including addresses outside the cluster",
                    fix: "list the peers under `\(key):`, or remove the key if every peer is really meant")
            }
        }
    }
}

extension LintRule {
    /// `from:`/`to:` written with nothing after it: null, which means everyone.
    public static var nullPeerList: LintRule { NullPeerListCheck.rule }
}
