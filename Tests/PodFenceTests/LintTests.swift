import Foundation
import PodFence
import PodFenceTestSupport
import Testing

private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"

private func lint(_ yaml: String, options: Linter.Options = Linter.Options()) -> LintReport {
    let loaded = ManifestLoader().load(text: yaml, file: "t.yaml")
    #expect(loaded.isComplete, "\(loaded.diagnostics)")
    return Linter(options: options).lint(loaded.objects)
}

/// A namespace `a` with two workloads (web: app=web, port http 8080; db: app=db, port 5432) and DNS pods.
private let inventory = """
    apiVersion: v1
    kind: Namespace
    metadata: {name: a, labels: {team: a}}
    ---
    apiVersion: v1
    kind: Namespace
    metadata: {name: kube-system}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: a}
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: db, namespace: a}
    spec:
      selector: {matchLabels: {app: db}}
      template:
        metadata: {labels: {app: db}}
        spec: {containers: [{name: db, ports: [{name: pg, containerPort: 5432}]}]}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: coredns, namespace: kube-system}
    spec:
      selector: {matchLabels: {k8s-app: kube-dns}}
      template:
        metadata: {labels: {k8s-app: kube-dns}}
        spec: {containers: [{name: dns, ports: [{name: dns, containerPort: 53, protocol: UDP}]}]}
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: default-deny, namespace: a}
    spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: dns, namespace: a}
    spec:
      podSelector: {}
      policyTypes: [Egress]
      egress:
      - to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
        ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]

    """

private func policy(_ spec: String, name: String = "p") -> String {
    "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: \(name), namespace: a}\nspec:\n"
        + spec.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
}

