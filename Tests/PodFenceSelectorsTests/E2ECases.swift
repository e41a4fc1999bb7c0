import PodFenceModel
import PodFenceSelectors
import Testing

private typealias M = E2EModel
private typealias X = E2EMatrices

private func tcp(_ port: Int, _ expected: [String]) -> E2EProbe {
    E2EProbe(port: port, proto: .tcp, expected: expected)
}
private func udp(_ port: Int, _ expected: [String]) -> E2EProbe {
    E2EProbe(port: port, proto: .udp, expected: expected)
}
private func sctp(_ port: Int, _ expected: [String]) -> E2EProbe {
    E2EProbe(port: port, proto: .sctp, expected: expected)
}

/// Policies shared by several cases.
private enum Shared {
    static let denyIngress = M.policy("deny-ingress", ingress: [])
    static let denyAll = M.policy("deny-all", ingress: [], egress: [])
    static let fromYToA = M.policy(
        "allow-client-a-via-ns-selector", selecting: M.pod("a"), ingress: [M.from(namespaces: M.namespace("y"))])
    static func fromYOn81(_ proto: PortProtocol) -> NetworkPolicy {
        M.policy(
            "allow-ingress-on-port-81-ns-x", selecting: M.pod("a"),
            ingress: [M.from(namespaces: M.namespace("y"), ports: [NetworkPolicyPort(protocol: proto, port: 81)])])
    }
    static let fromYaToA = M.policy(
        "allow-ns-y-pod-a-via-namespace-pod-selector", selecting: M.pod("a"),
        ingress: [M.from(pods: M.pod("a"), namespaces: M.namespace("y"))])
    static let notInX = LabelSelector(expressions: [.init(key: Namespace.nameLabel, operator: .notIn, values: ["x"])])
    static let exceptXB = M.policy(
        "deny-client-a-via-except-cidr-egress-rule", selecting: M.pod("a"),
        egress: [NetworkPolicyEgressRule(to: [.ipBlock("10.244.1.2/4", except: ["10.244.1.2/32"])])])
}

