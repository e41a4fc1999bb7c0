import PodFenceCIDR
import PodFenceModel

/// The criteria of a Calico entity rule on one end of a connection (docs/calico.md, "Rules"): every one that
/// is present must hold.
struct CalicoCriteria: Sendable, Hashable {
    /// The namespace (index) `selector` and `notSelector` are scoped to when there is no `namespaceSelector`:
    /// a namespaced policy's own; nil for a GlobalNetworkPolicy (every namespace).
    var scope: Int?
    /// Pods of matching namespaces; the scope of `selector` and `notSelector`.
    var namespaceSelector: CalicoSelector?
    /// In-scope pods whose endpoint labels match.
    var selector: CalicoSelector?
    /// Anything but an in-scope pod whose endpoint labels match.
    var notSelector: CalicoSelector?
    /// Addresses in the set (`nets`, narrowed to one family by the rule's `ipVersion`).
    var nets: IPSet?
    /// Addresses in none of them.
    var notNets: IPSet?

    /// True when no criterion is present: every endpoint matches.
    var isEmpty: Bool {
        namespaceSelector == nil && selector == nil && notSelector == nil && nets == nil && notNets == nil
    }

    /// True when a pod must be the endpoint (a selector or namespace selector is present).
    var needsPod: Bool { namespaceSelector != nil || selector != nil }
}

/// The tiers a Calico policy can be evaluated in: the built-in tiers and the input's `Tier` objects.
struct CalicoTierTable: Sendable {
    /// A tier's place and default action.
    struct Entry: Sendable {
        var tier: EvaluationTier
        var defaultDenies: Bool
    }

    private var entries: [String: Entry] = [:]
    /// Tier names Calico policies refer to that no Tier object defines.
    private(set) var missing: Set<String> = []

    /// Builds the table: the built-in tiers (fixed, whatever the input says), then the input's tiers.
    init(_ tiers: [CalicoTier]) {
        for tier in tiers {
            guard let name = tier.metadata.name else { continue }
            entries[name] = Entry(
                tier: EvaluationTier(name: name, order: tier.spec.order?.value),
                defaultDenies: tier.spec.effectiveDefaultAction != .pass)
        }
        entries[CalicoTier.kubeAdminTierName] = Entry(tier: .admin, defaultDenies: false)
        entries[CalicoTier.defaultTierName] = Entry(tier: .networkPolicy, defaultDenies: true)
        entries[CalicoTier.kubeBaselineTierName] = Entry(tier: .baseline, defaultDenies: false)
    }

    /// The tier of a name. A tier no Tier object defines (which Calico refuses) is read closed: no order, and
    /// `Deny` by default.
    mutating func entry(_ name: String) -> Entry {
        if let entry = entries[name] { return entry }
        missing.insert(name)
        return Entry(tier: EvaluationTier(name: name, order: nil), defaultDenies: true)
    }
}

extension CompiledTierPolicy {
    /// Compiles a Calico policy into its tier.
    /// - Parameters:
    ///   - located: The policy with its location.
    ///   - namespaceIndex: The index of a namespaced policy's namespace.
    ///   - tiers: The tiers, whose table records a tier no Tier object defines.
    init(calico located: LocatedCalicoPolicy, namespaceIndex: Int?, tiers: inout CalicoTierTable) {
        let spec = located.spec
        let entry = tiers.entry(spec.tierName)
        var reference = ClusterPolicyReference(
            calicoKind: located.kind, name: located.metadata.name ?? "<unnamed>",
            namespace: namespaceIndex == nil ? nil : located.metadata.namespace ?? "default", tier: entry.tier,
            order: spec.order?.value, location: located.location)
        reference.isCalico = true
        let scope = namespaceIndex
        var subject = Subject.nothing
        // A GlobalNetworkPolicy's namespace selector narrows its endpoints; one that does not parse (refused by
        // validation) selects nothing.
        var namespaces: CalicoSelector?
        var readable = true
        if namespaceIndex == nil, let text = spec.namespaceSelector {
            namespaces = try? CalicoSelector(parsing: text)
            readable = namespaces != nil
        }
        if readable, let selector = Self.calicoSelector(spec.selector) {
            subject = .calico(scope: scope, namespaceSelector: namespaces, selector: selector)
        }
        // A service account selector cannot be evaluated: the policy applies to every endpoint its selectors
        // match, with its Allow rules matching nothing (docs/calico.md, read closed).
        let closed = spec.serviceAccountSelector.map { !$0.isEmpty } ?? false
        let types = spec.policyTypes
        self.init(
            reference: reference, subject: subject,
            ingress: types.contains(.ingress)
                ? (spec.ingress ?? []).map { Self.calicoRule($0, direction: .ingress, scope: scope, closed: closed) }
                : [],
            egress: types.contains(.egress)
                ? (spec.egress ?? []).map { Self.calicoRule($0, direction: .egress, scope: scope, closed: closed) }
                : [],
            appliesToIngress: types.contains(.ingress), appliesToEgress: types.contains(.egress),
            defaultDenies: entry.defaultDenies)
    }

    /// A selector, empty meaning `all()`; nil when it does not parse (validation refuses it).
    private static func calicoSelector(_ text: String?) -> CalicoSelector? {
        guard let text, !text.allSatisfy({ $0 == " " || $0 == "\t" }) else { return .all }
        return try? CalicoSelector(parsing: text)
    }