@Suite("Lint")
struct LintTests {
    @Test("the example cluster: step 2's egress problem and the missing DNS, with locations, nothing else")
    func exampleClusterFindings() throws {
        let loaded = ManifestLoader().load(paths: [exampleCluster])
        let report = Linter().lint(loaded.objects)
        let summary = report.findings.map { finding in
            "\(finding.rule.id) \(finding.object) \(finding.location?.line ?? 0):\(finding.location?.column ?? 0)"
        }
        #expect(
            summary == [
                "namespace-without-default-deny Namespace ingress-nginx 10:1",
                "namespace-without-default-deny Namespace other 17:1",
                "egress-without-dns NetworkPolicy ns-app1/deny-all 10:5",
                "redundant-policy NetworkPolicy ns-app1/allow-internal-ingress 3:1",
                "policy-types-cannot-undo-isolation NetworkPolicy ns-app1/allow-internal-ingress 13:5",
                "rule-allows-nothing NetworkPolicy ns-app1/allow-internal-ingress 15:7",
            ])
        let step2 = try #require(report.findings.first { $0.rule == LintRule.policyTypesCannotUndoIsolation })
        #expect(step2.message.contains("ns-app1/deny-all (\(exampleCluster)/01-deny-all.yaml:2)"))
        #expect(step2.message.contains("ns-app1/api, ns-app1/db"))
        let dns = try #require(report.findings.first { $0.rule == LintRule.egressWithoutDNS })
        #expect(dns.message.contains("UDP 53 or TCP 53"))
        #expect(dns.location?.file == exampleCluster + "/01-deny-all.yaml")
    }

    @Test("the inventory baseline is clean")
    func clean() {
        #expect(lint(inventory).findings.map(\.rule.id) == [])
    }

    @Test(
        "each rule fires on a minimal case and not on its corrected twin",
        arguments: [
            ("egress-without-dns", "podSelector: {}\npolicyTypes: [Egress]", nil, true),
            (
                "rules-for-unlisted-direction",
                "podSelector: {matchLabels: {app: web}}\npolicyTypes: [Ingress]\negress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]",
                "podSelector: {matchLabels: {app: web}}\npolicyTypes: [Ingress, Egress]\negress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]",
                false
            ),
            (
                "egress-only-locks-ingress",
                "podSelector: {matchLabels: {app: web}}\negress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]",
                "podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]",
                false
            ),
            (
                "empty-port-entry", "podSelector: {matchLabels: {app: db}}\ningress: [{ports: [{}]}]",
                "podSelector: {matchLabels: {app: db}}\ningress: [{ports: [{protocol: TCP}]}]", false
            ),
            (
                "dns-tcp-only", "podSelector: {}\npolicyTypes: [Egress]\negress: [{ports: [{port: 53}]}]",
                "podSelector: {}\npolicyTypes: [Egress]\negress: [{ports: [{port: 53, protocol: TCP}]}]", false
            ),
            (
                "selector-matches-nothing",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{podSelector: {matchLabels: {app: wbe}}}]}]",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]",
                false
            ),
            (
                "unknown-namespace-label",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{namespaceSelector: {matchLabels: {name: a}}}]}]",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: a}}}]}]",
                false
            ),
            (
                "policy-selects-no-pod", "podSelector: {matchLabels: {app: nope}}\ningress: [{}]",
                "podSelector: {matchLabels: {app: db}}\ningress: [{}]", false
            ),
            (
                "unresolved-named-port", "podSelector: {matchLabels: {app: web}}\ningress: [{ports: [{port: https}]}]",
                "podSelector: {matchLabels: {app: web}}\ningress: [{ports: [{port: http}]}]", false
            ),
            (
                "port-not-listening", "podSelector: {matchLabels: {app: web}}\ningress: [{ports: [{port: 80}]}]",
                "podSelector: {matchLabels: {app: web}}\ningress: [{ports: [{port: 8080}]}]", false
            ),
            (
                "cidr-host-bits",
                "podSelector: {}\npolicyTypes: [Egress]\negress: [{to: [{ipBlock: {cidr: 10.0.0.5/24}}]}]",
                "podSelector: {}\npolicyTypes: [Egress]\negress: [{to: [{ipBlock: {cidr: 10.0.0.0/24}}]}]", false
            ),
            (
                "peer-and-or-slip",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{namespaceSelector: {matchLabels: {team: a}}}, {podSelector: {matchLabels: {app: web}}}]}]",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{namespaceSelector: {matchLabels: {team: a}}, podSelector: {matchLabels: {app: web}}}]}]",
                false
            ),
            (
                "null-peer-list", "podSelector: {matchLabels: {app: db}}\ningress:\n- from:",
                "podSelector: {matchLabels: {app: db}}\ningress:\n- from: [{podSelector: {matchLabels: {app: web}}}]",
                false
            ),
            (
                "allow-all-shadows", "podSelector: {}\ningress: [{}]",
                "podSelector: {}\ningress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]", false
            ),
            (
                "rule-allows-nothing",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]",
                nil, false
            ),
            (
                "namespace-selector-is-not-everything",
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{namespaceSelector: {}}]}]",
                "podSelector: {matchLabels: {app: db}}\ningress: [{}]", false
            ),
            (
                "end-port-support",
                "podSelector: {matchLabels: {app: db}}\ningress: [{ports: [{port: 5000, endPort: 5010}]}]",
                "podSelector: {matchLabels: {app: db}}\ningress: [{ports: [{port: 5000}]}]", false
            ),
            (
                "not-in-matches-unlabelled",
                "podSelector: {matchExpressions: [{key: tier, operator: NotIn, values: [cache]}]}\ningress: [{}]",
                "podSelector: {matchExpressions: [{key: app, operator: NotIn, values: [cache]}]}\ningress: [{}]", false
            ),
        ])
    func rule(id: String, firing: String, clean: String?, needsNoDNSPolicy: Bool) {
        let base =
            needsNoDNSPolicy
            ? String(
                inventory.prefix(
                    upTo: inventory.range(
                        of: "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: dns")!
                        .lowerBound)) : inventory
        let fired = lint(base + policy(firing)).findings.filter { $0.rule.id == id }
        #expect(!fired.isEmpty, "\(id) did not fire")
        #expect(fired.allSatisfy { $0.location?.file == "t.yaml" && ($0.location?.line ?? 0) > 0 })
        if let clean {
            let quiet = lint(base + policy(clean)).findings.filter { $0.rule.id == id }
            #expect(quiet.isEmpty, "\(id) fired on the corrected case: \(quiet)")
        }
    }

    @Test("named-port-differs: one name, two numbers on two destinations")
    func namedPortDiffers() {
        let twoNumbers = inventory.replacingOccurrences(
            of: "{name: pg, containerPort: 5432}", with: "{name: http, containerPort: 5432}")
        let yaml = twoNumbers + policy("podSelector: {}\ningress: [{ports: [{port: http}]}]")
        let finding = lint(yaml).findings.first { $0.rule == LintRule.namedPortDiffers }
        #expect(finding?.message == "http/TCP is 5432, 8080 depending on the destination pod")
        #expect(
            !lint(inventory + policy("podSelector: {}\ningress: [{ports: [{port: http}]}]")).findings.contains {
                $0.rule == LintRule.namedPortDiffers
            })
    }

    @Test("rule-allows-nothing goes quiet once the other side may send")
    func ruleAllowsNothingFixed() {
        let fixed =
            inventory
            + policy(
                "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]")
            + policy(
                "podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]",
                name: "web-egress")
        #expect(lint(fixed).findings.filter { $0.rule == LintRule.ruleAllowsNothing }.isEmpty)
    }

    @Test("namespace-without-default-deny fires for a namespace whose default deny misses a direction")
    func defaultDeny() {
        let ingressOnly = inventory.replacingOccurrences(
            of: "policyTypes: [Ingress, Egress]}", with: "policyTypes: [Ingress]}")
        let findings = lint(ingressOnly).findings.filter { $0.rule == LintRule.namespaceWithoutDefaultDeny }
        #expect(findings.map(\.message).contains { $0.contains("no policy denies all Egress by default in a") })
    }

    @Test("ipblock-covers-cluster uses the pod and Service CIDRs given")
    func coversCluster() {
        let yaml =
            inventory
            + policy("podSelector: {}\npolicyTypes: [Egress]\negress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}]")
        let options = Linter.Options(podCIDRs: [IPPrefix("10.244.0.0/16")!])
        #expect(lint(yaml, options: options).findings.contains { $0.rule == LintRule.ipBlockCoversCluster })
        #expect(!lint(yaml).findings.contains { $0.rule == LintRule.ipBlockCoversCluster })
    }

    @Test("SARIF 2.1.0 describes every rule and locates every result")
    func sarif() throws {
        let report = Linter().lint(ManifestLoader().load(paths: [exampleCluster]).objects)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.sarif().utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [[String: Any]])?.count == LintRule.catalogue.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        for result in results {
            let location = try #require(
                (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect(((location["artifactLocation"] as? [String: Any])?["uri"] as? String)?.hasSuffix(".yaml") == true)
            #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) > 0)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
        }
    }
}

