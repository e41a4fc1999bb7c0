import PodFenceModel
import PodFenceSelectors

extension LintContext {
    /// Rules that compare selectors and ports with the loaded inventory. They stay silent when no pod or
    /// workload is loaded, since "matches nothing" would then say nothing.
    func selectionFindings() -> [LintFinding] {
        guard hasInventory else { return [] }
        var findings: [LintFinding] = []
        for entry in policies {
            // A namespace without loaded pods (one just onboarded) says nothing about what its policies select.
            if entry.subjects.isEmpty && populatedNamespaces.contains(entry.namespace) {
                let path: FieldPath = "spec.podSelector"
                let selector = entry.policy.spec.podSelector.selectorString
                findings.append(
                    LintFinding(
                        .policySelectsNoPod, object: entry.name, path: path, location: entry.location(path),
                        message: "no loaded pod or workload of \(entry.namespace) matches "
                            + "`\(selector.isEmpty ? "{}" : selector)`, so the policy has no effect",
                        fix: "check the labels against the pods' template labels (`show` the workloads)"))
            }
            let hostNetwork = entry.subjects.filter { analysis.peers[$0].hostNetwork }
            if !hostNetwork.isEmpty {
                let path: FieldPath = "spec.podSelector"
                findings.append(
                    LintFinding(
                        .hostNetworkSelected, object: entry.name, path: path, location: entry.location(path),
                        message: "selects hostNetwork pods (\(names(hostNetwork))), which most plugins do not isolate",
                        fix: "allow or deny their traffic with ipBlocks on node addresses"))
            }
            findings += peerSelectionFindings(entry)
            findings += portFindings(entry)
            findings += notInFindings(entry)
        }
        return findings
    }

    private func peerSelectionFindings(_ entry: PolicyEntry) -> [LintFinding] {
        var findings: [LintFinding] = []
        let spec = entry.policy.spec
        let lists: [(String, String, [[NetworkPolicyPeer]?])] = [
            ("ingress", "from", spec.ingress?.map(\.from) ?? []), ("egress", "to", spec.egress?.map(\.to) ?? []),
        ]
        let namespaces = analysis.namespaceLabels
        for (direction, key, rules) in lists {
            for (ruleIndex, peers) in rules.enumerated() {
                for (peerIndex, peer) in (peers ?? []).enumerated() where peer.ipBlock == nil {
                    let path = FieldPath([
                        .field("spec"), .field(direction), .index(ruleIndex), .field(key), .index(peerIndex),
                    ])
                    if let selector = peer.namespaceSelector {
                        findings += unknownLabelFindings(
                            entry, selector: selector, path: path.field("namespaceSelector"))
                    }
                    let selected = analysis.peers(selectedBy: peer, inPolicy: entry.index)
                    guard selected.isEmpty else { continue }
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
                    findings.append(
                        LintFinding(
                            .selectorMatchesNothing, object: entry.name, path: path, location: entry.location(path),
                            message: "\(key)[\(peerIndex)] selects nothing in the loaded inventory: \(scope)",
                            fix: peer.namespaceSelector == nil
                                ? "add a namespaceSelector if the pods live in another namespace, or fix the labels"
                                : "check the labels against the namespaces and pods (`show namespaces -o yaml`)"))
                }
            }
        }
        return findings
    }

    /// `NotIn` requirements in selectors that also pick pods lacking the key.
    private func notInFindings(_ entry: PolicyEntry) -> [LintFinding] {
        var findings: [LintFinding] = []
        let spec = entry.policy.spec
        var selectors: [(FieldPath, LabelSelector, [Int])] = [("spec.podSelector", spec.podSelector, entry.subjects)]
        for (direction, key, rules) in [
            ("ingress", "from", spec.ingress?.map(\.from) ?? []), ("egress", "to", spec.egress?.map(\.to) ?? []),
        ] {
            for (ruleIndex, peers) in rules.enumerated() {
                for (peerIndex, peer) in (peers ?? []).enumerated() {
                    guard let podSelector = peer.podSelector else { continue }
                    let path = FieldPath([
                        .field("spec"), .field(direction), .index(ruleIndex), .field(key), .index(peerIndex),
                        .field("podSelector"),
                    ])
                    selectors.append((path, podSelector, analysis.peers(selectedBy: peer, inPolicy: entry.index)))
                }
            }
        }
        for (path, selector, selected) in selectors {
            for (index, requirement) in selector.matchExpressions.enumerated() where requirement.operator == .notIn {
                let unlabelled = selected.filter { analysis.peers[$0].labels[requirement.key] == nil }
                guard !unlabelled.isEmpty else { continue }
                let expressionPath = path.field("matchExpressions").index(index)
                findings.append(
                    LintFinding(
                        .notInMatchesUnlabelled, object: entry.name, path: expressionPath,
                        location: entry.location(expressionPath),
                        message: "`\(requirement.key) NotIn` also selects \(names(unlabelled)), which have no "
                            + "\(requirement.key) label",
                        fix: "add `{key: \(requirement.key), operator: Exists}` if only labelled pods were meant"))
            }
        }
        return findings
    }

