import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

extension LintContext {
    /// A cluster-scoped policy as the rules see it: its ClusterNetworkPolicy form (AdminNetworkPolicy and
    /// BaselineAdminNetworkPolicy through their migration), the object it was read from, its place in the
    /// analysis and the pods its subject holds.
    struct ClusterPolicyEntry {
        /// A rule of either direction, as the ClusterNetworkPolicy form writes it.
        struct Rule {
            var direction: TrafficDirection
            var index: Int
            var name: String?
            var action: ClusterPolicyAction?
            var peers: [ClusterPolicyPeer]
            /// The port entries; nil matches every port.
            var protocols: [ClusterPolicyProtocol]?

            /// The action as the engine applies it; nil for an unknown one (refused by validation).
            var tierAction: TierAction? {
                switch action {
                case .accept?, .allow?: .accept
                case .deny?: .deny
                case .pass?: .pass
                default: nil
                }
            }
        }

        var policy: ClusterNetworkPolicy
        var loaded: LoadedObject
        /// The policy as verdicts name it (`analysis[id]`).
        var reference: ClusterPolicyReference
        /// The policy's handle in the analysis.
        var id: ClusterPolicyID
        var subjects: [Int]

        /// The index in `analysis.clusterPolicies`.
        var index: Int { id.index }

        /// `ClusterNetworkPolicy name`: cluster-scoped, so no namespace.
        var name: String { "\(reference.kind) \(reference.name)" }
        var tier: EvaluationTier { reference.tier }
        /// True for the `v1alpha1` kinds, whose manifests list `ports` and spell acceptance `Allow`.
        var isV1Alpha1: Bool { reference.kind != ClusterNetworkPolicy.kind }

        /// The rules of a direction, in precedence order.
        func rules(_ direction: TrafficDirection) -> [Rule] {
            switch direction {
            case .ingress:
                (policy.spec.ingress ?? []).enumerated().map {
                    Rule(
                        direction: .ingress, index: $0, name: $1.name, action: $1.action, peers: $1.from ?? [],
                        protocols: $1.protocols)
                }
            case .egress:
                (policy.spec.egress ?? []).enumerated().map {
                    Rule(
                        direction: .egress, index: $0, name: $1.name, action: $1.action, peers: $1.to ?? [],
                        protocols: $1.protocols)
                }
            }
        }

        /// Every rule, ingress first.
        var rules: [Rule] { rules(.ingress) + rules(.egress) }

        /// `spec.ingress[0]`.
        func path(_ rule: Rule) -> FieldPath {
            FieldPath([.field("spec"), .field(rule.direction.rawValue), .index(rule.index)])
        }

        /// `spec.ingress[0].from[1]`.
        func path(_ rule: Rule, peer: Int) -> FieldPath {
            path(rule).field(rule.direction == .ingress ? "from" : "to").index(peer)
        }

        /// The named port of a port entry as the manifest writes it: `protocols[i].destinationNamedPort`
        /// (ClusterNetworkPolicy) or `ports[i].namedPort` (the `v1alpha1` kinds).
        func namedPortPath(_ rule: Rule, entry: Int) -> FieldPath {
            isV1Alpha1
                ? path(rule).field("ports").index(entry).field("namedPort")
                : path(rule).field("protocols").index(entry).field("destinationNamedPort")
        }

        func location(_ path: FieldPath) -> SourceLocation { loaded.location(of: path) }

        /// `Accept`, spelled `Allow` by the `v1alpha1` kinds; the other actions as they are.
        func spelling(_ action: TierAction) -> String {
            action == .accept && isV1Alpha1 ? "Allow" : action.rawValue
        }

        /// `ingress[0] "name"` (the rule's name when it has one).
        func label(_ rule: Rule) -> String {
            "\(rule.direction)[\(rule.index)]" + (rule.name.map { $0.isEmpty ? "" : " \"\($0)\"" } ?? "")
        }

        /// True when a step of a tier chain is this rule deciding.
        func decides(_ step: TierStep, rule: Rule) -> Bool {
            guard let acting = step.rule else { return false }
            return acting.policy == reference && acting.direction == rule.direction && acting.ruleIndex == rule.index
        }
    }

    /// The cluster-scoped policies of the objects, in the analysis' evaluation order.
    static func clusterPolicyEntries(_ objects: [LoadedObject], in analysis: ReachabilityAnalysis)
        -> [ClusterPolicyEntry]
    {
        objects.compactMap { loaded -> ClusterPolicyEntry? in
            guard let located = loaded.locatedClusterPolicy, let id = analysis.clusterPolicy(of: loaded) else {
                return nil
            }
            return ClusterPolicyEntry(
                policy: located.policy, loaded: loaded, reference: analysis[id], id: id,
                subjects: analysis.subjects(of: id))
        }.sorted { $0.id < $1.id }
    }

    /// True when the cluster policy rules have something to say: cluster policies and a loaded pod or
    /// workload. The rules for the tiers stay silent otherwise.
    var hasClusterTiers: Bool { hasInventory && !clusterPolicies.isEmpty }

