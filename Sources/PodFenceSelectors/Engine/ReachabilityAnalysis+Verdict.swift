import PodFenceCIDR
import PodFenceModel

extension ReachabilityAnalysis {
    /// What an endpoint is to policy evaluation.
    enum Role {
        /// A pod selectors see (a subject of policies, a peer of selectors, a destination for named ports).
        case pod(Int)
        /// A hostNetwork pod treated as its node's traffic.
        case node(Int)
        /// An address.
        case address(IPAddress)
    }

    /// The other end of a connection as a policy's peers see it.
    struct PeerView {
        /// The pod, when selectors can see it.
        var pod: Int?
        /// The addresses ipBlocks may match.
        var addresses: [IPAddress]
        /// True when ``addresses`` are pod IPs (reported: plugins differ on them, semantics §2.8).
        var addressesArePodIPs: Bool
    }

    /// One side evaluated: isolating policies, allowing rules, what it allows, and notes.
    struct SideEvaluation {
        var isolating: [Int] = []
        var matches: [RuleMatch] = []
        var allowed = PortSet.all
        var notes: [VerdictNote] = []
        /// The tiers, when cluster policies apply to the side.
        var chain: [TierStep] = []
        /// What the side would allow under the other readings Kubernetes leaves open (equal priorities,
        /// unevaluable peers), when they differ.
        var alternatives: [PortSet] = []
    }

    /// Answers "can `source` reach `destination` on `port`?" with reasons (semantics §2.2-§2.9): the source's
    /// egress AND the destination's ingress, each decided by the union of the policies that isolate it.
    ///
    /// - Pod to pod: both sides. Pod to address: egress only. Address to pod: ingress only.
    /// - A peer always reaches itself (``VerdictNote/selfTraffic``); ingress from the pod's own node is always
    ///   allowed; egress to its own node follows the rules, and a denial there is implementation-defined.
    /// - With ``PortQuery/any``, the verdict is allowed when some port of some protocol is, and
    ///   ``ReachabilityVerdict/allowedPorts`` lists them.
    ///
    /// ```swift
    /// let verdict = analysis.verdict(from: .peer(api), to: .peer(db), port: .port(5432, .tcp))
    /// verdict.outcome                          // .denied
    /// verdict.egress.isolatingPolicies         // [ns-app1/deny-all]
    /// verdict.egress.matches                   // []: isolated, no rule matched
    /// ```
    /// - Parameters:
    ///   - source: The source.
    ///   - destination: The destination.
    ///   - port: The destination port and protocol, or any.
    /// - Returns: The verdict.
    /// - Complexity: O(q × r × s) for q policies in the two namespaces, r rules and peers each, s the cost of
    ///   a selector match; no work depends on the size of the rest of the cluster.
    public func verdict(
        from source: ReachabilityEndpoint, to destination: ReachabilityEndpoint, port: PortQuery = .any
    ) -> ReachabilityVerdict {
        let sourceRole = role(of: source)
        let destinationRole = role(of: destination)
        let primary = evaluate(from: sourceRole, to: destinationRole, port: port, podIPs: options.ipBlockMatchesPodIPs)
        var notes = primary.notes
        var policyOutcome: ReachabilityOutcome = primary.allowed.isEmpty ? .denied : .allowed
        if primary.alternatives.contains(where: { $0.isEmpty != primary.allowed.isEmpty }) {
            policyOutcome = .implementationDefined
        }
        if !options.ipBlockMatchesPodIPs {
            let alternative = evaluate(from: sourceRole, to: destinationRole, port: port, podIPs: true)
            if alternative.allowed != primary.allowed {
                notes.append(.ipBlockPodIPsIgnored(wouldAllow: alternative.allowed))
                if policyOutcome == .denied { policyOutcome = .implementationDefined }
            }
        }
        if case .pod(let from) = sourceRole, isOwnNode(of: from, destinationRole) {
            notes.append(.ownNodeEgress)
            if policyOutcome == .denied && !primary.egress.allows { policyOutcome = .implementationDefined }
        }
        for (endpoint, role) in [(source, sourceRole), (destination, destinationRole)] {
            guard case .peer(let index) = endpoint, records[index].peer.hostNetwork else { continue }
            if case .address = role { continue }
            let note = VerdictNote.hostNetwork(peer: records[index].peer.name, treatedAsPod: records[index].selectable)
            if !notes.contains(note) { notes.append(note) }
        }
        var outcome = policyOutcome
        if source == destination, case .peer = source {
            outcome = .allowed
            notes.insert(.selfTraffic, at: 0)
        }
        if outcome == .allowed, case .port(let number, let proto) = port, case .pod(let index) = destinationRole,
            !records[index].declaredPorts.contains(number, proto)
        {
            notes.append(.nothingListening(port: number, protocol: proto))
        }
        return ReachabilityVerdict(
            source: source, destination: destination, port: port, outcome: outcome, policyOutcome: policyOutcome,
            allowedPorts: primary.allowed, egress: primary.egress, ingress: primary.ingress, notes: notes)
    }

