import PodFenceCIDR
import PodFenceModel

extension LintContext {
    /// Rules that read one policy as written: directions, defaulting, ports, CIDRs, peer list shapes.
    func policyShapeFindings() -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in policies {
            let spec = entry.policy.spec
            let written = spec.policyTypes ?? []
            func finding(_ rule: LintRule, _ path: FieldPath, _ message: String, fix: String) {
                findings.append(
                    LintFinding(
                        rule, object: entry.name, path: path, location: entry.location(path), message: message,
                        fix: fix))
            }
            if !written.isEmpty {
                for (direction, rules, type) in [
                    ("ingress", spec.ingress?.count ?? 0, PolicyType.ingress),
                    ("egress", spec.egress?.count ?? 0, PolicyType.egress),
                ] where rules > 0 && !written.contains(type) {
                    finding(
                        .rulesForUnlistedDirection, FieldPath([.field("spec"), .field(direction)]),
                        "\(rules) \(direction) rule\(rules == 1 ? " is" : "s are") ignored: policyTypes lists only "
                            + written.map(\.rawValue).joined(separator: ", "),
                        fix: "add \(type.rawValue) to policyTypes, or remove the \(direction) rules")
                }
            } else if !(spec.egress ?? []).isEmpty && (spec.ingress ?? []).isEmpty {
                finding(
                    .egressOnlyLocksIngress, "spec",
                    "without policyTypes this policy is defaulted to [Ingress, Egress]: besides its egress rules it "
                        + "denies all ingress to \(entry.subjects.isEmpty ? "its pods" : names(entry.subjects))",
                    fix: "write `policyTypes: [Egress]` if only egress was meant")
            }
            for (direction, rules) in [
                ("ingress", spec.ingress?.map(\.ports) ?? []), ("egress", spec.egress?.map(\.ports) ?? []),
            ] {
                for (ruleIndex, ports) in rules.enumerated() {
                    for (portIndex, port) in (ports ?? []).enumerated() {
                        let path = FieldPath([
                            .field("spec"), .field(direction), .index(ruleIndex), .field("ports"), .index(portIndex),
                        ])
                        if port.protocol == nil && port.port == nil && port.endPort == nil {
                            finding(
                                .emptyPortEntry, path,
                                "an empty port entry is defaulted to TCP: it allows every TCP port and no UDP or SCTP",
                                fix: "remove `ports` to allow every protocol, or list each protocol explicitly")
                        }
                        if let endPort = port.endPort, case .int(let first)? = port.port, endPort > first {
                            finding(
                                .endPortSupport, path.field("endPort"),
                                "the range \(first)-\(endPort) needs endPort support; a plugin without it allows \(first) only",
                                fix: "check that the network plugin supports endPort (Kubernetes 1.25 or later)")
                        }
                        if direction == "egress", port.protocol == nil, port.port == .int(53) {
                            finding(
                                .dnsWithoutUDP, path,
                                "port 53 without a protocol allows DNS over TCP only; most lookups use UDP",
                                fix: "write two entries: `{protocol: UDP, port: 53}` and `{protocol: TCP, port: 53}`")
                        }
                    }
                }
            }
            findings += peerListFindings(entry)
        }
        return findings
    }

    /// AND/OR slips, null peer lists and CIDRs with host bits, rule by rule.
    private func peerListFindings(_ entry: PolicyEntry) -> [LintFinding] {
        var findings: [LintFinding] = []
        let spec = entry.policy.spec
        let lists: [(String, String, [[NetworkPolicyPeer]?])] = [
            ("ingress", "from", spec.ingress?.map(\.from) ?? []), ("egress", "to", spec.egress?.map(\.to) ?? []),
        ]
        for (direction, key, rules) in lists {
            for (ruleIndex, peers) in rules.enumerated() {
                let rulePath = FieldPath([.field("spec"), .field(direction), .index(ruleIndex)])
                if case .null? = entry.loaded.source.node(at: rulePath)?[key]?.value {
                    findings.append(
                        LintFinding(
                            .nullPeerList, object: entry.name, path: rulePath.field(key),
                            location: entry.location(rulePath.field(key)),
                            message:
                                "`\(key):` has no value, which Kubernetes reads as every \(direction == "ingress" ? "source" : "destination"), including addresses outside the cluster",
                            fix: "list the peers under `\(key):`, or remove the key if every peer is really meant"))
                }
                let peers = peers ?? []
                for (peerIndex, peer) in peers.enumerated() {
                    let path = rulePath.field(key).index(peerIndex)
                    if peer.namespaceSelector?.isEmpty == true, peer.podSelector == nil {
                        findings.append(
                            LintFinding(
                                .namespaceSelectorIsNotEverything, object: entry.name, path: path,
                                location: entry.location(path),
                                message: "`namespaceSelector: {}` selects every pod of every namespace; addresses "
                                    + "outside the cluster and nodes are not included",
                                fix: "if every \(direction == "ingress" ? "source" : "destination") was meant, "
                                    + "leave `\(key)` out of the rule"))
                    }
                    if peerIndex > 0 {
                        let previous = peers[peerIndex - 1]
                        if previous.namespaceSelector != nil, previous.podSelector == nil, previous.ipBlock == nil,
                            peer.podSelector != nil, peer.namespaceSelector == nil, peer.ipBlock == nil
                        {
                            findings.append(
                                LintFinding(
                                    .andOrSlip, object: entry.name, path: path, location: entry.location(path),
                                    message: "\(key)[\(peerIndex - 1)] (a namespaceSelector) and \(key)[\(peerIndex)] "
                                        + "(a podSelector) are two peers, OR'ed: every pod of the selected namespaces, "
                                        + "or matching pods of \(entry.namespace) only",
                                    fix:
                                        "if pods matching the podSelector inside those namespaces were meant, make them "
                                        + "one peer: drop the `-` before `podSelector` and align it under "
                                        + "`namespaceSelector`"))
                        }
                    }
                    guard let block = peer.ipBlock else { continue }
                    for (textPath, text) in [(path.field("ipBlock").field("cidr"), block.cidr)]
                        + (block.except ?? []).enumerated().map({
                            (path.field("ipBlock").field("except").index($0), $1)
                        })
                    {
                        findings += cidrFindings(entry, text: text, path: textPath)
                    }
                }
            }
        }
        return findings
    }

    private func cidrFindings(_ entry: PolicyEntry, text: String, path: FieldPath) -> [LintFinding] {
        guard let parsed = try? IPPrefix.parse(text, mode: .lenient) else { return [] }
        var findings: [LintFinding] = []
        if parsed.issues.contains(.hostBits) {
            findings.append(
                LintFinding(
                    .cidrHostBits, object: entry.name, path: path, location: entry.location(path),
                    message: "\(text) has host bits set; Kubernetes reads it as \(parsed.prefix)",
                    fix:
                        "write \(parsed.prefix), or \(parsed.hostBitsAmbiguityAlternatives?.host.description ?? "a host prefix") for one address"
                ))
        }
        guard path.components.contains(.field("cidr")) else { return findings }
        let podAddresses = analysis.peers.flatMap(\.addresses).filter { parsed.prefix.contains($0) }
        let clusterRanges =
            (options.podCIDRs.map { ("the pod CIDR", $0) } + options.serviceCIDRs.map { ("the Service CIDR", $0) })
            .filter { parsed.prefix.overlaps($0.1) }
        if !podAddresses.isEmpty || !clusterRanges.isEmpty {
            let what =
                clusterRanges.map { "\($0.0) \($0.1)" }
                + (podAddresses.isEmpty
                    ? [] : ["\(podAddresses.count) pod address\(podAddresses.count == 1 ? "" : "es")"])
            findings.append(
                LintFinding(
                    .ipBlockCoversCluster, object: entry.name, path: path, location: entry.location(path),
                    message: "\(parsed.prefix) covers \(what.joined(separator: " and ")); whether that matches pods "
                        + "depends on the network plugin (Calico: yes, Cilium: no)",
                    fix:
                        "except the pod and Service CIDRs when only outside addresses are meant; select pods with selectors"
                ))
        }
        return findings
    }
}
