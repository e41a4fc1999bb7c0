import PodFenceCIDR
import PodFenceModel

extension ReachabilityAnalysis {
    /// How a tier walk reads what Kubernetes leaves open.
    struct TierReading {
        /// Peers that cannot be evaluated offline read closed (never match for `Accept`, deny for `Deny` and
        /// `Pass`); when false, they match as written for `Accept` rules only.
        var failClosed = true
        /// Policies of equal priority in reverse name order.
        var reversedTies = false
    }

    /// One side's walk through the tiers.
    struct TierWalk {
        var allowed = PortSet()
        var chain: [TierStep] = []
        /// Rules whose unevaluable peers were candidates for the other end.
        var unevaluated: [ClusterRuleReference] = []
    }

    /// Whether a peer matches the other end of a connection.
    enum TierPeerMatch {
        case no
        case yes
        /// It might: the peer cannot be evaluated offline for this endpoint.
        case unevaluable
    }

    /// True when a cluster policy subject holds a peer. Host-network pods are never subjects.
    func tierSubjectHolds(_ subject: CompiledTierPolicy.Subject, _ peer: Int) -> Bool {
        let record = records[peer]
        guard record.selectable, !record.peer.hostNetwork else { return false }
        let namespaceLabels = namespaces[record.namespaceIndex].labels
        switch subject {
        case .namespaces(let selector): return selector.matches(namespaceLabels)
        case .pods(let namespaceSelector, let podSelector):
            return namespaceSelector.matches(namespaceLabels) && podSelector.matches(record.peer.labels)
        case .nothing: return false
        }
    }

    /// The cluster policies with rules for a direction whose subject holds a peer, in evaluation order.
    func tierPolicies(of peer: Int, _ direction: TrafficDirection) -> [Int] {
        tiers.indices.filter { !tiers[$0].rules(direction).isEmpty && tierSubjectHolds(tiers[$0].subject, peer) }
    }

    /// Whether a rule peer matches an endpoint.
    func tierPeerMatch(_ peer: CompiledTierPolicy.Peer, _ other: Role) -> TierPeerMatch {
        switch peer {
        case .namespaces(let selector):
            guard case .pod(let index) = other, !records[index].peer.hostNetwork else { return .no }
            return selector.matches(namespaces[records[index].namespaceIndex].labels) ? .yes : .no
        case .pods(let namespaceSelector, let podSelector):
            guard case .pod(let index) = other, !records[index].peer.hostNetwork else { return .no }
            let record = records[index]
            return namespaceSelector.matches(namespaces[record.namespaceIndex].labels)
                && podSelector.matches(record.peer.labels) ? .yes : .no
        case .networks(let set):
            return tierAddresses(of: other).contains(where: set.contains) ? .yes : .no
        case .nodes(let selector):
            guard isKnownNode(other) else { return .no }
            return selector.isEmpty ? .yes : .unevaluable
        case .domainNames:
            if case .address = other { return .unevaluable }
            return .no
        case .nothing:
            return .no
        }
    }

    /// The addresses `networks` peers see of an endpoint: pod IPs always (cluster-internal traffic is checked
    /// against networks too), node addresses for node traffic.
    func tierAddresses(of role: Role) -> [IPAddress] {
        switch role {
        case .pod(let index): records[index].peer.addresses
        case .node(let index): records[index].nodeAddresses
        case .address(let address): [address]
        }
    }

    /// True when an endpoint is a node PodFence knows of: a host-network pod, or an address that is some pod's
    /// `status.hostIP`.
    private func isKnownNode(_ role: Role) -> Bool {
        switch role {
        case .node: true
        case .pod(let index): records[index].peer.hostNetwork
        case .address(let address): records.contains { $0.peer.hostAddresses.contains(address) }
        }
    }

