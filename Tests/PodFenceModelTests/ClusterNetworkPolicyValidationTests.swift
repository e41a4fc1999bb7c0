import PodFenceModel
import Testing

private let rule0 = "spec.ingress[0]"
private let out0 = "spec.egress[0]"

@Suite("ClusterNetworkPolicy validation (K01-K22, K25)")
struct ClusterNetworkPolicyValidationTests {
    @Test("a policy using every field validly has no diagnostic")
    func valid() {
        let policy = makeCNP { spec in
            spec.subject = ClusterPolicySubject(
                pods: NamespacedPodSelector(
                    namespaceSelector: LabelSelector(["team": "a"]), podSelector: LabelSelector()))
            spec.ingress = [
                ClusterPolicyIngressRule(
                    name: String(repeating: "r", count: 100), action: .accept,
                    from: [
                        everyNamespace,
                        ClusterPolicyPeer(pods: NamespacedPodSelector(podSelector: LabelSelector(["app": "web"]))),
                    ],
                    protocols: [tcp(80), udpRange(1, 65535), ClusterPolicyProtocol(destinationNamedPort: "http")])
            ]
            spec.egress = [
                ClusterPolicyEgressRule(
                    action: .deny,
                    to: [
                        ClusterPolicyPeer(networks: ["10.0.0.0/8", "fd00::/8", "10.0.0.5/24", "2001:DB8::/32"]),
                        ClusterPolicyPeer(nodes: LabelSelector()),
                    ],
                    protocols: [tcp(443)]),
                ClusterPolicyEgressRule(
                    action: .accept, to: [ClusterPolicyPeer(domainNames: ["*.example.com", "example.org."])]),
                ClusterPolicyEgressRule(
                    action: .pass, to: [everyNamespace], protocols: [ClusterPolicyProtocol(destinationNamedPort: "dns")]
                ),
            ]
        }
        expectDiagnostics(policy.validate(), [])
        expectDiagnostics(
            makeCNP {
                $0.tier = .baseline; $0.priority = 1000
            }.validate(), [])
    }

