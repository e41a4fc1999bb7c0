import PodFenceModel
import Testing

private let rule0 = "spec.ingress[0]"
private let out0 = "spec.egress[0]"

@Suite("AdminNetworkPolicy and BaselineAdminNetworkPolicy validation (v1alpha1: K02-K25)")
struct AdminNetworkPolicyValidationTests {
    @Test("policies using every field validly have no diagnostic")
    func valid() {
        let anp = makeANP { spec in
            spec.ingress = [
                AdminPolicyIngressRule(
                    name: "monitoring", action: .allow, from: [everyNamespace],
                    ports: [
                        portNumber(9090), portNumber(53, "UDP"), portRange(1, 1024, "SCTP"),
                        AdminPolicyPort(namedPort: "metrics"),
                    ]),
                AdminPolicyIngressRule(action: .pass, from: [everyNamespace]),
            ]
            spec.egress = [
                AdminPolicyEgressRule(
                    action: .deny,
                    to: [
                        ClusterPolicyPeer(networks: ["0.0.0.0/0", "::/0"]), ClusterPolicyPeer(nodes: LabelSelector()),
                    ],
                    ports: [portRange(30000, 32767)]),
                AdminPolicyEgressRule(action: .allow, to: [ClusterPolicyPeer(domainNames: ["*.debian.org"])]),
            ]
        }
        expectDiagnostics(anp.validate(), [])
        let banp = makeBANP { spec in
            spec.ingress = [AdminPolicyIngressRule(action: .deny, from: [everyNamespace])]
            spec.egress = [
                AdminPolicyEgressRule(
                    action: .allow, to: [ClusterPolicyPeer(nodes: LabelSelector())], ports: [portNumber(10250)])
            ]
        }
        expectDiagnostics(banp.validate(), [])
    }

