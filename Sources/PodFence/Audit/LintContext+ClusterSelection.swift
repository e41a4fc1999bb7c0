import PodFenceModel
import PodFenceSelectors

extension LintContext {
    /// Parts of cluster policies that match nothing in the loaded cluster: `namespaces` and `pods` peers that
    /// select no pod, named ports no destination declares, and subjects that hold no pod. Like the
    /// NetworkPolicy rules, they say nothing about namespaces without loaded pods (just onboarded).
    func clusterSelectionFindings() -> [LintFinding] {
        var findings: [LintFinding] = []
        let populated = populatedNamespaces
        let namespaces = analysis.namespaceLabels
        /// The loaded namespaces a selector matches, and whether to speak: when it matches none, or some
        /// namespace with pods.
        func scope(_ selector: LabelSelector) -> (matched: [String], speaks: Bool) {
            let matched = namespaces.filter { selector.matches($0.labels) }.map(\.name)
            return (matched, matched.isEmpty || matched.contains(where: populated.contains))
        }
        func reason(_ matched: [String], _ what: String) -> String {
            guard !matched.isEmpty else { return "no loaded namespace matches its namespace selector" }
            let shown = matched.prefix(5).joined(separator: ", ") + (matched.count > 5 ? ", ..." : "")
            return "no \(what) in \(shown) matches (host-network pods never do)"
        }
        for entry in clusterPolicies {
            if entry.subjects.isEmpty, let subject = entry.policy.spec.subject {
                let (matched, speaks) = scope(subject.namespaces ?? subject.pods?.namespaceSelector ?? LabelSelector())
                if speaks {
                    let path: FieldPath = "spec.subject"
                    findings.append(
                        LintFinding(
                            .clusterPolicySelectsNoPod, object: entry.name, path: path, location: entry.location(path),
                            message: "the subject holds no loaded pod: "
                                + reason(matched, "pod")
                                + ", so the policy has no effect",
                            fix: "check the subject's labels against the namespaces and pods (`show namespaces -o "
                                + "yaml`)"))
                }
            }
            for rule in entry.rules {
                findings += peerFindings(rule, in: entry, scope: scope, reason: reason)
                findings += namedPortFindings(rule, in: entry)
            }
        }
        return findings
    }

    private func peerFindings(
        _ rule: ClusterPolicyEntry.Rule, in entry: ClusterPolicyEntry,
        scope: (LabelSelector) -> (matched: [String], speaks: Bool), reason: ([String], String) -> String
    ) -> [LintFinding] {
        var findings: [LintFinding] = []
        let key = rule.direction == .ingress ? "from" : "to"
        for (index, peer) in rule.peers.enumerated() where peer.namespaces != nil || peer.pods != nil {
            guard analysis.peers(selectedBy: peer).isEmpty else { continue }
            let (matched, speaks) = scope(peer.namespaces ?? peer.pods?.namespaceSelector ?? LabelSelector())
            guard speaks else { continue }
            let path = entry.path(rule, peer: index)
            findings.append(
                LintFinding(
                    .clusterPeerSelectsNothing, object: entry.name, path: path, location: entry.location(path),
                    message: "\(key)[\(index)] of \(entry.label(rule)) selects no pod of the loaded cluster: "
                        + reason(matched, "pod") + ", so it matches nothing",
                    fix: "check the labels against the namespaces and pods (`show namespaces -o yaml`); "
                        + "`kubernetes.io/metadata.name` selects a namespace by its name"))
        }
        return findings
    }

    /// Named ports that no destination of the rule declares: its subjects for ingress, the pods its peers
    /// select for egress (silent when there are none).
    private func namedPortFindings(_ rule: ClusterPolicyEntry.Rule, in entry: ClusterPolicyEntry) -> [LintFinding] {
        let destinations =
            rule.direction == .ingress
            ? entry.subjects : Array(Set(rule.peers.flatMap { analysis.peers(selectedBy: $0) })).sorted()
        guard !destinations.isEmpty else { return [] }
        var findings: [LintFinding] = []
        for (index, port) in (rule.protocols ?? []).enumerated() {
            guard let name = port.destinationNamedPort,
                !destinations.contains(where: { analysis.namedPorts(of: $0).contains { $0.name == name } })
            else { continue }
            let path = entry.namedPortPath(rule, entry: index)
            findings.append(
                LintFinding(
                    .clusterNamedPortUnresolved, object: entry.name, path: path, location: entry.location(path),
                    message: "no destination of \(entry.label(rule)) (\(names(destinations))) declares a port named "
                        + "\(name), so this entry matches nothing",
                    fix: "use a port name the containers declare, or the number"))
        }
        return findings
    }
}
