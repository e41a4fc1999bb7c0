import PodFenceCIDR

/// Where a Calico selector is written, which decides whether `global()` may appear (only in a rule's
/// `namespaceSelector`).
enum CalicoSelectorPlace {
    case ruleNamespaceSelector
    case elsewhere
}

extension ValidationContext {
    /// The longest selector the CRDs accept.
    static let maxCalicoSelectorLength = 1024
    /// The most rules per direction of a GlobalNetworkPolicy.
    static let maxCalicoRules = 1024
    /// The most items in `nets` and `notNets`.
    static let maxCalicoNets = 256
    /// The most items in `ports` and `notPorts`.
    static let maxCalicoPorts = 50
    /// The most methods or paths of an `http` match.
    static let maxCalicoHTTPItems = 20

    /// `metadata` of a cluster-scoped Calico object: the rules of any cluster-scoped object (V01-V04, V07,
    /// V08), and a warning for a namespace (C24).
    mutating func validateCalicoClusterScopedMetadata(_ meta: ObjectMeta, kind: String) {
        validateObjectMeta(meta, namespaced: false, nameRule: .subdomain)
        if let namespace = meta.namespace, !namespace.isEmpty {
            enter("metadata")
            warning(
                .globalObjectNamespaceIgnored,
                ValidationMessage.invalid(
                    namespace, "ignored: a Calico \(kind) is cluster-scoped (the API server drops the namespace)"),
                field: "namespace")
            leave()
        }
    }

    /// An `order` (C02, C03); the position must be at the object that has it.
    mutating func validateCalicoOrder(_ order: CalicoOrder?) {
        guard let order else { return }
        if !order.isFinite {
            error(
                .nonFiniteOrder, ValidationMessage.invalid(order.description, "must be a finite number"), field: "order"
            )
        } else if order.value < 0 {
            warning(
                .negativeOrder,
                ValidationMessage.invalid(
                    order.description,
                    "a negative order is accepted and comes before every order of 0 or more; check that it is meant"),
                field: "order")
        }
    }

    /// A selector string (C07-C09); the position must be at the object that has the field.
    mutating func validateCalicoSelector(_ text: String?, field: String, place: CalicoSelectorPlace = .elsewhere) {
        guard let text else { return }
        if text.unicodeScalars.count > Self.maxCalicoSelectorLength {
            error(
                .calicoSelectorTooLong, ValidationMessage.tooLong(maxCharacters: Self.maxCalicoSelectorLength),
                field: field)
            return
        }
        do {
            let selector = try CalicoSelector(parsing: text)
            if place == .elsewhere && selector.usesGlobal {
                error(
                    .globalOutsideNamespaceSelector,
                    ValidationMessage.invalid(text, "global() can only be used in a rule's namespaceSelector"),
                    field: field)
            }
        } catch let problem {
            error(.invalidCalicoSelector, ValidationMessage.invalid(text, problem.description), field: field)
        }
    }

    /// The spec of a Calico NetworkPolicy or GlobalNetworkPolicy.
    mutating func validateCalicoPolicySpec(_ spec: CalicoPolicySpec, kind: String, isGlobal: Bool) {
        enter("spec")
        if let tier = spec.tier, !tier.isEmpty {
            for detail in NameValidation.dns1123SubdomainErrors(tier) {
                error(.invalidCalicoTierName, ValidationMessage.invalid(tier, detail), field: "tier")
            }
        }
        validateCalicoOrder(spec.order)
        validateCalicoSelector(spec.selector, field: "selector")
        validateCalicoTypes(spec.types)
        for (field, rules) in [("ingress", spec.ingress), ("egress", spec.egress)] {
            guard let rules else { continue }
            if isGlobal && rules.count > Self.maxCalicoRules {
                error(
                    .tooManyCalicoRules, ValidationMessage.tooMany(rules.count, max: Self.maxCalicoRules), field: field)
            }
            for (index, rule) in rules.enumerated() {
                enter(field, index: index)
                validateCalicoRule(rule, isEgress: field == "egress")
                leave(2)
            }
        }
        if isGlobal {
            validateCalicoSelector(spec.namespaceSelector, field: "namespaceSelector")
        } else {
            let globalOnly: [(String, Bool)] = [
                ("namespaceSelector", spec.namespaceSelector != nil), ("doNotTrack", spec.doNotTrack != nil),
                ("preDNAT", spec.preDNAT != nil), ("applyOnForward", spec.applyOnForward != nil),
            ]
            for (field, isSet) in globalOnly where isSet {
                error(
                    .globalOnlyFieldOnNamespacedPolicy,
                    ValidationMessage.forbidden(
                        "only a GlobalNetworkPolicy has this field; a Calico NetworkPolicy applies to its own namespace"
                    ),
                    field: field)
            }
        }
        if spec.serviceAccountSelector != nil {
            validateCalicoSelector(spec.serviceAccountSelector, field: "serviceAccountSelector")
            warning(
                .serviceAccountSelectorNotEvaluated,
                "not evaluated: PodFence does not read ServiceAccounts; verdicts read the policy closed: it applies "
                    + "to every endpoint its selector matches, and its Allow rules match nothing",
                field: "serviceAccountSelector")
        }
        if isGlobal { validateCalicoHostEndpointFlags(spec) }
        validateCalicoPerformanceHints(spec.performanceHints)
        leave()
    }

