import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

private let fixtures = RepositoryRoot.path + "/Tests/PodFenceYAMLTests/Fixtures"
private let calicoTiers = fixtures + "/calico-tiers.yaml"
private let calicoPolicies = fixtures + "/calico-network-policies.yaml"
private let calicoGlobalPolicies = fixtures + "/calico-global-network-policies.yaml"
private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"

/// A Kubernetes NetworkPolicy with the name and namespace of the first Calico NetworkPolicy of the fixture.
private let kubernetesTwin = """
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata:
      name: database-access
      namespace: shop
    spec:
      podSelector: {}

    """

@Suite("Calico policies in the playground: load, show, check, completion")
struct CalicoCommandTests {
    private func run(_ interpreter: inout Interpreter, _ line: String) -> (Int32, String, String) {
        let status = interpreter.execute(line: line)
        let (output, errors) = interpreter.takeOutput()
        return (status, output, errors)
    }

    /// A temporary folder holding `files`, removed by the caller.
    private func folder(_ files: [String: String]) throws -> String {
        let folder = NSTemporaryDirectory() + "podfence-calico-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("show lists them among the policies as Kind.projectcalico.org and prints them back as read")
    func show() throws {
        var interpreter = Interpreter()
        #expect(run(&interpreter, "load \(calicoTiers) \(calicoPolicies) \(calicoGlobalPolicies)").0 == 0)
        #expect(
            run(&interpreter, "show").1
                == "namespaces: 0\nworkloads:  0\npods:       0\npolicies:   0\ncalico:     10\n")
        let table = run(&interpreter, "show policies").1.split(separator: "\n").map(String.init)
        #expect(table.count == 11)
        #expect(table[0].hasPrefix("KIND                                   NAME                       SOURCE"))
        #expect(table[1].hasPrefix("Tier.projectcalico.org                 security                   "))
        #expect(table[1].hasSuffix("calico-tiers.yaml:4:1"))
        #expect(table[6].hasPrefix("NetworkPolicy.projectcalico.org        shop/database-access       "))
        #expect(table[8].hasPrefix("GlobalNetworkPolicy.projectcalico.org  security.block-metadata    "))
        #expect(run(&interpreter, "show networkpolicies").1 == "KIND  NAME  SOURCE\n")
        let fixture = try String(contentsOfFile: calicoPolicies, encoding: .utf8)
        let (status, output, _) = run(&interpreter, "show -o yaml networkpolicy.projectcalico.org/shop/database-access")
        #expect(status == 0)
        #expect(fixture.hasPrefix(output))
        #expect(run(&interpreter, "show tier/platform").1.contains("order: 500.5"))
        #expect(run(&interpreter, "show globalnetworkpolicy.projectcalico.org/default-deny-ingress").0 == 0)
        let all = run(&interpreter, "show all -o yaml").1
        let tiers = try String(contentsOfFile: calicoTiers, encoding: .utf8)
        let global = try String(contentsOfFile: calicoGlobalPolicies, encoding: .utf8)
        #expect(all == tiers + "---\n" + fixture + "---\n" + global)
    }

    @Test("a Calico NetworkPolicy and the Kubernetes one of the same name are two objects")
    func sameNameAsKubernetes() throws {
        let dir = try folder(["twin.yaml": kubernetesTwin])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var interpreter = Interpreter()
        _ = run(&interpreter, "load \(calicoPolicies)")
        #expect(run(&interpreter, "load \(dir)/twin.yaml").0 == 0)
        #expect(interpreter.context.session.policies.count == 1)
        #expect(interpreter.context.session.objects.count == 3)
        #expect(run(&interpreter, "show networkpolicy/shop/database-access").1 == kubernetesTwin)
        let both = run(&interpreter, "show shop/database-access -o table").1.split(separator: "\n")
        #expect(both.count == 3)
        #expect(run(&interpreter, "load \(calicoPolicies)").0 == 0)
        #expect(interpreter.context.session.objects.count == 3)
    }

    @Test("completion offers them as kind.projectcalico.org/name")
    func completion() {
        var interpreter = Interpreter()
        _ = run(&interpreter, "load \(calicoTiers) \(calicoPolicies)")
        let session = interpreter.context.session
        #expect(
            Completer().complete("show networkpolicy.p", session: session).candidates == [
                "networkpolicy.projectcalico.org/shop/database-access",
                "networkpolicy.projectcalico.org/shop/platform.monitoring",
            ])
        #expect(
            Completer().complete("show tier.projectcalico.org/kube-", session: session).candidates == [
                "tier.projectcalico.org/kube-admin", "tier.projectcalico.org/kube-baseline",
            ])
    }

    @Test("adding or replacing them is a policies-only change: the analysis keeps its peers")
    func policiesOnly() {
        var interpreter = Interpreter()
        _ = run(&interpreter, "load \(exampleCluster)")
        let peers = interpreter.context.session.peersRevision
        let revision = interpreter.context.session.revision
        #expect(run(&interpreter, "load \(calicoTiers) \(calicoPolicies) \(calicoGlobalPolicies)").0 == 0)
        #expect(interpreter.context.session.revision != revision)
        #expect(interpreter.context.session.peersRevision == peers)
        #expect(run(&interpreter, "load \(calicoTiers)").0 == 0)
        #expect(interpreter.context.session.peersRevision == peers)
    }

    @Test("check reports their problems compiler-style, with the selector's column, and fails")
    func check() throws {
        let text = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: broken
            spec:
              selector: app == 'web' &&
              ingress:
              - action: Allow
                protocol: TCP
                http:
                  methods: [GET]
                source:
                  ports: ['80:70']

            """
        let dir = try folder(["gnp.yaml": text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var interpreter = Interpreter()
        let (status, output, _) = run(&interpreter, "check \(dir)/gnp.yaml")
        #expect(status == 1)
        #expect(
            output == """
                \(dir)/gnp.yaml:6:13: error: spec.selector: Invalid value: "app == 'web' &&": column 16: expected an \
                operation (all(), global(), has(label), a comparison such as label == 'value', or '('), found the end \
                of the selector
                \(dir)/gnp.yaml:11:7: warning: spec.ingress[0].http: not evaluated: PodFence does not see HTTP methods \
                and paths (it sees connections, not requests); verdicts read the rule closed: this Allow rule matches \
                nothing
                \(dir)/gnp.yaml:13:14: warning: spec.ingress[0].source.ports: not evaluated: PodFence does not see \
                source ports (a question names only the destination port); verdicts read the rule closed: this Allow \
                rule matches nothing
                \(dir)/gnp.yaml:13:15: error: spec.ingress[0].source.ports[0]: Invalid value: "80:70": the range's \
                start must not be above its end

                """)
    }
}
