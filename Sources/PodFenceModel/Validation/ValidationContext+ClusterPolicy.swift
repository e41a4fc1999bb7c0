import PodFenceCIDR

/// What differs between the schemas of the three cluster policy kinds: limits, the spelling of the actions,
/// the peers an egress rule may name, the field that lists ports, and the CRD's own messages.
struct ClusterPolicySchema {
    /// The kind, for messages.
    var kind: String
    /// The most rules per direction, peers per rule and port entries per rule.
    var maxRules: Int
    /// The most peers in `from` or `to`.
    var maxPeers: Int
    /// The most entries in `protocols` or `ports`.
    var maxPorts: Int
    /// The actions a rule may take, in the CRD's order.
    var actions: [ClusterPolicyAction]
    /// The fields an egress peer may set, in the API's order (an ingress peer: `namespaces`, `pods`).
    var egressPeerFields: [String]
    /// The action a rule with domainNames peers must take.
    var domainNamesAction: ClusterPolicyAction
    /// The field of a rule that lists ports: `protocols` (v1alpha2) or `ports` (v1alpha1).
    var portsField: String
    /// The field of a port entry that names a port: `destinationNamedPort` or `namedPort`.
    var namedPortField: String
    /// The peer fields that have no named ports, as the CRD's rule lists them.
    var peersWithoutNamedPorts: [String]
    /// Whether this is a `v1alpha1` kind, whose CRD checks networks and domain names differently.
    var isV1Alpha1: Bool

    /// `policy.networking.k8s.io/v1alpha2` ClusterNetworkPolicy (CRD bundle v0.2.0).
    static let clusterNetworkPolicy = ClusterPolicySchema(
        kind: ClusterNetworkPolicy.kind, maxRules: 25, maxPeers: 25, maxPorts: 25, actions: [.accept, .deny, .pass],
        egressPeerFields: ["namespaces", "pods", "nodes", "networks", "domainNames"], domainNamesAction: .accept,
        portsField: "protocols", namedPortField: "destinationNamedPort",
        peersWithoutNamedPorts: ["networks", "nodes", "domainNames"], isV1Alpha1: false)

    /// `policy.networking.k8s.io/v1alpha1` AdminNetworkPolicy (CRD bundle v0.1.x).
    static let adminNetworkPolicy = ClusterPolicySchema(
        kind: AdminNetworkPolicy.kind, maxRules: 100, maxPeers: 100, maxPorts: 100, actions: [.allow, .deny, .pass],
        egressPeerFields: ["namespaces", "pods", "nodes", "networks", "domainNames"], domainNamesAction: .allow,
        portsField: "ports", namedPortField: "namedPort", peersWithoutNamedPorts: ["networks", "nodes", "domainNames"],
        isV1Alpha1: true)

    /// `policy.networking.k8s.io/v1alpha1` BaselineAdminNetworkPolicy: no Pass, no domainNames.
    static let baselineAdminNetworkPolicy = ClusterPolicySchema(
        kind: BaselineAdminNetworkPolicy.kind, maxRules: 100, maxPeers: 100, maxPorts: 100, actions: [.allow, .deny],
        egressPeerFields: ["namespaces", "pods", "nodes", "networks"], domainNamesAction: .allow,
        portsField: "ports", namedPortField: "namedPort", peersWithoutNamedPorts: ["networks", "nodes"],
        isV1Alpha1: true)

    /// The CRD's message for a named port in an egress rule whose peers have none (K22).
    var namedPortPeersMessage: String {
        let peers = peersWithoutNamedPorts.joined(separator: "/")
        return "\(peers) peer cannot be set with namedPorts since there are no namedPorts for \(peers)"
    }
}

// MARK: - Rules shared by the cluster policy kinds

extension ValidationContext {
    /// The most characters in a rule's `name`.
    static let maxRuleNameLength = 100
    /// The most items in `networks` and `domainNames`.
    static let maxPeerItems = 25
    /// The longest `networks` item the CRDs accept.
    static let maxCIDRLength = 43
    /// The range of `spec.priority`.
    static let priorityRange = 0...1000

