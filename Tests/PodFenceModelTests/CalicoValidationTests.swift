import PodFenceModel
import Testing

private let in0 = "spec.ingress[0]"
private let out0 = "spec.egress[0]"

/// A Calico NetworkPolicy in `shop`, edited by `edit`.
private func calicoPolicy(_ edit: (inout CalicoPolicySpec) -> Void = { _ in }) -> CalicoNetworkPolicy {
    var spec = CalicoPolicySpec(selector: "app == 'db'")
    edit(&spec)
    return CalicoNetworkPolicy(name: "db", namespace: "shop", spec: spec)
}

/// A GlobalNetworkPolicy, edited by `edit`.
private func globalPolicy(_ edit: (inout CalicoPolicySpec) -> Void = { _ in }) -> CalicoGlobalNetworkPolicy {
    var spec = CalicoPolicySpec()
    edit(&spec)
    return CalicoGlobalNetworkPolicy(name: "guard", spec: spec)
}

/// A NetworkPolicy with one ingress rule.
private func withRule(_ rule: CalicoRule) -> CalicoNetworkPolicy {
    calicoPolicy { $0.ingress = [rule] }
}

private func tcpRule(_ action: CalicoAction = .allow, destination: CalicoEntityRule) -> CalicoRule {
    CalicoRule(action: action, protocol: .tcp, destination: destination)
}

private func ports(_ items: CalicoPort...) -> CalicoEntityRule {
    CalicoEntityRule(ports: items)
}

private let selectorColumnMessage =
    "Invalid value: \"app = 'db'\": column 5: expected == (a single = is not an operator)"

@Suite("Calico policy validation (C01-C36)")
struct CalicoValidationTests {
    @Test("policies and tiers using every field validly have no diagnostic")
    func valid() {
        let policy = calicoPolicy { spec in
            spec.tier = "platform"
            spec.order = 100.5
            spec.types = [.ingress, .egress]
            spec.performanceHints = ["AssumeNeededOnEveryNode"]
            spec.ingress = [
                CalicoRule(
                    action: .allow, protocol: .tcp,
                    source: CalicoEntityRule(
                        nets: ["10.0.0.0/8", "10.1.2.3"], selector: "role in {'frontend', 'api'}",
                        namespaceSelector: "projectcalico.org/name == 'web' || global()"),
                    destination: ports(
                        CalicoPort(number: 5432), CalicoPort(rawValue: "6000:6010"), CalicoPort(rawValue: "metrics"))),
                CalicoRule(action: .log),
                CalicoRule(action: .deny, protocol: CalicoProtocol(number: 17)),
                CalicoRule(action: .pass, source: CalicoEntityRule(selector: "")),
            ]
            spec.egress = [
                CalicoRule(action: .deny, destination: CalicoEntityRule(nets: ["fd00::/8"])),
                CalicoRule(action: .allow),
            ]
        }
        expectDiagnostics(policy.validate(), [])
        expectDiagnostics(
            globalPolicy {
                $0.namespaceSelector = "has(team)"; $0.selector = "all()"
            }.validate(), [])
        for tier in CalicoTier.builtIn { expectDiagnostics(tier.validate(), []) }
        expectDiagnostics(
            CalicoTier(name: "security", spec: CalicoTierSpec(order: 300, defaultAction: .pass)).validate(), [])
        expectDiagnostics(CalicoTier(name: "last").validate(), [])
    }

    @Test("metadata follows the rules of any object; a namespace on a cluster-scoped kind is ignored (C24)")
    func metadata() {
        var policy = calicoPolicy()
        policy.metadata.name = "Bad_Name"
        expectDiagnostics(
            policy.validate(), [err("V02", "metadata.name", prefix: "Invalid value: \"Bad_Name\": " + subdomainDetail)])
        var global = globalPolicy()
        global.metadata.namespace = "shop"
        expectDiagnostics(
            global.validate(),
            [
                warn(
                    "C24", "metadata.namespace",
                    "Invalid value: \"shop\": ignored: a Calico GlobalNetworkPolicy is cluster-scoped (the API "
                        + "server drops the namespace)"
                )
            ])
        var tier = CalicoTier(name: "t")
        tier.metadata.namespace = "shop"
        expectDiagnostics(
            tier.validate(),
            [
                warn(
                    "C24", "metadata.namespace",
                    "Invalid value: \"shop\": ignored: a Calico Tier is cluster-scoped (the API server drops "
                        + "the namespace)"
                )
            ])
    }

