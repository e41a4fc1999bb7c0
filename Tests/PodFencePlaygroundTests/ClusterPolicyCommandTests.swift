import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

private let fixtures = RepositoryRoot.path + "/Tests/PodFenceYAMLTests/Fixtures"
private let clusterNetworkPolicies = fixtures + "/cluster-network-policies.yaml"
private let adminNetworkPolicies = fixtures + "/admin-network-policies.yaml"
private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"

/// What `migrate` prints for the AdminNetworkPolicy fixture, written out by hand from the fixture.
private let migratedFixture = """
    # AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1), keys in the order
    # kubectl prints them; migrate rewrites them as ClusterNetworkPolicies.
    apiVersion: policy.networking.k8s.io/v1alpha2
    kind: ClusterNetworkPolicy
    metadata:
      labels:
        team: platform
      name: cluster-control
    spec:
      egress:
      - action: Deny
        name: no-outside
        protocols:
        - tcp:
            destinationPort:
              range:
                end: 32767
                start: 30000
        to:
        - networks:
          - 0.0.0.0/0
          - '::/0'
      - action: Accept
        name: package-mirrors
        to:
        - domainNames:
          - '*.debian.org'
      ingress:
      # monitoring may always scrape
      - action: Accept
        from:
        - namespaces:
            matchLabels:
              kubernetes.io/metadata.name: monitoring
        name: allow-monitoring
        protocols:
        - tcp:
            destinationPort:
              number: 9090 # prometheus
        - udp:
            destinationPort:
              number: 8125
        - destinationNamedPort: metrics
      - action: Pass
        from:
        - pods:
            namespaceSelector: {}
            podSelector:
              matchLabels:
                app: debugger
        name: leave-debuggers-to-namespaces
      priority: 34
      subject:
        namespaces: {}
      tier: Admin
    ---
    apiVersion: policy.networking.k8s.io/v1alpha2
    kind: ClusterNetworkPolicy
    metadata:
      name: default
    spec:
      egress:
      - action: Accept
        name: nodes
        protocols:
        - tcp:
            destinationPort:
              number: 10250
        to:
        - nodes: {}
      ingress:
      - action: Deny # isolate every namespace by default
        from:
        - namespaces: {}
        name: default-deny
      priority: 1000
      subject:
        pods:
          namespaceSelector: {}
          podSelector: {}
      tier: Baseline

    """

private let leftOut = " is not a field PodFence knows, so it has no ClusterNetworkPolicy counterpart\n"

/// What `migrate` says about the AdminNetworkPolicy fixture: its unknown fields and the baseline's priority.
private let migrateFindings =
    "\(adminNetworkPolicies):50:22: warning: spec.ingress[1].futureRuleField: left out: futureRuleField" + leftOut
    + baselineNote
    + "\(adminNetworkPolicies):72:20: warning: spec.futureSpecField: left out: futureSpecField" + leftOut

private let baselineNote =
    "\(adminNetworkPolicies):63:3: note: spec: a BaselineAdminNetworkPolicy has no priority: the ClusterNetworkPolicy "
    + "gets tier Baseline and priority 1000, the last of its tier, as the BaselineAdminNetworkPolicy came after every "
    + "other policy\n"

@Suite("Cluster policies in the playground: load, show, check, completion, migrate")
struct ClusterPolicyCommandTests {
    private func run(_ interpreter: inout Interpreter, _ line: String) -> (Int32, String, String) {
        let status = interpreter.execute(line: line)
        let (output, errors) = interpreter.takeOutput()
        return (status, output, errors)
    }

