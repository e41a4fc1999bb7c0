extension AdminNetworkPolicy {
    /// Rewrites the policy as a ClusterNetworkPolicy of the Admin tier, which is what `v1alpha2` replaces it
    /// with.
    ///
    /// - The tier is `Admin` and the priority the same, so the policy keeps its place among the others.
    /// - `Allow` becomes `Accept`; `Deny` and `Pass` stay (an Admin-tier Pass hands the connection to the
    ///   NetworkPolicies, as before).
    /// - `ports` become `protocols`: `portNumber` becomes `{tcp|udp|sctp: {destinationPort: {number}}}` (TCP
    ///   when the protocol is absent), `portRange` becomes `{...: {destinationPort: {range: {start, end}}}}`,
    ///   `namedPort` becomes `destinationNamedPort`.
    /// - The subject and the peers are copied: the two APIs spell them alike.
    /// - `metadata` keeps the name, `generateName`, labels and annotations; what the API server set on the old
    ///   object (uid, resourceVersion, managedFields, status) and kubectl's last-applied annotation are left
    ///   out, since they describe the old object.
    ///
    /// A ClusterNetworkPolicy has at most 25 rules per direction, 25 peers per rule and 25 protocols per rule
    /// where an AdminNetworkPolicy has 100: beyond that the result keeps every rule and an error (M01-M03)
    /// says where and how to split it. Fields of the source the model does not know have no counterpart and
    /// are left out with a warning (M07).
    ///
    /// The source is expected to be valid (``validate(options:)``): an invalid one gives an invalid result,
    /// with an error (M05) for each port it cannot express.
    /// - Returns: The ClusterNetworkPolicy and the diagnostics, with paths into this policy.
    /// - Complexity: O(*n*) in the size of the policy.
    public func migrated() -> ClusterPolicyMigration {
        var migrator = ClusterPolicyMigrator(kind: Self.kind)
        let result = migrator.migrate(
            metadata: metadata, topLevelUnknown: unknownFields, tier: .admin, priority: spec.priority,
            subject: spec.subject, ingress: spec.ingress, egress: spec.egress, specUnknown: spec.unknownFields)
        return ClusterPolicyMigration(policy: result, diagnostics: migrator.context.diagnostics)
    }
}

extension BaselineAdminNetworkPolicy {
    /// Rewrites the policy as a ClusterNetworkPolicy of the Baseline tier, with priority 1000.
    ///
    /// A BaselineAdminNetworkPolicy has no priority: it is the cluster's only baseline policy, the last word
    /// on connections no NetworkPolicy decided. `v1alpha2` allows several Baseline-tier policies, ordered by
    /// priority; 1000, the highest, keeps this one last among them (a note, M06, says so). The rest is as in
    /// ``AdminNetworkPolicy/migrated()``: `Allow` becomes `Accept`, ports become protocols, the subject, the
    /// peers and the name (`default`) are kept.
    /// - Returns: The ClusterNetworkPolicy and the diagnostics, with paths into this policy.
    /// - Complexity: O(*n*) in the size of the policy.
    public func migrated() -> ClusterPolicyMigration {
        var migrator = ClusterPolicyMigrator(kind: Self.kind)
        migrator.context.note(
            .baselinePriorityAssigned,
            "a BaselineAdminNetworkPolicy has no priority: the ClusterNetworkPolicy gets tier Baseline and priority "
                + "\(ClusterPolicyMigrator.baselinePriority), the last of its tier, as the BaselineAdminNetworkPolicy "
                + "came after every other policy",
            field: "spec")
        let result = migrator.migrate(
            metadata: metadata, topLevelUnknown: unknownFields, tier: .baseline,
            priority: ClusterPolicyMigrator.baselinePriority, subject: spec.subject, ingress: spec.ingress,
            egress: spec.egress, specUnknown: spec.unknownFields)
        return ClusterPolicyMigration(policy: result, diagnostics: migrator.context.diagnostics)
    }
}