    private static func calicoRule(_ rule: CalicoRule, direction: TrafficDirection, scope: Int?, closed: Bool) -> Rule {
        let action: TierAction? =
            switch rule.action {
            case .allow?: .accept
            case .deny?: .deny
            case .pass?: .pass
            default: nil  // Log never decides; an unknown action is refused by validation.
            }
        // The remote end is the source of an ingress rule and the destination of an egress rule.
        let remote = direction == .ingress ? rule.source : rule.destination
        let local = direction == .ingress ? rule.destination : rule.source
        let family: IPSet? =
            switch rule.ipVersion {
            case 4?: IPSet([IPPrefix(parsingOrNil: "0.0.0.0/0")].compactMap { $0 })
            case 6?: IPSet([IPPrefix(parsingOrNil: "::/0")].compactMap { $0 })
            case nil: nil
            default: IPSet()
            }
        let remoteCriteria = criteria(remote, scope: scope, family: family)
        let localCriteria = criteria(local, scope: scope, family: family)
        var unevaluable = closed
        if rule.http != nil { unevaluable = true }
        for entity in [rule.source, rule.destination].compactMap({ $0 }) {
            if entity.serviceAccounts != nil || entity.services != nil { unevaluable = true }
        }
        if !(rule.source?.ports ?? []).isEmpty || !(rule.source?.notPorts ?? []).isEmpty { unevaluable = true }
        if rule.protocol == nil && (rule.icmp != nil || rule.notICMP != nil) { unevaluable = true }
        let (ports, excluded) = calicoPorts(rule)
        var compiled = Rule(
            name: nil, action: action, peers: remoteCriteria.map { [.calico($0)] } ?? [.nothing], ports: ports)
        compiled.excludedPorts = excluded
        compiled.unevaluable = unevaluable
        compiled.isCalico = true
        compiled.local = localCriteria ?? CalicoCriteria(nets: IPSet())
        if let local = compiled.local, local.isEmpty { compiled.local = nil }
        return compiled
    }

    /// The criteria of an entity rule; nil when a field does not parse (validation refuses it).
    private static func criteria(_ entity: CalicoEntityRule?, scope: Int?, family: IPSet?) -> CalicoCriteria? {
        var criteria = CalicoCriteria(scope: scope)
        guard let entity else {
            criteria.nets = family
            return criteria
        }
        if let text = entity.namespaceSelector {
            guard let selector = try? CalicoSelector(parsing: text) else { return nil }
            criteria.namespaceSelector = selector
            criteria.scope = nil
        }
        if let text = entity.selector {
            guard let selector = try? CalicoSelector(parsing: text) else { return nil }
            criteria.selector = selector
        }
        if let text = entity.notSelector {
            guard let selector = try? CalicoSelector(parsing: text) else { return nil }
            criteria.notSelector = selector
        }
        if let nets = entity.nets {
            guard let set = addresses(nets) else { return nil }
            criteria.nets = set
        }
        if let family { criteria.nets = criteria.nets.map { $0.intersection(family) } ?? family }
        if let notNets = entity.notNets {
            guard let set = addresses(notNets) else { return nil }
            criteria.notNets = set
        }
        return criteria
    }

    /// CIDRs or single addresses, as Calico's parser reads them.
    private static func addresses(_ texts: [String]) -> IPSet? {
        var prefixes: [IPPrefix] = []
        for text in texts {
            if let prefix = try? IPPrefix(parsing: text, mode: .lenient) {
                prefixes.append(prefix)
            } else if let address = try? IPAddress(parsing: text) {
                prefixes.append(IPPrefix(host: address))
            } else {
                return nil
            }
        }
        return IPSet(prefixes)
    }

    /// The destination ports a rule matches, as included and excluded entries: the protocol (all ports when
    /// absent; none for ICMP or a protocol PodFence does not question), `destination.ports`, minus
    /// `notProtocol` and `destination.notPorts`. Named ports resolve on the destination pod.
    private static func calicoPorts(_ rule: CalicoRule) -> (
        ports: [CompiledPolicy.Port], excluded: [CompiledPolicy.Port]
    ) {
        let proto = rule.protocol.map(portProtocol)
        func entries(_ ports: [CalicoPort]) -> [CompiledPolicy.Port] {
            guard case .some(.some(let proto)) = proto else { return [.numbers(PortSet())] }
            return ports.map { port in
                switch port.value {
                case .number(let number) where (0...65535).contains(number):
                    return .numbers(PortSet(proto, [number...number]))
                case .range(let start, let end) where start <= end && end <= 65535:
                    return .numbers(PortSet(proto, [start...end]))
                case .named(let name): return .named(name, proto)
                default: return .numbers(PortSet())
                }
            }
        }
        var included: [CompiledPolicy.Port] = []
        switch proto {
        case nil: break
        case .some(nil): included = [.numbers(PortSet())]
        case .some(.some(let proto)): included = [.numbers(.all(proto))]
        }
        if let ports = rule.destination?.ports, !ports.isEmpty {
            // Ports need a protocol with ports (validation refuses the rest): without one, nothing matches.
            included = entries(ports)
        }
        var excluded: [CompiledPolicy.Port] = []
        if let notProtocol = rule.notProtocol, let proto = portProtocol(notProtocol) {
            excluded.append(.numbers(.all(proto)))
        }
        if let notPorts = rule.destination?.notPorts, !notPorts.isEmpty { excluded += entries(notPorts) }
        return (included, excluded)
    }

    /// The protocol of a question a Calico protocol is; nil for ICMP, UDPLite and other protocols without a
    /// port PodFence questions.
    private static func portProtocol(_ proto: CalicoProtocol) -> PortProtocol? {
        switch proto.number {
        case 6?: .tcp
        case 17?: .udp
        case 132?: .sctp
        default: nil
        }
    }
}

extension IPPrefix {
    /// A prefix from text known to be valid, or nil.
    fileprivate init?(parsingOrNil text: String) {
        guard let prefix = try? IPPrefix(parsing: text) else { return nil }
        self = prefix
    }
}