    /// A temporary folder holding `files`, removed by the caller.
    private func folder(_ files: [String: String]) throws -> String {
        let folder = NSTemporaryDirectory() + "podfence-cluster-policies-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("show lists them among the policies with their kind and prints them back as read")
    func show() throws {
        var interpreter = Interpreter()
        #expect(run(&interpreter, "load \(clusterNetworkPolicies) \(adminNetworkPolicies)").0 == 0)
        #expect(
            run(&interpreter, "show").1
                == "namespaces: 0\nworkloads:  0\npods:       0\npolicies:   0\ncluster policies: 4\n")
        let table = run(&interpreter, "show policies").1.split(separator: "\n").map(String.init)
        #expect(table.count == 5)
        #expect(table[0].hasPrefix("KIND                        NAME                 SOURCE"))
        #expect(table[1].hasPrefix("ClusterNetworkPolicy        cluster-guard-rails  "))
        #expect(table[1].hasSuffix("cluster-network-policies.yaml:3:1"))
        #expect(table[3].hasPrefix("AdminNetworkPolicy          cluster-control      "))
        #expect(table[4].hasPrefix("BaselineAdminNetworkPolicy  default              "))
        let fixture = try String(contentsOfFile: adminNetworkPolicies, encoding: .utf8)
        let (status, output, _) = run(&interpreter, "show -o yaml adminnetworkpolicy/cluster-control")
        #expect(status == 0)
        #expect(fixture.hasPrefix(output))
        #expect(run(&interpreter, "show default").1 == fixture.components(separatedBy: "---\n")[1])
        let all = run(&interpreter, "show all -o yaml").1
        let cnp = try String(contentsOfFile: clusterNetworkPolicies, encoding: .utf8)
        #expect(all == cnp + "---\n" + fixture)
    }

    @Test("show -o json reads back to the same objects")
    func json() {
        var interpreter = Interpreter()
        _ = run(&interpreter, "load \(clusterNetworkPolicies) \(adminNetworkPolicies)")
        let json = run(&interpreter, "show all -o json").1
        let reread = ManifestLoader().load(text: json, file: "out.json")
        #expect(reread.diagnostics == [])
        #expect(reread.objects.map(\.object) == interpreter.context.session.objects.map(\.object))
    }