    /// `types` (C06); the position must be at `spec`.
    private mutating func validateCalicoTypes(_ types: [PolicyType]?) {
        guard let types else { return }
        if types.isEmpty {
            error(
                .invalidCalicoTypes, ValidationMessage.required("list Ingress, Egress or both, or leave types out"),
                field: "types")
        } else if types.count > 2 {
            error(.invalidCalicoTypes, ValidationMessage.tooMany(types.count, max: 2), field: "types")
        }
        var seen: Set<PolicyType> = []
        for (index, type) in types.enumerated() {
            enter("types", index: index)
            if !PolicyType.supported.contains(type) {
                error(
                    .invalidCalicoTypes,
                    ValidationMessage.unsupported(type.rawValue, supported: PolicyType.supported.map(\.rawValue))
                )
            } else if !seen.insert(type).inserted {
                error(.invalidCalicoTypes, ValidationMessage.duplicate(type.rawValue))
            }
            leave(2)
        }
    }

    /// `doNotTrack`, `preDNAT` and `applyOnForward` of a GlobalNetworkPolicy (C21, and the warning C36); the
    /// position must be at `spec`.
    private mutating func validateCalicoHostEndpointFlags(_ spec: CalicoPolicySpec) {
        let doNotTrack = spec.doNotTrack ?? false
        let preDNAT = spec.preDNAT ?? false
        if doNotTrack && preDNAT {
            error(
                .conflictingPreDNATOptions, ValidationMessage.forbidden("preDNAT and doNotTrack cannot both be true"),
                field: "preDNAT")
        }
        if preDNAT && !(spec.egress ?? []).isEmpty {
            error(
                .conflictingPreDNATOptions, ValidationMessage.forbidden("preDNAT policy cannot have any egress rules"),
                field: "egress")
        }
        if preDNAT && (spec.types ?? []).contains(.egress) {
            error(
                .conflictingPreDNATOptions, ValidationMessage.forbidden("preDNAT policy cannot have 'Egress' type"),
                field: "types")
        }
        if (doNotTrack || preDNAT) && !(spec.applyOnForward ?? false) {
            error(
                .conflictingPreDNATOptions,
                ValidationMessage.invalid(
                    "false", "applyOnForward must be true if either preDNAT or doNotTrack is true"),
                field: "applyOnForward")
        }
        for (field, value) in [
            ("doNotTrack", spec.doNotTrack), ("preDNAT", spec.preDNAT), ("applyOnForward", spec.applyOnForward),
        ] where value == true {
            warning(
                .hostEndpointOptionsNotEvaluated,
                "not evaluated: it only matters for host endpoints, which PodFence does not model; for pods the "
                    + "policy is evaluated as an ordinary one",
                field: field)
        }
    }

    /// `performanceHints` (C25); the position must be at `spec`.
    private mutating func validateCalicoPerformanceHints(_ hints: [String]?) {
        var seen: Set<String> = []
        for (index, hint) in (hints ?? []).enumerated() {
            enter("performanceHints", index: index)
            if hint != "AssumeNeededOnEveryNode" {
                error(
                    .invalidPerformanceHint, ValidationMessage.unsupported(hint, supported: ["AssumeNeededOnEveryNode"])
                )
            } else if !seen.insert(hint).inserted {
                error(.invalidPerformanceHint, ValidationMessage.duplicate(hint))
            }
            leave(2)
        }
    }
}

// MARK: - Rules