    /// One side of a connection: the `egress` or the `ingress` of ``verdict(from:to:port:)``, without
    /// evaluating the other side. For callers that ask about one side of many pairs (the lint rules about
    /// cluster policy tiers).
    /// - Parameters:
    ///   - direction: The side: the source's egress, or the destination's ingress.
    ///   - source: The source.
    ///   - destination: The destination.
    ///   - port: The destination port and protocol, or any.
    ///   - tierPolicies: The side's tiered policies (``tierPolicies(of:_:)`` of its pod), when the caller
    ///     already knows them.
    /// - Returns: The side, equal to that of ``verdict(from:to:port:)``.
    /// - Complexity: Half of a verdict's.
    package func side(
        _ direction: TrafficDirection, from source: ReachabilityEndpoint, to destination: ReachabilityEndpoint,
        port: PortQuery = .any, tierPolicies: [Int]? = nil
    ) -> SideVerdict {
        let sourceRole = role(of: source)
        let destinationRole = role(of: destination)
        let podIPs = options.ipBlockMatchesPodIPs
        return direction == .egress
            ? egressSide(from: sourceRole, to: destinationRole, port: port, podIPs: podIPs, tierPolicies: tierPolicies)
                .verdict
            : ingressSide(
                from: sourceRole, to: destinationRole, port: port, podIPs: podIPs, tierPolicies: tierPolicies
            ).verdict
    }

    /// Both sides of a connection under one reading of ipBlocks.
    private func evaluate(from source: Role, to destination: Role, port: PortQuery, podIPs: Bool)
        -> (
            egress: SideVerdict, ingress: SideVerdict, allowed: PortSet, notes: [VerdictNote], alternatives: [PortSet]
        )
    {
        let (egress, egressNotes, egressAlternatives) = egressSide(
            from: source, to: destination, port: port, podIPs: podIPs)
        let (ingress, ingressNotes, ingressAlternatives) = ingressSide(
            from: source, to: destination, port: port, podIPs: podIPs)
        let allowed = egress.allowedPorts.intersection(ingress.allowedPorts).intersection(port.ports)
        let alternatives =
            egressAlternatives.map { $0.intersection(ingress.allowedPorts).intersection(port.ports) }
            + ingressAlternatives.map { egress.allowedPorts.intersection($0).intersection(port.ports) }
        return (egress, ingress, allowed, egressNotes + ingressNotes, alternatives)
    }

