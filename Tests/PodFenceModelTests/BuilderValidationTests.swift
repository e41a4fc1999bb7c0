import PodFenceModel
import Testing

@Suite("Fluent builders produce valid policies")
struct BuilderValidationTests {
    @Test(
        "builder chains validate cleanly",
        arguments: [
            ValidationCase("denyAll", NetworkPolicy.denyAll(in: "ns-app1"), []),
            ValidationCase("denyIngress", NetworkPolicy.denyIngress(in: "ns-app1"), []),
            ValidationCase(
                "selecting + allowingIngress",
                NetworkPolicy.denyAll(in: "ns-app1")
                    .selecting(["project": "project-app1"])
                    .allowingIngress(from: [.pods(["project": "project-app1"], inNamespaces: ["ns-id": "ns-app1"])]),
                []),
            ValidationCase(
                "every peer and port builder",
                NetworkPolicy.denyIngress(in: "prod", name: "web")
                    .named("allow-web")
                    .inNamespace("prod-eu")
                    .selecting(LabelSelector(expressions: [.init(key: "app", operator: .in, values: ["web", "api"])]))
                    .allowingIngress(
                        from: [
                            .pods(["app": "lb"]), .namespaces(["team": "edge"]), .namespace(named: "ingress-nginx"),
                            .pods(["app": "lb"], inNamespaces: [:]), .ipBlock("10.0.0.0/8", except: ["10.1.0.0/16"]),
                        ],
                        ports: [.tcp(80), .tcp(8000, through: 8080), .udp(53), .sctp(9000), .named("http"), .all(.udp)]
                    )
                    .allowingEgress(to: [.ipBlock("::/0")], ports: [.named("dns", protocol: .udp)])
                    .allowingEgress()
                    .applying(to: [.ingress, .egress]),
                []),
            ValidationCase("allow everything", NetworkPolicy.denyAll(in: "x").allowingIngress().allowingEgress(), []),
        ])
    func builders(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
        expectDiagnostics(row.input.validate(options: ValidationOptions(strictCIDR: true, requireNamespace: true)), [])
    }

    @Test("allowingEgress adds Egress to explicit policyTypes, and the result still validates")
    func addsPolicyType() {
        let policy = NetworkPolicy.denyIngress(in: "ns").allowingEgress(
            to: [.namespace(named: "kube-system")], ports: [.udp(53)])
        #expect(policy.spec.policyTypes == [.ingress, .egress])
        #expect(policy.validate().isEmpty)
    }

    @Test("a builder with a bad argument is reported, not fixed")
    func badArguments() {
        expectDiagnostics(
            NetworkPolicy.denyAll(in: "ns", name: "Deny All").allowingIngress(ports: [.tcp(70000)]).validate(),
            [
                err("V02", "metadata.name", prefix: "Invalid value: \"Deny All\": " + subdomainDetail),
                err("P02", "spec.ingress[0].ports[0].port", "Invalid value: 70000: " + portRange),
            ])
    }
}
