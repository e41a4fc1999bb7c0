import Foundation
import PodFenceModel
import Testing

@testable import PodFenceYAML

@Suite("Cluster policies as manifests")
struct ClusterPolicyManifestTests {
    private static let clusterNetworkPolicies = Paths.fixtures + "/cluster-network-policies.yaml"
    private static let adminNetworkPolicies = Paths.fixtures + "/admin-network-policies.yaml"

    private func written(_ result: LoadResult) -> String {
        YAMLWriter().write(documents: result.objects.map(\.object.manifest), comments: result.objects.map(\.comments))
    }

    @Test("the fixtures decode to the model: kinds, names, fields, unknown fields")
    func decoded() throws {
        let result = ManifestLoader().load(paths: [Self.clusterNetworkPolicies, Self.adminNetworkPolicies])
        #expect(result.diagnostics == [])
        #expect(
            result.objects.map(\.object.kind) == [
                "ClusterNetworkPolicy", "ClusterNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy",
            ])
        #expect(
            result.objects.map(\.object.qualifiedName) == [
                "cluster-guard-rails", "baseline-isolation", "cluster-control", "default",
            ])
        guard case .clusterNetworkPolicy(let cnp) = result.objects[0].object else {
            Issue.record("not a ClusterNetworkPolicy")
            return
        }
        #expect(cnp.spec.tier == .admin)
        #expect(cnp.spec.priority == 10)
        #expect(cnp.spec.egress?.count == 3)
        #expect(cnp.spec.egress?[0].protocols?[0].udp?.destinationPort?.number == 53)
        #expect(cnp.spec.egress?[2].protocols?[0].tcp?.destinationPort?.range?.end == 65535)
        #expect(cnp.spec.egress?[2].to?[0].networks == ["169.254.169.254/32", "fd00:ec2::254/128"])
        #expect(cnp.spec.egress?[2].to?[1].nodes?.matchExpressions.first?.operator == .exists)
        #expect(cnp.spec.ingress?[0].protocols?[0].destinationNamedPort == "metrics")
        #expect(cnp.spec.subject?.namespaces?.matchExpressions.first?.values == ["kube-system"])
        #expect(cnp.spec.unknownFields.keys == ["futureSpecField"])
        #expect(cnp.spec.ingress?[1].unknownFields.keys == ["futureRuleField"])
        #expect(cnp.unknownFields.keys == ["status"])
        guard case .adminNetworkPolicy(let anp) = result.objects[2].object else {
            Issue.record("not an AdminNetworkPolicy")
            return
        }
        #expect(anp.spec.priority == 34)
        #expect(anp.spec.ingress?[0].action == .allow)
        #expect(anp.spec.ingress?[0].ports?[1].portNumber?.protocol == .udp)
        #expect(anp.spec.egress?[0].ports?[0].portRange?.start == 30000)
        #expect(anp.spec.ingress?[1].unknownFields.keys == ["futureRuleField"])
        guard case .baselineAdminNetworkPolicy(let banp) = result.objects[3].object else {
            Issue.record("not a BaselineAdminNetworkPolicy")
            return
        }
        #expect(banp.spec.subject?.pods?.podSelector == LabelSelector())
        #expect(banp.spec.egress?[0].to?[0].nodes == LabelSelector())
        #expect(banp.spec.unknownFields.keys == ["futureSpecField"])
    }

    @Test(
        "written back byte for byte: the fixtures are in kubectl's order, with their comments",
        arguments: [clusterNetworkPolicies, adminNetworkPolicies])
    func writtenBack(file: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written(ManifestLoader().load(paths: [file])) == text)
    }

    @Test("written in kubectl's order whatever the order read, unknown fields after a change through the model")
    func order() throws {
        let text = """
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicy
            metadata:
              name: order
            spec:
              tier: Baseline
              priority: 5
              subject: {namespaces: {}}
              ingress:
              - name: r
                action: Deny
                from: [{namespaces: {}}]
                protocols: [{tcp: {destinationPort: {number: 22}}}]
                newRuleField: x

            """
        let result = ManifestLoader().load(text: text, file: "order.yaml")
        guard case .clusterNetworkPolicy(var policy)? = result.objects.first?.object else {
            Issue.record("not read")
            return
        }
        policy.spec.priority = 6
        #expect(
            YAMLWriter().write(policy.manifest) == """
                apiVersion: policy.networking.k8s.io/v1alpha2
                kind: ClusterNetworkPolicy
                metadata:
                  name: order
                spec:
                  ingress:
                  - action: Deny
                    from:
                    - namespaces: {}
                    name: r
                    newRuleField: x
                    protocols:
                    - tcp:
                        destinationPort:
                          number: 22
                  priority: 6
                  subject:
                    namespaces: {}
                  tier: Baseline

                """)
    }

    @Test("typed lists: a ClusterNetworkPolicyList's items take their kind and apiVersion from it")
    func typedList() {
        let text = """
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicyList
            items:
            - metadata: {name: a}
              spec: {tier: Admin, priority: 1, subject: {namespaces: {}}}

            """
        let result = ManifestLoader().load(text: text, file: "list.yaml")
        #expect(result.diagnostics == [])
        #expect(result.objects.map(\.object.kind) == ["ClusterNetworkPolicy"])
    }

    @Test(
        "decoding problems are reported at their field, with their position",
        arguments: [
            (
                "spec: {tier: Admin, priority: \"10\", subject: {namespaces: {}}}",
                "bad.yaml:5:31: error: spec.priority: expected an integer, found the string \"10\" (remove the quotes "
                    + "to make it a number)"
            ),
            (
                "spec: {tier: Admin, priority: 1, subject: {namespaces: {}}, egress: [{action: Deny, to: "
                    + "[{networks: 10.0.0.0/8}]}]}",
                "bad.yaml:5:101: error: spec.egress[0].to[0].networks: expected a list, found the string "
                    + "\"10.0.0.0/8\""
            ),
            (
                "spec: {tier: Admin, priority: 1, subject: {namespaces: {}}, ingress: [{action: yes, from: "
                    + "[{namespaces: {}}]}]}",
                "bad.yaml:5:80: error: spec.ingress[0].action: expected a string, found the boolean yes (YAML 1.1 "
                    + "readers such as kubectl read yes/no/y/n/on/off/true/false as booleans: quote it, \"yes\")"
            ),
        ])
    func decodingDiagnostics(_ spec: String, _ expected: String) {
        let text =
            "apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata:\n  name: x\n"
            + spec + "\n"
        let result = ManifestLoader().load(text: text, file: "bad.yaml")
        #expect(result.diagnostics.map(\.description) == [expected])
        #expect(result.objects.isEmpty)
    }

    @Test("validation problems are located in the file, as for other kinds; a wrong apiVersion is D05")
    func validationDiagnostics() {
        let text = """
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicy
            metadata:
              name: x
            spec:
              tier: Admin
              priority: 1
              subject:
                namespaces: {}
              egress:
              - action: Accept
                to:
                - networks:
                  - 10.0.0.0/8
                  - 10.0.0.0/33
              - action: Deny
                to:
                - domainNames: [a.com]
            ---
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: ClusterNetworkPolicy
            metadata: {name: old}

            """
        let result = ManifestLoader().load(text: text, file: "cnp.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "cnp.yaml:15:9: error: spec.egress[0].to[0].networks[1]: Invalid value: \"10.0.0.0/33\": Invalid CIDR "
                    + "format provided: must be an IPv4 or IPv6 CIDR such as 10.0.0.0/8 or fd00::/8",
                "cnp.yaml:18:20: error: spec.egress[1].to[0].domainNames: Forbidden: domainNames peers are only "
                    + "allowed in rules whose action is Accept (to deny other domains, follow the Accept rule with a "
                    + "Deny rule)",
                "cnp.yaml:20:13: error: apiVersion: ClusterNetworkPolicy is served as "
                    + "policy.networking.k8s.io/v1alpha2, not policy.networking.k8s.io/v1alpha1",
            ])
        #expect(!result.isComplete)
        #expect(result.objects.isEmpty)
    }

    @Test("JSON is read and written too")
    func json() {
        let result = ManifestLoader().load(paths: [Self.adminNetworkPolicies])
        let json = JSONWriter().write(documents: result.objects.map(\.object.manifest))
        let reread = ManifestLoader().load(text: json, file: "out.json")
        #expect(reread.diagnostics == [])
        #expect(reread.objects.map(\.object) == result.objects.map(\.object))
    }

    @Test("every migrated fixture is a valid ClusterNetworkPolicy that reads back as written")
    func migratedAreSound() {
        let result = ManifestLoader().load(paths: [Self.adminNetworkPolicies])
        let migrated: [ClusterNetworkPolicy] = result.objects.compactMap { loaded in
            switch loaded.object {
            case .adminNetworkPolicy(let policy): policy.migrated().policy
            case .baselineAdminNetworkPolicy(let policy): policy.migrated().policy
            default: nil
            }
        }
        #expect(migrated.count == 2)
        let text = YAMLWriter().write(documents: migrated.map(\.manifest))
        let reread = ManifestLoader().load(text: text, file: "migrated.yaml")
        #expect(reread.diagnostics == [])
        #expect(reread.objects.map(\.object) == migrated.map(KubernetesObject.clusterNetworkPolicy))
    }
}
