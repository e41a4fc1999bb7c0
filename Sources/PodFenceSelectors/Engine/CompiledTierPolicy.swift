import PodFenceCIDR
import PodFenceModel

/// A tiered policy (a cluster-scoped policy or a Calico policy) ready for evaluation: its subject, and its
/// rules in precedence order with their peers and ports compiled once. Invalid parts, which loading refuses,
/// match nothing.
struct CompiledTierPolicy: Sendable {
    /// The pods the policy applies to. Host-network pods are never subjects.
    enum Subject: Sendable, Hashable {
        /// Every pod of the matching namespaces.
        case namespaces(LabelSelector)
        /// Matching pods in matching namespaces.
        case pods(namespaces: LabelSelector, pods: LabelSelector)
        /// A Calico policy's endpoints: pods whose Calico endpoint labels match `selector`, in the policy's
        /// namespace (`scope`) or, for a GlobalNetworkPolicy, in the namespaces `namespaceSelector` matches
        /// (every namespace without one).
        case calico(scope: Int?, namespaceSelector: CalicoSelector?, selector: CalicoSelector)
        /// An invalid subject: no pod.
        case nothing
    }

    /// A peer of a rule.
    enum Peer: Sendable, Hashable {
        /// Every pod of the matching namespaces (host-network pods excluded).
        case namespaces(LabelSelector)
        /// Matching pods in matching namespaces (host-network pods excluded).
        case pods(namespaces: LabelSelector, pods: LabelSelector)
        /// Every address in the set, pod IPs included whatever the ipBlock option says.
        case networks(IPSet)
        /// Nodes by label. PodFence knows nodes only through pods (`spec.nodeName`, `status.hostIP`) and
        /// not their labels: `{}` selects every known node; any other selector cannot be evaluated offline.
        case nodes(LabelSelector)
        /// Domain names: an outside address may or may not be one of them, which cannot be known offline.
        case domainNames([String])
        /// A Calico entity rule's criteria on the remote end.
        case calico(CalicoCriteria)
        /// An invalid peer: matches nothing.
        case nothing

        /// True when whether the peer matches cannot be decided offline for some endpoints.
        var isUnevaluable: Bool {
            switch self {
            case .nodes(let selector): !selector.isEmpty
            case .domainNames: true
            default: false
            }
        }
    }

    /// A rule: action, peers (OR'ed) and port entries (empty: every port), minus excluded port entries.
    struct Rule: Sendable {
        var name: String?
        /// nil for an unknown action (refused by validation) or Calico's `Log`: the rule decides nothing.
        var action: TierAction?
        var peers: [Peer]
        var ports: [CompiledPolicy.Port]
        /// Ports the rule does not match (Calico's `notProtocol` and `notPorts`).
        var excludedPorts: [CompiledPolicy.Port] = []
        /// Criteria on the policy's own endpoint (a Calico ingress rule's `destination`, egress rule's `source`).
        var local: CalicoCriteria?
        /// The rule has a criterion PodFence cannot evaluate offline (Calico: HTTP, source ports, service
        /// accounts, services, ICMP without a protocol): where its other criteria match, it is unevaluable.
        var unevaluable = false
        /// A Calico rule: it has one peer (its remote entity rule), which the chain does not number.
        var isCalico = false
        var hasNamedPorts: Bool {
            (ports + excludedPorts).contains { if case .named = $0 { true } else { false } }
        }
    }

    var reference: ClusterPolicyReference
    var subject: Subject
    var ingress: [Rule]
    var egress: [Rule]
    /// Whether the policy takes part in a direction: a cluster policy when it has rules for it, a Calico policy
    /// when its (defaulted) `types` list it, rules or not.
    var appliesToIngress: Bool
    var appliesToEgress: Bool
    /// The tier's default action denies (Calico's `default` tier and user tiers by default); otherwise what no
    /// rule decides is handed to the next tier.
    var defaultDenies: Bool

    /// Whether the policy takes part in a direction.
    func applies(_ direction: TrafficDirection) -> Bool {
        direction == .ingress ? appliesToIngress : appliesToEgress
    }

    /// Creates a compiled policy from its parts.
    init(
        reference: ClusterPolicyReference, subject: Subject, ingress: [Rule], egress: [Rule],
        appliesToIngress: Bool, appliesToEgress: Bool, defaultDenies: Bool
    ) {
        self.reference = reference
        self.subject = subject
        self.ingress = ingress
        self.egress = egress
        self.appliesToIngress = appliesToIngress
        self.appliesToEgress = appliesToEgress
        self.defaultDenies = defaultDenies
    }