    /// The ports a rule matches towards a destination: every port without `protocols`, named ports resolved
    /// on the destination pod for any protocol (nothing without a destination pod).
    func ports(of rule: ClusterPolicyEntry.Rule, destination: Int?) -> PortSet {
        guard let protocols = rule.protocols else { return .all }
        var ports = PortSet()
        for entry in protocols {
            if let name = entry.destinationNamedPort {
                guard let destination else { continue }
                for proto in PortProtocol.supported {
                    let numbers = analysis.resolvePort(named: name, protocol: proto, on: destination)
                    ports.formUnion(PortSet(proto, numbers.map { $0...$0 }))
                }
                continue
            }
            for (proto, match) in [(PortProtocol.tcp, entry.tcp), (.udp, entry.udp), (.sctp, entry.sctp)] {
                guard let match else { continue }
                switch (match.destinationPort?.number, match.destinationPort?.range) {
                case (nil, nil): ports.formUnion(.all(proto))
                case (let number?, _): ports.formUnion(PortSet(proto, [number...number]))
                case (nil, let range?):
                    guard let start = range.start, let end = range.end, start <= end else { continue }
                    ports.formUnion(PortSet(proto, [start...end]))
                }
            }
        }
        return ports
    }

    /// The other ends a rule's peers name: the pods `namespaces` and `pods` peers select, and the first
    /// address of each `networks` CIDR. `evaluable` is false when a peer is `nodes` or `domainNames`, which
    /// PodFence cannot enumerate.
    func otherEnds(of rule: ClusterPolicyEntry.Rule) -> (endpoints: [ReachabilityEndpoint], evaluable: Bool) {
        var pods = Set<Int>()
        var addresses: [IPAddress] = []
        var evaluable = true
        for peer in rule.peers {
            if peer.nodes != nil || peer.domainNames != nil { evaluable = false }
            pods.formUnion(self.peers(selectedBy: peer))
            for text in peer.networks ?? [] {
                guard let prefix = try? IPPrefix(parsing: text, mode: .lenient) else { continue }
                if !addresses.contains(prefix.firstAddress) { addresses.append(prefix.firstAddress) }
            }
        }
        return (pods.sorted().map { .peer($0) } + addresses.map { .address($0) }, evaluable)
    }

    /// The destination pod of the connection between a subject and another end, on which named ports
    /// resolve: the subject for ingress, the other end for egress when it is a peer.
    func destination(_ direction: TrafficDirection, subject: Int, other: ReachabilityEndpoint) -> Int? {
        if direction == .ingress { return subject }
        if case .peer(let index) = other { return index }
        return nil
    }

    /// One side of the connection between a subject and another end: the subject's egress, or its ingress.
    func side(_ direction: TrafficDirection, subject: Int, other: ReachabilityEndpoint, port: PortQuery = .any)
        -> SideVerdict
    {
        direction == .egress
            ? analysis.side(
                .egress, from: .peer(subject), to: other, port: port, tierPolicies: tierPolicies(.egress, of: subject))
            : analysis.side(
                .ingress, from: other, to: .peer(subject), port: port, tierPolicies: tierPolicies(.ingress, of: subject)
            )
    }

    /// `ns/a -> ns/b` for the subject and another end, in the direction of the traffic.
    func connection(_ direction: TrafficDirection, subject: Int, other: ReachabilityEndpoint, peers: [ClusterPeer])
        -> String
    {
        let subjectName = peers[subject].name
        let otherName: String =
            switch other {
            case .peer(let index): peers[index].name
            case .address(let address): "\(address)"
            }
        return direction == .egress ? "\(subjectName) -> \(otherName)" : "\(otherName) -> \(subjectName)"
    }

    /// A cluster policy rule for messages: `AdminNetworkPolicy/x ingress[0] "name" (Allow, priority 10,
    /// file:line)`.
    func cite(_ rule: ClusterRuleReference, action: TierAction) -> String {
        var reference = rule
        reference.peerIndex = nil
        let entry = clusterEntry(for: rule.policy)
        var details = [entry?.spelling(action) ?? action.rawValue, "priority \(rule.policy.priority)"]
        if let entry {
            let path = FieldPath([.field("spec"), .field(rule.direction.rawValue), .index(rule.ruleIndex)])
            let location = entry.location(path)
            details.append("\(location.file):\(location.line)")
        }
        return "\(reference) (\(details.joined(separator: ", ")))"
    }

    /// At most three cited rules, then a count.
    func cite(_ rules: [(rule: ClusterRuleReference, action: TierAction)]) -> String {
        let cited = rules.prefix(3).map { cite($0.rule, action: $0.action) }
        return cited.joined(separator: ", ") + (rules.count > 3 ? " and \(rules.count - 3) more" : "")
    }

    /// The note that a rule was not checked because its pairs exceed ``Linter/Options/pairLimit``; nil when
    /// they do not, and the rule is checked.
    func skippedForSize(
        _ rule: LintRule, object: String, path: FieldPath, location: SourceLocation, what: String, pairs: Int
    ) -> LintFinding? {
        guard pairs > options.pairLimit else { return nil }
        return skipped(
            rule, object: object, path: path, location: location,
            size: "\(what) makes \(pairs) (subject, peer) pairs to evaluate", limit: options.pairLimit)
    }

    /// The loaded namespaces a selector matches, and whether a rule about a cluster policy selecting nothing
    /// speaks: when it matches no namespace, or some namespace with pods (not one just onboarded).
    func clusterScope(_ selector: LabelSelector) -> (matched: [String], speaks: Bool) {
        let matched = analysis.namespaceLabels.filter { selector.matches($0.labels) }.map(\.name)
        return (matched, matched.isEmpty || matched.contains(where: populatedNamespaces.contains))
    }

    /// Why a cluster policy selector selects no pod: no namespace, or no `what` in the namespaces it matches.
    func clusterSelectsNothingReason(_ matched: [String], _ what: String) -> String {
        guard !matched.isEmpty else { return "no loaded namespace matches its namespace selector" }
        let shown = matched.prefix(5).joined(separator: ", ") + (matched.count > 5 ? ", ..." : "")
        return "no \(what) in \(shown) matches (host-network pods never do)"
    }
}
