import PodFenceModel
import Testing

/// A protocols entry matching a port number of a protocol.
private func number(_ proto: String, _ port: Int) -> ClusterPolicyProtocol {
    entry(proto, ClusterPolicyPort(number: port))
}

/// A protocols entry matching a range of a protocol.
private func range(_ proto: String, _ start: Int, _ end: Int) -> ClusterPolicyProtocol {
    entry(proto, ClusterPolicyPort(range: ClusterPolicyPortRange(start: start, end: end)))
}

private func entry(_ proto: String, _ port: ClusterPolicyPort) -> ClusterPolicyProtocol {
    let match = ClusterPolicyPortMatch(destinationPort: port)
    switch proto {
    case "udp": return ClusterPolicyProtocol(udp: match)
    case "sctp": return ClusterPolicyProtocol(sctp: match)
    default: return ClusterPolicyProtocol(tcp: match)
    }
}

/// A row: an AdminNetworkPolicy port and the protocols entry it becomes.
struct PortMigrationCase: Sendable, CustomTestStringConvertible {
    var name: String
    var port: AdminPolicyPort
    var expected: ClusterPolicyProtocol
    var testDescription: String { name }
}

@Suite("Migration of AdminNetworkPolicy and BaselineAdminNetworkPolicy to ClusterNetworkPolicy (M01-M07)")
struct ClusterPolicyMigrationTests {
    @Test(
        "each port shape becomes its protocols entry",
        arguments: [
            PortMigrationCase(
                name: "portNumber without protocol: TCP", port: portNumber(80), expected: number("tcp", 80)),
            PortMigrationCase(name: "portNumber TCP", port: portNumber(443, "TCP"), expected: number("tcp", 443)),
            PortMigrationCase(name: "portNumber UDP", port: portNumber(53, "UDP"), expected: number("udp", 53)),
            PortMigrationCase(name: "portNumber SCTP", port: portNumber(9, "SCTP"), expected: number("sctp", 9)),
            PortMigrationCase(
                name: "portRange without protocol: TCP", port: portRange(8000, 8080),
                expected: range("tcp", 8000, 8080)),
            PortMigrationCase(
                name: "portRange UDP", port: portRange(30000, 32767, "UDP"), expected: range("udp", 30000, 32767)),
            PortMigrationCase(
                name: "portRange SCTP", port: portRange(1, 2, "SCTP"), expected: range("sctp", 1, 2)),
            PortMigrationCase(
                name: "namedPort", port: AdminPolicyPort(namedPort: "metrics"),
                expected: ClusterPolicyProtocol(destinationNamedPort: "metrics")),
        ])
    func ports(_ row: PortMigrationCase) {
        let migration = anpIngress(ports: [row.port]).migrated()
        #expect(migration.diagnostics.isEmpty)
        #expect(migration.policy.spec.ingress?.first?.protocols == [row.expected])
        let egress = anpEgress(ports: [row.port]).migrated()
        #expect(egress.policy.spec.egress?.first?.protocols == [row.expected])
    }

    @Test(
        "actions: Allow becomes Accept, Deny and Pass stay",
        arguments: [
            (ClusterPolicyAction.allow, ClusterPolicyAction.accept), (.deny, .deny), (.pass, .pass),
        ])
    func actions(_ action: ClusterPolicyAction, _ expected: ClusterPolicyAction) {
        #expect(anpIngress(action).migrated().policy.spec.ingress?.first?.action == expected)
        #expect(anpEgress(action).migrated().policy.spec.egress?.first?.action == expected)
    }

    @Test("an AdminNetworkPolicy becomes tier Admin at its priority, subject, peers and names copied")
    func adminNetworkPolicy() {
        let peers = [
            everyNamespace,
            ClusterPolicyPeer(
                pods: NamespacedPodSelector(namespaceSelector: LabelSelector(), podSelector: LabelSelector(["a": "b"]))),
            ClusterPolicyPeer(nodes: LabelSelector(["role": "worker"])),
            ClusterPolicyPeer(networks: ["10.0.0.0/8", "fd00::/8"]),
            ClusterPolicyPeer(domainNames: ["*.example.com"]),
        ]
        let subject = ClusterPolicySubject(pods: NamespacedPodSelector(podSelector: LabelSelector(["app": "web"])))
        var anp = AdminNetworkPolicy(
            metadata: ObjectMeta(
                name: "guard", namespace: "ignored", labels: ["team": "platform"],
                annotations: [
                    "owner": "sre",
                    "kubectl.kubernetes.io/last-applied-configuration": "{\"kind\":\"AdminNetworkPolicy\"}",
                ]),
            spec: AdminNetworkPolicySpec(
                priority: 34, subject: subject,
                ingress: [AdminPolicyIngressRule(name: "in", action: .deny, from: [everyNamespace])],
                egress: [AdminPolicyEgressRule(name: "out", action: .allow, to: peers)]))
        anp.metadata.unknownFields["resourceVersion"] = .string("42")
        anp.unknownFields["status"] = .mapping(["conditions": .sequence([])])
        let migration = anp.migrated()
        let expected = ClusterNetworkPolicy(
            metadata: ObjectMeta(name: "guard", labels: ["team": "platform"], annotations: ["owner": "sre"]),
            spec: ClusterNetworkPolicySpec(
                tier: .admin, priority: 34, subject: subject,
                ingress: [ClusterPolicyIngressRule(name: "in", action: .deny, from: [everyNamespace])],
                egress: [ClusterPolicyEgressRule(name: "out", action: .accept, to: peers)]))
        #expect(migration.policy == expected)
        expectDiagnostics(migration.diagnostics, [])
        #expect(migration.isApplicable)
        expectDiagnostics(migration.policy.validate(), [])
    }

