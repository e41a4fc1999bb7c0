import PodFence

/// The plain-text forms of a reachability verdict: the `can` answer, the `explain` lines and the short
/// reason `assert` gives. Formatting lives here, never in the engine.
struct VerdictText {
    var analysis: ReachabilityAnalysis
    var verdict: ReachabilityVerdict

    /// `namespace/name` of a peer, or the address.
    func name(_ endpoint: ReachabilityEndpoint) -> String {
        switch endpoint {
        case .peer(let index): analysis.peers[index].name
        case .address(let address): address.description
        }
    }

    var sourceName: String { name(verdict.source) }
    var destinationName: String { name(verdict.destination) }

    /// `SRC to DST` or `SRC to DST on 8080/TCP`.
    var question: String {
        let base = "\(sourceName) to \(destinationName)"
        if case .port = verdict.port { return base + " on \(verdict.port)" }
        return base
    }

    /// `yes`, `no`, or `no (implementation-defined: why)`.
    var answer: String {
        switch verdict.outcome {
        case .allowed: "yes"
        case .denied: "no"
        case .implementationDefined: "no (implementation-defined: \(implementationDefinedReason))"
        }
    }

    /// Why the plugin decides: ipBlocks on pod IPs, equal priorities, unevaluable cluster policy peers, or
    /// egress to the own node.
    var implementationDefinedReason: String {
        for note in verdict.notes {
            switch note {
            case .ipBlockPodIPsIgnored(let ports):
                return "allowed (\(ports)) only by plugins whose ipBlocks match pod IPs"
            case .equalPriorityOverlap(let policies, _):
                return "cluster policies of equal priority disagree: "
                    + policies.map(\.description).joined(separator: ", ")
            case .clusterPeerNotEvaluated(let rules, _):
                return "depends on peers PodFence cannot evaluate offline: "
                    + rules.map(\.description).joined(separator: ", ")
            default:
                continue
            }
        }
        return "egress to the pod's own node, which some plugins never block"
    }

    /// The `explain` lines: the verdict, each side with its isolating policies and allowing rules, the notes.
    var lines: [String] {
        var lines = ["\(question): \(outcomeText)"]
        lines += side(verdict.egress, subject: sourceName)
        lines += side(verdict.ingress, subject: destinationName)
        lines += verdict.notes.compactMap(note).map { "note: " + $0 }
        return lines
    }

    private var outcomeText: String {
        if verdict.notes.contains(.selfTraffic) { return "allowed (self)" }
        switch (verdict.outcome, verdict.port) {
        case (.allowed, .any): return "allowed on \(verdict.allowedPorts)"
        case (.implementationDefined, _): return "implementation-defined (\(implementationDefinedReason))"
        default: return verdict.outcome.description
        }
    }

    private func side(_ side: SideVerdict, subject: String) -> [String] {
        var header = "\(side.direction) of \(subject): "
        switch side.status {
        case .notGoverned(.outsideCluster): header += "not governed (outside the cluster)"
        case .notGoverned(.hostNetwork): header += "not governed (hostNetwork pod: node traffic)"
        case .ownNode: header += "allowed (from the pod's own node)"
        case _ where !side.chain.isEmpty: header += chainSummary(side)
        case .notIsolated: header += "allowed (not isolated)"
        case .isolated where !side.allows: header += "denied (isolated, no rule matched)"
        case .isolated: header += verdict.port == .any ? "allowed on \(side.allowedPorts)" : "allowed"
        }
        var lines = [header]
        for step in side.chain { lines.append("  " + chainLine(step, side: side)) }
        // When an earlier tier or policy decided every port, the NetworkPolicies were not reached: the chain has
        // no step of theirs.
        let unreached = !side.chain.isEmpty && !side.chain.contains { $0.tier == .networkPolicy && $0.rule == nil }
        let prefix = unreached ? "  not reached: " : "  "
        for policy in side.isolatingPolicies {
            lines.append(prefix + "isolated by \(policy)" + (policy.location.map { " (\($0))" } ?? ""))
        }
        for match in side.matches {
            lines.append(prefix + "allowed by \(match.rule)" + (verdict.port == .any ? ": \(match.ports)" : ""))
        }
        return lines
    }

    /// The header of a side the tiers decided: which tier had the last word.
    private func chainSummary(_ side: SideVerdict) -> String {
        let deciding = side.chain.last { $0.action != .pass }
        let tier = deciding.map { " by the \($0.tier) tier" } ?? ""
        if !side.allows { return "denied" + tier }
        if verdict.port == .any { return "allowed on \(side.allowedPorts)" }
        return "allowed" + tier
    }