    /// `metadata` of a cluster-scoped policy: the rules of any cluster-scoped object (V01-V04, V07, V08), and
    /// a warning for a namespace (K25), which the API server drops.
    mutating func validateClusterPolicyMetadata(_ meta: ObjectMeta, kind: String) {
        validateObjectMeta(meta, namespaced: false, nameRule: .subdomain)
        if let namespace = meta.namespace, !namespace.isEmpty {
            enter("metadata")
            warning(
                .clusterPolicyNamespaceIgnored,
                ValidationMessage.invalid(
                    namespace,
                    "ignored: \(Self.withArticle(kind)) is cluster-scoped (the API server drops the namespace); its subject "
                        + "selects the namespaces it applies to"),
                field: "namespace")
            leave()
        }
    }

    /// `priority` (K02); the position must be at `spec`.
    mutating func validateClusterPolicyPriority(_ priority: Int?) {
        guard let priority else {
            error(
                .invalidClusterPolicyPriority, ValidationMessage.required("must be between 0 and 1000, lower first"),
                field: "priority")
            return
        }
        if !Self.priorityRange.contains(priority) {
            error(
                .invalidClusterPolicyPriority,
                ValidationMessage.invalid(priority, "must be between 0 and 1000, inclusive"), field: "priority")
        }
    }

    /// `subject` (K03, K04 and the selectors' S01-S07); the position must be at `spec`.
    mutating func validateClusterPolicySubject(_ subject: ClusterPolicySubject?) {
        guard let subject else {
            error(
                .invalidClusterPolicySubject, ValidationMessage.required("must set exactly one of namespaces or pods"),
                field: "subject")
            return
        }
        enter("subject")
        var present: [String] = []
        if let namespaces = subject.namespaces {
            present.append("namespaces")
            enter("namespaces")
            validateSelector(namespaces)
            leave()
        }
        if let pods = subject.pods {
            present.append("pods")
            enter("pods")
            validateNamespacedPods(pods)
            leave()
        }
        requireExactlyOne(present, of: ["namespaces", "pods"], code: .invalidClusterPolicySubject)
        leave()
    }

    /// A `pods` selector pair (K04 and S01-S07); the position must be at it.
    mutating func validateNamespacedPods(_ pods: NamespacedPodSelector) {
        if let namespaceSelector = pods.namespaceSelector {
            enter("namespaceSelector")
            validateSelector(namespaceSelector)
            leave()
        }
        guard let podSelector = pods.podSelector else {
            error(
                .podSelectorRequired,
                ValidationMessage.required("set podSelector ({} selects every pod of the selected namespaces)"),
                field: "podSelector")
            return
        }
        enter("podSelector")
        validateSelector(podSelector)
        leave()
    }

    /// The number of rules of one direction (K05); the position must be at `spec`.
    mutating func validateClusterPolicyRuleCount(_ count: Int?, field: String, schema: ClusterPolicySchema) {
        guard let count, count > schema.maxRules else { return }
        error(
            .tooManyClusterPolicyRules,
            ValidationMessage.tooMany(count, max: schema.maxRules)
                + " (\(Self.withArticle(schema.kind)) has at most \(schema.maxRules) \(field) rules: split it into several policies)",
            field: field)
    }

    /// A rule's `name` (K07) and `action` (K06); the position must be at the rule.
    mutating func validateClusterPolicyRuleHead(
        name: String?, action: ClusterPolicyAction?, schema: ClusterPolicySchema
    ) {
        if let name, name.unicodeScalars.count > Self.maxRuleNameLength {
            error(
                .clusterPolicyRuleNameTooLong, ValidationMessage.tooLong(maxCharacters: Self.maxRuleNameLength),
                field: "name")
        }
        let supported = schema.actions.map(\.rawValue)
        guard let action else {
            error(
                .invalidClusterPolicyAction, ValidationMessage.required("must be " + Self.choices(supported)),
                field: "action")
            return
        }
        if schema.actions.contains(action) { return }
        var message = ValidationMessage.unsupported(action.rawValue, supported: supported)
        switch action {
        case .allow where schema.actions.contains(.accept):
            message += " (ClusterNetworkPolicy spells Allow as Accept)"
        case .accept where schema.actions.contains(.allow):
            message += " (\(schema.kind) spells Accept as Allow)"
        case .pass where !schema.actions.contains(.pass):
            message += " (the baseline policy is the last tier: there is no tier to pass to)"
        default:
            break
        }
        error(.invalidClusterPolicyAction, message, field: "action")
    }

