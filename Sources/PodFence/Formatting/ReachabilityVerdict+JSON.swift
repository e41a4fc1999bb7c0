import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

extension ReachabilityVerdict {
    /// The verdict as JSON for other programs: what `explain --format json` prints. The contract (field
    /// names, values, what is absent) is in docs/engine.md, "explain --format json"; keys are added, never
    /// renamed.
    ///
    /// ```json
    /// {"source": "a/client", "destination": "b/server", "port": "8080/TCP", "outcome": "denied", ...,
    ///  "sides": [{"direction": "ingress", ..., "chain": [{"tier": "Admin", "action": "Deny", ...}]}]}
    /// ```
    /// - Parameter analysis: The analysis the verdict came from, which names its peers.
    /// - Returns: The JSON text, ending in a newline.
    public func json(in analysis: ReachabilityAnalysis) -> String {
        func name(_ endpoint: ReachabilityEndpoint) -> String {
            switch endpoint {
            case .peer(let index): analysis.peers[index].name
            case .address(let address): address.description
            }
        }
        var root = ManifestBuilder()
        root.set("source", name(source))
        root.set("destination", name(destination))
        if case .port = port { root.set("port", port.description) } else { root.set("port", ManifestNode.null) }
        root.set("outcome", outcome.description)
        root.set("policyOutcome", policyOutcome.description)
        root.set("allowed", Self.json(allowedPorts))
        root.set(
            "sides",
            .sequence([
                Self.json(egress, subject: name(source)), Self.json(ingress, subject: name(destination)),
            ]))
        root.set("notes", .sequence(notes.map(Self.json)))
        return JSONWriter().write(root.node)
    }

    /// Ports by protocol, each a list of `"80"` or `"8080-8090"`, as in `matrix --format json`.
    static func json(_ ports: PortSet) -> ManifestNode {
        var builder = ManifestBuilder()
        for proto in PortProtocol.supported {
            builder.set(proto.rawValue, .sequence(ports[proto].map { .string(PortSet.text($0)) }))
        }
        return builder.node
    }

    private static func json(_ side: SideVerdict, subject: String) -> ManifestNode {
        var builder = ManifestBuilder()
        builder.set("direction", side.direction.description)
        builder.set("subject", subject)
        let status: String =
            switch side.status {
            case .notGoverned(.outsideCluster): "not-governed-outside-cluster"
            case .notGoverned(.hostNetwork): "not-governed-host-network"
            case .notIsolated: "not-isolated"
            case .ownNode: "own-node"
            case .isolated: "isolated"
            }
        builder.set("status", status)
        builder.set("allows", side.allows)
        builder.set("allowed", json(side.allowedPorts))
        builder.set(
            "isolatedBy",
            .sequence(
                side.isolatingPolicies.map { policy in
                    var entry = ManifestBuilder()
                    entry.set("policy", policy.description)
                    entry.set("location", policy.location?.description)
                    return entry.node
                }))
        builder.set(
            "allowedBy",
            .sequence(
                side.matches.map { match in
                    var entry = ManifestBuilder()
                    entry.set("policy", match.rule.policy.description)
                    entry.set("location", match.rule.policy.location?.description)
                    entry.set("rule", match.rule.path)
                    entry.set("ruleIndex", match.rule.ruleIndex)
                    entry.set("peerIndex", match.rule.peerIndex)
                    entry.set("portIndex", match.rule.portIndex)
                    entry.set("ports", json(match.ports))
                    return entry.node
                }))
        builder.set("chain", .sequence(side.chain.map(json)))
        return builder.node
    }

    private static func json(_ step: TierStep) -> ManifestNode {
        var builder = ManifestBuilder()
        builder.set("tier", step.tier.rawValue)
        builder.set("action", step.action.rawValue)
        builder.set("ports", json(step.ports))
        if let rule = step.rule {
            var entry = ManifestBuilder()
            entry.set("kind", rule.policy.kind)
            entry.set("policy", rule.policy.name)
            if rule.policy.isCalico {
                entry.set("namespace", rule.policy.namespace)
                entry.set(
                    "order",
                    rule.policy.order.map {
                        let text = CalicoOrder($0).description
                        return ManifestNode(
                            .scalar(ManifestScalar(text: text, kind: text.contains(".") ? .float : .int)))
                    })
            } else {
                entry.set("priority", rule.policy.priority)
            }
            entry.set("location", rule.policy.location?.description)
            entry.set("direction", rule.direction.description)
            entry.set("index", rule.ruleIndex)
            entry.set("name", rule.ruleName)
            entry.set("peerIndex", rule.peerIndex)
            builder.set("rule", entry.node)
        }
        return builder.node
    }

    private static func json(_ note: VerdictNote) -> ManifestNode {
        var builder = ManifestBuilder()
        func policies(_ references: [ClusterPolicyReference]) -> ManifestNode {
            .sequence(references.map { .string($0.description) })
        }
        switch note {
        case .selfTraffic:
            builder.set("kind", "selfTraffic")
        case .ownNodeIngress:
            builder.set("kind", "ownNodeIngress")
        case .ownNodeEgress:
            builder.set("kind", "ownNodeEgress")
        case .hostNetwork(let peer, let treatedAsPod):
            builder.set("kind", "hostNetwork")
            builder.set("peer", peer)
            builder.set("treatedAsPod", treatedAsPod)
        case .ipBlockMatchedPodIP(let rule, let address):
            builder.set("kind", "ipBlockMatchedPodIP")
            builder.set("rule", rule.description)
            builder.set("address", address.description)
        case .ipBlockPodIPsIgnored(let ports):
            builder.set("kind", "ipBlockPodIPsIgnored")
            builder.set("wouldAllow", json(ports))
        case .namedPortUnresolved(let rule, let name, let proto):
            builder.set("kind", "namedPortUnresolved")
            builder.set("rule", rule.description)
            builder.set("name", name)
            builder.set("protocol", proto.rawValue)
        case .nothingListening(let port, let proto):
            builder.set("kind", "nothingListening")
            builder.set("port", port)
            builder.set("protocol", proto.rawValue)
        case .equalPriorityOverlap(let references, let ports):
            builder.set("kind", "equalPriorityOverlap")
            builder.set("policies", policies(references))
            builder.set("wouldAllow", json(ports))
        case .clusterPeerNotEvaluated(let rules, let ports):
            builder.set("kind", "clusterPeerNotEvaluated")
            builder.set("rules", .sequence(rules.map { .string($0.description) }))
            builder.set("wouldAllow", json(ports))
        }
        return builder.node
    }
}
