import PodFenceModel

/// `host-network-selected`: Policies that select hostNetwork pods, which most plugins do not isolate.
struct HostNetworkSelectedCheck: LintCheck {
    static let rule = LintRule(
        id: "host-network-selected", severity: .note, title: "The policy selects hostNetwork pods",
        explanation: """
            Most plugins ignore hostNetwork pods in selectors and treat their traffic as the node's, so policies \
            neither isolate nor select them; allow them with ipBlocks on node addresses.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        return context.policies.compactMap { entry in
            let hostNetwork = entry.subjects.filter { context.analysis.peers[$0].hostNetwork }
            guard !hostNetwork.isEmpty else { return nil }
            let path: FieldPath = "spec.podSelector"
            return LintFinding(
                Self.rule, object: entry.name, path: path, location: entry.location(path),
                message:
                    "selects hostNetwork pods (\(context.names(hostNetwork))), which most plugins do not isolate",
                fix: "allow or deny their traffic with ipBlocks on node addresses")
        }
    }
}

extension LintRule {
    /// A policy selecting hostNetwork pods, whose treatment depends on the plugin.
    public static var hostNetworkSelected: LintRule { HostNetworkSelectedCheck.rule }
}