    /// A rule's `from` or `to` (K08) and each of its peers; the position must be at the rule.
    mutating func validateClusterPolicyPeers(
        _ peers: [ClusterPolicyPeer]?, field: String, isEgress: Bool, action: ClusterPolicyAction?,
        schema: ClusterPolicySchema
    ) {
        guard let peers else {
            error(
                .clusterPolicyPeerCountOutOfRange, ValidationMessage.required("must list at least one peer"),
                field: field)
            return
        }
        if peers.isEmpty {
            error(
                .clusterPolicyPeerCountOutOfRange, ValidationMessage.invalid(json: "[]", "must have at least 1 item"),
                field: field)
        } else if peers.count > schema.maxPeers {
            error(
                .clusterPolicyPeerCountOutOfRange, ValidationMessage.tooMany(peers.count, max: schema.maxPeers),
                field: field)
        }
        for (index, peer) in peers.enumerated() {
            enter(field, index: index)
            validateClusterPolicyPeer(peer, isEgress: isEgress, action: action, schema: schema)
            leave(2)
        }
    }

    /// One peer (K09-K15 and S01-S07); the position must be at the peer.
    private mutating func validateClusterPolicyPeer(
        _ peer: ClusterPolicyPeer, isEgress: Bool, action: ClusterPolicyAction?, schema: ClusterPolicySchema
    ) {
        let allowed = isEgress ? schema.egressPeerFields : ["namespaces", "pods"]
        var present: [String] = []
        var forbidden = false
        func admit(_ field: String) -> Bool {
            if allowed.contains(field) {
                present.append(field)
                return true
            }
            forbidden = true
            let detail =
                isEgress
                ? "\(Self.withArticle(schema.kind)) egress peer may only be \(Self.choices(allowed, quoted: false))"
                : "only namespaces and pods are allowed in an ingress peer (\(field) are for egress rules)"
            error(.peerFieldNotAllowed, ValidationMessage.forbidden(detail), field: field)
            return false
        }
        if let namespaces = peer.namespaces, admit("namespaces") {
            enter("namespaces")
            validateSelector(namespaces)
            leave()
        }
        if let pods = peer.pods, admit("pods") {
            enter("pods")
            validateNamespacedPods(pods)
            leave()
        }
        if let nodes = peer.nodes, admit("nodes") {
            enter("nodes")
            validateSelector(nodes)
            leave()
        }
        if let networks = peer.networks, admit("networks") {
            validatePeerItems(networks, field: "networks") { context, text in
                context.validateNetwork(text, schema: schema)
            }
        }
        if let domainNames = peer.domainNames, admit("domainNames") {
            validatePeerItems(domainNames, field: "domainNames") { context, text in
                context.validateDomainName(text, schema: schema)
            }
            if let action, action != schema.domainNamesAction, schema.actions.contains(action) {
                error(
                    .domainNamesOutsideAcceptingRule,
                    ValidationMessage.forbidden(
                        "domainNames peers are only allowed in rules whose action is \(schema.domainNamesAction) "
                            + "(to deny other domains, follow the \(schema.domainNamesAction) rule with a Deny rule)"),
                    field: "domainNames")
            }
        }
        if present.isEmpty && forbidden { return }
        requireExactlyOne(
            present, of: allowed, code: .peerNotExactlyOneField,
            hint: " (give each its own peer: the peers of a rule are OR'ed)")
    }

    /// `networks` or `domainNames`: 1 to 25 items (K11), each checked by `check`, no duplicates (K13); the
    /// position must be at the peer.
    private mutating func validatePeerItems(
        _ items: [String], field: String, check: (inout ValidationContext, String) -> Void
    ) {
        if items.isEmpty {
            error(
                .peerItemCountOutOfRange, ValidationMessage.invalid(json: "[]", "must have at least 1 item"),
                field: field)
        } else if items.count > Self.maxPeerItems {
            error(
                .peerItemCountOutOfRange, ValidationMessage.tooMany(items.count, max: Self.maxPeerItems), field: field)
        }
        var seen = Set<String>()
        for (index, item) in items.enumerated() {
            enter(field, index: index)
            check(&self, item)
            if !seen.insert(item).inserted { error(.duplicateNetworkOrDomain, ValidationMessage.duplicate(item)) }
            leave(2)
        }
    }

