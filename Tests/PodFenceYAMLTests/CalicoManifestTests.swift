import Foundation
import PodFenceModel
import Testing

@testable import PodFenceYAML

@Suite("Calico policies as manifests")
struct CalicoManifestTests {
    private static let tierFile = Paths.fixtures + "/calico-tiers.yaml"
    private static let policyFile = Paths.fixtures + "/calico-network-policies.yaml"
    private static let globalPolicyFile = Paths.fixtures + "/calico-global-network-policies.yaml"

    private func written(_ result: LoadResult) -> String {
        YAMLWriter().write(documents: result.objects.map(\.object.manifest), comments: result.objects.map(\.comments))
    }

    @Test("the Tier fixture decodes: orders as written (500.5, 1e+06), default actions, unknown fields")
    func tiers() throws {
        let result = ManifestLoader().load(paths: [Self.tierFile])
        #expect(result.diagnostics == [])
        #expect(result.objects.map(\.object.qualifiedKind) == Array(repeating: "Tier.projectcalico.org", count: 5))
        let tiers = result.objects.compactMap { if case .calicoTier(let tier) = $0.object { tier } else { nil } }
        #expect(tiers.map(\.metadata.name) == ["security", "platform", "kube-admin", "default", "kube-baseline"])
        #expect(tiers.map(\.spec.order) == [100, 500.5, 1000, 1_000_000, 10_000_000])
        #expect(tiers.map(\.spec.effectiveDefaultAction) == [.deny, .pass, .pass, .deny, .pass])
        #expect(tiers[1].spec.unknownFields.keys == ["futureTierField"])
        #expect(tiers[2].unknownFields.keys == ["status"])
        #expect(
            Array(tiers[2...])
                == CalicoTier.builtIn.map { tier in
                    var expected = tier
                    if tier.metadata.name == "kube-admin" { expected.unknownFields = tiers[2].unknownFields }
                    return expected
                })
        #expect(tiers[3].spec.order?.description == "1e+06")
    }

    @Test("the NetworkPolicy fixture decodes: rules, selectors, ports of every shape, protocol numbers")
    func networkPolicies() throws {
        let result = ManifestLoader().load(paths: [Self.policyFile])
        #expect(result.diagnostics == [])
        #expect(result.objects.map(\.object.qualifiedName) == ["shop/database-access", "shop/platform.monitoring"])
        #expect(result.objects.map(\.object.kind) == ["NetworkPolicy", "NetworkPolicy"])
        guard case .calicoNetworkPolicy(let policy) = result.objects[0].object,
            case .calicoNetworkPolicy(let monitoring) = result.objects[1].object
        else {
            Issue.record("not Calico NetworkPolicies")
            return
        }
        #expect(policy.spec.tierName == "default")
        #expect(policy.spec.order == 100)
        #expect(policy.spec.types == [.ingress, .egress])
        #expect(policy.spec.ingress?.map(\.action) == [.log, .allow, .deny])
        let allow = try #require(policy.spec.ingress?[1])
        #expect(allow.protocol == .tcp)
        #expect(allow.destination?.ports?.map(\.value) == [.number(5432), .range(9187, 9189), .named("metrics")])
        #expect(allow.metadata?.annotations == ["from": "frontend", "to": "database"])
        #expect(
            try CalicoSelector(parsing: allow.source?.selector ?? "").expression
                == .and([.in("role", ["frontend", "api"]), .not(.has("canary"))]))
        #expect(policy.spec.ingress?[2].unknownFields.keys == ["futureRuleField"])
        #expect(policy.spec.ingress?[2].source?.notNets == ["10.0.0.0/8"])
        #expect(policy.spec.egress?[0].destination?.namespaceSelector == "projectcalico.org/name == 'kube-system'")
        #expect(monitoring.spec.tierName == "platform")
        #expect(monitoring.spec.ingress?[0].protocol == CalicoProtocol(number: 6))
        #expect(monitoring.spec.ingress?[0].protocol?.number == 6)
        #expect(monitoring.spec.policyTypes == [.ingress])
        #expect(monitoring.unknownFields.keys == ["status"])
    }

    @Test("the GlobalNetworkPolicy fixture decodes, and warns about what PodFence does not evaluate")
    func globalNetworkPolicies() throws {
        let result = ManifestLoader().load(paths: [Self.globalPolicyFile])
        #expect(result.isComplete)
        #expect(
            result.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "") \($0.code) \($0.path)" }
                == [
                    "39:7 C30 spec.ingress[1].http", "46:7 C34 spec.ingress[2].icmp",
                    "60:27 C35 spec.serviceAccountSelector",
                ])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.objects.map(\.object.isClusterScoped) == [true, true, true])
        guard case .calicoGlobalNetworkPolicy(let guardRail) = result.objects[0].object,
            case .calicoGlobalNetworkPolicy(let monitoring) = result.objects[1].object,
            case .calicoGlobalNetworkPolicy(let denyAll) = result.objects[2].object
        else {
            Issue.record("not GlobalNetworkPolicies")
            return
        }
        #expect(guardRail.spec.namespaceSelector?.hasPrefix("has(projectcalico.org/name)") == true)
        #expect(guardRail.spec.egress?.map(\.action) == [.deny, .pass])
        #expect(monitoring.spec.order == 20.5)
        #expect(monitoring.spec.ingress?[0].destination?.ports == [CalicoPort(rawValue: "9100")])
        #expect(monitoring.spec.ingress?[0].destination?.ports?[0].value == .number(9100))
        #expect(monitoring.spec.ingress?[0].source?.namespaceSelector == "global()")
        #expect(monitoring.spec.ingress?[1].http?.paths?[0].prefix == "/metrics")
        #expect(monitoring.spec.ingress?[2].icmp?.type == 8)
        #expect(monitoring.spec.unknownFields.keys == ["futureSpecField"])
        #expect(denyAll.spec.applyOnForward == false)
        #expect(denyAll.spec.tierName == "default")
    }

    @Test(
        "written back byte for byte: the fixtures are in kubectl's order, with their comments",
        arguments: [tierFile, policyFile, globalPolicyFile])
    func writtenBack(file: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written(ManifestLoader().load(paths: [file])) == text)
    }

    @Test("written through the model: a changed order, numbers kept as numbers, GlobalNetworkPolicy fields")
    func writtenThroughTheModel() throws {
        var spec = CalicoPolicySpec(
            tier: "security", order: 12.25, selector: "all()", types: [.egress],
            egress: [
                CalicoRule(
                    action: .allow, protocol: CalicoProtocol(number: 17),
                    destination: CalicoEntityRule(ports: [CalicoPort(number: 53), CalicoPort(range: 1000...2000)]))
            ])
        spec.namespaceSelector = "has(team)"
        spec.doNotTrack = false
        let policy = CalicoGlobalNetworkPolicy(name: "dns", spec: spec)
        #expect(
            YAMLWriter().write(policy.manifest) == """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: dns
                spec:
                  doNotTrack: false
                  egress:
                  - action: Allow
                    destination:
                      ports:
                      - 53
                      - '1000:2000'
                    protocol: 17
                  namespaceSelector: has(team)
                  order: 12.25
                  selector: all()
                  tier: security
                  types:
                  - Egress

                """)
        let reread = ManifestLoader().load(text: YAMLWriter().write(policy.manifest), file: "dns.yaml")
        #expect(reread.diagnostics == [])
        #expect(reread.objects.map(\.object) == [.calicoGlobalNetworkPolicy(policy)])
    }

    @Test("a NetworkPolicy keeps a GlobalNetworkPolicy-only field as an unknown field, as Calico's kind lacks it")
    func globalOnlyFieldsOnANetworkPolicy() {
        let text = """
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata: {name: a, namespace: shop}
            spec: {selector: all(), namespaceSelector: has(x), preDNAT: true}

            """
        let result = ManifestLoader().load(text: text, file: "a.yaml")
        #expect(result.diagnostics == [])
        guard case .calicoNetworkPolicy(let policy)? = result.objects.first?.object else {
            Issue.record("not read")
            return
        }
        #expect(policy.spec.namespaceSelector == nil)
        #expect(policy.spec.unknownFields.keys == ["namespaceSelector", "preDNAT"])
    }

    @Test(
        "decoding problems are reported at their field, with their position",
        arguments: [
            (
                "spec: {order: \"100\"}",
                "bad.yaml:5:15: error: spec.order: expected a number, found the string \"100\" (remove the quotes to "
                    + "make it a number)"
            ),
            (
                "spec: {ingress: [{action: Allow, protocol: [TCP]}]}",
                "bad.yaml:5:44: error: spec.ingress[0].protocol: expected a protocol name or number, found a list"
            ),
            (
                "spec: {ingress: [{action: Allow, protocol: TCP, destination: {ports: [{a: 1}]}}]}",
                "bad.yaml:5:71: error: spec.ingress[0].destination.ports[0]: expected a port number, a \"start:end\" "
                    + "range or a port name, found a map"
            ),
            (
                "spec: {selector: yes}",
                "bad.yaml:5:18: error: spec.selector: expected a string, found the boolean yes (YAML 1.1 readers "
                    + "such as kubectl read yes/no/y/n/on/off/true/false as booleans: quote it, \"yes\")"
            ),
        ])
    func decodingDiagnostics(_ spec: String, _ expected: String) {
        let text = "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: x\n" + spec + "\n"
        let result = ManifestLoader().load(text: text, file: "bad.yaml")
        #expect(result.diagnostics.map(\.description) == [expected])
        #expect(result.objects.isEmpty)
    }

    @Test("validation problems are located in the file; a Calico kind at another apiVersion of its groups is D05")
    func validationDiagnostics() {
        let text = """
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata:
              name: x
              namespace: shop
            spec:
              selector: app = 'web'
              ingress:
              - action: Accept
            ---
            apiVersion: crd.projectcalico.org/v1
            kind: GlobalNetworkPolicy
            metadata: {name: stored}
            ---
            apiVersion: projectcalico.org/v2
            kind: NetworkPolicy
            metadata: {name: old, namespace: shop}
            ---
            apiVersion: crd.antrea.io/v1beta1
            kind: Tier
            metadata: {name: antrea}

            """
        let result = ManifestLoader().load(text: text, file: "calico.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "calico.yaml:7:13: error: spec.selector: Invalid value: \"app = 'web'\": column 5: expected == (a "
                    + "single = is not an operator)",
                "calico.yaml:9:13: error: spec.ingress[0].action: Unsupported value: \"Accept\": supported values: "
                    + "\"Allow\", \"Deny\", \"Log\", \"Pass\"",
                "calico.yaml:11:13: error: apiVersion: GlobalNetworkPolicy is served as projectcalico.org/v3, not "
                    + "crd.projectcalico.org/v1",
                "calico.yaml:15:13: error: apiVersion: NetworkPolicy is served as projectcalico.org/v3, not "
                    + "projectcalico.org/v2",
                "calico.yaml:19:1: note: skipped Tier antrea (crd.antrea.io/v1beta1): PodFence does not analyse this "
                    + "kind; it is kept as written",
            ])
        #expect(result.objects.map(\.object.kind) == ["Tier"])
    }

    @Test("typed lists: a TierList's items take their kind and apiVersion from it")
    func typedList() {
        let text = """
            apiVersion: projectcalico.org/v3
            kind: TierList
            items:
            - metadata: {name: a}
              spec: {order: 5}

            """
        let result = ManifestLoader().load(text: text, file: "list.yaml")
        #expect(result.diagnostics == [])
        #expect(result.objects.map(\.object.qualifiedKind) == ["Tier.projectcalico.org"])
    }

    @Test("JSON is read and written too")
    func json() {
        let result = ManifestLoader().load(paths: [Self.tierFile, Self.policyFile, Self.globalPolicyFile])
        let json = JSONWriter().write(documents: result.objects.map(\.object.manifest))
        let reread = ManifestLoader().load(text: json, file: "out.json")
        #expect(reread.isComplete)
        #expect(reread.objects.map(\.object) == result.objects.map(\.object))
    }
}