    /// The source's egress under one reading of ipBlocks, with its notes and the other readings' ports.
    private func egressSide(
        from source: Role, to destination: Role, port: PortQuery, podIPs: Bool, tierPolicies: [Int]? = nil
    ) -> (verdict: SideVerdict, notes: [VerdictNote], alternatives: [PortSet]) {
        let destinationPod: Int? = if case .pod(let index) = destination { index } else { nil }
        switch source {
        case .pod(let index):
            var side = evaluateSide(
                .egress, subject: index, other: view(of: destination, podIPs: podIPs), destination: destinationPod,
                port: port)
            applyTiers(
                .egress, to: &side, subject: index, other: destination, destination: destinationPod, port: port,
                policies: tierPolicies)
            return (sideVerdict(.egress, side, port: port), side.notes, side.alternatives)
        case .node:
            let verdict = SideVerdict(
                direction: .egress, status: .notGoverned(.hostNetwork), allowedPorts: .all, allows: true)
            return (verdict, [], [])
        case .address:
            let verdict = SideVerdict(
                direction: .egress, status: .notGoverned(.outsideCluster), allowedPorts: .all, allows: true)
            return (verdict, [], [])
        }
    }

    /// The destination's ingress under one reading of ipBlocks, with its notes and the other readings' ports.
    private func ingressSide(
        from source: Role, to destination: Role, port: PortQuery, podIPs: Bool, tierPolicies: [Int]? = nil
    ) -> (verdict: SideVerdict, notes: [VerdictNote], alternatives: [PortSet]) {
        switch destination {
        case .pod(let index):
            if isOwnNode(of: index, source) {
                let verdict = SideVerdict(
                    direction: .ingress, status: .ownNode,
                    isolatingPolicies: isolatingPolicies(of: index, .ingress).map { compiled[$0].reference },
                    allowedPorts: .all, allows: true)
                return (verdict, [.ownNodeIngress], [])
            }
            var side = evaluateSide(
                .ingress, subject: index, other: view(of: source, podIPs: podIPs), destination: index, port: port)
            applyTiers(
                .ingress, to: &side, subject: index, other: source, destination: index, port: port,
                policies: tierPolicies)
            return (sideVerdict(.ingress, side, port: port), side.notes, side.alternatives)
        case .node:
            let verdict = SideVerdict(
                direction: .ingress, status: .notGoverned(.hostNetwork), allowedPorts: .all, allows: true)
            return (verdict, [], [])
        case .address:
            let verdict = SideVerdict(
                direction: .ingress, status: .notGoverned(.outsideCluster), allowedPorts: .all, allows: true)
            return (verdict, [], [])
        }
    }

    /// Puts a side through the cluster policy tiers when any applies to its subject: the NetworkPolicy
    /// evaluation becomes the middle tier.
    private func applyTiers(
        _ direction: TrafficDirection, to side: inout SideEvaluation, subject: Int, other: Role, destination: Int?,
        port: PortQuery, policies: [Int]? = nil
    ) {
        guard
            let tiered = tierSide(
                direction, subject: subject, other: other, destination: destination, networkPolicies: side,
                port: port, policies: policies)
        else { return }
        side.allowed = tiered.allowed
        side.chain = tiered.chain
        side.notes += tiered.notes
        side.alternatives = tiered.alternatives
    }

    private func sideVerdict(_ direction: TrafficDirection, _ side: SideEvaluation, port: PortQuery) -> SideVerdict {
        let allows: Bool =
            switch port {
            case .any: !side.allowed.isEmpty
            case .port(let number, let proto): side.allowed.contains(number, proto)
            }
        return SideVerdict(
            direction: direction, status: side.isolating.isEmpty ? .notIsolated : .isolated,
            isolatingPolicies: side.isolating.map { compiled[$0].reference }, matches: side.matches,
            allowedPorts: side.allowed, allows: allows, chain: side.chain)
    }