    /// The tiers for one side: the Admin policies' rules in order, then the NetworkPolicy verdict (when a
    /// NetworkPolicy isolates the subject) or the Baseline policies' rules, then the default allow.
    /// - Parameters:
    ///   - direction: The side.
    ///   - policies: The cluster policies of the subject for that direction, in evaluation order.
    ///   - other: The other end.
    ///   - destination: The destination pod, on which named ports resolve.
    ///   - networkPolicies: The NetworkPolicy tier's evaluation of the side (isolating policies, allowed ports).
    ///   - reading: How to read what is left open.
    func walkTiers(
        _ direction: TrafficDirection, policies: [Int], other: Role, destination: Int?,
        networkPolicies: SideEvaluation, reading: TierReading
    ) -> TierWalk {
        let ordered = reading.reversedTies ? reversingTies(policies) : policies
        var walk = TierWalk()
        let admin = walkTier(
            .admin, ordered.filter { tiers[$0].reference.tier == .admin }, direction, other: other,
            destination: destination, remaining: .all, reading: reading, into: &walk)
        walk.allowed = admin.accepted
        guard !admin.handedOn.isEmpty else { return walk }
        if !networkPolicies.isolating.isEmpty {
            let accepted = admin.handedOn.intersection(networkPolicies.allowed)
            let denied = admin.handedOn.subtracting(networkPolicies.allowed)
            if !accepted.isEmpty { walk.chain.append(TierStep(tier: .networkPolicy, action: .accept, ports: accepted)) }
            if !denied.isEmpty { walk.chain.append(TierStep(tier: .networkPolicy, action: .deny, ports: denied)) }
            walk.allowed.formUnion(accepted)
            return walk
        }
        walk.chain.append(TierStep(tier: .networkPolicy, action: .pass, ports: admin.handedOn))
        let baseline = walkTier(
            .baseline, ordered.filter { tiers[$0].reference.tier == .baseline }, direction, other: other,
            destination: destination, remaining: admin.handedOn, reading: reading, into: &walk)
        walk.allowed.formUnion(baseline.accepted)
        if !baseline.handedOn.isEmpty {
            walk.chain.append(TierStep(tier: .defaultAllow, action: .accept, ports: baseline.handedOn))
            walk.allowed.formUnion(baseline.handedOn)
        }
        return walk
    }

    /// One tier's rules over the ports still to decide: the first rule that matches a port decides it.
    /// Returns the ports accepted and the ports handed to the next tier (passed, or matched by no rule).
    private func walkTier(
        _ tier: EvaluationTier, _ policies: [Int], _ direction: TrafficDirection, other: Role, destination: Int?,
        remaining: PortSet, reading: TierReading, into walk: inout TierWalk
    ) -> (accepted: PortSet, handedOn: PortSet) {
        var undecided = remaining
        var accepted = PortSet()
        var passed = PortSet()
        for position in policies {
            let policy = tiers[position]
            for (ruleIndex, rule) in policy.rules(direction).enumerated() {
                guard let action = rule.action, !undecided.isEmpty else { continue }
                var matchedPeer: Int?
                var effective = action
                var candidate: Int?
                for (peerIndex, peer) in rule.peers.enumerated() {
                    switch tierPeerMatch(peer, other) {
                    case .yes: matchedPeer = peerIndex
                    case .unevaluable: if candidate == nil { candidate = peerIndex }
                    case .no: continue
                    }
                    if matchedPeer != nil { break }
                }
                let reference = ClusterRuleReference(
                    policy: policy.reference, direction: direction, ruleIndex: ruleIndex, ruleName: rule.name)
                if let candidate {
                    walk.unevaluated.append(reference)
                    if matchedPeer == nil {
                        if reading.failClosed && action != .accept {
                            matchedPeer = candidate
                            effective = .deny
                        } else if !reading.failClosed && action == .accept {
                            matchedPeer = candidate
                        }
                    }
                }
                guard let matchedPeer else { continue }
                var ports = PortSet.all
                if !rule.ports.isEmpty {
                    ports = rule.ports.reduce(PortSet()) { $0.union(self.ports(of: $1, destination: destination)) }
                }
                let taken = ports.intersection(undecided)
                guard !taken.isEmpty else { continue }
                var step = reference
                step.peerIndex = matchedPeer
                walk.chain.append(TierStep(tier: tier, rule: step, action: effective, ports: taken))
                switch effective {
                case .accept: accepted.formUnion(taken)
                case .deny: break
                case .pass: passed.formUnion(taken)
                }
                undecided = undecided.subtracting(taken)
            }
        }
        return (accepted, passed.union(undecided))
    }

    /// The policies with each run of equal (tier, priority) reversed.
    private func reversingTies(_ policies: [Int]) -> [Int] {
        var result: [Int] = []
        var run: [Int] = []
        for position in policies {
            if let last = run.last, !Self.tied(tiers[last].reference, tiers[position].reference) {
                result += run.reversed()
                run = []
            }
            run.append(position)
        }
        return result + run.reversed()
    }

