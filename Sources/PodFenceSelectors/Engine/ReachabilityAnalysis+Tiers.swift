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
        case .calico(let scope, let namespaceSelector, let selector):
            if let scope, scope != record.namespaceIndex { return false }
            if let namespaceSelector, !namespaceSelector.matches(calicoNamespaceLabels[record.namespaceIndex]) {
                return false
            }
            return selector.matches(calicoEndpointLabels[peer])
        case .nothing: return false
        }
    }

    /// The tiered policies that take part in a direction and whose subject holds a peer, in evaluation order
    /// (indices in ``clusterPolicies``).
    package func tierPolicies(of peer: Int, _ direction: TrafficDirection) -> [Int] {
        tiers.indices.filter { tiers[$0].applies(direction) && tierSubjectHolds(tiers[$0].subject, peer) }
    }

    /// Whether Calico criteria hold for an endpoint (docs/calico.md, "Rules"): selectors match in-scope pods
    /// by their Calico endpoint labels (host-network pods are not Calico workload endpoints), nets match a
    /// pod's IPs, a node's addresses or an outside address.
    func calicoMatches(_ criteria: CalicoCriteria, _ role: Role) -> Bool {
        let addresses: [IPAddress]
        if case .pod(let index) = role, !records[index].peer.hostNetwork {
            let namespace = records[index].namespaceIndex
            let inScope =
                criteria.namespaceSelector.map { $0.matches(calicoNamespaceLabels[namespace]) }
                ?? criteria.scope.map { $0 == namespace } ?? true
            if criteria.needsPod && !inScope { return false }
            if let selector = criteria.selector, !selector.matches(calicoEndpointLabels[index]) { return false }
            if let selector = criteria.notSelector, inScope, selector.matches(calicoEndpointLabels[index]) {
                return false
            }
            addresses = records[index].peer.addresses
        } else {
            if criteria.needsPod { return false }
            addresses = tierAddresses(of: role)
        }
        if let nets = criteria.nets, !addresses.contains(where: nets.contains) { return false }
        if let notNets = criteria.notNets, addresses.contains(where: notNets.contains) { return false }
        return true
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
        case .calico(let criteria):
            return calicoMatches(criteria, other) ? .yes : .no
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

    /// The tiers for one side, in order (docs/engine.md, docs/calico.md): each tier that applies to the subject
    /// walks its policies' rules (first match decides, `Pass` hands on to the next tier) and applies its default
    /// action to what no rule decided (`Deny`, or `Pass`). The NetworkPolicy tier (Calico's `default`) holds
    /// the NetworkPolicies as one block at order 1,000 when they isolate the subject; it says that it passes
    /// when nothing in it applies. After the last tier, the default allows.
    /// - Parameters:
    ///   - direction: The side.
    ///   - subject: The pod the side belongs to (Calico rules' local criteria hold on it).
    ///   - policies: The tiered policies of the subject for that direction, in evaluation order.
    ///   - other: The other end.
    ///   - destination: The destination pod, on which named ports resolve.
    ///   - networkPolicies: The NetworkPolicy tier's evaluation of the side (isolating policies, allowed ports).
    ///   - reading: How to read what is left open.
    func walkTiers(
        _ direction: TrafficDirection, subject: Int, policies: [Int], other: Role, destination: Int?,
        networkPolicies: SideEvaluation, reading: TierReading
    ) -> TierWalk {
        let ordered = reading.reversedTies ? reversingTies(policies) : policies
        var walk = TierWalk()
        let isolated = !networkPolicies.isolating.isEmpty
        var groups: [(tier: EvaluationTier, members: [Int])] = []
        for position in ordered {
            let tier = tiers[position].reference.tier
            if let last = groups.last, last.tier == tier {
                groups[groups.count - 1].members.append(position)
            } else {
                groups.append((tier, [position]))
            }
        }
        if !groups.contains(where: { $0.tier == .networkPolicy }) {
            let index = groups.firstIndex { EvaluationTier.networkPolicy < $0.tier } ?? groups.count
            groups.insert((.networkPolicy, []), at: index)
        }
        var remaining = PortSet.all
        for (tier, members) in groups {
            guard !remaining.isEmpty else { break }
            let blockHere = tier == .networkPolicy && isolated
            if members.isEmpty && !blockHere {
                if tier == .networkPolicy { walk.chain.append(TierStep(tier: tier, action: .pass, ports: remaining)) }
                continue
            }
            let split = blockHere ? members.firstIndex { !Self.beforeNetworkPolicies(tiers[$0].reference) } : nil
            let before = members[..<(split ?? members.count)]
            let after = members[(split ?? members.count)...]
            var passed = PortSet()
            var undecided = remaining
            for (part, block) in [(before, blockHere), (after, false)] {
                let result = walkTier(
                    tier, Array(part), direction, subject: subject, other: other, destination: destination,
                    remaining: undecided, reading: reading, into: &walk)
                walk.allowed.formUnion(result.accepted)
                passed.formUnion(result.passed)
                undecided = result.unmatched
                if block && !undecided.isEmpty {
                    let accepted = undecided.intersection(networkPolicies.allowed)
                    if !accepted.isEmpty {
                        walk.chain.append(TierStep(tier: tier, action: .accept, ports: accepted))
                        walk.allowed.formUnion(accepted)
                    }
                    undecided = undecided.subtracting(accepted)
                }
            }
            if !undecided.isEmpty {
                let denies = tier == .networkPolicy || (members.first.map { tiers[$0].defaultDenies } ?? false)
                if denies {
                    walk.chain.append(TierStep(tier: tier, action: .deny, ports: undecided))
                } else {
                    passed.formUnion(undecided)
                }
            }
            remaining = passed
        }
        if !remaining.isEmpty {
            walk.chain.append(TierStep(tier: .defaultAllow, action: .accept, ports: remaining))
            walk.allowed.formUnion(remaining)
        }
        return walk
    }

    /// True when a policy of the NetworkPolicy tier comes before the NetworkPolicies, which Calico puts at order
    /// 1,000 under names starting `knp.default.`.
    static func beforeNetworkPolicies(_ reference: ClusterPolicyReference) -> Bool {
        let order = Double(CalicoTier.kubernetesNetworkPolicyOrder.value)
        return reference.rank < order || (reference.rank == order && reference.name < "knp.default.")
    }

    /// One tier's rules over the ports still to decide: the first rule that matches a port decides it.
    /// Returns the ports accepted, the ports a `Pass` rule handed to the next tier, and the ports no rule
    /// matched.
    private func walkTier(
        _ tier: EvaluationTier, _ policies: [Int], _ direction: TrafficDirection, subject: Int, other: Role,
        destination: Int?, remaining: PortSet, reading: TierReading, into walk: inout TierWalk
    ) -> (accepted: PortSet, passed: PortSet, unmatched: PortSet) {
        var undecided = remaining
        var accepted = PortSet()
        var passed = PortSet()
        for position in policies {
            let policy = tiers[position]
            for (ruleIndex, rule) in policy.rules(direction).enumerated() {
                guard let action = rule.action, !undecided.isEmpty else { continue }
                if let local = rule.local, !calicoMatches(local, .pod(subject)) { continue }
                var matchedPeer: Int?
                var effective = action
                var candidate: Int?
                for (peerIndex, peer) in rule.peers.enumerated() {
                    var match = tierPeerMatch(peer, other)
                    if rule.unevaluable && match == .yes { match = .unevaluable }
                    switch match {
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
                let taken = self.ports(of: rule, destination: destination).intersection(undecided)
                guard !taken.isEmpty else { continue }
                var step = reference
                step.peerIndex = rule.isCalico ? nil : matchedPeer
                walk.chain.append(TierStep(tier: tier, rule: step, action: effective, ports: taken))
                switch effective {
                case .accept: accepted.formUnion(taken)
                case .deny: break
                case .pass: passed.formUnion(taken)
                }
                undecided = undecided.subtracting(taken)
            }
        }
        return (accepted, passed, undecided)
    }

    /// The ports a tiered rule matches to a destination: its entries (every port when it has none), minus its
    /// excluded entries, named ports resolved on the destination pod.
    func ports(of rule: CompiledTierPolicy.Rule, destination: Int?) -> PortSet {
        var ports = PortSet.all
        if !rule.ports.isEmpty {
            ports = rule.ports.reduce(PortSet()) { $0.union(self.ports(of: $1, destination: destination)) }
        }
        for entry in rule.excludedPorts { ports = ports.subtracting(self.ports(of: entry, destination: destination)) }
        return ports
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

    /// Cluster policies of equal tier and priority, whose order Kubernetes leaves to the implementation. Calico
    /// orders its own policies of equal order by name, so they never tie.
    static func tied(_ lhs: ClusterPolicyReference, _ rhs: ClusterPolicyReference) -> Bool {
        !lhs.isCalico && !rhs.isCalico && lhs.tier == rhs.tier && lhs.priority == rhs.priority
    }

    /// The tier evaluation of one side with the readings Kubernetes leaves open: the chain (limited to the
    /// question's ports), what is allowed, and notes when another order of equal priorities or another
    /// reading of unevaluable peers would allow other ports. Nil when no cluster policy applies to the side.
    /// `policies` are the subject's ``tierPolicies(of:_:)`` when the caller knows them.
    func tierSide(
        _ direction: TrafficDirection, subject: Int, other: Role, destination: Int?, networkPolicies: SideEvaluation,
        port: PortQuery, policies known: [Int]? = nil
    ) -> (allowed: PortSet, chain: [TierStep], notes: [VerdictNote], alternatives: [PortSet])? {
        let policies = known ?? tierPolicies(of: subject, direction)
        guard !policies.isEmpty else { return nil }
        let primary = walkTiers(
            direction, subject: subject, policies: policies, other: other, destination: destination,
            networkPolicies: networkPolicies,
            reading: TierReading())
        let asked = port.ports
        var notes: [VerdictNote] = []
        var alternatives: [PortSet] = []
        let tied = ties(policies)
        if !tied.isEmpty {
            let other = walkTiers(
                direction, subject: subject, policies: policies, other: other, destination: destination,
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
                direction, subject: subject, policies: policies, other: other, destination: destination,
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
    ///
    /// Deprecated: find a policy by what names it with ``clusterPolicy(_:)`` or
    /// ``clusterPolicy(kind:name:namespace:location:)`` rather than by the order it was given in.
    /// - Parameter position: The policy's position in the `clusterPolicies` the analysis was created with.
    @available(
        *, deprecated,
        message: "use clusterPolicy(_:) or clusterPolicy(kind:name:namespace:location:), which return a ClusterPolicyID"
    )
    public func clusterPolicyIndex(ofInput position: Int) -> Int {
        clusterPolicyIndexByInput[position]
    }

    /// The index in ``clusterPolicies`` of a Calico policy given to the initialiser (Calico policies are
    /// evaluated with the cluster policies, in their tiers).
    ///
    /// Deprecated: find a policy by what names it with ``clusterPolicy(_:)`` or
    /// ``clusterPolicy(kind:name:namespace:location:)`` rather than by the order it was given in.
    /// - Parameter position: The policy's position in the `calicoPolicies` the analysis was created with.
    @available(
        *, deprecated,
        message: "use clusterPolicy(_:) or clusterPolicy(kind:name:namespace:location:), which return a ClusterPolicyID"
    )
    public func calicoPolicyIndex(ofInput position: Int) -> Int {
        clusterPolicyIndexByInput[clusterPolicyInputCount + position]
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