    /// Decides one direction for a subject pod (semantics §2.3): the union of every rule of every isolating
    /// policy whose peers match the other end, on the ports the rule allows to the destination.
    private func evaluateSide(
        _ direction: TrafficDirection, subject: Int, other: PeerView, destination: Int?, port: PortQuery
    ) -> SideEvaluation {
        var side = SideEvaluation()
        side.isolating = isolatingPolicies(of: subject, direction)
        guard !side.isolating.isEmpty else { return side }
        side.allowed = PortSet()
        for position in side.isolating {
            let policy = compiled[position]
            for (ruleIndex, rule) in policy.rules(direction).enumerated() {
                var reference = RuleReference(policy: policy.reference, direction: direction, ruleIndex: ruleIndex)
                var matchedAddress: IPAddress?
                if !rule.peers.isEmpty {
                    guard let match = firstMatchingPeer(rule, of: policy, other: other) else { continue }
                    reference.peerIndex = match.peer
                    matchedAddress = match.address
                }
                var ports = PortSet.all
                if !rule.ports.isEmpty {
                    ports = PortSet()
                    var contributing: [Int] = []
                    for (portIndex, entry) in rule.ports.enumerated() {
                        let resolved = self.ports(of: entry, destination: destination)
                        if case .named(let name, let proto) = entry, resolved.isEmpty {
                            var unresolved = reference
                            unresolved.portIndex = portIndex
                            side.notes.append(.namedPortUnresolved(rule: unresolved, name: name, protocol: proto))
                        }
                        if !resolved.intersection(port.ports).isEmpty { contributing.append(portIndex) }
                        ports.formUnion(resolved)
                    }
                    guard let first = contributing.first else { continue }
                    reference.portIndex = contributing.count == 1 || port != .any ? first : nil
                }
                guard !ports.intersection(port.ports).isEmpty else { continue }
                side.matches.append(RuleMatch(rule: reference, ports: ports))
                side.allowed.formUnion(ports)
                if let matchedAddress, other.addressesArePodIPs {
                    side.notes.append(.ipBlockMatchedPodIP(rule: reference, address: matchedAddress))
                }
            }
        }
        return side
    }

    /// The first peer of a rule that matches the other end, and the address that matched for an ipBlock.
    private func firstMatchingPeer(_ rule: CompiledPolicy.Rule, of policy: CompiledPolicy, other: PeerView)
        -> (peer: Int, address: IPAddress?)?
    {
        for (peerIndex, peer) in rule.peers.enumerated() {
            switch peer {
            case .pods(let podSelector, let namespaceSelector):
                guard let pod = other.pod else { continue }
                if selects(
                    pod, podSelector: podSelector, namespaceSelector: namespaceSelector,
                    policyNamespace: policy.namespaceIndex)
                {
                    return (peerIndex, nil)
                }
            case .addresses(let set):
                if let address = other.addresses.first(where: set.contains) { return (peerIndex, address) }
            case .nothing:
                continue
            }
        }
        return nil
    }

    /// The ports a port entry allows to a destination: its numbers, or a named port resolved on the
    /// destination pod (nothing when the destination is not a pod, semantics §2.7).
    func ports(of entry: CompiledPolicy.Port, destination: Int?) -> PortSet {
        switch entry {
        case .numbers(let set):
            return set
        case .named(let name, let proto):
            guard let destination else { return PortSet() }
            let numbers = records[destination].namedPorts[EndpointRecord.NamedPort(name: name, proto: proto)] ?? []
            return PortSet(proto, numbers.map { $0...$0 })
        }
    }

    func role(of endpoint: ReachabilityEndpoint) -> Role {
        switch endpoint {
        case .address(let address): .address(address)
        case .peer(let index): records[index].selectable ? .pod(index) : .node(index)
        }
    }

    private func view(of role: Role, podIPs: Bool) -> PeerView {
        switch role {
        case .pod(let index):
            PeerView(pod: index, addresses: podIPs ? records[index].peer.addresses : [], addressesArePodIPs: true)
        case .node(let index):
            PeerView(pod: nil, addresses: records[index].nodeAddresses, addressesArePodIPs: false)
        case .address(let address):
            PeerView(pod: nil, addresses: [address], addressesArePodIPs: false)
        }
    }

    /// True when `role` is the node that pod `index` runs on: one of its node's addresses, or a hostNetwork
    /// pod treated as node traffic on the same node.
    private func isOwnNode(of index: Int, _ role: Role) -> Bool {
        switch role {
        case .pod: false
        case .node(let other): records[index].sharesNode(with: records[other])
        case .address(let address): records[index].peer.hostAddresses.contains(address)
        }
    }
}