@Suite("Semantic diff")
struct DiffTests {
    private func objects(without skipped: String? = nil) -> [LoadedObject] {
        let files = try? FileManager.default.contentsOfDirectory(atPath: exampleCluster)
        let paths = (files ?? []).filter { $0.hasSuffix(".yaml") && $0 != skipped }.sorted().map {
            exampleCluster + "/" + $0
        }
        return ManifestLoader().load(paths: paths).objects
    }

    @Test("the example cluster without and with step 3: exactly ingress-nginx/controller to ns-app1/web")
    func step3() throws {
        let diff = ConnectivityDiff(old: objects(without: "03-allow-ingress-app1.yaml"), new: objects())
        #expect(diff.changes.count == 1)
        let change = try #require(diff.changes.first)
        #expect(change.kind == .allowed)
        #expect(change.from == "ingress-nginx/controller" && change.to == "ns-app1/web")
        #expect(change.ports.isAll)
        #expect(change.policies == ["ns-app1/allow-ingress-app1 ingress[0] from[0]"])
    }

    @Test("removing step 3 is the same change the other way round; no change is empty")
    func reverse() throws {
        let diff = ConnectivityDiff(old: objects(), new: objects(without: "03-allow-ingress-app1.yaml"))
        #expect(diff.changes.map(\.kind) == [.denied])
        #expect(diff.changes.first?.policies.contains("was: ns-app1/allow-ingress-app1 ingress[0] from[0]") == true)
        #expect(ConnectivityDiff(old: objects(), new: objects()).isEmpty)
    }