    /// namespaceSelector labels that no namespace carries, with the automatic name label as a hint.
    private func unknownLabelFindings(_ entry: PolicyEntry, selector: LabelSelector, path: FieldPath) -> [LintFinding] {
        let namespaces = analysis.namespaceLabels
        var findings: [LintFinding] = []
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
                    .unknownNamespaceLabel, object: entry.name, path: keyPath, location: entry.location(keyPath),
                    message: "no loaded namespace carries the label \(key)=\(value)", fix: hint))
        }
        return findings
    }

    /// Named ports no destination declares (or declares for another protocol), and numbered ports no
    /// destination declares while it declares others.
    private func portFindings(_ entry: PolicyEntry) -> [LintFinding] {
        var findings: [LintFinding] = []
        let spec = entry.policy.spec
        let rules: [(String, String, [NetworkPolicyPort]?, [NetworkPolicyPeer]?)] =
            (spec.ingress ?? []).map { ("ingress", "from", $0.ports, $0.from) }
            + (spec.egress ?? []).map { ("egress", "to", $0.ports, $0.to) }
        var ruleIndexes: [String: Int] = [:]
        for (direction, _, ports, peers) in rules {
            let ruleIndex = ruleIndexes[direction, default: 0]
            ruleIndexes[direction] = ruleIndex + 1
            // Destinations: the subjects for ingress; the selected peers for egress (unknown with no peers).
            let destinations: [Int]
            if direction == "ingress" {
                destinations = entry.subjects
            } else if let peers, !peers.isEmpty {
                destinations = Array(Set(peers.flatMap { analysis.peers(selectedBy: $0, inPolicy: entry.index) }))
                    .sorted()
            } else {
                continue
            }
            guard !destinations.isEmpty else { continue }
            for (portIndex, port) in (ports ?? []).enumerated() {
                let path = FieldPath([
                    .field("spec"), .field(direction), .index(ruleIndex), .field("ports"), .index(portIndex),
                ])
                let proto = port.protocol ?? .tcp
                switch port.port {
                case .string(let name):
                    let declared = destinations.flatMap { analysis.namedPorts(of: $0) }.filter { $0.name == name }
                    let numbers = Set(declared.filter { $0.protocol == proto }.flatMap(\.numbers)).sorted()
                    if numbers.count > 1 {
                        findings.append(
                            LintFinding(
                                .namedPortDiffers, object: entry.name, path: path.field("port"),
                                location: entry.location(path.field("port")),
                                message:
                                    "\(name)/\(proto.rawValue) is \(numbers.map(String.init).joined(separator: ", ")) "
                                    + "depending on the destination pod",
                                fix: "use one number for the name across these pods, or write the numbers"))
                    }
                    guard !declared.contains(where: { $0.protocol == proto }) else { continue }
                    let other = Set(declared.map(\.protocol.rawValue)).sorted()
                    findings.append(
                        LintFinding(
                            .unresolvedNamedPort, object: entry.name, path: path.field("port"),
                            location: entry.location(path.field("port")),
                            message: other.isEmpty
                                ? "no destination (\(names(destinations))) declares a port named \(name), so this entry matches nothing"
                                : "the destinations declare \(name) for \(other.joined(separator: ", ")), not \(proto.rawValue), so this entry matches nothing",
                            fix: other.isEmpty
                                ? "use a port name the containers declare, or the number"
                                : "add `protocol: \(other[0])`"))
                case .int(let number) where port.endPort == nil:
                    let declared = destinations.map { analysis.declaredPorts(of: $0) }
                    guard declared.contains(where: { !$0[proto].isEmpty }),
                        !declared.contains(where: { $0.contains(number, proto) })
                    else { continue }
                    let listening = Set(declared.flatMap { $0[proto].map(PortSet.text) }).sorted()
                    findings.append(
                        LintFinding(
                            .portNotListening, object: entry.name, path: path.field("port"),
                            location: entry.location(path.field("port")),
                            message: "no destination declares \(number)/\(proto.rawValue); they declare "
                                + "\(listening.joined(separator: ", ")). Policies see the container port, not the Service port",
                            fix: "use the container (target) port"))
                default:
                    continue
                }
            }
        }
        return findings
    }
}