    @Test(
        "AdminNetworkPolicy: the rules with v1alpha1's limits and spellings",
        arguments: [
            ValidationCase(
                "K02: no priority", makeANP { $0.priority = nil },
                [err("K02", "spec.priority", "Required value: must be between 0 and 1000, lower first")]),
            ValidationCase(
                "K03: no subject", makeANP { $0.subject = nil },
                [err("K03", "spec.subject", "Required value: must set exactly one of namespaces or pods")]),
            ValidationCase(
                "K06: Accept is v1alpha2's spelling", anpIngress(.accept),
                [
                    err(
                        "K06", "\(rule0).action",
                        "Unsupported value: \"Accept\": supported values: \"Allow\", \"Deny\", \"Pass\" "
                            + "(AdminNetworkPolicy spells Accept as Allow)")
                ]),
            ValidationCase(
                "K06: no action", anpEgress(nil),
                [err("K06", "\(out0).action", "Required value: must be \"Allow\", \"Deny\" or \"Pass\"")]),
            ValidationCase(
                "K08: 101 peers", anpIngress(from: Array(repeating: everyNamespace, count: 101)),
                [err("K08", "\(rule0).from", "Too many: 101: must have at most 100 items")]),
            ValidationCase("K08: 100 peers", anpEgress(to: Array(repeating: everyNamespace, count: 100)), []),
            ValidationCase(
                "K10: nodes in an ingress peer", anpIngress(from: [ClusterPolicyPeer(nodes: LabelSelector())]),
                [
                    err(
                        "K10", "\(rule0).from[0].nodes",
                        "Forbidden: only namespaces and pods are allowed in an ingress peer (nodes are for egress "
                            + "rules)")
                ]),
            ValidationCase(
                "K15: domainNames in a Deny rule", anpEgress(.deny, to: [ClusterPolicyPeer(domainNames: ["a.com"])]),
                [
                    err(
                        "K15", "\(out0).to[0].domainNames",
                        "Forbidden: domainNames peers are only allowed in rules whose action is Allow (to deny other "
                            + "domains, follow the Allow rule with a Deny rule)")
                ]),
            ValidationCase(
                "K16: ports: []", anpIngress(ports: []),
                [
                    err(
                        "K16", "\(rule0).ports",
                        "Invalid value: []: must have at least 1 item (leave ports out to match every port)")
                ]),
            ValidationCase(
                "K16: 101 ports", anpEgress(ports: (1...101).map { portNumber($0) }),
                [err("K16", "\(out0).ports", "Too many: 101: must have at most 100 items")]),
            ValidationCase(
                "K17: {}", anpIngress(ports: [AdminPolicyPort()]),
                [
                    err(
                        "K17", "\(rule0).ports[0]",
                        "Required value: must set exactly one of portNumber, namedPort or portRange")
                ]),
            ValidationCase(
                "K17: portNumber and namedPort",
                anpIngress(ports: [
                    AdminPolicyPort(portNumber: AdminPolicyPortNumber(port: 80), namedPort: "http")
                ]),
                [
                    err(
                        "K17", "\(rule0).ports[0]",
                        "Invalid value: [\"portNumber\",\"namedPort\"]: must set exactly one of portNumber, "
                            + "namedPort or portRange" + entryHint)
                ]),
            ValidationCase(
                "K18: no port", anpIngress(ports: [portNumber(nil, "TCP")]),
                [err("K18", "\(rule0).ports[0].portNumber.port", "Required value: a port, 1-65535")]),
            ValidationCase(
                "K18: port 0", anpIngress(ports: [portNumber(0)]),
                [
                    err(
                        "K18", "\(rule0).ports[0].portNumber.port",
                        "Invalid value: 0: must be between 1 and 65535, inclusive")
                ]),
            ValidationCase(
                "K18: range end 65536", anpEgress(ports: [portRange(1, 65536)]),
                [
                    err(
                        "K18", "\(out0).ports[0].portRange.end",
                        "Invalid value: 65536: must be between 1 and 65535, inclusive")
                ]),
            ValidationCase(
                "K19: range 100-10", anpEgress(ports: [portRange(100, 10)]),
                [
                    err(
                        "K19", "\(out0).ports[0].portRange",
                        "Invalid value: {\"end\":10,\"start\":100}: Start port must be less than End port (swap them)")
                ]),
            ValidationCase(
                "K20: named port with a capital", anpIngress(ports: [AdminPolicyPort(namedPort: "Web")]),
                [
                    err(
                        "K20", "\(rule0).ports[0].namedPort",
                        "Invalid value: \"Web\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
                    )
                ]),
            ValidationCase(
                "K21: ICMP", anpIngress(ports: [portNumber(1, "ICMP")]),
                [
                    err(
                        "K21", "\(rule0).ports[0].portNumber.protocol",
                        "Unsupported value: \"ICMP\": supported values: \"TCP\", \"UDP\", \"SCTP\"")
                ]),
            ValidationCase(
                "K21: lower-case udp in a range", anpEgress(ports: [portRange(1, 2, "udp")]),
                [
                    err(
                        "K21", "\(out0).ports[0].portRange.protocol",
                        "Unsupported value: \"udp\": supported values: \"TCP\", \"UDP\", \"SCTP\"")
                ]),
            ValidationCase(
                "K22: named port with a domainNames peer",
                anpEgress(to: [ClusterPolicyPeer(domainNames: ["a.com"])], ports: [AdminPolicyPort(namedPort: "http")]),
                [err("K22", "\(out0).ports[0].namedPort", namedPortPeers)]),
            ValidationCase(
                "K25: a namespace",
                AdminNetworkPolicy(metadata: ObjectMeta(name: "anp", namespace: "default"), spec: makeANP().spec),
                [
                    warn(
                        "K25", "metadata.namespace",
                        "Invalid value: \"default\": ignored: an AdminNetworkPolicy is cluster-scoped (the API server "
                            + "drops the namespace); its subject selects the namespaces it applies to")
                ]),
        ])
    func adminNetworkPolicy(_ row: ValidationCase<AdminNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("K05: at most 100 rules per direction")
    func k05() {
        let rules = Array(repeating: AdminPolicyIngressRule(action: .deny, from: [everyNamespace]), count: 101)
        expectDiagnostics(
            makeANP { $0.ingress = rules }.validate(),
            [
                err(
                    "K05", "spec.ingress",
                    "Too many: 101: must have at most 100 items (an AdminNetworkPolicy has at most 100 ingress rules: "
                        + "split it into several policies)")
            ])
        expectDiagnostics(makeANP { $0.ingress = Array(rules.prefix(100)) }.validate(), [])
    }

    @Test(
        "K12: v1alpha1 networks have dots or colons, not both, and parse as Go's net.ParseCIDR does",
        arguments: [
            (
                "::ffff:10.0.0.0/104",
                "CIDR must be either an IPv4 or IPv6 address. IPv4 address embedded in IPv6 addresses are not supported"
            ),
            (
                "nope",
                "CIDR must be either an IPv4 or IPv6 address. IPv4 address embedded in IPv6 addresses are not supported"
            ),
            (
                "10.0.0.0",
                "must be a CIDR such as 10.0.0.0/8 or fd00::/8 (the API server stores it, but network plugins read "
                    + "networks with Go's net.ParseCIDR, which refuses it)"
            ),
            (
                "010.0.0.0/8",
                "must be a CIDR such as 10.0.0.0/8 or fd00::/8 (the API server stores it, but network plugins read "
                    + "networks with Go's net.ParseCIDR, which refuses it)"
            ),
        ])
    func k12(_ network: String, _ detail: String) {
        expectDiagnostics(
            anpEgress(.deny, to: [ClusterPolicyPeer(networks: [network])]).validate(),
            [err("K12", "\(out0).to[0].networks[0]", "Invalid value: \"\(network)\": " + detail)])
    }

    @Test(
        "K14: the v1alpha1 pattern's [a-zA-z0-9] also takes [ \\ ] ^ _ ` first; ClusterNetworkPolicy's does not",
        arguments: ["_a.com", "a._b", "^x.com", "`x.y"])
    func k14Quirk(_ name: String) {
        let peers = [ClusterPolicyPeer(domainNames: [name])]
        expectDiagnostics(anpEgress(to: peers).validate(), [])
        expectDiagnostics(
            cnpEgress(to: peers).validate(),
            [err("K14", "\(out0).to[0].domainNames[0]", "Invalid value: \"\(name)\": " + invalidDomain)])
    }

    @Test("K14: a v1alpha1 domain name still needs a letter or digit at the end of each label")
    func k14V1Alpha1() {
        expectDiagnostics(
            anpEgress(to: [ClusterPolicyPeer(domainNames: ["a_.com"])]).validate(),
            [err("K14", "\(out0).to[0].domainNames[0]", "Invalid value: \"a_.com\": " + invalidDomain)])
    }

    @Test(
        "BaselineAdminNetworkPolicy: named default, no priority, Allow or Deny, no domainNames",
        arguments: [
            ValidationCase(
                "K23: another name",
                BaselineAdminNetworkPolicy(metadata: ObjectMeta(name: "baseline"), spec: makeBANP().spec),
                [
                    err(
                        "K23", "metadata.name",
                        "Invalid value: \"baseline\": Only one baseline admin network policy with "
                            + "metadata.name=\"default\" can be created in the cluster")
                ]),
            ValidationCase(
                "K24: a priority",
                {
                    var banp = makeBANP()
                    banp.spec.unknownFields["priority"] = .int(5)
                    return banp
                }(),
                [
                    err(
                        "K24", "spec.priority",
                        "Forbidden: a BaselineAdminNetworkPolicy has no priority: it is the cluster's only baseline "
                            + "policy, evaluated after every NetworkPolicy (remove the field)")
                ]),
            ValidationCase(
                "K06: Pass", makeBANP { $0.ingress = [AdminPolicyIngressRule(action: .pass, from: [everyNamespace])] },
                [
                    err(
                        "K06", "\(rule0).action",
                        "Unsupported value: \"Pass\": supported values: \"Allow\", \"Deny\" (the baseline policy is "
                            + "the last tier: there is no tier to pass to)")
                ]),
            ValidationCase(
                "K10: domainNames",
                makeBANP {
                    $0.egress = [AdminPolicyEgressRule(action: .allow, to: [ClusterPolicyPeer(domainNames: ["a.com"])])]
                },
                [
                    err(
                        "K10", "\(out0).to[0].domainNames",
                        "Forbidden: a BaselineAdminNetworkPolicy egress peer may only be namespaces, pods, nodes or "
                            + "networks")
                ]),
            ValidationCase(
                "K22: named port with a nodes peer (the BANP rule names networks and nodes only)",
                makeBANP {
                    $0.egress = [
                        AdminPolicyEgressRule(
                            action: .deny, to: [ClusterPolicyPeer(nodes: LabelSelector())],
                            ports: [AdminPolicyPort(namedPort: "kubelet")])
                    ]
                },
                [
                    err(
                        "K22", "\(out0).ports[0].namedPort",
                        "Forbidden: networks/nodes peer cannot be set with namedPorts since there are no namedPorts for "
                            + "networks/nodes")
                ]),
            ValidationCase(
                "K05: 101 egress rules",
                makeBANP {
                    $0.egress = Array(repeating: AdminPolicyEgressRule(action: .deny, to: [everyNamespace]), count: 101)
                },
                [
                    err(
                        "K05", "spec.egress",
                        "Too many: 101: must have at most 100 items (a BaselineAdminNetworkPolicy has at most 100 "
                            + "egress rules: split it into several policies)")
                ]),
        ])
    func baseline(_ row: ValidationCase<BaselineAdminNetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }
}