/// Rewrites the `v1alpha1` kinds as a ClusterNetworkPolicy, reporting (with the source's field paths) what
/// the result would not carry or the API server would refuse.
struct ClusterPolicyMigrator {
    /// The priority a BaselineAdminNetworkPolicy gets: the last of the Baseline tier.
    static let baselinePriority = 1000
    /// The annotation kubectl keeps the last applied object in; it describes the old object.
    static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

    /// The source's kind, for messages.
    let kind: String
    /// The diagnostics and the current position in the source.
    var context = ValidationContext(options: ValidationOptions())
    private let limits = ClusterPolicySchema.clusterNetworkPolicy
    /// `an AdminNetworkPolicy`, `a BaselineAdminNetworkPolicy`, for messages.
    private var source: String { ValidationContext.withArticle(kind) }

    init(kind: String) {
        self.kind = kind
    }

    /// The ClusterNetworkPolicy of a source's parts (which the two kinds hold in different types).
    mutating func migrate(
        metadata: ObjectMeta, topLevelUnknown: ManifestMapping, tier: PolicyTier, priority: Int?,
        subject: ClusterPolicySubject?, ingress: [AdminPolicyIngressRule]?, egress: [AdminPolicyEgressRule]?,
        specUnknown: ManifestMapping
    ) -> ClusterNetworkPolicy {
        var meta = ObjectMeta(name: metadata.name, labels: metadata.labels, annotations: metadata.annotations)
        meta.generateName = metadata.generateName
        meta.annotations[Self.lastAppliedAnnotation] = nil
        for entry in topLevelUnknown where entry.key != "status" { leftOut(entry.key) }
        context.enter("spec")
        for entry in specUnknown { leftOut(entry.key) }
        var spec = ClusterNetworkPolicySpec(tier: tier, priority: priority, subject: subject)
        if let ingress {
            checkRuleCount(ingress.count, field: "ingress")
            spec.ingress = []
            for (index, rule) in ingress.enumerated() {
                context.enter("ingress", index: index)
                let (from, protocols) = migrateRule(
                    peers: rule.from, peersField: "from", ports: rule.ports, unknown: rule.unknownFields)
                spec.ingress?.append(
                    ClusterPolicyIngressRule(
                        name: rule.name, action: Self.action(rule.action), from: from, protocols: protocols))
                context.leave(2)
            }
        }
        if let egress {
            checkRuleCount(egress.count, field: "egress")
            spec.egress = []
            for (index, rule) in egress.enumerated() {
                context.enter("egress", index: index)
                let (to, protocols) = migrateRule(
                    peers: rule.to, peersField: "to", ports: rule.ports, unknown: rule.unknownFields)
                spec.egress?.append(
                    ClusterPolicyEgressRule(
                        name: rule.name, action: Self.action(rule.action), to: to, protocols: protocols))
                context.leave(2)
            }
        }
        context.leave()
        return ClusterNetworkPolicy(metadata: meta, spec: spec)
    }

    /// `Allow` is spelled `Accept` in `v1alpha2`; the other actions are the same.
    private static func action(_ action: ClusterPolicyAction?) -> ClusterPolicyAction? {
        action == .allow ? .accept : action
    }

    /// A rule's peers (M02, M04) and its ports as protocols (M03, M05); the position must be at the rule.
    private mutating func migrateRule(
        peers: [ClusterPolicyPeer]?, peersField: String, ports: [AdminPolicyPort]?, unknown: ManifestMapping
    ) -> (peers: [ClusterPolicyPeer]?, protocols: [ClusterPolicyProtocol]?) {
        for entry in unknown { leftOut(entry.key) }
        if let peers {
            if peers.count > limits.maxPeers {
                context.error(
                    .tooManyPeersToMigrate,
                    "Too many: \(peers.count): a ClusterNetworkPolicy rule has at most \(limits.maxPeers) peers "
                        + "(\(source) rule up to 100): split the rule into several rules with the same action and "
                        + "ports",
                    field: peersField)
            }
            for (peerIndex, peer) in peers.enumerated() {
                for (itemIndex, domainName) in (peer.domainNames ?? []).enumerated()
                where !ValidationContext.isDomainName(domainName) {
                    context.enter(peersField, index: peerIndex)
                    context.enter("domainNames", index: itemIndex)
                    context.error(
                        .domainNameRefusedByV1Alpha2,
                        ValidationMessage.invalid(
                            domainName,
                            "accepted by \(kind)'s pattern but not by ClusterNetworkPolicy's: "
                                + ValidationContext.domainNameDetail))
                    context.leave(4)
                }
            }
        }
        guard let ports else { return (peers, nil) }
        if ports.count > limits.maxPorts {
            context.error(
                .tooManyPortsToMigrate,
                "Too many: \(ports.count): a ClusterNetworkPolicy rule has at most \(limits.maxPorts) protocols "
                    + "entries (\(source) rule up to 100 ports): split the rule into several rules with the same "
                    + "action and peers",
                field: "ports")
        }
        var protocols: [ClusterPolicyProtocol] = []
        protocols.reserveCapacity(ports.count)
        for (index, port) in ports.enumerated() {
            context.enter("ports", index: index)
            protocols.append(protocolEntry(port))
            context.leave(2)
        }
        return (peers, protocols)
    }