    @Test("removing deny-all opens the egress of ns-app1 (to the world too) but not its ingress")
    func denyAll() {
        let diff = ConnectivityDiff(old: objects(), new: objects(without: "01-deny-all.yaml"))
        #expect(diff.changes.allSatisfy { $0.kind == .allowed })
        #expect(diff.changes.contains { $0.from == "ns-app1/api" && $0.to == "ns-app1/db" })
        // Ingress stays isolated by steps 2 and 3; what opens is egress, to the world too.
        #expect(diff.changes.contains { $0.from == "ns-app1/web" && $0.to == "0.0.0.0/0" })
        #expect(
            !diff.changes.contains {
                $0.to == "ns-app1/web" && $0.from != "ns-app1/web" && !$0.from.hasPrefix("ns-app1/")
            })
    }
}

@Suite("Lint of a freshly onboarded namespace")
struct OnboardedLintTests {
    @Test("policies of a namespace without pods yet are not reported as selecting nothing or redundant")
    func emptyNamespace() throws {
        let rendering = try TemplateCatalog.builtIn.renderBundle("onboarding", ["namespace": "team-a"])
        let objects = rendering.objects.map { LoadedObject(object: $0, source: $0.manifest, file: "<bundle>") }
        let inventory = ManifestLoader().load(paths: [exampleCluster]).objects
        let ids = Set(
            Linter().lint(inventory + objects).findings.filter { $0.object.contains("team-a") }.map(\.rule.id))
        #expect(!ids.contains("policy-selects-no-pod"))
        #expect(!ids.contains("redundant-policy"))
    }
}

@Suite("Lint on policies loaded out of name order")
struct LintOrderTests {
    @Test("each policy's findings are about its own pods, whatever the load order")
    func order() {
        let yaml =
            inventory + policy("podSelector: {matchLabels: {app: nope}}\ningress: [{}]", name: "z-first")
            + policy("podSelector: {matchLabels: {app: db}}\ningress: [{}]", name: "a-second")
        let noPod = lint(yaml).findings.filter { $0.rule == LintRule.policySelectsNoPod }.map(\.object)
        #expect(noPod == ["NetworkPolicy a/z-first"])
    }

    @Test("two policies of one namespace and name, read from two places, each keep their own pods")
    func sameNameTwice() {
        let yaml =
            inventory + policy("podSelector: {matchLabels: {app: db}}\ningress: [{}]", name: "twice")
            + policy("podSelector: {matchLabels: {app: nope}}\ningress: [{}]", name: "twice")
        let noPod = lint(yaml).findings.filter { $0.rule == LintRule.policySelectsNoPod }
        let second = yaml.components(separatedBy: "\n").lastIndex { $0.contains("name: twice") }.map { $0 + 1 }
        #expect(noPod.map(\.object) == ["NetworkPolicy a/twice"])
        #expect(noPod.map { $0.location?.line } == [second.map { $0 + 2 }])
    }

    @Test("policy-types-cannot-undo-isolation stays quiet when another policy allows the egress")
    func egressAllowedElsewhere() {
        let step2 =
            "podSelector: {matchLabels: {app: db}}\npolicyTypes: [Ingress]\ningress: [{from: [{podSelector: {matchLabels: {app: db}}}]}]"
        #expect(
            lint(inventory + policy(step2)).findings.contains { $0.rule == LintRule.policyTypesCannotUndoIsolation })
        let fixed =
            inventory + policy(step2)
            + policy(
                "podSelector: {matchLabels: {app: db}}\npolicyTypes: [Egress]\negress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]",
                name: "db-egress")
        #expect(!lint(fixed).findings.contains { $0.rule == LintRule.policyTypesCannotUndoIsolation })
    }
}
