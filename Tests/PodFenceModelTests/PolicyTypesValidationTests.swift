import PodFenceModel
import Testing

private func types(_ names: [String]) -> NetworkPolicy {
    makePolicy(NetworkPolicySpec(policyTypes: names.map(PolicyType.init(rawValue:))))
}

@Suite("policyTypes validation (T01-T03) and the order of all errors")
struct PolicyTypesValidationTests {
    @Test(
        "T01-T02: at most two policyTypes, each Ingress or Egress",
        arguments: [
            ValidationCase(
                "[foo, bar, baz] (upstream): T01 only", types(["foo", "bar", "baz"]),
                [
                    err(
                        "T01", "spec.policyTypes",
                        "Invalid value: [\"foo\",\"bar\",\"baz\"]: may not specify more than two policyTypes")
                ]),
            ValidationCase(
                "three valid ones are still too many", types(["Ingress", "Egress", "Ingress"]),
                [
                    err(
                        "T01", "spec.policyTypes",
                        "Invalid value: [\"Ingress\",\"Egress\",\"Ingress\"]: may not specify more than two policyTypes"
                    )
                ]),
            ValidationCase(
                "[foo, bar] (upstream)", types(["foo", "bar"]),
                [
                    err(
                        "T02", "spec.policyTypes[0]",
                        "Unsupported value: \"foo\": supported values: \"Ingress\", \"Egress\""),
                    err(
                        "T02", "spec.policyTypes[1]",
                        "Unsupported value: \"bar\": supported values: \"Ingress\", \"Egress\""),
                ]),
            ValidationCase(
                "ingress", types(["Egress", "ingress"]),
                [
                    err(
                        "T02", "spec.policyTypes[1]",
                        "Unsupported value: \"ingress\": supported values: \"Ingress\", \"Egress\"")
                ]),
        ])
    func t01t02(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "T03: what validation accepts",
        arguments: [
            ValidationCase("duplicates", types(["Ingress", "Ingress"]), []),
            ValidationCase("empty list (defaulted)", types([]), []),
            ValidationCase(
                "rules for an unlisted direction",
                makePolicy(
                    NetworkPolicySpec(
                        policyTypes: [.ingress], egress: [NetworkPolicyEgressRule(to: [.pods(["a": "b"])])])), []),
            ValidationCase(
                "many rules, peers and ports",
                makePolicy(
                    NetworkPolicySpec(
                        ingress: Array(
                            repeating: NetworkPolicyIngressRule(
                                from: Array(repeating: .pods(["a": "b"]), count: 50),
                                ports: (1...100).map { NetworkPolicyPort.tcp($0) }), count: 20))), []),
        ])
    func t03(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("errors come in the API server's order: metadata, podSelector, ingress, egress, policyTypes")
    func order() {
        let policy = NetworkPolicy(
            name: "Bad_Name", namespace: "ns",
            spec: NetworkPolicySpec(
                podSelector: LabelSelector(["-": "v"]), policyTypes: [PolicyType(rawValue: "Both")],
                ingress: [
                    NetworkPolicyIngressRule(from: [NetworkPolicyPeer()], ports: [.tcp(0)]),
                    NetworkPolicyIngressRule(from: [.pods(["a": "-"])], ports: [NetworkPolicyPort(endPort: 5)]),
                ],
                egress: [NetworkPolicyEgressRule(to: [NetworkPolicyPeer()], ports: [.named("X")])]))
        #expect(
            policy.validate().map(\.code.rawValue)
                == ["V02", "S01", "P02", "R01", "P04", "S02", "P03", "P03", "R01", "T02"])
        #expect(
            policy.validate().map(\.path.description) == [
                "metadata.name", "spec.podSelector.matchLabels[-]", "spec.ingress[0].ports[0].port",
                "spec.ingress[0].from[0]", "spec.ingress[1].ports[0].endPort",
                "spec.ingress[1].from[0].podSelector.matchLabels[a]",
                "spec.egress[0].ports[0].port", "spec.egress[0].ports[0].port", "spec.egress[0].to[0]",
                "spec.policyTypes[0]",
            ])
        #expect(policy.validate().allSatisfy { $0.severity == .error })
    }
}