    /// One `networks` item (K12); the position must be at it.
    ///
    /// `v1alpha2` checks `isCIDR(self)`: Go's `netip.ParsePrefix`, which refuses leading zeros and IPv4-mapped
    /// IPv6 addresses and accepts host bits. `v1alpha1` checks only that the text has dots or colons, not
    /// both; network plugins then parse it with `net.ParseCIDR`, so what that refuses is reported too.
    private mutating func validateNetwork(_ text: String, schema: ClusterPolicySchema) {
        if text.unicodeScalars.count > Self.maxCIDRLength {
            error(.invalidNetwork, ValidationMessage.tooLong(maxCharacters: Self.maxCIDRLength))
            return
        }
        let parsed = try? IPPrefix.parse(text, mode: .lenient)
        if schema.isV1Alpha1 {
            if text.contains(":") == text.contains(".") {
                error(
                    .invalidNetwork,
                    ValidationMessage.invalid(
                        text,
                        "CIDR must be either an IPv4 or IPv6 address. IPv4 address embedded in IPv6 addresses are "
                            + "not supported"))
            } else if parsed == nil || parsed?.issues.contains(.leadingZeros) == true {
                error(
                    .invalidNetwork,
                    ValidationMessage.invalid(
                        text,
                        "must be a CIDR such as 10.0.0.0/8 or fd00::/8 (the API server stores it, but network "
                            + "plugins read networks with Go's net.ParseCIDR, which refuses it)"))
            }
            return
        }
        guard let parsed else {
            error(.invalidNetwork, ValidationMessage.invalid(text, Self.invalidNetworkDetail))
            return
        }
        if parsed.issues.contains(.leadingZeros) {
            error(
                .invalidNetwork, ValidationMessage.invalid(text, Self.invalidNetworkDetail + " without leading zeros"))
        } else if parsed.issues.contains(.ipv4Mapped) {
            error(
                .invalidNetwork,
                ValidationMessage.invalid(
                    text, Self.invalidNetworkDetail + " (write an IPv4-mapped IPv6 CIDR in its IPv4 form)"))
        }
    }

    /// The detail for a `v1alpha2` network that `isCIDR` refuses: the CRD's message and what it accepts.
    static let invalidNetworkDetail =
        "Invalid CIDR format provided: must be an IPv4 or IPv6 CIDR such as 10.0.0.0/8 or fd00::/8"

    /// One `domainNames` item (K14); the position must be at it.
    private mutating func validateDomainName(_ text: String, schema: ClusterPolicySchema) {
        if Self.isDomainName(text, v1alpha1: schema.isV1Alpha1) { return }
        error(.invalidDomainName, ValidationMessage.invalid(text, Self.domainNameDetail))
    }

    /// The detail for a domain name the CRD's pattern refuses.
    static let domainNameDetail =
        "must be a domain name such as kubernetes.io, or *.kubernetes.io for its subdomains: two or more "
        + "dot-separated labels of letters, digits, '-' and '_', each starting and ending with a letter or digit, "
        + "with '*.' only as a prefix (regex used for validation is '" + domainNamePattern + "')"

    /// The `v1alpha2` CRD's pattern for domain names.
    static let domainNamePattern =
        #"^(\*\.)?([a-zA-Z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.)+[a-zA-Z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.?$"#