extension ValidationContext {
    /// A rule (C10-C20, and the warnings C30-C34); the position must be at the rule.
    mutating func validateCalicoRule(_ rule: CalicoRule, isEgress: Bool) {
        if let action = rule.action {
            if !CalicoAction.ruleActions.contains(action) {
                error(
                    .invalidCalicoAction,
                    ValidationMessage.unsupported(action.rawValue, supported: CalicoAction.ruleActions.map(\.rawValue)),
                    field: "action")
            }
        } else {
            error(.invalidCalicoAction, ValidationMessage.required("Allow, Deny, Log or Pass"), field: "action")
        }
        validateCalicoProtocol(rule.protocol, field: "protocol")
        validateCalicoProtocol(rule.notProtocol, field: "notProtocol")
        validateCalicoIPVersion(rule)
        for (field, match) in [("icmp", rule.icmp), ("notICMP", rule.notICMP)] {
            guard let match else { continue }
            validateCalicoICMP(match, field: field, protocol: rule.protocol)
            warning(
                .icmpNotEvaluated,
                Self.notEvaluated(
                    "ICMP types and codes (a question is about TCP, UDP or SCTP, so it only matters when protocol is "
                        + "absent)", action: rule.action),
                field: field)
        }
        for (field, entity) in [("source", rule.source), ("destination", rule.destination)] {
            guard let entity else { continue }
            enter(field)
            validateCalicoEntityRule(entity, rule: rule, isSource: field == "source")
            leave()
        }
        if let http = rule.http {
            validateCalicoHTTP(http, rule: rule)
            warning(
                .httpNotEvaluated,
                Self.notEvaluated("HTTP methods and paths (it sees connections, not requests)", action: rule.action),
                field: "http")
        }
    }

    /// What a warning about a field PodFence does not evaluate says: what it cannot see, and how the verdict
    /// reads the rule (closed), by the rule's action.
    static func notEvaluated(_ what: String, action: CalicoAction?) -> String {
        let reading: String
        switch action {
        case .allow?: reading = "this Allow rule matches nothing"
        case .deny?: reading = "this Deny rule matches as if the field were absent"
        case .pass?: reading = "this Pass rule denies what it would match without the field (passing could open more)"
        default: reading = "a rule that is not Allow, Deny or Pass never decides, so verdicts do not depend on it"
        }
        return "not evaluated: PodFence does not see " + what + "; verdicts read the rule closed: " + reading
    }

    private mutating func validateCalicoProtocol(_ proto: CalicoProtocol?, field: String) {
        guard let proto else { return }
        if proto.isNumber {
            if let number = Int(proto.rawValue), !(1...255).contains(number) {
                error(
                    .invalidCalicoProtocol, ValidationMessage.invalid(number, "must be between 1 and 255, inclusive"),
                    field: field)
            }
        } else if !CalicoProtocol.names.contains(proto) {
            let names = CalicoProtocol.names.map(\.rawValue)
            let hint = names.first { $0.lowercased() == proto.rawValue.lowercased() }.map { " (write it \($0))" } ?? ""
            error(
                .invalidCalicoProtocol,
                ValidationMessage.unsupported(proto.rawValue, supported: names + ["1-255"]) + hint, field: field)
        }
    }

    /// `ipVersion` (C12), and the CRD's rules tying ICMP to IPv4 and ICMPv6 to IPv6.
    private mutating func validateCalicoIPVersion(_ rule: CalicoRule) {
        guard let version = rule.ipVersion else { return }
        guard version == 4 || version == 6 else {
            error(
                .invalidIPVersion, ValidationMessage.unsupported(String(version), supported: ["4", "6"]),
                field: "ipVersion")
            return
        }
        for (field, proto) in [("protocol", rule.protocol), ("notProtocol", rule.notProtocol)] {
            guard let number = proto?.number else { continue }
            if number == 1 && version != 4 {
                error(
                    .invalidIPVersion, ValidationMessage.invalid(version, "protocol ICMP requires ipVersion 4"),
                    field: field)
            } else if number == 58 && version != 6 {
                error(
                    .invalidIPVersion, ValidationMessage.invalid(version, "protocol ICMPv6 requires ipVersion 6"),
                    field: field)
            }
        }
    }

    /// `icmp` or `notICMP` (C18); the position must be at the rule.
    private mutating func validateCalicoICMP(_ match: CalicoICMPMatch, field: String, protocol proto: CalicoProtocol?) {
        enter(field)
        if let type = match.type, !(0...254).contains(type) {
            error(
                .invalidICMPMatch, ValidationMessage.invalid(type, "must be between 0 and 254, inclusive"),
                field: "type")
        }
        if let code = match.code {
            if !(0...255).contains(code) {
                error(
                    .invalidICMPMatch, ValidationMessage.invalid(code, "must be between 0 and 255, inclusive"),
                    field: "code")
            }
            if match.type == nil {
                error(
                    .invalidICMPMatch, ValidationMessage.forbidden("ICMP code specified without an ICMP type"),
                    field: "code")
            }
        }
        leave()
        if field == "icmp" && !(proto?.isICMP ?? false) {
            error(
                .invalidICMPMatch, ValidationMessage.forbidden("ICMP fields require protocol to be ICMP or ICMPv6"),
                field: field)
        }
    }