    @Test("the BaselineAdminNetworkPolicy becomes tier Baseline at priority 1000, with a note")
    func baseline() {
        let banp = makeBANP { spec in
            spec.ingress = [AdminPolicyIngressRule(action: .deny, from: [everyNamespace], ports: [portNumber(22)])]
            spec.egress = [AdminPolicyEgressRule(action: .allow, to: [ClusterPolicyPeer(nodes: LabelSelector())])]
        }
        let migration = banp.migrated()
        #expect(migration.policy.metadata.name == "default")
        #expect(migration.policy.spec.tier == .baseline)
        #expect(migration.policy.spec.priority == 1000)
        #expect(migration.policy.spec.subject == banp.spec.subject)
        #expect(migration.policy.spec.ingress?.first?.protocols == [number("tcp", 22)])
        #expect(migration.policy.spec.egress?.first?.action == .accept)
        expectDiagnostics(
            migration.diagnostics,
            [
                ExpectedDiagnostic(
                    severity: .note, code: "M06", path: "spec",
                    message:
                        "a BaselineAdminNetworkPolicy has no priority: the ClusterNetworkPolicy gets tier Baseline "
                        + "and priority 1000, the last of its tier, as the BaselineAdminNetworkPolicy came after every "
                        + "other policy",
                    isPrefix: false)
            ])
        #expect(migration.isApplicable)
        expectDiagnostics(migration.policy.validate(), [])
    }

    @Test("M01: more than 25 rules in a direction is an error; every rule is kept")
    func tooManyRules() {
        let rules = (0..<26).map { AdminPolicyIngressRule(name: "r\($0)", action: .deny, from: [everyNamespace]) }
        let migration = makeANP { $0.ingress = rules }.migrated()
        expectDiagnostics(
            migration.diagnostics,
            [
                err(
                    "M01", "spec.ingress",
                    "Too many: 26: a ClusterNetworkPolicy has at most 25 ingress rules (an AdminNetworkPolicy up to "
                        + "100): split them over several ClusterNetworkPolicies of consecutive priorities, in order")
            ])
        #expect(!migration.isApplicable)
        #expect(migration.policy.spec.ingress?.map(\.name) == rules.map(\.name))
        #expect(migration.policy.validate().map(\.code) == [.tooManyClusterPolicyRules])
    }

    @Test("M02: more than 25 peers in a rule is an error; every peer is kept")
    func tooManyPeers() {
        let peers = (0..<30).map { ClusterPolicyPeer(networks: ["10.\($0).0.0/16"]) }
        let migration = anpEgress(.deny, to: peers).migrated()
        expectDiagnostics(
            migration.diagnostics,
            [
                err(
                    "M02", "spec.egress[0].to",
                    "Too many: 30: a ClusterNetworkPolicy rule has at most 25 peers (an AdminNetworkPolicy rule up to "
                        + "100): split the rule into several rules with the same action and ports")
            ])
        #expect(migration.policy.spec.egress?.first?.to == peers)
    }

    @Test("M03: more than 25 ports in a rule is an error; every port is kept")
    func tooManyPorts() {
        let ports = (1...26).map { portNumber($0) }
        let migration = makeBANP {
            $0.ingress = [AdminPolicyIngressRule(action: .deny, from: [everyNamespace], ports: ports)]
        }
        .migrated()
        expectDiagnostics(
            migration.diagnostics.filter { $0.severity == .error },
            [
                err(
                    "M03", "spec.ingress[0].ports",
                    "Too many: 26: a ClusterNetworkPolicy rule has at most 25 protocols entries (a "
                        + "BaselineAdminNetworkPolicy rule up to 100 ports): split the rule into several rules with "
                        + "the same action and peers")
            ])
        #expect(migration.policy.spec.ingress?.first?.protocols == (1...26).map { number("tcp", $0) })
    }