    /// One step of a side's tier chain: `Admin ClusterNetworkPolicy/x (file:line:col) ingress[0] from[1] "name"
    /// -> Pass on TCP 8080`.
    private func chainLine(_ step: TierStep, side: SideVerdict) -> String {
        let actor: String
        if let rule = step.rule {
            let location = rule.policy.location.map { " (\($0))" } ?? ""
            actor = "\(rule.policy)\(location) \(rule.policy.rankDescription) \(rule.path)"
        } else {
            switch (step.tier, step.action) {
            case (.networkPolicy, .pass): actor = "no NetworkPolicy isolates \(side.direction)"
            case (.networkPolicy, .deny): actor = "isolated, no rule matched"
            case (.networkPolicy, _): actor = "allowed by a rule (below)"
            case (.defaultAllow, _): actor = "no tier decided"
            default: actor = "no rule matched, the tier's default action"
            }
        }
        return "\(step.tier): \(actor) -> \(step.action) on \(step.ports)"
    }

    private func note(_ note: VerdictNote) -> String? {
        switch note {
        case .selfTraffic:
            return "a pod always reaches itself; the sides show the rules between two pods of \(sourceName)"
        case .ownNodeIngress:
            return "the source is the node of \(destinationName): ingress from it is always allowed"
        case .ownNodeEgress:
            return "the destination is the node of \(sourceName): plugins differ on egress to it (semantics §2.9)"
        case .hostNetwork(let peer, let treatedAsPod):
            return treatedAsPod
                ? "\(peer) is a hostNetwork pod, treated as a pod (--host-network-as-pods)"
                : "\(peer) is a hostNetwork pod, treated as its node's traffic (--host-network-as-pods to change)"
        case .ipBlockMatchedPodIP(let rule, let address):
            return "\(rule) matches the pod IP \(address) through an ipBlock; plugins differ (--no-ipblock-pod-ips)"
        case .ipBlockPodIPsIgnored(let ports):
            return ports.isEmpty ? nil : "if ipBlocks matched pod IPs, \(ports) would be allowed"
        case .namedPortUnresolved(let rule, let name, let proto):
            return "\(rule): \(destinationName) declares no \(proto) port named '\(name)', so it allows nothing there"
        case .nothingListening(let port, let proto):
            return "allowed by policy, but no container of \(destinationName) declares \(port)/\(proto)"
        case .equalPriorityOverlap(let policies, let ports):
            let names = policies.map(\.description).joined(separator: ", ")
            return "\(names) share a priority; evaluated by name, the other order would allow "
                + (ports.isEmpty ? "nothing" : "\(ports)")
        case .clusterPeerNotEvaluated(let rules, let ports):
            let names = rules.map(\.description).joined(separator: ", ")
            return "\(names) name nodes by label or domain names, which PodFence cannot evaluate offline; read "
                + "closed; if they matched as written, " + (ports.isEmpty ? "nothing" : "\(ports)")
                + " would be allowed"
        }
    }

    /// Why the outcome is what it is, in one clause: the denying sides (isolating policies, no rule matched),
    /// or the allowing ones (not isolated, or the first allowing rule).
    var reason: String {
        if verdict.outcome == .implementationDefined { return implementationDefinedReason }
        if verdict.notes.contains(.selfTraffic) { return "a pod always reaches itself" }
        let sides = [(verdict.egress, sourceName), (verdict.ingress, destinationName)]
        if verdict.outcome == .denied {
            var clauses: [String] = []
            for (side, subject) in sides where !side.allows {
                if let step = side.chain.last(where: { $0.action == .deny }) {
                    let actor = step.rule.map(\.description) ?? "isolation by NetworkPolicy"
                    clauses.append("\(side.direction) of \(subject) is denied by the \(step.tier) tier (\(actor))")
                    continue
                }
                let policies = side.isolatingPolicies.map(\.description).joined(separator: ", ")
                clauses.append("\(side.direction) of \(subject) is isolated by \(policies) and no rule matched")
            }
            if clauses.isEmpty { clauses.append("the two sides allow no common port") }
            return clauses.joined(separator: "; ")
        }
        return sides.map { side, subject in
            switch side.status {
            case .notGoverned: "\(side.direction) of \(subject) is not governed"
            case .notIsolated: "\(side.direction) of \(subject) is not isolated"
            case .ownNode: "\(side.direction) of \(subject) comes from its own node"
            case .isolated:
                "\(side.direction) of \(subject) is allowed by " + (side.matches.first?.rule.description ?? "a rule")
            }
        }.joined(separator: "; ")
    }
}