    /// `http` (C19); the position must be at the rule.
    private mutating func validateCalicoHTTP(_ http: CalicoHTTPMatch, rule: CalicoRule) {
        if let action = rule.action, action != .allow {
            error(
                .invalidHTTPMatch, ValidationMessage.forbidden("HTTP match is only valid on Allow rules"), field: "http"
            )
        }
        if let proto = rule.protocol, proto.number != 6 {
            error(
                .invalidHTTPMatch,
                ValidationMessage.invalid(proto.rawValue, "rules with HTTP match must have protocol TCP or unset"),
                field: "protocol")
        }
        enter("http")
        if let methods = http.methods, methods.count > Self.maxCalicoHTTPItems {
            error(
                .invalidHTTPMatch, ValidationMessage.tooMany(methods.count, max: Self.maxCalicoHTTPItems),
                field: "methods")
        }
        if let paths = http.paths, paths.count > Self.maxCalicoHTTPItems {
            error(
                .invalidHTTPMatch, ValidationMessage.tooMany(paths.count, max: Self.maxCalicoHTTPItems), field: "paths")
        }
        for (index, path) in (http.paths ?? []).enumerated() {
            enter("paths", index: index)
            var present: [String] = []
            if path.exact != nil { present.append("exact") }
            if path.prefix != nil { present.append("prefix") }
            requireExactlyOne(present, of: ["exact", "prefix"], code: .invalidHTTPMatch)
            leave(2)
        }
        leave()
    }
}

// MARK: - Entity rules

extension ValidationContext {
    /// A `source` or `destination` (C07-C09, C13-C17, C20, and the warnings C31-C33); the position must be at
    /// it.
    mutating func validateCalicoEntityRule(_ entity: CalicoEntityRule, rule: CalicoRule, isSource: Bool) {
        validateCalicoNets(entity.nets, field: "nets", ipVersion: rule.ipVersion)
        validateCalicoNets(entity.notNets, field: "notNets", ipVersion: rule.ipVersion)
        validateCalicoSelector(entity.selector, field: "selector")
        validateCalicoSelector(entity.notSelector, field: "notSelector")
        validateCalicoSelector(entity.namespaceSelector, field: "namespaceSelector", place: .ruleNamespaceSelector)
        for (field, ports) in [("ports", entity.ports), ("notPorts", entity.notPorts)] {
            guard let ports else { continue }
            validateCalicoPorts(ports, field: field, rule: rule)
            if isSource && !ports.isEmpty {
                warning(
                    .sourcePortsNotEvaluated,
                    Self.notEvaluated("source ports (a question names only the destination port)", action: rule.action),
                    field: field)
            }
        }
        if let accounts = entity.serviceAccounts {
            enter("serviceAccounts")
            validateCalicoSelector(accounts.selector, field: "selector")
            leave()
            warning(
                .serviceAccountsNotEvaluated,
                Self.notEvaluated("service accounts (it reads no ServiceAccount objects)", action: rule.action),
                field: "serviceAccounts")
        }
        if let services = entity.services {
            validateCalicoServices(services, entity: entity, isSource: isSource)
            warning(
                .servicesNotEvaluated, Self.notEvaluated("Services (it models no Services)", action: rule.action),
                field: "services")
        }
    }

    /// `nets` or `notNets` (C16, and the warning C17); the position must be at the entity rule.
    private mutating func validateCalicoNets(_ nets: [String]?, field: String, ipVersion: Int?) {
        guard let nets else { return }
        if nets.count > Self.maxCalicoNets {
            error(.invalidCalicoNets, ValidationMessage.tooMany(nets.count, max: Self.maxCalicoNets), field: field)
        }
        var families: Set<IPFamily> = []
        for (index, text) in nets.enumerated() {
            enter(field, index: index)
            if let family = Self.calicoNetFamily(text) {
                families.insert(family)
            } else {
                error(
                    .invalidCalicoNets,
                    ValidationMessage.invalid(text, "must be a CIDR such as 10.0.0.0/8 or fd00::/8, or an address"))
            }
            leave(2)
        }
        if families.count > 1 {
            warning(
                .mixedFamilyNets,
                ValidationMessage.invalid(
                    json: ValidationMessage.json(nets), "mixes IPv4 and IPv6; Calico asks for one IP version per rule"),
                field: field)
        } else if let family = families.first, let ipVersion, (family == .ipv4 ? 4 : 6) != ipVersion {
            warning(
                .mixedFamilyNets,
                ValidationMessage.invalid(
                    json: ValidationMessage.json(nets), "the rule's ipVersion is \(ipVersion), so these never match"),
                field: field)
        }
    }