    /// Whether `text` matches the CRDs' domain-name pattern ``domainNamePattern``, checked by hand: an optional
    /// `*.`, two or more labels separated by dots, an optional final dot; each label starts and ends with an
    /// ASCII letter or digit and has letters, digits, `-` or `_` between.
    ///
    /// The `v1alpha1` CRD spells the first character's class `[a-zA-z0-9]`, whose `A-z` also takes `[`, `\`,
    /// `]`, `^`, `_` and `` ` ``; `v1alpha1` applies that class, as its API server does.
    /// - Parameters:
    ///   - text: The candidate.
    ///   - v1alpha1: Whether to apply the `v1alpha1` pattern.
    /// - Complexity: O(*n*) in the length of `text`, no allocation.
    static func isDomainName(_ text: String, v1alpha1: Bool = false) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.starts(with: "*.".utf8) { bytes = bytes.dropFirst(2) }
        if bytes.last == UInt8(ascii: ".") { bytes = bytes.dropLast() }
        var labels = 0
        var length = 0
        var previous: UInt8 = 0
        // A label ends at a dot or at the end: it must not be empty, and a longer label ends alphanumeric.
        func labelEnds() -> Bool {
            guard length > 0, length == 1 || isASCIIAlphanumeric(previous) else { return false }
            labels += 1
            length = 0
            return true
        }
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard labelEnds() else { return false }
                continue
            }
            let valid =
                length == 0
                ? isASCIIAlphanumeric(byte) || (v1alpha1 && (UInt8(ascii: "A")...UInt8(ascii: "z")).contains(byte))
                : isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            guard valid else { return false }
            length += 1
            previous = byte
        }
        return labelEnds() && labels >= 2
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    /// The number of port entries of a rule (K16): when present, 1 to the schema's limit; the position must be
    /// at the rule.
    mutating func validateClusterPolicyPortCount(_ count: Int, schema: ClusterPolicySchema) {
        if count == 0 {
            error(
                .clusterPolicyPortCountOutOfRange,
                ValidationMessage.invalid(
                    json: "[]", "must have at least 1 item (leave \(schema.portsField) out to match every port)"),
                field: schema.portsField)
        } else if count > schema.maxPorts {
            error(
                .clusterPolicyPortCountOutOfRange, ValidationMessage.tooMany(count, max: schema.maxPorts),
                field: schema.portsField)
        }
    }

    /// A port number field (K18): required, 1-65535; the position must be at the field's parent.
    mutating func validateClusterPolicyPortNumber(_ number: Int?, field: String) {
        guard let number else {
            error(.clusterPolicyPortOutOfRange, ValidationMessage.required("a port, 1-65535"), field: field)
            return
        }
        if !NameValidation.isValidPortNumber(number) {
            error(
                .clusterPolicyPortOutOfRange, ValidationMessage.invalid(number, NameValidation.portNumberRangeError),
                field: field)
        }
    }

    /// A port range's `start` and `end` (K18) and their order (K19); the position must be at the range.
    mutating func validateClusterPolicyPortRange(start: Int?, end: Int?) {
        validateClusterPolicyPortNumber(start, field: "start")
        validateClusterPolicyPortNumber(end, field: "end")
        if let start, let end, start >= end {
            error(
                .portRangeStartNotBelowEnd,
                ValidationMessage.invalid(
                    json: "{\"end\":\(end),\"start\":\(start)}",
                    "Start port must be less than End port"
                        + (start == end ? " (for a single port, give its number alone)" : " (swap them)")))
        }
    }

    /// A named port (K20): an IANA service name, as NetworkPolicy's named ports; the position must be at the
    /// field's parent.
    mutating func validateClusterPolicyNamedPort(_ name: String, field: String) {
        if NameValidation.isValidPortName(name) { return }
        for detail in NameValidation.portNameErrors(name) {
            error(.invalidClusterPolicyNamedPort, ValidationMessage.invalid(name, detail), field: field)
        }
    }

    /// The CRD rule on egress rules (K22): no named port when a peer is one of the schema's peers without named
    /// ports; reported at the first named port. The position must be at the rule.
    mutating func validateClusterPolicyNamedPortPeers(
        _ peers: [ClusterPolicyPeer]?, namedPortIndex: Int?, schema: ClusterPolicySchema
    ) {
        guard let namedPortIndex else { return }
        let hasPeerWithoutNamedPorts = (peers ?? []).contains { peer in
            schema.peersWithoutNamedPorts.contains { field in
                switch field {
                case "networks": peer.networks != nil
                case "nodes": peer.nodes != nil
                default: peer.domainNames != nil
                }
            }
        }
        guard hasPeerWithoutNamedPorts else { return }
        enter(schema.portsField, index: namedPortIndex)
        error(
            .namedPortToPeerWithoutPorts, ValidationMessage.forbidden(schema.namedPortPeersMessage),
            field: schema.namedPortField)
        leave(2)
    }

    /// Reports `code` unless exactly one of `choices` is in `present` (the CRDs' `minProperties: 1` and
    /// `maxProperties: 1`); the position must be at the object.
    mutating func requireExactlyOne(
        _ present: [String], of choices: [String], code: Diagnostic.Code, hint: String = ""
    ) {
        let rule = "must set exactly one of " + Self.choices(choices, quoted: false)
        if present.isEmpty {
            error(code, ValidationMessage.required(rule))
        } else if present.count > 1 {
            error(code, ValidationMessage.invalid(json: ValidationMessage.json(present), rule + hint))
        }
    }

    /// `a ClusterNetworkPolicy`, `an AdminNetworkPolicy`.
    static func withArticle(_ kind: String) -> String {
        (kind.first.map { "AEIOU".contains($0) } ?? false ? "an " : "a ") + kind
    }

    /// `"A", "B" or "C"` (or unquoted), for messages.
    static func choices(_ values: [String], quoted: Bool = true) -> String {
        let words = quoted ? values.map(ValidationMessage.quoted) : values
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    }
}
