import PodFenceModel
import Testing

@Suite("Defaulting (semantics §1.7)")
struct DefaultingTests {
    @Test(
        "policyTypes: absent or empty becomes Ingress, plus Egress iff egress has a rule",
        arguments: [
            ("nothing", NetworkPolicySpec(), [PolicyType.ingress]),
            ("ingress rules only", NetworkPolicySpec(ingress: [NetworkPolicyIngressRule()]), [.ingress]),
            ("egress-only policy", NetworkPolicySpec(egress: [NetworkPolicyEgressRule()]), [.ingress, .egress]),
            ("egress: [] adds nothing", NetworkPolicySpec(egress: []), [.ingress]),
            (
                "empty list is defaulted", NetworkPolicySpec(policyTypes: [], egress: [NetworkPolicyEgressRule()]),
                [.ingress, .egress]
            ),
            ("explicit Egress kept", NetworkPolicySpec(policyTypes: [.egress]), [.egress]),
            (
                "explicit Ingress kept despite egress rules",
                NetworkPolicySpec(policyTypes: [.ingress], egress: [NetworkPolicyEgressRule()]), [.ingress]
            ),
            ("duplicates survive", NetworkPolicySpec(policyTypes: [.ingress, .ingress]), [.ingress, .ingress]),
        ] as [(String, NetworkPolicySpec, [PolicyType])])
    func policyTypes(_ name: String, _ spec: NetworkPolicySpec, _ expected: [PolicyType]) {
        let policy = makePolicy(spec)
        #expect(policy.effectivePolicyTypes == expected, "\(name)")
        #expect(policy.defaulted().spec.policyTypes == expected, "\(name)")
        #expect(policy.appliesToIngress == expected.contains(.ingress))
        #expect(policy.appliesToEgress == expected.contains(.egress))
    }

    @Test("ports without protocol get TCP; nothing else changes")
    func protocols() {
        let policy = makePolicy(
            NetworkPolicySpec(
                ingress: [
                    NetworkPolicyIngressRule(ports: [NetworkPolicyPort(), NetworkPolicyPort(protocol: .udp, port: 53)])
                ],
                egress: [NetworkPolicyEgressRule(ports: [NetworkPolicyPort(port: "dns")])]))
        let defaulted = policy.defaulted()
        #expect(defaulted.spec.ingress?[0].ports?.map(\.protocol) == [.tcp, .udp])
        #expect(defaulted.spec.egress?[0].ports?[0] == NetworkPolicyPort(protocol: .tcp, port: "dns"))
        #expect(defaulted.spec.podSelector == policy.spec.podSelector)
        #expect(defaulted.metadata == policy.metadata)
        // The written policy is untouched.
        #expect(policy.spec.ingress?[0].ports?[0].protocol == nil)
        #expect(policy.spec.policyTypes == nil)
    }

    @Test("validation sees the defaulted view: the written and the defaulted policy validate alike")
    func validationUsesDefaults() {
        let policies = [
            makePolicy(NetworkPolicySpec(egress: [NetworkPolicyEgressRule(ports: [NetworkPolicyPort(port: 0)])])),
            makePolicy(NetworkPolicySpec(ingress: [NetworkPolicyIngressRule(ports: [NetworkPolicyPort()])])),
            makePolicy(NetworkPolicySpec(policyTypes: [], egress: [])),
        ]
        for policy in policies {
            #expect(policy.validate() == policy.defaulted().validate())
        }
        #expect(policies[1].validate().isEmpty)
    }
}