    /// One `ports` entry as a `protocols` entry; an entry that does not have exactly one valid field becomes
    /// an empty entry (keeping the positions of the others) with an error.
    private mutating func protocolEntry(_ port: AdminPolicyPort) -> ClusterPolicyProtocol {
        for entry in port.unknownFields { leftOut(entry.key) }
        let fields = [port.portNumber != nil, port.namedPort != nil, port.portRange != nil].filter { $0 }.count
        guard fields == 1 else {
            context.error(
                .inexpressiblePort,
                ValidationMessage.required(
                    "a ports entry needs exactly one of portNumber, namedPort or portRange to become a protocols "
                        + "entry (validate the \(kind) first)"))
            return ClusterPolicyProtocol()
        }
        if let name = port.namedPort { return ClusterPolicyProtocol(destinationNamedPort: name) }
        let proto: PortProtocol?
        let destination: ClusterPolicyPort
        let field: String
        if let number = port.portNumber {
            (proto, destination, field) = (number.protocol, ClusterPolicyPort(number: number.port), "portNumber")
            for entry in number.unknownFields { leftOut(entry.key, under: field) }
        } else if let range = port.portRange {
            let portRange = ClusterPolicyPortRange(start: range.start, end: range.end)
            (proto, destination, field) = (range.protocol, ClusterPolicyPort(range: portRange), "portRange")
            for entry in range.unknownFields { leftOut(entry.key, under: field) }
        } else {
            return ClusterPolicyProtocol()
        }
        let match = ClusterPolicyPortMatch(destinationPort: destination)
        switch proto ?? .tcp {
        case .tcp: return ClusterPolicyProtocol(tcp: match)
        case .udp: return ClusterPolicyProtocol(udp: match)
        case .sctp: return ClusterPolicyProtocol(sctp: match)
        case let other:
            context.enter(field)
            context.error(
                .inexpressiblePort,
                ValidationMessage.unsupported(other.rawValue, supported: PortProtocol.supported.map(\.rawValue))
                    + ": a protocols entry is tcp, udp or sctp (validate the \(kind) first)",
                field: "protocol")
            context.leave()
            return ClusterPolicyProtocol()
        }
    }

    /// The number of rules of one direction (M01); the position must be at `spec`.
    private mutating func checkRuleCount(_ count: Int?, field: String) {
        guard let count, count > limits.maxRules else { return }
        context.error(
            .tooManyRulesToMigrate,
            "Too many: \(count): a ClusterNetworkPolicy has at most \(limits.maxRules) \(field) rules (\(source) up "
                + "to 100): split them over several ClusterNetworkPolicies of consecutive priorities, in order",
            field: field)
    }

    /// Reports a field with no ClusterNetworkPolicy counterpart (M07).
    private mutating func leftOut(_ key: String, under field: String? = nil) {
        if let field { context.enter(field) }
        context.warning(
            .unknownFieldLeftOut,
            "left out: \(key) is not a field PodFence knows, so it has no ClusterNetworkPolicy counterpart",
            field: key)
        if field != nil { context.leave() }
    }
}