    /// The rules of a direction.
    func rules(_ direction: TrafficDirection) -> [Rule] {
        direction == .ingress ? ingress : egress
    }

    /// Compiles a policy.
    /// - Parameter located: The policy in its ClusterNetworkPolicy form, with its kind and location.
    init(_ located: LocatedClusterPolicy) {
        let spec = located.policy.spec
        let tier: EvaluationTier = spec.tier == .baseline ? .baseline : .admin
        self.reference = ClusterPolicyReference(
            kind: located.kind, name: located.policy.metadata.name ?? "<unnamed>", tier: tier,
            priority: spec.priority ?? 0, location: located.location)
        self.subject = Self.subject(spec.subject)
        self.ingress = (spec.ingress ?? []).map {
            Self.rule(name: $0.name, action: $0.action, peers: $0.from, protocols: $0.protocols)
        }
        self.egress = (spec.egress ?? []).map {
            Self.rule(name: $0.name, action: $0.action, peers: $0.to, protocols: $0.protocols)
        }
        if spec.tier.map({ !PolicyTier.supported.contains($0) }) ?? true {
            // An unknown or missing tier (refused by validation): the policy decides nothing.
            self.ingress = []
            self.egress = []
        }
        self.appliesToIngress = !ingress.isEmpty
        self.appliesToEgress = !egress.isEmpty
        self.defaultDenies = false
    }

    private static func subject(_ subject: ClusterPolicySubject?) -> Subject {
        guard let subject else { return .nothing }
        switch (subject.namespaces, subject.pods) {
        case (let namespaces?, nil):
            return .namespaces(namespaces)
        case (nil, let pods?):
            guard let podSelector = pods.podSelector else { return .nothing }
            return .pods(namespaces: pods.namespaceSelector ?? LabelSelector(), pods: podSelector)
        default:
            return .nothing
        }
    }

    private static func rule(
        name: String?, action: ClusterPolicyAction?, peers: [ClusterPolicyPeer]?, protocols: [ClusterPolicyProtocol]?
    ) -> Rule {
        let compiledAction: TierAction? =
            switch action {
            case .accept?, .allow?: .accept
            case .deny?: .deny
            case .pass?: .pass
            default: nil
            }
        return Rule(
            name: name, action: compiledAction, peers: (peers ?? []).map(peer),
            ports: (protocols ?? []).flatMap(ports))
    }

    private static func peer(_ peer: ClusterPolicyPeer) -> Peer {
        let fields =
            [
                peer.namespaces != nil, peer.pods != nil, peer.networks != nil, peer.nodes != nil,
                peer.domainNames != nil,
            ]
            .filter { $0 }.count
        guard fields == 1 else { return .nothing }
        if let namespaces = peer.namespaces { return .namespaces(namespaces) }
        if let pods = peer.pods {
            guard let podSelector = pods.podSelector else { return .nothing }
            return .pods(namespaces: pods.namespaceSelector ?? LabelSelector(), pods: podSelector)
        }
        if let networks = peer.networks {
            var prefixes: [IPPrefix] = []
            for text in networks {
                guard let prefix = try? IPPrefix(parsing: text, mode: .lenient) else { return .nothing }
                prefixes.append(prefix)
            }
            return .networks(IPSet(prefixes))
        }
        if let nodes = peer.nodes { return .nodes(nodes) }
        if let names = peer.domainNames { return .domainNames(names) }
        return .nothing
    }

    /// The port entries of one `protocols` item. A named port has no protocol of its own here: it matches the
    /// container port of that name whatever its protocol.
    private static func ports(_ entry: ClusterPolicyProtocol) -> [CompiledPolicy.Port] {
        if let name = entry.destinationNamedPort {
            return PortProtocol.supported.map { .named(name, $0) }
        }
        let matches: [(PortProtocol, ClusterPolicyPortMatch?)] = [
            (.tcp, entry.tcp), (.udp, entry.udp), (.sctp, entry.sctp),
        ]
        let present = matches.filter { $0.1 != nil }
        guard present.count == 1, let (proto, match) = present.first, let match else { return [.numbers(PortSet())] }
        guard let port = match.destinationPort else { return [.numbers(.all(proto))] }
        switch (port.number, port.range) {
        case (let number?, nil):
            return [.numbers(PortSet(proto, [number...number]))]
        case (nil, let range?):
            guard let start = range.start, let end = range.end, start <= end else { return [.numbers(PortSet())] }
            return [.numbers(PortSet(proto, [start...end]))]
        default:
            return [.numbers(PortSet())]
        }
    }
}