    @Test("M04: a domain name v1alpha1 accepts and v1alpha2 refuses is an error")
    func domainName() {
        let migration = anpEgress(to: [ClusterPolicyPeer(domainNames: ["ok.example.com", "_dmarc.example.com"])])
            .migrated()
        expectDiagnostics(
            migration.diagnostics,
            [
                err(
                    "M04", "spec.egress[0].to[0].domainNames[1]",
                    "Invalid value: \"_dmarc.example.com\": accepted by AdminNetworkPolicy's pattern but not by "
                        + "ClusterNetworkPolicy's: " + invalidDomain)
            ])
    }

    @Test(
        "M05: a port an invalid source cannot express becomes an empty entry, with an error",
        arguments: [
            (
                AdminPolicyPort(), "spec.ingress[0].ports[0]",
                "Required value: a ports entry needs exactly one of portNumber, namedPort or portRange to become a "
                    + "protocols entry (validate the AdminNetworkPolicy first)"
            ),
            (
                portNumber(1, "ICMP"), "spec.ingress[0].ports[0].portNumber.protocol",
                "Unsupported value: \"ICMP\": supported values: \"TCP\", \"UDP\", \"SCTP\": a protocols entry is "
                    + "tcp, udp or sctp (validate the AdminNetworkPolicy first)"
            ),
        ])
    func inexpressible(_ port: AdminPolicyPort, _ path: String, _ message: String) {
        let migration = anpIngress(ports: [port, portNumber(80)]).migrated()
        expectDiagnostics(migration.diagnostics, [err("M05", path, message)])
        #expect(migration.policy.spec.ingress?.first?.protocols == [ClusterPolicyProtocol(), number("tcp", 80)])
    }

    @Test("M07: fields PodFence does not know are left out with a warning; status and metadata's are dropped")
    func unknownFields() {
        var anp = anpIngress(ports: [portNumber(80)])
        anp.unknownFields["status"] = .mapping([:])
        anp.unknownFields["extra"] = .int(1)
        anp.spec.unknownFields["futureField"] = .string("x")
        anp.spec.ingress?[0].unknownFields["futureRuleField"] = .bool(true)
        anp.spec.ingress?[0].ports?[0].portNumber?.unknownFields["futurePortField"] = .int(2)
        let migration = anp.migrated()
        let detail = " is not a field PodFence knows, so it has no ClusterNetworkPolicy counterpart"
        expectDiagnostics(
            migration.diagnostics,
            [
                warn("M07", "extra", "left out: extra" + detail),
                warn("M07", "spec.futureField", "left out: futureField" + detail),
                warn("M07", "spec.ingress[0].futureRuleField", "left out: futureRuleField" + detail),
                warn(
                    "M07", "spec.ingress[0].ports[0].portNumber.futurePortField",
                    "left out: futurePortField" + detail),
            ])
        #expect(migration.isApplicable)
        #expect(migration.policy.unknownFields.isEmpty && migration.policy.spec.unknownFields.isEmpty)
    }

    @Test(
        "migratedPath: the source's fields as the result's, for comments and positions",
        arguments: [
            ("metadata.name", "metadata.name"),
            ("spec.priority", "spec.priority"),
            ("spec.egress[1].to[0].networks[2]", "spec.egress[1].to[0].networks[2]"),
            ("spec.ingress[0].ports", "spec.ingress[0].protocols"),
            ("spec.ingress[0].ports[0]", "spec.ingress[0].protocols[0]"),
            ("spec.ingress[0].ports[0].portNumber", "spec.ingress[0].protocols[0].tcp"),
            ("spec.ingress[0].ports[0].portNumber.port", "spec.ingress[0].protocols[0].tcp.destinationPort.number"),
            ("spec.ingress[0].ports[0].portNumber.protocol", "spec.ingress[0].protocols[0].tcp"),
            (
                "spec.ingress[0].ports[1].portRange.start",
                "spec.ingress[0].protocols[1].udp.destinationPort.range.start"
            ),
            ("spec.ingress[0].ports[1].portRange.end", "spec.ingress[0].protocols[1].udp.destinationPort.range.end"),
            ("spec.ingress[0].ports[1].portRange", "spec.ingress[0].protocols[1].udp"),
            ("spec.ingress[0].ports[2].namedPort", "spec.ingress[0].protocols[2].destinationNamedPort"),
        ])
    func migratedPath(_ source: String, _ expected: String) {
        let migration = anpIngress(ports: [portNumber(80), portRange(1, 2, "UDP"), AdminPolicyPort(namedPort: "http")])
            .migrated()
        #expect(migration.migratedPath(FieldPath(parsing: source)).description == expected)
    }
}