    /// The runs of two or more policies of equal tier and priority.
    func ties(_ policies: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        for position in policies {
            if let last = runs.last?.last, Self.tied(tiers[last].reference, tiers[position].reference) {
                runs[runs.count - 1].append(position)
            } else {
                runs.append([position])
            }
        }
        return runs.filter { $0.count > 1 }
    }

    private static func tied(_ lhs: ClusterPolicyReference, _ rhs: ClusterPolicyReference) -> Bool {
        lhs.tier == rhs.tier && lhs.priority == rhs.priority
    }

    /// The tier evaluation of one side with the readings Kubernetes leaves open: the chain (limited to the
    /// question's ports), what is allowed, and notes when another order of equal priorities or another
    /// reading of unevaluable peers would allow other ports. Nil when no cluster policy applies to the side.
    func tierSide(
        _ direction: TrafficDirection, subject: Int, other: Role, destination: Int?, networkPolicies: SideEvaluation,
        port: PortQuery
    ) -> (allowed: PortSet, chain: [TierStep], notes: [VerdictNote], alternatives: [PortSet])? {
        let policies = tierPolicies(of: subject, direction)
        guard !policies.isEmpty else { return nil }
        let primary = walkTiers(
            direction, policies: policies, other: other, destination: destination, networkPolicies: networkPolicies,
            reading: TierReading())
        let asked = port.ports
        var notes: [VerdictNote] = []
        var alternatives: [PortSet] = []
        let tied = ties(policies)
        if !tied.isEmpty {
            let other = walkTiers(
                direction, policies: policies, other: other, destination: destination,
                networkPolicies: networkPolicies, reading: TierReading(reversedTies: true))
            if other.allowed.intersection(asked) != primary.allowed.intersection(asked) {
                notes.append(
                    .equalPriorityOverlap(
                        policies: tied.flatMap { $0 }.map { tiers[$0].reference },
                        wouldAllow: other.allowed.intersection(asked)))
                alternatives.append(other.allowed)
            }
        }
        if !primary.unevaluated.isEmpty {
            let open = walkTiers(
                direction, policies: policies, other: other, destination: destination,
                networkPolicies: networkPolicies, reading: TierReading(failClosed: false))
            if open.allowed.intersection(asked) != primary.allowed.intersection(asked) {
                var rules: [ClusterRuleReference] = []
                for rule in primary.unevaluated + open.unevaluated where !rules.contains(rule) { rules.append(rule) }
                notes.append(.clusterPeerNotEvaluated(rules: rules, wouldAllow: open.allowed.intersection(asked)))
                alternatives.append(open.allowed)
            }
        }
        let chain = primary.chain.compactMap { step -> TierStep? in
            let ports = step.ports.intersection(asked)
            guard !ports.isEmpty else { return nil }
            var limited = step
            limited.ports = ports
            return limited
        }
        return (primary.allowed, chain, notes, alternatives)
    }
}

extension ReachabilityAnalysis {
    /// The index in ``clusterPolicies`` of a cluster policy given to the initialiser, which sorts them into
    /// evaluation order.
    /// - Parameter position: The policy's position in the `clusterPolicies` the analysis was created with.
    public func clusterPolicyIndex(ofInput position: Int) -> Int {
        clusterPolicyIndexByInput[position]
    }

    /// The peers a cluster policy applies to: the pods its subject holds (host-network pods never).
    /// - Parameter policy: The index of the policy in ``clusterPolicies``.
    /// - Complexity: O(p) for p peers.
    public func subjects(ofClusterPolicy policy: Int) -> [Int] {
        records.indices.filter { tierSubjectHolds(tiers[policy].subject, $0) }
    }

    /// The peers of the cluster that a cluster policy peer selects by `namespaces` or `pods` (host-network
    /// pods never). `networks`, `nodes` and `domainNames` select addresses, not peers by name: empty.
    /// - Parameter peer: The peer as written.
    /// - Complexity: O(p) for p peers.
    public func peers(selectedBy peer: ClusterPolicyPeer) -> [Int] {
        guard peer.networks == nil, peer.nodes == nil, peer.domainNames == nil else { return [] }
        let subject: CompiledTierPolicy.Subject
        if let namespaces = peer.namespaces, peer.pods == nil {
            subject = .namespaces(namespaces)
        } else if let pods = peer.pods, peer.namespaces == nil, let podSelector = pods.podSelector {
            subject = .pods(namespaces: pods.namespaceSelector ?? LabelSelector(), pods: podSelector)
        } else {
            return []
        }
        return records.indices.filter { tierSubjectHolds(subject, $0) }
    }
}