    @Test("completion offers their names")
    func completion() {
        var interpreter = Interpreter()
        _ = run(&interpreter, "load \(clusterNetworkPolicies) \(adminNetworkPolicies)")
        let session = interpreter.context.session
        #expect(
            Completer().complete("show clu", session: session).candidates == ["cluster-control", "cluster-guard-rails"])
        #expect(Completer().complete("show def", session: session).candidates == ["default"])
    }

    @Test("adding or replacing them is a policies-only change: the analysis keeps its peers")
    func policiesOnly() {
        var interpreter = Interpreter()
        _ = run(&interpreter, "load \(exampleCluster)")
        let peers = interpreter.context.session.peersRevision
        let revision = interpreter.context.session.revision
        #expect(run(&interpreter, "load \(clusterNetworkPolicies) \(adminNetworkPolicies)").0 == 0)
        #expect(interpreter.context.session.revision != revision)
        #expect(interpreter.context.session.peersRevision == peers)
        #expect(run(&interpreter, "load \(adminNetworkPolicies)").0 == 0)
        #expect(interpreter.context.session.peersRevision == peers)
        #expect(interpreter.context.session.clusterPolicies.count == 4)
    }

    @Test("check reports their problems compiler-style and fails")
    func check() throws {
        let text = """
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: BaselineAdminNetworkPolicy
            metadata:
              name: baseline
            spec:
              priority: 3
              subject:
                namespaces: {}
              ingress:
              - action: Pass
                from:
                - namespaces: {}

            """
        let dir = try folder(["banp.yaml": text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var interpreter = Interpreter()
        let (status, output, _) = run(&interpreter, "check \(dir)/banp.yaml")
        #expect(status == 1)
        #expect(
            output == """
                \(dir)/banp.yaml:4:9: error: metadata.name: Invalid value: "baseline": Only one baseline admin network \
                policy with metadata.name="default" can be created in the cluster
                \(dir)/banp.yaml:6:13: error: spec.priority: Forbidden: a BaselineAdminNetworkPolicy has no priority: \
                it is the cluster's only baseline policy, evaluated after every NetworkPolicy (remove the field)
                \(dir)/banp.yaml:10:13: error: spec.ingress[0].action: Unsupported value: "Pass": supported values: \
                "Allow", "Deny" (the baseline policy is the last tier: there is no tier to pass to)

                """)
    }

    @Test("migrate prints ClusterNetworkPolicies kubectl-style, comments kept, notes on standard error")
    func migrate() {
        var interpreter = Interpreter()
        let (status, output, errors) = run(&interpreter, "migrate \(adminNetworkPolicies)")
        #expect(status == 0)
        #expect(output == migratedFixture)
        #expect(errors == migrateFindings)
        // The same from the session; the session's other kinds are left alone.
        _ = run(&interpreter, "load \(exampleCluster) \(adminNetworkPolicies)")
        let fromSession = run(&interpreter, "migrate")
        #expect(fromSession.0 == 0)
        #expect(fromSession.1 == migratedFixture)
        // What migrate writes loads back as valid ClusterNetworkPolicies.
        let reread = ManifestLoader().load(text: output, file: "migrated.yaml")
        #expect(reread.diagnostics == [])
        #expect(reread.objects.map(\.object.kind) == ["ClusterNetworkPolicy", "ClusterNetworkPolicy"])
    }

    @Test("migrate -o json writes a List and says how many comment lines it leaves out")
    func migrateJSON() {
        var interpreter = Interpreter()
        let (status, output, errors) = run(&interpreter, "migrate -o json \(adminNetworkPolicies)")
        #expect(status == 0)
        #expect(output.hasPrefix("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n"))
        let reread = ManifestLoader().load(text: output, file: "out.json")
        #expect(reread.objects.map(\.object.qualifiedName) == ["cluster-control", "default"])
        #expect(
            errors == migrateFindings
                + "note: JSON has no comments: 5 comment lines are not written (-o yaml keeps them)\n")
    }

    @Test("migrate refuses what a ClusterNetworkPolicy cannot hold: the others are printed, exit 1")
    func migrateErrors() throws {
        var rules = ""
        for index in 0..<26 { rules += "  - {action: Deny, name: r\(index), from: [{namespaces: {}}]}\n" }
        let big = """
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: {name: big}
            spec:
              priority: 1
              subject: {namespaces: {}}
              ingress:

            """ + rules
        let small = """
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: {name: small}
            spec: {priority: 2, subject: {namespaces: {}}}

            """
        let dir = try folder(["big.yaml": big, "small.yaml": small])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var interpreter = Interpreter()
        let (status, output, errors) = run(&interpreter, "migrate \(dir)")
        #expect(status == 1)
        #expect(
            output == """
                apiVersion: policy.networking.k8s.io/v1alpha2
                kind: ClusterNetworkPolicy
                metadata:
                  name: small
                spec:
                  priority: 2
                  subject:
                    namespaces: {}
                  tier: Admin

                """)
        #expect(
            errors == """
                \(dir)/big.yaml:8:3: error: spec.ingress: Too many: 26: a ClusterNetworkPolicy has at most 25 ingress \
                rules (an AdminNetworkPolicy up to 100): split them over several ClusterNetworkPolicies of \
                consecutive priorities, in order

                """)
    }

    @Test("migrate warns when a result takes the name of a loaded ClusterNetworkPolicy or of another result")
    func migrateCollisions() throws {
        let text = """
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicy
            metadata: {name: cluster-control}
            spec: {tier: Admin, priority: 1, subject: {namespaces: {}}}
            ---
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata: {name: default}
            spec: {priority: 3, subject: {namespaces: {}}}

            """
        let dir = try folder(["cnp.yaml": text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var interpreter = Interpreter()
        let (status, _, errors) = run(&interpreter, "migrate \(dir)/cnp.yaml \(adminNetworkPolicies)")
        #expect(status == 0)
        let warnings = errors.split(separator: "\n").filter { $0.contains("warning: metadata.name") }
        #expect(
            warnings == [
                "\(adminNetworkPolicies):8:9: warning: metadata.name: the ClusterNetworkPolicy cluster-control "
                    + "would replace the ClusterNetworkPolicy cluster-control (\(dir)/cnp.yaml:1:1): rename one of them",
                "\(adminNetworkPolicies):61:9: warning: metadata.name: the ClusterNetworkPolicy default would replace "
                    + "the one migrated from the AdminNetworkPolicy default (\(dir)/cnp.yaml:6:1): rename one of them",
            ])
    }

    @Test("migrate with nothing to migrate says so; with manifests that do not load, fails")
    func migrateNothing() {
        var interpreter = Interpreter()
        #expect(
            run(&interpreter, "migrate \(clusterNetworkPolicies)") == (
                0, "", "note: nothing to migrate: no AdminNetworkPolicy or BaselineAdminNetworkPolicy\n"
            ))
        let broken = RepositoryRoot.path + "/Tests/Fixtures/broken/02-allow-internal-ingress-as-published.yaml"
        let (status, output, errors) = run(&interpreter, "migrate \(broken)")
        #expect(status == 1)
        #expect(output == "")
        #expect(errors.hasSuffix("cannot migrate: the manifests have errors (see `check`)\n"))
    }
}
