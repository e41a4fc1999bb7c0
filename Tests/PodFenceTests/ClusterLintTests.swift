import PodFence
import Testing

private func lint(_ yaml: String, options: Linter.Options = Linter.Options()) -> LintReport {
    let loaded = ManifestLoader().load(text: yaml, file: "t.yaml")
    #expect(loaded.isComplete, "\(loaded.diagnostics)")
    return Linter(options: options).lint(loaded.objects)
}

/// Namespace `a` (web: app=web, port http 8080; db: app=db, 5432) isolated by a default deny with DNS allowed,
/// namespace `b` (client: app=client) with no NetworkPolicy, an empty namespace `empty`, and the DNS pods.
private let inventory = """
    apiVersion: v1
    kind: Namespace
    metadata: {name: a}
    ---
    apiVersion: v1
    kind: Namespace
    metadata: {name: b}
    ---
    apiVersion: v1
    kind: Namespace
    metadata: {name: empty}
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
    metadata: {name: client, namespace: b}
    spec:
      selector: {matchLabels: {app: client}}
      template:
        metadata: {labels: {app: client}}
        spec: {containers: [{name: client}]}
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

/// A ClusterNetworkPolicy document; `spec` is indented under `spec:`.
private func cluster(_ name: String, _ spec: String) -> String {
    "---\napiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: \(name)}\n"
        + "spec:\n" + spec.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
}

/// A NetworkPolicy of namespace `a`.
private func networkPolicy(_ name: String, _ spec: String) -> String {
    "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: \(name), namespace: a}\nspec:\n"
        + spec.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
}

/// The line of the first occurrence of `text` in `yaml` (1-based).
private func line(of text: String, in yaml: String) -> Int {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
}

private func findings(_ rule: LintRule, _ yaml: String, options: Linter.Options = Linter.Options()) -> [LintFinding] {
    lint(yaml, options: options).findings.filter { $0.rule == rule }
}

private let subjectA = "subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: a}}}"
private let subjectB = "subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: b}}}"
private let fromB = "{namespaces: {matchLabels: {kubernetes.io/metadata.name: b}}}"
private let toDNS =
    "{pods: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}}"

@Suite("Lint: cluster policy tiers")
struct ClusterLintTests {
    @Test("the inventory with cluster policies that decide is clean of cluster findings")
    func clean() {
        let yaml =
            inventory
            + cluster(
                "guard",
                "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {name: from-b, action: Deny, from: [\(fromB)]}")
        let ids = lint(yaml).findings.map(\.rule.id).filter { id in
            LintRule.catalogue.suffix(8).contains { $0.id == id }
        }
        #expect(ids == [])
    }

    @Test("cluster-rule-shadowed: an Admin Deny behind a higher-priority Accept, with the Accept cited")
    func denyShadowedByAccept() throws {
        let accept = cluster(
            "allow-all",
            "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {name: all, action: Accept, from: [{namespaces: {}}]}")
        let deny = cluster(
            "deny-b", "tier: Admin\npriority: 20\n\(subjectA)\ningress:\n- {name: no-b, action: Deny, from: [\(fromB)]}"
        )
        let yaml = inventory + accept + deny
        let finding = try #require(findings(.clusterRuleShadowed, yaml).first)
        #expect(finding.object == "ClusterNetworkPolicy deny-b")
        #expect(finding.path.description == "spec.ingress[0]")
        #expect(finding.location?.file == "t.yaml")
        #expect(finding.location?.line == line(of: "name: no-b", in: yaml))
        #expect(finding.message.hasPrefix("this Deny is shadowed by a higher-priority Accept: "))
        let acceptLine = line(of: "name: all,", in: yaml)
        #expect(
            finding.message.contains(
                "ClusterNetworkPolicy/allow-all ingress[0] \"all\" (Accept, priority 10, t.yaml:\(acceptLine))"))
        #expect(finding.message.contains("b/client -> a/"))
        #expect(finding.message.contains("so what ingress[0] \"no-b\" should deny is allowed"))
        #expect(finding.fix.contains("lower priority number"))
        #expect(findings(.clusterRuleShadowed, yaml).count == 1)
        // Of equal priority, the name decides the order, and the message says so.
        let tied = inventory + accept + deny.replacingOccurrences(of: "priority: 20", with: "priority: 10")
        #expect(
            findings(.clusterRuleShadowed, tied).first?.message.hasPrefix(
                "this Deny is shadowed by an Accept of equal priority that PodFence evaluates first (by name): ")
                == true)
        // Evaluated first, the Deny decides: quiet.
        let fixed = inventory + accept + deny.replacingOccurrences(of: "priority: 20", with: "priority: 5")
        #expect(findings(.clusterRuleShadowed, fixed).isEmpty)
    }

    @Test("cluster-rule-shadowed: a rule behind an earlier rule of the same policy, with the generic wording")
    func earlierInPolicy() throws {
        let yaml =
            inventory
            + cluster(
                "order",
                "tier: Admin\npriority: 10\n\(subjectB)\negress:\n- {name: none, action: Deny, to: [{namespaces: {}}]}"
                    + "\n- {name: dns, action: Accept, to: [\(toDNS)], protocols: [{udp: {destinationPort: {number: 53}}}]}"
            )
        let finding = try #require(findings(.clusterRuleShadowed, yaml).first)
        #expect(finding.path.description == "spec.egress[1]")
        #expect(
            finding.message.hasPrefix("egress[1] \"dns\" (Accept) never decides a connection of the loaded cluster: "))
        #expect(finding.message.contains("ClusterNetworkPolicy/order egress[0] \"none\" (Deny, priority 10, t.yaml:"))
        #expect(finding.message.contains("b/client -> kube-system/coredns on UDP 53"))
        // DNS first: both rules decide something.
        let swapped =
            inventory
            + cluster(
                "order",
                "tier: Admin\npriority: 10\n\(subjectB)\negress:"
                    + "\n- {name: dns, action: Accept, to: [\(toDNS)], protocols: [{udp: {destinationPort: {number: 53}}}]}"
                    + "\n- {name: none, action: Deny, to: [{namespaces: {}}]}")
        #expect(findings(.clusterRuleShadowed, swapped).isEmpty)
    }

    @Test("cluster-rule-shadowed: a Baseline rule behind NetworkPolicies is a fallback; behind an Admin rule it is not")
    func baselineFallback() throws {
        let baseline = cluster(
            "floor", "tier: Baseline\npriority: 10\n\(subjectA)\ningress:\n- {action: Deny, from: [{namespaces: {}}]}")
        #expect(findings(.clusterRuleShadowed, inventory + baseline).isEmpty)
        let admin = cluster(
            "open", "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {action: Accept, from: [{namespaces: {}}]}")
        let finding = try #require(findings(.clusterRuleShadowed, inventory + baseline + admin).first)
        #expect(finding.object == "ClusterNetworkPolicy floor")
        #expect(finding.message.contains("ClusterNetworkPolicy/open ingress[0] (Accept, priority 10, t.yaml:"))
    }

    @Test("cluster-rule-shadowed: above the pair limit, a note says the rule was skipped")
    func skippedForSize() throws {
        let yaml =
            inventory
            + cluster(
                "wide", "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {action: Deny, from: [{namespaces: {}}]}")
        let note = try #require(findings(.clusterRuleShadowed, yaml, options: Linter.Options(pairLimit: 3)).first)
        #expect(note.severity == .note)
        #expect(note.path.description == "spec.ingress[0]")
        #expect(note.message.hasPrefix("not checked: ingress[0] makes 8 (subject, peer) pairs to evaluate"))
        #expect(note.message.hasSuffix("above the limit of 3"))
        #expect(findings(.clusterRuleShadowed, yaml).isEmpty)
    }

    @Test("pass-acts-as-allow: an Admin Pass for pods no NetworkPolicy isolates and no Baseline rule covers")
    func passWithNothingBelow() throws {
        let pass = cluster(
            "hand-on",
            "tier: Admin\npriority: 10\n\(subjectB)\ningress:\n- {name: web, action: Pass, from: [{namespaces: {}}]}")
        let yaml = inventory + pass
        let finding = try #require(findings(.passActsAsAllow, yaml).first)
        #expect(finding.object == "ClusterNetworkPolicy hand-on")
        #expect(finding.path.description == "spec.ingress[0]")
        #expect(finding.location?.line == line(of: "name: web, action: Pass", in: yaml))
        #expect(finding.message.contains("nothing below decides them for b/client"))
        #expect(finding.message.contains("acts as an Accept"))
        #expect(finding.fix.hasPrefix("write `action: Accept`"))
        // A Baseline policy with ingress rules for the same pods decides below: quiet.
        let baseline = cluster(
            "floor", "tier: Baseline\npriority: 10\n\(subjectB)\ningress:\n- {action: Deny, from: [{namespaces: {}}]}")
        #expect(findings(.passActsAsAllow, yaml + baseline).isEmpty)
        // For pods a NetworkPolicy isolates: quiet.
        let isolated = inventory + pass.replacingOccurrences(of: subjectB, with: subjectA)
        #expect(findings(.passActsAsAllow, isolated).isEmpty)
    }

    @Test("equal-priority-overlap: two Admin policies of one priority disagree on b -> a/web on TCP 8080")
    func equalPriority() throws {
        let allow = cluster(
            "a-allow",
            "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {name: web, action: Accept, from: [\(fromB)], protocols: [{tcp: {destinationPort: {number: 8080}}}]}"
        )
        let deny = cluster(
            "b-deny",
            "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {name: clients, action: Deny, from: [{pods: {podSelector: {matchLabels: {app: client}}}}]}"
        )
        let yaml = inventory + allow + deny
        let finding = try #require(findings(.equalPriorityOverlap, yaml).first)
        #expect(findings(.equalPriorityOverlap, yaml).count == 1)
        #expect(finding.object == "ClusterNetworkPolicy b-deny")
        #expect(finding.path.description == "spec.ingress[0]")
        #expect(finding.location?.line == line(of: "name: clients", in: yaml))
        #expect(finding.message.contains("are both Admin priority 10 and both apply to a/db, a/web"))
        #expect(finding.message.contains("ingress[0] \"clients\" (Deny) and ClusterNetworkPolicy/a-allow ingress[0]"))
        #expect(finding.message.contains("both match b/client -> a/db on TCP 8080"))
        #expect(finding.message.contains("PodFence evaluates ClusterNetworkPolicy/a-allow first"))
        // Different ports: quiet; different priorities: quiet.
        let disjoint = deny.replacingOccurrences(
            of: "podSelector: {matchLabels: {app: client}}}}]}",
            with: "podSelector: {matchLabels: {app: client}}}}], protocols: [{tcp: {destinationPort: {number: 9090}}}]}"
        )
        #expect(findings(.equalPriorityOverlap, inventory + allow + disjoint).isEmpty)
        let ordered = deny.replacingOccurrences(of: "priority: 10", with: "priority: 11")
        #expect(findings(.equalPriorityOverlap, inventory + allow + ordered).isEmpty)
    }

    @Test("rule-overridden-by-admin: a NetworkPolicy allowance the Admin tier denies first, citing the Admin rule")
    func adminOverride() throws {
        let allow = networkPolicy(
            "web-from-b",
            "podSelector: {matchLabels: {app: web}}\ningress:\n- from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: b}}}]\n  ports: [{port: 8080}]"
        )
        let admin = cluster(
            "no-b", "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {name: deny-b, action: Deny, from: [\(fromB)]}"
        )
        let yaml = inventory + allow + admin
        let finding = try #require(findings(.ruleOverriddenByAdmin, yaml).first)
        #expect(finding.object == "NetworkPolicy a/web-from-b")
        #expect(finding.path.description == "spec.ingress[0]")
        #expect(finding.location?.line == line(of: "- from: [{namespaceSelector", in: yaml))
        #expect(finding.message.contains("such as b/client -> a/web on TCP 8080"))
        #expect(finding.message.contains("ClusterNetworkPolicy/no-b ingress[0] \"deny-b\" (Deny, priority 10, t.yaml:"))
        // The Admin rule on another port leaves 8080 to the NetworkPolicy: quiet.
        let narrow = admin.replacingOccurrences(
            of: "from: [\(fromB)]}", with: "from: [\(fromB)], protocols: [{tcp: {destinationPort: {number: 9999}}}]}")
        #expect(findings(.ruleOverriddenByAdmin, inventory + allow + narrow).isEmpty)
    }

    @Test("cluster-deny-all-without-dns: a Baseline deny-all egress without an earlier DNS Accept")
    func denyAllWithoutDNS() throws {
        let denyAll = "- {name: deny-all, action: Deny, to: [{namespaces: {}}]}"
        let yaml = inventory + cluster("floor", "tier: Baseline\npriority: 100\n\(subjectB)\negress:\n\(denyAll)")
        let finding = try #require(findings(.clusterDenyAllWithoutDNS, yaml).first)
        #expect(finding.object == "ClusterNetworkPolicy floor")
        #expect(finding.path.description == "spec.egress[0]")
        #expect(finding.location?.line == line(of: "name: deny-all", in: yaml))
        #expect(
            finding.message
                == "egress[0] \"deny-all\" denies all egress of b/client, and no earlier rule accepts UDP 53 for them "
                + "(the cluster DNS is kube-system/coredns): these pods cannot resolve names")
        #expect(finding.fix.hasPrefix("add an `action: Accept` rule for UDP and TCP 53"))
        // DNS accepted first: quiet.
        let dnsFirst =
            "- {name: dns, action: Accept, to: [\(toDNS)], protocols: [{udp: {destinationPort: {number: 53}}}]}\n"
        let fixed =
            inventory + cluster("floor", "tier: Baseline\npriority: 100\n\(subjectB)\negress:\n\(dnsFirst)\(denyAll)")
        #expect(findings(.clusterDenyAllWithoutDNS, fixed).isEmpty)
        // Pods whose egress a NetworkPolicy isolates never reach the Baseline tier: quiet.
        let isolated = inventory + cluster("floor", "tier: Baseline\npriority: 100\n\(subjectA)\negress:\n\(denyAll)")
        #expect(findings(.clusterDenyAllWithoutDNS, isolated).isEmpty)
    }

    @Test("cluster-deny-all-without-dns: an Admin deny-all on 0.0.0.0/0 and ::/0")
    func denyAllNetworks() throws {
        let yaml =
            inventory
            + cluster(
                "world",
                "tier: Admin\npriority: 10\n\(subjectA)\negress:\n- {action: Deny, to: [{networks: [0.0.0.0/0, '::/0']}]}"
            )
        let finding = try #require(findings(.clusterDenyAllWithoutDNS, yaml).first)
        #expect(finding.message.contains("denies all egress of a/db, a/web"))
        // With ports, it is not a deny-all: quiet.
        let ported = yaml.replacingOccurrences(
            of: "'::/0']}]}", with: "'::/0']}], protocols: [{tcp: {destinationPort: {number: 443}}}]}")
        #expect(findings(.clusterDenyAllWithoutDNS, ported).isEmpty)
    }

    @Test("cluster-peer-selects-nothing: a misspelt namespace; quiet for a namespace without pods yet")
    func peerSelectsNothing() throws {
        let policy = cluster(
            "from-monitoring",
            "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {action: Accept, from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: monitorin}}}]}"
        )
        let yaml = inventory + policy
        let finding = try #require(findings(.clusterPeerSelectsNothing, yaml).first)
        #expect(finding.object == "ClusterNetworkPolicy from-monitoring")
        #expect(finding.path.description == "spec.ingress[0].from[0]")
        #expect(finding.location?.line == line(of: "monitorin}", in: yaml))
        #expect(finding.message.contains("no loaded namespace matches its namespace selector"))
        let empty = inventory + policy.replacingOccurrences(of: "monitorin", with: "empty")
        #expect(findings(.clusterPeerSelectsNothing, empty).isEmpty)
        let typo =
            inventory
            + cluster(
                "typo",
                "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- {action: Accept, from: [{pods: {podSelector: {matchLabels: {app: clinet}}}}]}"
            )
        #expect(findings(.clusterPeerSelectsNothing, typo).first?.message.contains("no pod in a, b, ") == true)
    }

    @Test("cluster-named-port-unresolved: a named port no subject declares, at its manifest path")
    func namedPort() throws {
        let policy = cluster(
            "scrape",
            "tier: Admin\npriority: 10\n\(subjectA)\ningress:\n- action: Accept\n  from: [\(fromB)]\n  protocols:\n  - destinationNamedPort: https"
        )
        let yaml = inventory + policy
        let finding = try #require(findings(.clusterNamedPortUnresolved, yaml).first)
        #expect(finding.path.description == "spec.ingress[0].protocols[0].destinationNamedPort")
        #expect(finding.location?.line == line(of: "destinationNamedPort: https", in: yaml))
        #expect(finding.message.contains("(a/db, a/web) declares a port named https"))
        let fixed = inventory + policy.replacingOccurrences(of: "Port: https", with: "Port: http")
        #expect(findings(.clusterNamedPortUnresolved, fixed).isEmpty)
    }

    @Test("the v1alpha1 kinds: source paths (ports[i].namedPort) and Allow in the wording")
    func adminNetworkPolicy() throws {
        let yaml =
            inventory + """
                ---
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: scrape}
                spec:
                  priority: 10
                  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: a}}}
                  ingress:
                  - name: metrics
                    action: Allow
                    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: b}}}]
                    ports:
                    - namedPort: metrics
                  - name: pass-b
                    action: Pass
                    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: b}}}]

                """
        let named = try #require(findings(.clusterNamedPortUnresolved, yaml).first)
        #expect(named.object == "AdminNetworkPolicy scrape")
        #expect(named.path.description == "spec.ingress[0].ports[0].namedPort")
        #expect(named.location?.line == line(of: "namedPort: metrics", in: yaml))
        let banp = """
            ---
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: BaselineAdminNetworkPolicy
            metadata: {name: default}
            spec:
              subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: b}}}
              egress:
              - {name: deny-all, action: Deny, to: [{namespaces: {}}]}

            """
        let dns = try #require(findings(.clusterDenyAllWithoutDNS, inventory + banp).first)
        #expect(dns.object == "BaselineAdminNetworkPolicy default")
        #expect(dns.fix.hasPrefix("add an `action: Allow` rule"))
    }

    @Test("cluster-policy-selects-no-pod: a note; quiet for a namespace without pods yet")
    func selectsNoPod() throws {
        let policy = cluster(
            "nobody",
            "tier: Admin\npriority: 10\nsubject: {pods: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: a}}, podSelector: {matchLabels: {app: nope}}}}\ningress:\n- {action: Deny, from: [\(fromB)]}"
        )
        let yaml = inventory + policy
        let finding = try #require(findings(.clusterPolicySelectsNoPod, yaml).first)
        #expect(finding.severity == .note)
        #expect(finding.path.description == "spec.subject")
        #expect(finding.location?.line == line(of: "subject: {pods:", in: yaml))
        #expect(finding.message.contains("no pod in a matches"))
        let onboarded =
            inventory
            + cluster(
                "onboarded",
                "tier: Admin\npriority: 10\nsubject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: empty}}}\ningress:\n- {action: Deny, from: [\(fromB)]}"
            )
        #expect(findings(.clusterPolicySelectsNoPod, onboarded).isEmpty)
    }

    @Test("the catalogue lists every cluster tier rule once, and SARIF describes them")
    func catalogue() {
        let ids = [
            "cluster-rule-shadowed", "pass-acts-as-allow", "equal-priority-overlap", "rule-overridden-by-admin",
            "cluster-deny-all-without-dns", "cluster-peer-selects-nothing", "cluster-named-port-unresolved",
            "cluster-policy-selects-no-pod",
        ]
        #expect(LintRule.catalogue.suffix(9).dropLast().map(\.id) == ids)
        #expect(LintRule.catalogue.last?.id == "calico-unknown-tier")
        #expect(Set(LintRule.catalogue.map(\.id)).count == LintRule.catalogue.count)
    }

    @Test("namespace-without-default-deny counts a Baseline deny-all that holds every pod of the namespace")
    func clusterDefaultDeny() {
        func flagged(_ yaml: String) -> [String] {
            findings(.namespaceWithoutDefaultDeny, yaml).map(\.object)
        }
        // Namespace b has no NetworkPolicy: flagged for both directions.
        #expect(flagged(inventory).contains("Namespace b"))
        let egress =
            "egress:\n- {action: Accept, to: [\(toDNS)], protocols: [{udp: {destinationPort: {number: 53}}}]}\n"
            + "- {action: Deny, to: [{namespaces: {}}, {networks: [0.0.0.0/1, 128.0.0.0/1, \"::/0\"]}]}"
        let baseline = cluster(
            "tenant-deny",
            "tier: Baseline\npriority: 100\n\(subjectB)\ningress:\n- {action: Deny, from: [{namespaces: {}}]}\n\(egress)"
        )
        #expect(!flagged(inventory + baseline).contains("Namespace b"))
        // Without ::/0 the egress deny leaves IPv6 open: still flagged, for egress only.
        let partial = baseline.replacingOccurrences(of: ", \"::/0\"", with: "")
        let finding = findings(.namespaceWithoutDefaultDeny, inventory + partial).first { $0.object == "Namespace b" }
        #expect(finding?.message.hasPrefix("no policy denies all Egress by default in b") == true)
        // A subject that misses some of b's pods does not count.
        let narrow = baseline.replacingOccurrences(
            of: subjectB,
            with:
                "subject: {pods: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: b}}, podSelector: {matchLabels: {app: other}}}}"
        )
        #expect(flagged(inventory + narrow).contains("Namespace b"))
    }
}