    @Test(
        "C01-C03: tier name, order",
        arguments: [
            ValidationCase(
                "tier not a name", calicoPolicy { $0.tier = "Platform" },
                [err("C01", "spec.tier", prefix: "Invalid value: \"Platform\": " + subdomainDetail)]),
            ValidationCase("empty tier is the default tier", calicoPolicy { $0.tier = "" }, []),
            ValidationCase(
                "order .inf", calicoPolicy { $0.order = CalicoOrder(.infinity) },
                [err("C02", "spec.order", "Invalid value: \"inf\": must be a finite number")]),
            ValidationCase(
                "order .nan", calicoPolicy { $0.order = CalicoOrder(.nan) },
                [err("C02", "spec.order", "Invalid value: \"nan\": must be a finite number")]),
            ValidationCase(
                "negative order", calicoPolicy { $0.order = -5 },
                [
                    warn(
                        "C03", "spec.order",
                        "Invalid value: \"-5\": a negative order is accepted and comes before every order of 0 "
                            + "or more; check that it is meant"
                    )
                ]),
        ])
    func tierAndOrder(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test(
        "C02-C05: Tier order, defaultAction, and the built-in tiers' fixed values",
        arguments: [
            ValidationCase(
                "order .inf", CalicoTier(name: "t", spec: CalicoTierSpec(order: CalicoOrder(.infinity))),
                [err("C02", "spec.order", "Invalid value: \"inf\": must be a finite number")]),
            ValidationCase(
                "negative order", CalicoTier(name: "t", spec: CalicoTierSpec(order: -1)),
                [warn("C03", "spec.order", prefix: "Invalid value: \"-1\": a negative order")]),
            ValidationCase(
                "defaultAction Allow", CalicoTier(name: "t", spec: CalicoTierSpec(defaultAction: .allow)),
                [err("C04", "spec.defaultAction", "Unsupported value: \"Allow\": supported values: \"Deny\", \"Pass\"")]
            ),
            ValidationCase(
                "default without order", CalicoTier(name: "default"),
                [err("C05", "spec.order", "Required value: the default tier's order must be 1000000")]),
            ValidationCase(
                "default moved", CalicoTier(name: "default", spec: CalicoTierSpec(order: 100)),
                [err("C05", "spec.order", "Invalid value: \"100\": the default tier's order must be 1000000")]),
            ValidationCase(
                "default passing",
                CalicoTier(name: "default", spec: CalicoTierSpec(order: 1_000_000, defaultAction: .pass)),
                [
                    err(
                        "C05", "spec.defaultAction",
                        "Invalid value: \"Pass\": the default tier must have default action Deny")
                ]),
            ValidationCase(
                "kube-admin defaulted to Deny", CalicoTier(name: "kube-admin", spec: CalicoTierSpec(order: 1000)),
                [
                    err(
                        "C05", "spec.defaultAction",
                        "Invalid value: \"Deny\": the kube-admin tier must have default action Pass")
                ]),
            ValidationCase(
                "kube-baseline moved",
                CalicoTier(name: "kube-baseline", spec: CalicoTierSpec(order: 10_000_001, defaultAction: .pass)),
                [
                    err(
                        "C05", "spec.order",
                        "Invalid value: \"10000001\": the kube-baseline tier's order must be 10000000")
                ]),
        ])
    func tiers(_ testCase: ValidationCase<CalicoTier>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test(
        "C06: types",
        arguments: [
            ValidationCase(
                "empty list", calicoPolicy { $0.types = [] },
                [err("C06", "spec.types", "Required value: list Ingress, Egress or both, or leave types out")]),
            ValidationCase(
                "unknown", calicoPolicy { $0.types = [PolicyType(rawValue: "ingress")] },
                [
                    err(
                        "C06", "spec.types[0]",
                        "Unsupported value: \"ingress\": supported values: \"Ingress\", \"Egress\"")
                ]),
            ValidationCase(
                "duplicate", calicoPolicy { $0.types = [.egress, .egress] },
                [err("C06", "spec.types[1]", "Duplicate value: \"Egress\"")]),
            ValidationCase(
                "three", calicoPolicy { $0.types = [.ingress, .egress, .ingress] },
                [
                    err("C06", "spec.types", "Too many: 3: must have at most 2 items"),
                    err("C06", "spec.types[2]", "Duplicate value: \"Ingress\""),
                ]),
        ])
    func types(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test(
        "C07-C09: selectors parse, fit in 1024 characters, and use global() only in a rule's namespaceSelector",
        arguments: [
            ValidationCase(
                "policy selector", calicoPolicy { $0.selector = "app = 'db'" },
                [err("C07", "spec.selector", selectorColumnMessage)]),
            ValidationCase(
                "rule selectors",
                withRule(
                    CalicoRule(
                        action: .allow, source: CalicoEntityRule(selector: "app = 'db'"),
                        destination: CalicoEntityRule(namespaceSelector: "has(a"))),
                [
                    err("C07", "\(in0).source.selector", selectorColumnMessage),
                    err(
                        "C07", "\(in0).destination.namespaceSelector",
                        "Invalid value: \"has(a\": column 6: expected ) to close has("),
                ]),
            ValidationCase(
                "notSelector",
                withRule(CalicoRule(action: .deny, source: CalicoEntityRule(selector: nil))).editing {
                    $0.spec.ingress?[0].source?.notSelector = "a =="
                },
                [
                    err(
                        "C07", "\(in0).source.notSelector",
                        "Invalid value: \"a ==\": column 5: expected a quoted string after ==, found the end of "
                            + "the selector"
                    )
                ]),
            ValidationCase(
                "too long", calicoPolicy { $0.selector = "a == '" + String(repeating: "x", count: 1020) + "'" },
                [err("C08", "spec.selector", "Too long: may not be more than 1024 characters")]),
            ValidationCase(
                "global() as the policy's selector", calicoPolicy { $0.selector = "global()" },
                [
                    err(
                        "C09", "spec.selector",
                        "Invalid value: \"global()\": global() can only be used in a rule's namespaceSelector")
                ]),
            ValidationCase(
                "global() in a rule's selector",
                withRule(CalicoRule(action: .allow, source: CalicoEntityRule(selector: "!global()"))),
                [
                    err(
                        "C09", "\(in0).source.selector",
                        "Invalid value: \"!global()\": global() can only be used in a rule's namespaceSelector")
                ]),
        ])
    func selectors(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test("C07, C09: a GlobalNetworkPolicy's namespaceSelector and serviceAccountSelector are selectors too")
    func globalSelectors() {
        expectDiagnostics(
            globalPolicy { $0.namespaceSelector = "global()" }.validate(),
            [
                err(
                    "C09", "spec.namespaceSelector",
                    "Invalid value: \"global()\": global() can only be used in a rule's namespaceSelector")
            ])
        expectDiagnostics(
            globalPolicy { $0.serviceAccountSelector = "a in {" }.validate(),
            [
                err(
                    "C07", "spec.serviceAccountSelector",
                    "Invalid value: \"a in {\": column 7: expected a quoted string, ',' or } in the set, found "
                        + "the end of the selector"
                ),
                warn("C35", "spec.serviceAccountSelector", prefix: "not evaluated"),
            ])
    }

    @Test(
        "C10-C12: action, protocol, ipVersion",
        arguments: [
            ValidationCase(
                "no action", withRule(CalicoRule()),
                [err("C10", "\(in0).action", "Required value: Allow, Deny, Log or Pass")]),
            ValidationCase(
                "unknown action", withRule(CalicoRule(action: CalicoAction(rawValue: "Accept"))),
                [
                    err(
                        "C10", "\(in0).action",
                        "Unsupported value: \"Accept\": supported values: \"Allow\", \"Deny\", \"Log\", \"Pass\"")
                ]),
            ValidationCase(
                "unknown protocol", withRule(CalicoRule(action: .allow, protocol: CalicoProtocol(rawValue: "tcp"))),
                [
                    err(
                        "C11", "\(in0).protocol",
                        "Unsupported value: \"tcp\": supported values: \"TCP\", \"UDP\", \"ICMP\", \"ICMPv6\", "
                            + "\"SCTP\", \"UDPLite\", \"1-255\" (write it TCP)"
                    )
                ]),
            ValidationCase(
                "protocol number 0", withRule(CalicoRule(action: .allow, protocol: CalicoProtocol(number: 0))),
                [err("C11", "\(in0).protocol", "Invalid value: 0: must be between 1 and 255, inclusive")]),
            ValidationCase(
                "notProtocol number 256",
                withRule(CalicoRule(action: .allow)).editing {
                    $0.spec.ingress?[0].notProtocol = CalicoProtocol(number: 256)
                },
                [err("C11", "\(in0).notProtocol", "Invalid value: 256: must be between 1 and 255, inclusive")]),
            ValidationCase(
                "ipVersion 5", withRule(CalicoRule(action: .allow)).editing { $0.spec.ingress?[0].ipVersion = 5 },
                [err("C12", "\(in0).ipVersion", "Unsupported value: \"5\": supported values: \"4\", \"6\"")]),
            ValidationCase(
                "ICMP on IPv6",
                withRule(CalicoRule(action: .allow, protocol: .icmp)).editing { $0.spec.ingress?[0].ipVersion = 6 },
                [err("C12", "\(in0).protocol", "Invalid value: 6: protocol ICMP requires ipVersion 4")]),
            ValidationCase(
                "ICMPv6 by number on IPv4",
                withRule(CalicoRule(action: .allow, protocol: CalicoProtocol(number: 58))).editing {
                    $0.spec.ingress?[0].ipVersion = 4
                },
                [err("C12", "\(in0).protocol", "Invalid value: 4: protocol ICMPv6 requires ipVersion 6")]),
        ])
    func actionProtocolVersion(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test(
        "C13-C15: ports",
        arguments: [
            ValidationCase(
                "number too big", withRule(tcpRule(destination: ports(CalicoPort(number: 65536)))),
                [
                    err(
                        "C13", "\(in0).destination.ports[0]",
                        "Invalid value: \"65536\": must be between 0 and 65535, inclusive")
                ]),
            ValidationCase(
                "reversed range", withRule(tcpRule(destination: ports(CalicoPort(rawValue: "90:80")))),
                [
                    err(
                        "C13", "\(in0).destination.ports[0]",
                        "Invalid value: \"90:80\": the range's start must not be above its end")
                ]),
            ValidationCase(
                "range end too big", withRule(tcpRule(destination: ports(CalicoPort(rawValue: "80:70000")))),
                [
                    err(
                        "C13", "\(in0).destination.ports[0]",
                        "Invalid value: \"80:70000\": both ends must be between 0 and 65535")
                ]),
            ValidationCase(
                "malformed range",
                withRule(
                    tcpRule(destination: CalicoEntityRule()).editing {
                        $0.destination?.notPorts = [CalicoPort(rawValue: "80-90:")]
                    }),
                [
                    err(
                        "C13", "\(in0).destination.notPorts[0]",
                        "Invalid value: \"80-90:\": must be a port number, a range \"start:end\" or a port name")
                ]),
            ValidationCase(
                "empty string", withRule(tcpRule(destination: ports(CalicoPort(rawValue: "")))),
                [
                    err(
                        "C13", "\(in0).destination.ports[0]",
                        "Invalid value: \"\": must be a port number, a range \"start:end\" or a port name")
                ]),
            ValidationCase(
                "too many",
                withRule(tcpRule(destination: CalicoEntityRule(ports: (1...51).map(CalicoPort.init(number:))))),
                [err("C13", "\(in0).destination.ports", "Too many: 51: must have at most 50 items")]),
            ValidationCase(
                "ports without a protocol",
                withRule(CalicoRule(action: .allow, destination: ports(CalicoPort(number: 80)))),
                [
                    err(
                        "C14", "\(in0).destination.ports",
                        "Forbidden: ports need the rule's protocol to be TCP, UDP, SCTP or UDPLite (it has none)")
                ]),
            ValidationCase(
                "ports with ICMP",
                withRule(CalicoRule(action: .allow, protocol: .icmp, destination: ports(CalicoPort(number: 80)))),
                [
                    err(
                        "C14", "\(in0).destination.ports",
                        "Forbidden: ports need the rule's protocol to be TCP, UDP, SCTP or UDPLite (it is ICMP)")
                ]),
            ValidationCase(
                "a named port no pod can have", withRule(tcpRule(destination: ports(CalicoPort(rawValue: "Web_Port")))),
                [
                    warn(
                        "C15", "\(in0).destination.ports[0]",
                        "Invalid value: \"Web_Port\": not a valid port name (an IANA service name: at most 15 "
                            + "lower-case letters, digits and '-'); no container port can have it, so it "
                            + "matches nothing"
                    )
                ]),
        ])
    func portItems(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test(
        "C16, C17: nets",
        arguments: [
            ValidationCase(
                "not a CIDR",
                withRule(
                    CalicoRule(action: .allow, source: CalicoEntityRule(nets: ["10.0.0.0/33", "010.0.0.0/8", "x"]))),
                [
                    err(
                        "C16", "\(in0).source.nets[0]",
                        "Invalid value: \"10.0.0.0/33\": must be a CIDR such as 10.0.0.0/8 or fd00::/8, or an address"),
                    err(
                        "C16", "\(in0).source.nets[1]",
                        "Invalid value: \"010.0.0.0/8\": must be a CIDR such as 10.0.0.0/8 or fd00::/8, or an address"),
                    err(
                        "C16", "\(in0).source.nets[2]",
                        "Invalid value: \"x\": must be a CIDR such as 10.0.0.0/8 or fd00::/8, or an address"),
                ]),
            ValidationCase(
                "too many",
                withRule(
                    CalicoRule(
                        action: .allow, source: CalicoEntityRule(nets: Array(repeating: "10.0.0.0/8", count: 257)))),
                [err("C16", "\(in0).source.nets", "Too many: 257: must have at most 256 items")]),
            ValidationCase(
                "mixed families",
                withRule(
                    CalicoRule(action: .allow, destination: CalicoEntityRule()).editing {
                        $0.destination?.notNets = ["10.0.0.0/8", "fd00::/8"]
                    }),
                [
                    warn(
                        "C17", "\(in0).destination.notNets",
                        "Invalid value: [\"10.0.0.0/8\",\"fd00::/8\"]: mixes IPv4 and IPv6; Calico asks for one "
                            + "IP version per rule"
                    )
                ]),
            ValidationCase(
                "another ipVersion",
                withRule(CalicoRule(action: .allow, source: CalicoEntityRule(nets: ["fd00::/8"]))).editing {
                    $0.spec.ingress?[0].ipVersion = 4
                },
                [
                    warn(
                        "C17", "\(in0).source.nets",
                        "Invalid value: [\"fd00::/8\"]: the rule's ipVersion is 4, so these never match")
                ]),
        ])
    func nets(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    private static let icmpNote =
        "not evaluated: PodFence does not see ICMP types and codes (a question is about TCP, UDP or SCTP, so it "
        + "only matters when protocol is absent); verdicts read the rule closed: "

    @Test(
        "C18, C34: ICMP matches are checked, and not evaluated",
        arguments: [
            ValidationCase(
                "valid, on an Allow rule",
                withRule(
                    CalicoRule(action: .allow, protocol: .icmp).editing {
                        $0.icmp = CalicoICMPMatch(type: 8, code: 0)
                    }),
                [warn("C34", "\(in0).icmp", icmpNote + "this Allow rule matches nothing")]),
            ValidationCase(
                "type and code out of range",
                withRule(
                    CalicoRule(action: .deny, protocol: .icmpv6).editing {
                        $0.notICMP = CalicoICMPMatch(type: 255, code: 256)
                    }),
                [
                    err("C18", "\(in0).notICMP.type", "Invalid value: 255: must be between 0 and 254, inclusive"),
                    err("C18", "\(in0).notICMP.code", "Invalid value: 256: must be between 0 and 255, inclusive"),
                    warn("C34", "\(in0).notICMP", icmpNote + "this Deny rule matches as if the field were absent"),
                ]),
            ValidationCase(
                "code without type, protocol TCP",
                withRule(CalicoRule(action: .pass, protocol: .tcp).editing { $0.icmp = CalicoICMPMatch(code: 1) }),
                [
                    err("C18", "\(in0).icmp.code", "Forbidden: ICMP code specified without an ICMP type"),
                    err("C18", "\(in0).icmp", "Forbidden: ICMP fields require protocol to be ICMP or ICMPv6"),
                    warn(
                        "C34", "\(in0).icmp",
                        icmpNote
                            + "this Pass rule denies what it would match without the field (passing could open more)"),
                ]),
        ])
    func icmp(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    private static let httpNote =
        "not evaluated: PodFence does not see HTTP methods and paths (it sees connections, not requests); "
        + "verdicts read the rule closed: "

    @Test(
        "C19, C30: HTTP matches are checked, and not evaluated",
        arguments: [
            ValidationCase(
                "valid",
                withRule(
                    CalicoRule(action: .allow).editing {
                        $0.http = CalicoHTTPMatch(methods: ["GET"], paths: [CalicoHTTPPath(prefix: "/api")])
                    }),
                [warn("C30", "\(in0).http", httpNote + "this Allow rule matches nothing")]),
            ValidationCase(
                "on a Deny rule with UDP, a path with both fields",
                withRule(
                    CalicoRule(action: .deny, protocol: .udp).editing {
                        $0.http = CalicoHTTPMatch(paths: [CalicoHTTPPath(exact: "/a", prefix: "/b"), CalicoHTTPPath()])
                    }),
                [
                    err("C19", "\(in0).http", "Forbidden: HTTP match is only valid on Allow rules"),
                    err(
                        "C19", "\(in0).protocol",
                        "Invalid value: \"UDP\": rules with HTTP match must have protocol TCP or unset"),
                    err(
                        "C19", "\(in0).http.paths[0]",
                        "Invalid value: [\"exact\",\"prefix\"]: must set exactly one of exact or prefix"),
                    err("C19", "\(in0).http.paths[1]", "Required value: must set exactly one of exact or prefix"),
                    warn("C30", "\(in0).http", httpNote + "this Deny rule matches as if the field were absent"),
                ]),
            ValidationCase(
                "too many methods",
                withRule(
                    CalicoRule(action: .allow).editing {
                        $0.http = CalicoHTTPMatch(methods: Array(repeating: "GET", count: 21))
                    }),
                [
                    err("C19", "\(in0).http.methods", "Too many: 21: must have at most 20 items"),
                    warn("C30", "\(in0).http", prefix: "not evaluated"),
                ]),
        ])
    func http(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test(
        "C20, C31-C33: services, service accounts, source ports",
        arguments: [
            ValidationCase(
                "source ports",
                withRule(CalicoRule(action: .allow, protocol: .tcp, source: ports(CalicoPort(number: 1024)))),
                [
                    warn(
                        "C31", "\(in0).source.ports",
                        "not evaluated: PodFence does not see source ports (a question names only the "
                            + "destination port); verdicts read the rule closed: this Allow rule matches nothing"
                    )
                ]),
            ValidationCase(
                "service accounts",
                withRule(
                    CalicoRule(
                        action: .log,
                        source: CalicoEntityRule().editing {
                            $0.serviceAccounts = CalicoServiceAccountMatch(names: ["api"], selector: "global()")
                        })),
                [
                    err(
                        "C09", "\(in0).source.serviceAccounts.selector",
                        "Invalid value: \"global()\": global() can only be used in a rule's namespaceSelector"),
                    warn(
                        "C32", "\(in0).source.serviceAccounts",
                        "not evaluated: PodFence does not see service accounts (it reads no ServiceAccount "
                            + "objects); verdicts read the rule closed: a rule that is not Allow, Deny or Pass "
                            + "never decides, so verdicts do not depend on it"
                    ),
                ]),
            ValidationCase(
                "services with what they exclude",
                withRule(
                    tcpRule(
                        destination: CalicoEntityRule(
                            nets: ["10.0.0.0/8"], selector: "has(a)", ports: [CalicoPort(number: 80)]
                        ).editing { $0.services = CalicoServiceMatch(namespace: "shop") })),
                [
                    err(
                        "C20", "\(in0).destination.services.name",
                        "Required value: services must specify a service name"),
                    err(
                        "C20", "\(in0).destination.selector",
                        "Forbidden: cannot specify selector and services on the same rule"),
                    err(
                        "C20", "\(in0).destination.nets", "Forbidden: cannot specify nets and services on the same rule"
                    ),
                    err(
                        "C20", "\(in0).destination.ports",
                        "Forbidden: ports and notPorts cannot be specified with services"),
                    warn(
                        "C33", "\(in0).destination.services",
                        "not evaluated: PodFence does not see Services (it models no Services); verdicts read "
                            + "the rule closed: this Allow rule matches nothing"
                    ),
                ]),
            ValidationCase(
                "services in a source with ports",
                withRule(
                    CalicoRule(
                        action: .allow, protocol: .tcp,
                        source: ports(CalicoPort(number: 80)).editing { $0.services = CalicoServiceMatch(name: "web") })
                ),
                [
                    warn("C31", "\(in0).source.ports", prefix: "not evaluated"),
                    warn("C33", "\(in0).source.services", prefix: "not evaluated"),
                ]),
        ])
    func unevaluated(_ testCase: ValidationCase<CalicoNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test("C35: serviceAccountSelector is read closed")
    func serviceAccountSelector() {
        expectDiagnostics(
            calicoPolicy { $0.serviceAccountSelector = "projectcalico.org/name == 'api'" }.validate(),
            [
                warn(
                    "C35", "spec.serviceAccountSelector",
                    "not evaluated: PodFence does not read ServiceAccounts; verdicts read the policy closed: it "
                        + "applies to every endpoint its selector matches, and its Allow rules match nothing"
                )
            ])
    }

    @Test(
        "C21, C36: doNotTrack, preDNAT, applyOnForward",
        arguments: [
            ValidationCase(
                "applyOnForward alone", globalPolicy { $0.applyOnForward = true },
                [
                    warn(
                        "C36", "spec.applyOnForward",
                        "not evaluated: it only matters for host endpoints, which PodFence does not model; for "
                            + "pods the policy is evaluated as an ordinary one"
                    )
                ]),
            ValidationCase(
                "false flags",
                globalPolicy {
                    $0.doNotTrack = false; $0.preDNAT = false; $0.applyOnForward = false
                }, []),
            ValidationCase(
                "both, egress, no applyOnForward",
                globalPolicy {
                    $0.doNotTrack = true; $0.preDNAT = true; $0.types = [.egress];
                    $0.egress = [CalicoRule(action: .allow)]
                },
                [
                    err("C21", "spec.preDNAT", "Forbidden: preDNAT and doNotTrack cannot both be true"),
                    err("C21", "spec.egress", "Forbidden: preDNAT policy cannot have any egress rules"),
                    err("C21", "spec.types", "Forbidden: preDNAT policy cannot have 'Egress' type"),
                    err(
                        "C21", "spec.applyOnForward",
                        "Invalid value: \"false\": applyOnForward must be true if either preDNAT or doNotTrack "
                            + "is true"),
                    warn("C36", "spec.doNotTrack", prefix: "not evaluated"),
                    warn("C36", "spec.preDNAT", prefix: "not evaluated"),
                ]),
        ])
    func hostEndpointFlags(_ testCase: ValidationCase<CalicoGlobalNetworkPolicy>) {
        expectDiagnostics(testCase.input.validate(), testCase.expected)
    }

    @Test("C22: at most 1024 rules per direction in a GlobalNetworkPolicy; a NetworkPolicy has no limit")
    func ruleCount() {
        let rules = Array(repeating: CalicoRule(action: .allow), count: 1025)
        expectDiagnostics(
            globalPolicy { $0.ingress = rules }.validate(),
            [err("C22", "spec.ingress", "Too many: 1025: must have at most 1024 items")])
        expectDiagnostics(calicoPolicy { $0.egress = rules }.validate(), [])
    }

    @Test("C23: the GlobalNetworkPolicy-only fields set on a Calico NetworkPolicy")
    func globalOnlyFields() {
        let message =
            "Forbidden: only a GlobalNetworkPolicy has this field; a Calico NetworkPolicy applies to its own namespace"
        expectDiagnostics(
            calicoPolicy {
                $0.namespaceSelector = "all()"; $0.doNotTrack = false; $0.preDNAT = true; $0.applyOnForward = true
            }.validate(),
            [
                err("C23", "spec.namespaceSelector", message), err("C23", "spec.doNotTrack", message),
                err("C23", "spec.preDNAT", message), err("C23", "spec.applyOnForward", message),
            ])
    }

    @Test("C25: performanceHints")
    func performanceHints() {
        expectDiagnostics(
            calicoPolicy { $0.performanceHints = ["AssumeNeededOnEveryNode", "Fast", "AssumeNeededOnEveryNode"] }
                .validate(),
            [
                err(
                    "C25", "spec.performanceHints[1]",
                    "Unsupported value: \"Fast\": supported values: \"AssumeNeededOnEveryNode\""),
                err("C25", "spec.performanceHints[2]", "Duplicate value: \"AssumeNeededOnEveryNode\""),
            ])
    }

    @Test("KubernetesObject.validate dispatches to the Calico kinds")
    func dispatch() {
        #expect(
            KubernetesObject.calicoNetworkPolicy(calicoPolicy { $0.selector = "=" }).validate().map(\.code) == [
                .invalidCalicoSelector
            ])
        #expect(
            KubernetesObject.calicoGlobalNetworkPolicy(globalPolicy { $0.order = -1 }).validate().map(\.code) == [
                .negativeOrder
            ]
        )
        #expect(
            KubernetesObject.calicoTier(CalicoTier(name: "default")).validate().map(\.code) == [.builtInTierChanged])
    }

    @Test("the defaulted types and tier name")
    func defaults() {
        #expect(calicoPolicy().spec.policyTypes == [.ingress])
        #expect(calicoPolicy { $0.egress = [CalicoRule(action: .allow)] }.spec.policyTypes == [.egress])
        #expect(
            calicoPolicy {
                $0.egress = [CalicoRule(action: .allow)]; $0.ingress = [CalicoRule(action: .deny)]
            }.spec.policyTypes == [.ingress, .egress])
        #expect(calicoPolicy { $0.types = [.egress] }.spec.policyTypes == [.egress])
        #expect(calicoPolicy().spec.tierName == "default")
        #expect(calicoPolicy { $0.tier = "platform" }.spec.tierName == "platform")
        #expect(CalicoTierSpec().effectiveDefaultAction == .deny)
    }

    @Test("protocols and ports read their written forms")
    func protocolsAndPorts() {
        #expect(CalicoProtocol.tcp.number == 6)
        #expect(CalicoProtocol(number: 132).hasPorts)
        #expect(!CalicoProtocol.icmp.hasPorts)
        #expect(CalicoProtocol(number: 58).isICMP)
        #expect(CalicoProtocol(rawValue: "GRE").number == nil)
        #expect(CalicoPort(number: 80).value == .number(80))
        #expect(CalicoPort(rawValue: "80").value == .number(80))
        #expect(CalicoPort(range: 6040...6050).value == .range(6040, 6050))
        #expect(CalicoPort(rawValue: "http").value == .named("http"))
        #expect(CalicoPort(rawValue: "1:x").value == .invalid)
        #expect(CalicoOrder(100) == CalicoOrder(100.0))
        #expect(CalicoOrder(99.5) < 100)
        #expect(CalicoOrder(1000).description == "1000")
        #expect(CalicoOrder(100.5).description == "100.5")
    }
}

extension CalicoNetworkPolicy {
    fileprivate func editing(_ edit: (inout CalicoNetworkPolicy) -> Void) -> CalicoNetworkPolicy {
        var copy = self
        edit(&copy)
        return copy
    }
}

extension CalicoRule {
    fileprivate func editing(_ edit: (inout CalicoRule) -> Void) -> CalicoRule {
        var copy = self
        edit(&copy)
        return copy
    }
}

extension CalicoEntityRule {
    fileprivate func editing(_ edit: (inout CalicoEntityRule) -> Void) -> CalicoEntityRule {
        var copy = self
        edit(&copy)
        return copy
    }
}