    /// The family of a `nets` item: a CIDR (host bits accepted, as Calico masks them) or a single address, in
    /// what Go's parser accepts (no leading zeros); nil when it is neither.
    static func calicoNetFamily(_ text: String) -> IPFamily? {
        if let parsed = try? IPPrefix.parse(text, mode: .lenient) {
            return parsed.issues.contains(.leadingZeros) ? nil : parsed.prefix.family
        }
        if !text.contains("/"), let address = try? IPAddress(parsing: text) { return address.family }
        return nil
    }

    /// `ports` or `notPorts` (C13-C15); the position must be at the entity rule.
    private mutating func validateCalicoPorts(_ ports: [CalicoPort], field: String, rule: CalicoRule) {
        if ports.count > Self.maxCalicoPorts {
            error(.invalidCalicoPort, ValidationMessage.tooMany(ports.count, max: Self.maxCalicoPorts), field: field)
        }
        if !ports.isEmpty && !(rule.protocol?.hasPorts ?? false) {
            error(
                .portsWithoutPortProtocol,
                ValidationMessage.forbidden(
                    "ports need the rule's protocol to be TCP, UDP, SCTP or UDPLite"
                        + (rule.protocol.map { " (it is \($0))" } ?? " (it has none)")),
                field: field)
        }
        for (index, port) in ports.enumerated() {
            enter(field, index: index)
            switch port.value {
            case .number(let number):
                if !(0...65535).contains(number) {
                    error(
                        .invalidCalicoPort,
                        ValidationMessage.invalid(port.rawValue, "must be between 0 and 65535, inclusive"))
                }
            case .range(let start, let end):
                if !(0...65535).contains(start) || !(0...65535).contains(end) {
                    error(
                        .invalidCalicoPort,
                        ValidationMessage.invalid(port.rawValue, "both ends must be between 0 and 65535"))
                } else if start > end {
                    error(
                        .invalidCalicoPort,
                        ValidationMessage.invalid(port.rawValue, "the range's start must not be above its end"))
                }
            case .named(let name):
                if !NameValidation.isValidPortName(name) {
                    warning(
                        .unknownCalicoNamedPort,
                        ValidationMessage.invalid(
                            name,
                            "not a valid port name (an IANA service name: at most 15 lower-case letters, digits and "
                                + "'-'); no container port can have it, so it matches nothing"))
                }
            case .invalid:
                error(
                    .invalidCalicoPort,
                    ValidationMessage.invalid(
                        port.rawValue, "must be a port number, a range \"start:end\" or a port name"))
            }
            leave(2)
        }
    }

    /// `services` (C20); the position must be at the entity rule.
    private mutating func validateCalicoServices(
        _ services: CalicoServiceMatch, entity: CalicoEntityRule, isSource: Bool
    ) {
        if (services.name ?? "").isEmpty {
            enter("services")
            error(
                .invalidServicesMatch, ValidationMessage.required("services must specify a service name"), field: "name"
            )
            leave()
        }
        let others: [(String, Bool)] = [
            ("selector", !(entity.selector ?? "").isEmpty), ("notSelector", !(entity.notSelector ?? "").isEmpty),
            ("namespaceSelector", !(entity.namespaceSelector ?? "").isEmpty), ("nets", !(entity.nets ?? []).isEmpty),
            ("notNets", !(entity.notNets ?? []).isEmpty), ("serviceAccounts", entity.serviceAccounts != nil),
        ]
        for (field, isSet) in others where isSet {
            error(
                .invalidServicesMatch,
                ValidationMessage.forbidden("cannot specify \(field) and services on the same rule"),
                field: field)
        }
        if !isSource {
            for (field, ports) in [("ports", entity.ports), ("notPorts", entity.notPorts)] where !(ports ?? []).isEmpty
            {
                error(
                    .invalidServicesMatch,
                    ValidationMessage.forbidden("ports and notPorts cannot be specified with services"),
                    field: field)
            }
        }
    }
}