    @Test(
        "K01: tier is required, Admin or Baseline",
        arguments: [
            ValidationCase(
                "absent", makeCNP { $0.tier = nil },
                [err("K01", "spec.tier", "Required value: must be \"Admin\" or \"Baseline\"")]),
            ValidationCase(
                "lower case", makeCNP { $0.tier = PolicyTier(rawValue: "admin") },
                [err("K01", "spec.tier", "Unsupported value: \"admin\": supported values: \"Admin\", \"Baseline\"")]),
            ValidationCase(
                "NetworkPolicy is not a tier to write", makeCNP { $0.tier = PolicyTier(rawValue: "NetworkPolicy") },
                [
                    err(
                        "K01", "spec.tier",
                        "Unsupported value: \"NetworkPolicy\": supported values: \"Admin\", \"Baseline\"")
                ]),
        ])
    func k01(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K02: priority is required, 0 to 1000",
        arguments: [
            ValidationCase(
                "absent", makeCNP { $0.priority = nil },
                [err("K02", "spec.priority", "Required value: must be between 0 and 1000, lower first")]),
            ValidationCase(
                "-1", makeCNP { $0.priority = -1 },
                [err("K02", "spec.priority", "Invalid value: -1: must be between 0 and 1000, inclusive")]),
            ValidationCase(
                "1001", makeCNP { $0.priority = 1001 },
                [err("K02", "spec.priority", "Invalid value: 1001: must be between 0 and 1000, inclusive")]),
            ValidationCase("0", makeCNP { $0.priority = 0 }, []),
            ValidationCase("1000", makeCNP { $0.priority = 1000 }, []),
        ])
    func k02(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K03: subject is required, exactly one of namespaces or pods; its selectors are checked (S01-S07)",
        arguments: [
            ValidationCase(
                "absent", makeCNP { $0.subject = nil },
                [err("K03", "spec.subject", "Required value: must set exactly one of namespaces or pods")]),
            ValidationCase(
                "empty", makeCNP { $0.subject = ClusterPolicySubject() },
                [err("K03", "spec.subject", "Required value: must set exactly one of namespaces or pods")]),
            ValidationCase(
                "both",
                makeCNP {
                    $0.subject = ClusterPolicySubject(
                        namespaces: LabelSelector(), pods: NamespacedPodSelector(podSelector: LabelSelector()))
                },
                [
                    err(
                        "K03", "spec.subject",
                        "Invalid value: [\"namespaces\",\"pods\"]: must set exactly one of namespaces or pods")
                ]),
            ValidationCase(
                "bad label key in namespaces",
                makeCNP { $0.subject = ClusterPolicySubject(namespaces: LabelSelector(["-a": "b"])) },
                [err("S01", "spec.subject.namespaces.matchLabels[-a]", prefix: "Invalid value: \"-a\": ")]),
            ValidationCase(
                "In without values in pods.namespaceSelector",
                makeCNP {
                    $0.subject = ClusterPolicySubject(
                        pods: NamespacedPodSelector(
                            namespaceSelector: expression("team", "In"), podSelector: LabelSelector()))
                },
                [
                    err(
                        "S03", "spec.subject.pods.namespaceSelector.matchExpressions[0].values",
                        "Required value: must be specified when `operator` is 'In' or 'NotIn'")
                ]),
        ])
    func k03(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K04: pods needs a podSelector, in the subject and in peers",
        arguments: [
            ValidationCase(
                "subject",
                makeCNP {
                    $0.subject = ClusterPolicySubject(pods: NamespacedPodSelector(namespaceSelector: LabelSelector()))
                },
                [
                    err(
                        "K04", "spec.subject.pods.podSelector",
                        "Required value: set podSelector ({} selects every pod of the selected namespaces)")
                ]),
            ValidationCase(
                "peer", cnpIngress(from: [ClusterPolicyPeer(pods: NamespacedPodSelector())]),
                [
                    err(
                        "K04", "\(rule0).from[0].pods.podSelector",
                        "Required value: set podSelector ({} selects every pod of the selected namespaces)")
                ]),
            ValidationCase(
                "no namespaceSelector is every namespace",
                cnpEgress(to: [ClusterPolicyPeer(pods: NamespacedPodSelector(podSelector: LabelSelector()))]), []),
        ])
    func k04(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("K05: at most 25 rules per direction")
    func k05() {
        let ingress = Array(repeating: ClusterPolicyIngressRule(action: .deny, from: [everyNamespace]), count: 26)
        let egress = Array(repeating: ClusterPolicyEgressRule(action: .deny, to: [everyNamespace]), count: 26)
        expectDiagnostics(
            makeCNP {
                $0.ingress = ingress; $0.egress = egress
            }.validate(),
            [
                err(
                    "K05", "spec.ingress",
                    "Too many: 26: must have at most 25 items (a ClusterNetworkPolicy has at most 25 ingress rules: "
                        + "split it into several policies)"),
                err(
                    "K05", "spec.egress",
                    "Too many: 26: must have at most 25 items (a ClusterNetworkPolicy has at most 25 egress rules: "
                        + "split it into several policies)"),
            ])
        expectDiagnostics(makeCNP { $0.ingress = Array(ingress.prefix(25)) }.validate(), [])
    }

    @Test(
        "K06: action is required, Accept, Deny or Pass",
        arguments: [
            ValidationCase(
                "absent", cnpIngress(nil),
                [err("K06", "\(rule0).action", "Required value: must be \"Accept\", \"Deny\" or \"Pass\"")]),
            ValidationCase(
                "v1alpha1's Allow", cnpEgress(.allow),
                [
                    err(
                        "K06", "\(out0).action",
                        "Unsupported value: \"Allow\": supported values: \"Accept\", \"Deny\", \"Pass\" "
                            + "(ClusterNetworkPolicy spells Allow as Accept)")
                ]),
            ValidationCase(
                "Drop", cnpIngress(ClusterPolicyAction(rawValue: "Drop")),
                [
                    err(
                        "K06", "\(rule0).action",
                        "Unsupported value: \"Drop\": supported values: \"Accept\", \"Deny\", \"Pass\"")
                ]),
            ValidationCase("Pass", cnpIngress(.pass), []),
        ])
    func k06(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K07: a rule's name has at most 100 characters (not bytes)",
        arguments: [
            ValidationCase(
                "101", cnpIngress(name: String(repeating: "n", count: 101)),
                [err("K07", "\(rule0).name", "Too long: may not be more than 100 characters")]),
            ValidationCase("100 two-byte characters", cnpEgress(name: String(repeating: "é", count: 100)), []),
            ValidationCase("empty", cnpEgress(name: ""), []),
        ])
    func k07(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K08: from and to are required, 1 to 25 peers",
        arguments: [
            ValidationCase(
                "no from", cnpIngress(from: nil),
                [err("K08", "\(rule0).from", "Required value: must list at least one peer")]),
            ValidationCase(
                "to: []", cnpEgress(to: []),
                [err("K08", "\(out0).to", "Invalid value: []: must have at least 1 item")]),
            ValidationCase(
                "26 peers", cnpIngress(from: Array(repeating: everyNamespace, count: 26)),
                [err("K08", "\(rule0).from", "Too many: 26: must have at most 25 items")]),
            ValidationCase("25 peers", cnpEgress(to: Array(repeating: everyNamespace, count: 25)), []),
        ])
    func k08(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K09: a peer sets exactly one field",
        arguments: [
            ValidationCase(
                "ingress {}", cnpIngress(from: [ClusterPolicyPeer()]),
                [err("K09", "\(rule0).from[0]", "Required value: must set exactly one of namespaces or pods")]),
            ValidationCase(
                "egress {} after a valid peer", cnpEgress(to: [everyNamespace, ClusterPolicyPeer()]),
                [
                    err(
                        "K09", "\(out0).to[1]",
                        "Required value: must set exactly one of namespaces, pods, nodes, networks or domainNames")
                ]),
            ValidationCase(
                "namespaces and networks",
                cnpEgress(to: [ClusterPolicyPeer(namespaces: LabelSelector(), networks: ["10.0.0.0/8"])]),
                [
                    err(
                        "K09", "\(out0).to[0]",
                        "Invalid value: [\"namespaces\",\"networks\"]: must set exactly one of namespaces, pods, "
                            + "nodes, networks or domainNames" + orHint)
                ]),
            ValidationCase(
                "namespaces and pods in ingress",
                cnpIngress(from: [
                    ClusterPolicyPeer(
                        namespaces: LabelSelector(), pods: NamespacedPodSelector(podSelector: LabelSelector()))
                ]),
                [
                    err(
                        "K09", "\(rule0).from[0]",
                        "Invalid value: [\"namespaces\",\"pods\"]: must set exactly one of namespaces or pods" + orHint)
                ]),
        ])
    func k09(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K10: ingress peers are namespaces or pods only",
        arguments: [
            ValidationCase(
                "networks", cnpIngress(from: [ClusterPolicyPeer(networks: ["10.0.0.0/8"])]),
                [
                    err(
                        "K10", "\(rule0).from[0].networks",
                        "Forbidden: only namespaces and pods are allowed in an ingress peer (networks are for egress "
                            + "rules)")
                ]),
            ValidationCase(
                "nodes", cnpIngress(from: [ClusterPolicyPeer(nodes: LabelSelector())]),
                [
                    err(
                        "K10", "\(rule0).from[0].nodes",
                        "Forbidden: only namespaces and pods are allowed in an ingress peer (nodes are for egress "
                            + "rules)")
                ]),
            ValidationCase(
                "domainNames beside namespaces",
                cnpIngress(from: [ClusterPolicyPeer(namespaces: LabelSelector(), domainNames: ["a.com"])]),
                [
                    err(
                        "K10", "\(rule0).from[0].domainNames",
                        "Forbidden: only namespaces and pods are allowed in an ingress peer (domainNames are for "
                            + "egress rules)")
                ]),
        ])
    func k10(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K11: networks and domainNames hold 1 to 25 items",
        arguments: [
            ValidationCase(
                "networks: []", cnpEgress(to: [ClusterPolicyPeer(networks: [])]),
                [err("K11", "\(out0).to[0].networks", "Invalid value: []: must have at least 1 item")]),
            ValidationCase(
                "26 networks", cnpEgress(to: [ClusterPolicyPeer(networks: (0..<26).map { "10.\($0).0.0/16" })]),
                [err("K11", "\(out0).to[0].networks", "Too many: 26: must have at most 25 items")]),
            ValidationCase(
                "domainNames: []", cnpEgress(to: [ClusterPolicyPeer(domainNames: [])]),
                [err("K11", "\(out0).to[0].domainNames", "Invalid value: []: must have at least 1 item")]),
            ValidationCase(
                "25 domain names",
                cnpEgress(to: [ClusterPolicyPeer(domainNames: (0..<25).map { "h\($0).example.com" })]),
                []),
        ])
    func k11(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K12: networks are CIDRs as isCIDR reads them (no leading zeros, no IPv4-mapped IPv6), at most 43 characters",
        arguments: [
            ("10.0.0.0/33", "Invalid value: \"10.0.0.0/33\": " + invalidNetwork),
            ("10.0.0.0", "Invalid value: \"10.0.0.0\": " + invalidNetwork),
            ("nope", "Invalid value: \"nope\": " + invalidNetwork),
            ("010.0.0.0/8", "Invalid value: \"010.0.0.0/8\": " + invalidNetwork + " without leading zeros"),
            (
                "::ffff:10.0.0.0/104",
                "Invalid value: \"::ffff:10.0.0.0/104\": " + invalidNetwork
                    + " (write an IPv4-mapped IPv6 CIDR in its IPv4 form)"
            ),
            (
                "2001:0db8:0000:0000:0000:0000:0000:0000:0/128",
                "Too long: may not be more than 43 characters"
            ),
        ])
    func k12(_ network: String, _ message: String) {
        expectDiagnostics(
            cnpEgress(to: [ClusterPolicyPeer(networks: [network])]).validate(),
            [err("K12", "\(out0).to[0].networks[0]", message)])
    }

    @Test("K12: host bits and non-canonical IPv6 are accepted, as isCIDR does")
    func k12Valid() {
        let peers = [ClusterPolicyPeer(networks: ["10.0.0.5/24", "2001:DB8:0:0::/64", "0.0.0.0/0", "::/0"])]
        expectDiagnostics(cnpEgress(to: peers).validate(), [])
    }

    @Test("K13: networks and domainNames are sets: a repeated item is a duplicate")
    func k13() {
        let peers = [
            ClusterPolicyPeer(networks: ["10.0.0.0/8", "fd00::/8", "10.0.0.0/8"]),
            ClusterPolicyPeer(domainNames: ["a.com", "a.com", "A.com"]),
        ]
        expectDiagnostics(
            cnpEgress(to: peers).validate(),
            [
                err("K13", "\(out0).to[0].networks[2]", "Duplicate value: \"10.0.0.0/8\""),
                err("K13", "\(out0).to[1].domainNames[1]", "Duplicate value: \"a.com\""),
            ])
    }

    @Test(
        "K14: domain names match the CRD's pattern",
        arguments: [
            "com", "-a.com", "a-.com", "*.com", "a..com", "*a.com", "a.*.com", "a.com..", "ex ample.com", "ü.com",
            "_a.com", "*", ".a.com", "",
        ])
    func k14(_ name: String) {
        expectDiagnostics(
            cnpEgress(to: [ClusterPolicyPeer(domainNames: [name])]).validate(),
            [err("K14", "\(out0).to[0].domainNames[0]", "Invalid value: \"\(name)\": " + invalidDomain)])
    }

    @Test(
        "K14: valid domain names",
        arguments: ["a.com", "*.a.com", "a.com.", "a_b.example.com", "A.COM", "1.2", "*.a-b.c_d.e", "x9.y"])
    func k14Valid(_ name: String) {
        expectDiagnostics(cnpEgress(to: [ClusterPolicyPeer(domainNames: [name])]).validate(), [])
    }

    @Test(
        "K15: domainNames peers only in Accept rules",
        arguments: [ClusterPolicyAction.deny, .pass])
    func k15(_ action: ClusterPolicyAction) {
        expectDiagnostics(
            cnpEgress(action, to: [ClusterPolicyPeer(domainNames: ["a.com"])]).validate(),
            [
                err(
                    "K15", "\(out0).to[0].domainNames",
                    "Forbidden: domainNames peers are only allowed in rules whose action is Accept (to deny other "
                        + "domains, follow the Accept rule with a Deny rule)")
            ])
    }

    @Test(
        "K16: protocols, when present, hold 1 to 25 entries",
        arguments: [
            ValidationCase(
                "protocols: []", cnpIngress(protocols: []),
                [
                    err(
                        "K16", "\(rule0).protocols",
                        "Invalid value: []: must have at least 1 item (leave protocols out to match every port)")
                ]),
            ValidationCase(
                "26 entries", cnpEgress(protocols: (1...26).map(tcp)),
                [err("K16", "\(out0).protocols", "Too many: 26: must have at most 25 items")]),
            ValidationCase("25 entries", cnpEgress(protocols: (1...25).map(tcp)), []),
            ValidationCase("absent: every port", cnpEgress(protocols: nil), []),
        ])
    func k16(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K17: a protocols entry sets one of tcp, udp, sctp or destinationNamedPort; a port match one of number or range",
        arguments: [
            ValidationCase(
                "{}", cnpIngress(protocols: [ClusterPolicyProtocol()]),
                [
                    err(
                        "K17", "\(rule0).protocols[0]",
                        "Required value: must set exactly one of tcp, udp, sctp or destinationNamedPort")
                ]),
            ValidationCase(
                "tcp and udp",
                cnpIngress(protocols: [
                    ClusterPolicyProtocol(
                        tcp: ClusterPolicyPortMatch(destinationPort: ClusterPolicyPort(number: 80)),
                        udp: ClusterPolicyPortMatch(destinationPort: ClusterPolicyPort(number: 53)))
                ]),
                [
                    err(
                        "K17", "\(rule0).protocols[0]",
                        "Invalid value: [\"tcp\",\"udp\"]: must set exactly one of tcp, udp, sctp or "
                            + "destinationNamedPort" + entryHint)
                ]),
            ValidationCase(
                "tcp: {}", cnpEgress(protocols: [ClusterPolicyProtocol(tcp: ClusterPolicyPortMatch())]),
                [
                    err(
                        "K17", "\(out0).protocols[0].tcp.destinationPort",
                        "Required value: set destinationPort: {number: N} or {range: {start: A, end: B}} (to match "
                            + "every port of the protocol, use a range from 1 to 65535)")
                ]),
            ValidationCase(
                "destinationPort: {}",
                cnpEgress(protocols: [
                    ClusterPolicyProtocol(sctp: ClusterPolicyPortMatch(destinationPort: ClusterPolicyPort()))
                ]),
                [
                    err(
                        "K17", "\(out0).protocols[0].sctp.destinationPort",
                        "Required value: must set exactly one of number or range")
                ]),
            ValidationCase(
                "number and range",
                cnpEgress(protocols: [
                    ClusterPolicyProtocol(
                        udp: ClusterPolicyPortMatch(
                            destinationPort: ClusterPolicyPort(
                                number: 53, range: ClusterPolicyPortRange(start: 1, end: 2))))
                ]),
                [
                    err(
                        "K17", "\(out0).protocols[0].udp.destinationPort",
                        "Invalid value: [\"number\",\"range\"]: must set exactly one of number or range")
                ]),
        ])
    func k17(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K18: port numbers, range starts and ends are 1-65535; start and end are required",
        arguments: [
            ValidationCase(
                "number 0", cnpIngress(protocols: [tcp(0)]),
                [
                    err(
                        "K18", "\(rule0).protocols[0].tcp.destinationPort.number",
                        "Invalid value: 0: must be between 1 and 65535, inclusive")
                ]),
            ValidationCase(
                "number 65536", cnpIngress(protocols: [tcp(65536)]),
                [
                    err(
                        "K18", "\(rule0).protocols[0].tcp.destinationPort.number",
                        "Invalid value: 65536: must be between 1 and 65535, inclusive")
                ]),
            ValidationCase(
                "range without start", cnpEgress(protocols: [udpRange(nil, 80)]),
                [
                    err(
                        "K18", "\(out0).protocols[0].udp.destinationPort.range.start",
                        "Required value: a port, 1-65535")
                ]),
            ValidationCase(
                "range end 70000", cnpEgress(protocols: [udpRange(1, 70000)]),
                [
                    err(
                        "K18", "\(out0).protocols[0].udp.destinationPort.range.end",
                        "Invalid value: 70000: must be between 1 and 65535, inclusive")
                ]),
        ])
    func k18(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K19: a range's start is less than its end",
        arguments: [
            ValidationCase(
                "80-80", cnpEgress(protocols: [udpRange(80, 80)]),
                [
                    err(
                        "K19", "\(out0).protocols[0].udp.destinationPort.range",
                        "Invalid value: {\"end\":80,\"start\":80}: Start port must be less than End port (for a "
                            + "single port, give its number alone)")
                ]),
            ValidationCase(
                "90-80", cnpEgress(protocols: [udpRange(90, 80)]),
                [
                    err(
                        "K19", "\(out0).protocols[0].udp.destinationPort.range",
                        "Invalid value: {\"end\":80,\"start\":90}: Start port must be less than End port (swap them)")
                ]),
            ValidationCase("1-65535", cnpEgress(protocols: [udpRange(1, 65535)]), []),
        ])
    func k19(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K20: destinationNamedPort is an IANA service name, as NetworkPolicy's named ports",
        arguments: [
            ValidationCase(
                "HTTP", cnpIngress(protocols: [ClusterPolicyProtocol(destinationNamedPort: "HTTP")]),
                [
                    err(
                        "K20", "\(rule0).protocols[0].destinationNamedPort",
                        "Invalid value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
                    ),
                    err(
                        "K20", "\(rule0).protocols[0].destinationNamedPort",
                        "Invalid value: \"HTTP\": must contain at least one letter (a-z)"),
                ]),
            ValidationCase(
                "80", cnpIngress(protocols: [ClusterPolicyProtocol(destinationNamedPort: "80")]),
                [
                    err(
                        "K20", "\(rule0).protocols[0].destinationNamedPort",
                        "Invalid value: \"80\": must contain at least one letter (a-z)")
                ]),
            ValidationCase(
                "16 characters",
                cnpIngress(protocols: [ClusterPolicyProtocol(destinationNamedPort: "abcdefghijklmnop")]),
                [
                    err(
                        "K20", "\(rule0).protocols[0].destinationNamedPort",
                        "Invalid value: \"abcdefghijklmnop\": must be no more than 15 characters")
                ]),
        ])
    func k20(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "K22: no destinationNamedPort in an egress rule with a networks, nodes or domainNames peer",
        arguments: [
            ClusterPolicyPeer(networks: ["10.0.0.0/8"]), ClusterPolicyPeer(nodes: LabelSelector()),
            ClusterPolicyPeer(domainNames: ["a.com"]),
        ])
    func k22(_ peer: ClusterPolicyPeer) {
        let protocols = [tcp(80), ClusterPolicyProtocol(destinationNamedPort: "http")]
        expectDiagnostics(
            cnpEgress(to: [everyNamespace, peer], protocols: protocols).validate(),
            [err("K22", "\(out0).protocols[1].destinationNamedPort", namedPortPeers)])
    }

    @Test("K22: named ports are fine with namespaces and pods peers, and in ingress rules")
    func k22Valid() {
        let protocols = [ClusterPolicyProtocol(destinationNamedPort: "http")]
        expectDiagnostics(cnpEgress(to: [everyNamespace], protocols: protocols).validate(), [])
        expectDiagnostics(cnpIngress(from: [everyNamespace], protocols: protocols).validate(), [])
    }

    @Test(
        "metadata: any cluster-scoped object's rules (V01-V08); a namespace is dropped by the API server (K25)",
        arguments: [
            ValidationCase(
                "no name", ClusterNetworkPolicy(metadata: ObjectMeta(), spec: makeCNP().spec),
                [err("V01", "metadata.name", "Required value: name or generateName is required")]),
            ValidationCase(
                "Allow_All", ClusterNetworkPolicy(name: "Allow_All", spec: makeCNP().spec),
                [err("V02", "metadata.name", prefix: "Invalid value: \"Allow_All\": " + subdomainDetail)]),
            ValidationCase(
                "a dotted name is a subdomain", ClusterNetworkPolicy(name: "team.a", spec: makeCNP().spec), []),
            ValidationCase(
                "namespace",
                ClusterNetworkPolicy(metadata: ObjectMeta(name: "cnp", namespace: "prod"), spec: makeCNP().spec),
                [
                    warn(
                        "K25", "metadata.namespace",
                        "Invalid value: \"prod\": ignored: a ClusterNetworkPolicy is cluster-scoped (the API server "
                            + "drops the namespace); its subject selects the namespaces it applies to")
                ]),
        ])
    func metadata(_ row: ValidationCase<ClusterNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("KubernetesObject.validate dispatches to the cluster policies")
    func dispatch() {
        let policy = makeCNP { $0.priority = 2000 }
        #expect(KubernetesObject.clusterNetworkPolicy(policy).validate() == policy.validate())
        #expect(KubernetesObject.clusterNetworkPolicy(policy).validate().map(\.code) == [.invalidClusterPolicyPriority])
        let anp = makeANP { $0.priority = nil }
        #expect(KubernetesObject.adminNetworkPolicy(anp).validate().map(\.code) == [.invalidClusterPolicyPriority])
        let banp = BaselineAdminNetworkPolicy(metadata: ObjectMeta(name: "x"), spec: makeBANP().spec)
        #expect(KubernetesObject.baselineAdminNetworkPolicy(banp).validate().map(\.code) == [.singletonNotNamedDefault])
    }
}