/// Every upstream data-plane test (#1-#48), with its steps and expected matrices.
enum E2ECases {
    static let all: [E2ECase] = [
        E2ECase(
            1, "should support a 'default-deny-ingress' policy", policies: [Shared.denyIngress],
            probes: [tcp(80, X.denyIngressX)]),
        E2ECase(
            2, "should support a 'default-deny-all' policy", policies: [Shared.denyAll], probes: [tcp(80, X.denyAllX)]),
        E2ECase(
            3, "should enforce policy to allow traffic from pods within server namespace based on PodSelector",
            policies: [M.policy("x-a-allows-x-b", selecting: M.pod("a"), ingress: [M.from(pods: M.pod("b"))])],
            probes: [tcp(80, X.onlyXbToXa)]),
        E2ECase(
            4, "should enforce policy to allow ingress traffic for a target",
            policies: [
                M.policy("deny-all", ingress: []),
                M.policy(
                    "allow-all-to-a", selecting: M.pod("a"),
                    ingress: [M.from(pods: M.everything, namespaces: M.everything)]),
            ],
            probes: [tcp(80, X.case4)]),
        E2ECase(
            5, "should enforce policy to allow ingress traffic from pods in all namespaces",
            policies: [
                M.policy("allow-from-another-ns", selecting: M.pod("a"), ingress: [M.from(namespaces: M.everything)])
            ],
            probes: [tcp(80, X.all)]),
        E2ECase(
            6, "should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector",
            policies: [Shared.fromYToA], probes: [tcp(80, X.onlyYToXa)]),
        E2ECase(
            7, "should enforce policy based on PodSelector with MatchExpressions",
            policies: [
                M.policy(
                    "x-a-allows-x-b", selecting: M.pod("a"),
                    ingress: [
                        M.from(pods: LabelSelector(expressions: [.init(key: "pod", operator: .in, values: ["b"])]))
                    ])
            ],
            probes: [tcp(80, X.onlyXbToXa)]),
        E2ECase(
            8, "should enforce policy based on NamespaceSelector with MatchExpressions",
            policies: [
                M.policy(
                    "allow-ns-y-match-selector", selecting: M.pod("a"),
                    ingress: [
                        M.from(
                            namespaces: LabelSelector(expressions: [
                                .init(key: Namespace.nameLabel, operator: .in, values: ["y"])
                            ]))
                    ])
            ],
            probes: [tcp(80, X.onlyYToXa)]),
        E2ECase(
            9, "should enforce policy based on PodSelector or NamespaceSelector",
            policies: [
                M.policy(
                    "allow-ns-y-z-pod-b-c", selecting: M.pod("a"),
                    ingress: [
                        NetworkPolicyIngressRule(from: [
                            NetworkPolicyPeer(namespaceSelector: Shared.notInX),
                            NetworkPolicyPeer(podSelector: M.pod("b")),
                        ])
                    ])
            ],
            probes: [tcp(80, X.case9)]),
        E2ECase(
            10, "should enforce policy based on PodSelector and NamespaceSelector",
            policies: [
                M.policy(
                    "allow-ns-y-z-pod-b", selecting: M.pod("a"),
                    ingress: [M.from(pods: M.pod("b"), namespaces: Shared.notInX)])
            ],
            probes: [tcp(80, X.case10)]),
        E2ECase(
            11, "should enforce policy based on Multiple PodSelectors and NamespaceSelectors",
            policies: [
                M.policy(
                    "allow-ns-y-z-pod-b-c", selecting: M.pod("a"),
                    ingress: [
                        M.from(
                            pods: LabelSelector(expressions: [.init(key: "pod", operator: .in, values: ["b", "c"])]),
                            namespaces: Shared.notInX)
                    ])
            ],
            probes: [tcp(80, X.case11)]),
        E2ECase(
            12, "should enforce policy based on any PodSelectors",
            policies: [
                M.policy(
                    "allow-x-pod-b-c", selecting: M.pod("a"),
                    ingress: [
                        NetworkPolicyIngressRule(from: [
                            NetworkPolicyPeer(podSelector: M.pod("b")), NetworkPolicyPeer(podSelector: M.pod("c")),
                        ])
                    ])
            ],
            probes: [tcp(80, X.case12)]),
        E2ECase(
            13,
            "should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and "
                + "NamespaceSelector",
            policies: [Shared.fromYaToA], probes: [tcp(80, X.onlyYaToXa)]),
        E2ECase(
            14, "should enforce policy based on Ports", policies: [Shared.fromYOn81(.tcp)],
            probes: [tcp(81, X.onlyYToXa), tcp(80, X.nothingToXa)]),
        E2ECase(
            15, "should enforce multiple, stacked policies with overlapping podSelectors",
            [
                E2EStep(policies: [Shared.fromYOn81(.tcp)], probes: [tcp(81, X.onlyYToXa), tcp(80, X.nothingToXa)]),
                E2EStep(
                    policies: [
                        Shared.fromYOn81(.tcp),
                        M.policy(
                            "allow-ingress-on-port-80-ns-x", selecting: M.pod("a"),
                            ingress: [M.from(namespaces: M.namespace("y"), ports: [.tcp(80)])]),
                    ],
                    probes: [tcp(80, X.onlyYToXa)]),
            ]),
        E2ECase(
            16, "should support allow-all policy",
            policies: [M.policy("allow-all", ingress: [NetworkPolicyIngressRule()])],
            probes: [tcp(80, X.all), tcp(81, X.all)]),
        E2ECase(
            17, "should allow ingress access on one named port",
            policies: [
                M.policy(
                    "allow-all", ingress: [NetworkPolicyIngressRule(ports: [NetworkPolicyPort(port: "serve-81-tcp")])])
            ],
            probes: [tcp(81, X.all), tcp(80, X.nothingToX)]),
        E2ECase(
            18, "should allow ingress access from namespace on one named port",
            policies: [
                M.policy(
                    "allow-client-in-ns-y-on-named-port", selecting: M.pod("a"),
                    ingress: [M.from(namespaces: M.namespace("y"), ports: [.named("serve-80-tcp", protocol: .tcp)])])
            ],
            probes: [tcp(80, X.onlyYToXa), tcp(81, X.nothingToXa)]),
        E2ECase(
            19, "should allow egress access on one named port",
            policies: [
                M.policy(
                    "allow-egress", egress: [NetworkPolicyEgressRule(ports: [NetworkPolicyPort(port: "serve-80-tcp")])])
            ],
            probes: [tcp(80, X.all), tcp(81, X.nothingFromX)]),
        E2ECase(
            20, "should enforce updated policy",
            [
                E2EStep(
                    policies: [
                        M.policy(
                            "allow-all-mutate-to-deny-all",
                            ingress: [NetworkPolicyIngressRule(ports: [NetworkPolicyPort(port: "serve-81-tcp")])])
                    ],
                    probes: [tcp(81, X.all)]),
                E2EStep(
                    policies: [M.policy("allow-all-mutate-to-deny-all", ingress: [])], probes: [tcp(81, X.nothingToX)]),
            ]),
        E2ECase(
            21, "should allow ingress access from updated namespace",
            [
                E2EStep(policies: [Self.fromUpdatedNamespace], probes: [tcp(80, X.nothingToXa)]),
                E2EStep(
                    policies: [Self.fromUpdatedNamespace], namespaceLabels: ["y": ["ns2": "updated"]],
                    probes: [tcp(80, X.onlyYToXa)]),
            ]),
        E2ECase(
            22, "should allow ingress access from updated pod",
            [
                E2EStep(policies: [Self.fromUpdatedPod], probes: [tcp(80, X.nothingToXa)]),
                E2EStep(
                    policies: [Self.fromUpdatedPod], podLabels: ["x/b": ["pod2": "updated"]],
                    probes: [tcp(80, X.onlyXbToXa)]),
            ]),
        E2ECase(
            23, "should deny ingress from pods on other namespaces",
            policies: [M.policy("deny-empty-policy", ingress: [M.from(pods: M.everything)])],
            probes: [tcp(80, X.yzNotToX)]),
        E2ECase(
            24, "should deny ingress access to updated pod",
            [
                E2EStep(policies: [Self.isolatedTarget], probes: [tcp(80, X.all)]),
                E2EStep(
                    policies: [Self.isolatedTarget], podLabels: ["x/a": ["target": "isolated"]],
                    probes: [tcp(80, X.nothingToXa)]),
            ]),
        E2ECase(
            25, "should deny egress from pods based on PodSelector",
            policies: [M.policy("deny-egress-pod-a", selecting: M.pod("a"), egress: [])],
            probes: [tcp(80, X.nothingFromXa)]),
        E2ECase(
            26, "should deny egress from all pods in a namespace",
            policies: [M.policy("deny-egress-ns-x", egress: [])], probes: [tcp(80, X.nothingFromX)]),
        E2ECase(
            27, "should work with Ingress, Egress specified together",
            policies: [
                M.policy(
                    "allow-client-a-via-ingress-egress-rules", selecting: M.pod("a"),
                    ingress: [M.from(pods: M.pod("b"))],
                    egress: [NetworkPolicyEgressRule(ports: [NetworkPolicyPort(port: 80)])])
            ],
            probes: [tcp(80, X.onlyXbToXa), tcp(81, X.case27Port81)]),
        E2ECase(
            28,
            "should support denying of egress traffic on the client side (even if the server explicitly allows this "
                + "traffic)",
            policies: [
                M.policy(
                    "allow-to-ns-y-pod-a", selecting: M.pod("a"),
                    egress: [M.to(pods: M.pod("a"), namespaces: M.namespace("y"))]),
                M.policy(
                    "allow-from-xa-on-ya-match-selector", in: "y", selecting: M.pod("a"),
                    ingress: [M.from(pods: M.pod("a"), namespaces: M.namespace("x"))]),
                M.policy(
                    "allow-from-xa-on-yb-match-selector", in: "y", selecting: M.pod("b"),
                    ingress: [M.from(pods: M.pod("a"), namespaces: M.namespace("x"))]),
            ],
            probes: [tcp(80, X.case28)]),
        E2ECase(
            29,
            "should enforce egress policy allowing traffic to a server in a different namespace based on PodSelector "
                + "and NamespaceSelector",
            policies: [
                M.policy(
                    "allow-to-ns-y-pod-a", selecting: M.pod("a"),
                    egress: [M.to(pods: M.pod("a"), namespaces: M.namespace("y"))])
            ],
            probes: [tcp(80, X.xaOnlyToYa)]),
        E2ECase(
            30, "should enforce ingress policy allowing any port traffic to a server on a specific protocol",
            policies: [
                M.policy(
                    "allow-ingress-by-proto", selecting: M.pod("a"),
                    ingress: [NetworkPolicyIngressRule(ports: [NetworkPolicyPort(protocol: .tcp)])])
            ],
            probes: [tcp(80, X.all), udp(80, X.nothingToXa)]),
        E2ECase(
            31, "should enforce multiple ingress policies with ingress allow-all policy taking precedence",
            [
                E2EStep(policies: [Self.ingressPort80], probes: [tcp(81, X.nothingToX)]),
                E2EStep(
                    policies: [Self.ingressPort80, M.policy("allow-ingress", ingress: [NetworkPolicyIngressRule()])],
                    probes: [tcp(81, X.all)]),
            ]),
        E2ECase(
            32, "should enforce multiple egress policies with egress allow-all policy taking precedence",
            [
                E2EStep(policies: [Self.egressPort80], probes: [tcp(81, X.nothingFromX)]),
                E2EStep(
                    policies: [Self.egressPort80, M.policy("allow-egress", egress: [NetworkPolicyEgressRule()])],
                    probes: [tcp(81, X.all)]),
            ]),
        E2ECase(
            33, "should stop enforcing policies after they are deleted",
            [
                E2EStep(policies: [Shared.denyAll], probes: [tcp(80, X.denyAllX)]),
                E2EStep(policies: [], probes: [tcp(80, X.all)]),
            ]),
        E2ECase(
            34, "should allow egress access to server in CIDR block",
            policies: [
                M.policy(
                    "allow-client-a-via-cidr-egress-rule", selecting: M.pod("a"),
                    egress: [NetworkPolicyEgressRule(to: [.ipBlock("10.244.2.2/32")])])
            ],
            probes: [tcp(80, X.xaOnlyToYb)]),
        E2ECase(
            35, "should enforce except clause while egress access to server in CIDR block", policies: [Shared.exceptXB],
            probes: [tcp(80, X.xaNotToXb)]),
        E2ECase(
            36, "should ensure an IP overlapping both IPBlock.CIDR and IPBlock.Except is allowed",
            [
                E2EStep(policies: [Shared.exceptXB], probes: [tcp(80, X.xaNotToXb)]),
                E2EStep(
                    policies: [
                        M.policy(
                            "deny-client-a-via-except-cidr-egress-rule", selecting: M.pod("a"),
                            egress: [NetworkPolicyEgressRule(to: [.ipBlock("10.244.1.2/32")])])
                    ],
                    probes: [tcp(80, X.xaOnlyToXb)]),
            ]),
        E2ECase(
            37,
            "should enforce policies to check ingress and egress policies can be controlled independently based on "
                + "PodSelector",
            [
                E2EStep(policies: [Self.allowAllEgressA], probes: [tcp(80, X.all)]),
                E2EStep(
                    policies: [Self.allowAllEgressA, M.policy("deny-all-ingress", selecting: M.pod("a"), ingress: [])],
                    probes: [tcp(80, X.nothingToXa)]),
            ]),
        E2ECase(
            38,
            "should not mistakenly treat 'protocol: SCTP' as 'protocol: TCP', even if the plugin doesn't support SCTP",
            policies: [
                M.policy("deny-all", ingress: []),
                M.policy(
                    "allow-only-sctp-ingress-on-port-81", selecting: M.pod("a"),
                    ingress: [NetworkPolicyIngressRule(ports: [.sctp(81)])]),
            ],
            probes: [tcp(81, X.nothingToX)]),
        E2ECase(
            39,
            "should properly isolate pods that are selected by a policy allowing SCTP, even if the plugin doesn't "
                + "support SCTP",
            policies: [
                M.policy(
                    "allow-only-sctp-ingress-on-port-80", selecting: M.pod("a"),
                    ingress: [NetworkPolicyIngressRule(ports: [.sctp(80)])])
            ],
            probes: [tcp(81, X.nothingToXa)]),
        E2ECase(
            40, "should not allow access by TCP when a policy specifies only UDP",
            policies: [
                M.policy(
                    "allow-only-udp-ingress-on-port-81", selecting: M.pod("a"),
                    ingress: [NetworkPolicyIngressRule(ports: [.udp(81)])])
            ],
            probes: [tcp(81, X.nothingToXa)]),
        E2ECase(
            41,
            "should enforce policy to allow traffic based on NamespaceSelector with MatchLabels using default ns label",
            policies: [Shared.fromYToA], probes: [tcp(80, X.onlyYToXa)]),
        E2ECase(
            42, "should enforce policy based on NamespaceSelector with MatchExpressions using default ns label",
            policies: [
                M.policy(
                    "allow-egress-ns-not-y", selecting: M.pod("a"),
                    egress: [
                        M.to(
                            namespaces: LabelSelector(expressions: [
                                .init(key: Namespace.nameLabel, operator: .notIn, values: ["y"])
                            ]))
                    ])
            ],
            probes: [tcp(80, X.xaNotToY)]),
        E2ECase(
            43, "UDP: should support a 'default-deny-ingress' policy", policies: [Shared.denyIngress],
            probes: [udp(80, X.denyIngressX)]),
        E2ECase(
            44, "UDP: should enforce policy based on Ports", policies: [Shared.fromYOn81(.udp)],
            probes: [udp(81, X.onlyYToXa)]),
        E2ECase(
            45,
            "UDP: should enforce policy to allow traffic only from a pod in a different namespace based on "
                + "PodSelector and NamespaceSelector",
            policies: [Shared.fromYaToA], probes: [udp(80, X.onlyYaToXa)]),
        E2ECase(
            46, "SCTP: should support a 'default-deny-ingress' policy", policies: [Shared.denyIngress],
            probes: [sctp(80, X.denyIngressX)]),
        E2ECase(
            47, "SCTP: should enforce policy based on Ports", policies: [Shared.fromYOn81(.sctp)],
            probes: [sctp(81, X.onlyYToXa)]),
        E2ECase(
            48,
            "SCTP: should enforce policy to allow traffic only from a pod in a different namespace based on "
                + "PodSelector and NamespaceSelector",
            policies: [Shared.fromYaToA], probes: [sctp(80, X.onlyYaToXa)]),
    ]

    static let fromUpdatedNamespace = M.policy(
        "allow-client-a-via-ns-selector", selecting: M.pod("a"),
        ingress: [M.from(namespaces: LabelSelector(["ns2": "updated"]))])
    static let fromUpdatedPod = M.policy(
        "allow-client-a-via-pod-selector", selecting: M.pod("a"),
        ingress: [M.from(pods: LabelSelector(["pod": "b", "pod2": "updated"]))])
    static let isolatedTarget = M.policy(
        "deny-ingress-via-label-selector", selecting: LabelSelector(["target": "isolated"]), ingress: [])
    static let ingressPort80 = M.policy("allow-ingress-port-80", ingress: [NetworkPolicyIngressRule(ports: [.tcp(80)])])
    static let egressPort80 = M.policy("allow-egress-port-80", egress: [NetworkPolicyEgressRule(ports: [.tcp(80)])])
    static let allowAllEgressA = M.policy(
        "allow-all-egress", selecting: M.pod("a"), egress: [NetworkPolicyEgressRule()])
}
