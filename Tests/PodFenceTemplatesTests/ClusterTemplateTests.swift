import PodFenceModel
import PodFenceTemplates
import PodFenceYAML
import Testing

/// The cluster templates: ClusterNetworkPolicies built as the builders would, their parameters' kinds and errors,
/// values that try to change the output's structure, the Calico renderings and the bundles.
@Suite("Cluster templates")
struct ClusterTemplateTests {
    let catalog = TemplateCatalog.builtIn

    @Test("baseline-deny-tenants: a Baseline deny of all ingress and egress for the tenant namespaces")
    func baseline() throws {
        let rendering = try catalog.render("baseline-deny-tenants", ["tenants": "team=a,tier=gold", "priority": "900"])
        let expected = ClusterNetworkPolicy.baseline(
            "baseline-deny-tenants", priority: 900, subject: .namespaces(["team": "a", "tier": "gold"])
        )
        .ingress(.deny, from: [.namespaces([:])], name: "deny-all-ingress")
        .egress(.deny, to: [.namespaces([:]), .networks(["0.0.0.0/0", "::/0"])], name: "deny-all-egress")
        #expect(rendering.objects == [.clusterNetworkPolicy(expected)])
        let template = try #require(catalog.template(named: "baseline-deny-tenants"))
        #expect(template.description.contains("A namespace's NetworkPolicies override it (Baseline tier)"))
    }

    @Test("admin-allow-ingress-and-dns: Accept from the controller on every port or one, and to DNS on UDP and TCP")
    func admin() throws {
        func policy(_ arguments: [String: String]) throws -> ClusterNetworkPolicy? {
            guard
                case .clusterNetworkPolicy(let policy)? = try catalog.render("admin-allow-ingress-and-dns", arguments)
                    .objects.first
            else { return nil }
            return policy
        }
        let defaults = try #require(try policy([:]))
        let controller = ClusterPolicyPeer.pods(
            ["app": "ingress"], inNamespaces: [Namespace.nameLabel: "ingress-nginx"])
        let dns = ClusterPolicyPeer.pods(["k8s-app": "kube-dns"], inNamespaces: [Namespace.nameLabel: "kube-system"])
        let expected = ClusterNetworkPolicy.admin(
            "admin-allow-ingress-and-dns", priority: 100, subject: .namespaces(["tenant": "true"])
        )
        .ingress(.accept, from: [controller], name: "ingress-controller")
        .egress(.accept, to: [dns], protocols: [.udp(53), .tcp(53)], name: "cluster-dns")
        #expect(defaults == expected)
        // No Pass rule: nothing in the policy denies, and unmatched traffic goes on to the next tiers anyway.
        #expect(defaults.spec.ingress?.count == 1 && defaults.spec.egress?.count == 1)

        #expect(try policy(["port": "443"])?.spec.ingress?.first?.protocols == [.tcp(443)])
        #expect(try policy(["port": "http"])?.spec.ingress?.first?.protocols == [.named("http")])
        #expect(try policy(["dns-port": "5353"])?.spec.egress?.first?.protocols == [.udp(5353), .tcp(5353)])
        #expect(try policy(["dns-port": "dns"])?.spec.egress?.first?.protocols == [.named("dns")])
        let moved = try #require(
            try policy([
                "tenants": "", "ingress-namespace": "edge", "ingress-pods": "", "dns-namespace": "dns",
                "dns-selector": "app=coredns", "priority": "0", "name": "platform",
            ]))
        #expect(moved.metadata.name == "platform" && moved.spec.priority == 0)
        #expect(moved.spec.subject == .namespaces([:]))
        #expect(moved.spec.ingress?.first?.from == [.pods([:], inNamespaces: [Namespace.nameLabel: "edge"])])
        #expect(moved.spec.egress?.first?.to == [.pods(["app": "coredns"], inNamespaces: [Namespace.nameLabel: "dns"])])
    }

    @Test(
        "bad values name the template and the parameter; an out-of-range priority fails validation at spec.priority",
        arguments: [
            ("baseline-deny-tenants", ["priority": "high"], TemplateError.Code.invalidValue, "priority"),
            ("baseline-deny-tenants", ["tenants": "tier in (gold)"], .invalidValue, "tenants"),
            ("baseline-deny-tenants", ["tenants": "tenant!=true"], .invalidValue, "tenants"),
            ("baseline-deny-tenants", ["namespace": "ns-app1"], .unknownParameter, "namespace"),
            ("baseline-deny-tenants", ["name": "Deny_Tenants"], .invalidValue, "name"),
            ("admin-allow-ingress-and-dns", ["port": "0"], .invalidValue, "port"),
            ("admin-allow-ingress-and-dns", ["port": "65536"], .invalidValue, "port"),
            ("admin-allow-ingress-and-dns", ["ingress-namespace": "Ingress_Nginx"], .invalidValue, "ingress-namespace"),
            ("admin-allow-ingress-and-dns", ["ingress-pods": "app"], .invalidValue, "ingress-pods"),
            ("admin-allow-ingress-and-dns", ["dns-port": "dns-over-tcp-port"], .invalidValue, "dns-port"),
            ("calico-admin-allow-ingress-and-dns", ["tier": "Kube_Admin"], .invalidValue, "tier"),
            ("calico-baseline-deny-tenants", ["priority": "1.5"], .invalidValue, "priority"),
        ])
    func badValues(template: String, arguments: [String: String], code: TemplateError.Code, parameter: String) {
        let error = Support.renderError { () throws(TemplateError) in try catalog.render(template, arguments) }
        #expect(error?.code == code)
        #expect(error?.template == template && error?.parameter == parameter)
    }

    @Test("a priority outside 0-1000 is refused by the ClusterNetworkPolicy's validation", arguments: ["1001", "-1"])
    func priorityRange(_ priority: String) {
        for template in ["baseline-deny-tenants", "admin-allow-ingress-and-dns"] {
            let error = Support.renderError { () throws(TemplateError) in
                try catalog.render(template, ["priority": priority])
            }
            #expect(error?.code == .invalidOutput)
            #expect(error?.diagnostics.map(\.path.description) == ["spec.priority"])
        }
    }

    @Test("calico-baseline-deny-tenants: Deny rules without a source or destination, in kube-baseline")
    func calicoBaseline() throws {
        let rendering = try catalog.render("calico-baseline-deny-tenants", ["tenants": "tier=gold,team=a"])
        // A modelled GlobalNetworkPolicy, which the engine evaluates.
        guard case .calicoGlobalNetworkPolicy(let policy)? = rendering.objects.first else {
            Issue.record("not a Calico GlobalNetworkPolicy: \(rendering.objects)")
            return
        }
        #expect(policy.spec.tierName == "kube-baseline" && policy.spec.policyTypes == [.ingress, .egress])
        let manifest = try #require(rendering.manifests.first)
        #expect(
            manifest["apiVersion"]?.string == "projectcalico.org/v3"
                && manifest["kind"]?.string == "GlobalNetworkPolicy")
        let spec = try #require(manifest["spec"])
        #expect(spec["tier"]?.string == "kube-baseline")
        #expect(spec["order"] == .int(1000))
        #expect(spec["namespaceSelector"]?.string == "team == 'a' && tier == 'gold'")
        #expect(spec["ingress"] == .sequence([.mapping(["action": .string("Deny")])]))
        #expect(spec["egress"] == .sequence([.mapping(["action": .string("Deny")])]))
        let everyNamespace = try catalog.render("calico-baseline-deny-tenants", ["tenants": ""]).manifests.first
        #expect(everyNamespace?["spec"]?["namespaceSelector"]?.string == "all()")
    }

    @Test("calico-admin-allow-ingress-and-dns: Allow from the controller, then UDP and TCP to DNS, in kube-admin")
    func calicoAdmin() throws {
        let spec = try #require(
            try catalog.render("calico-admin-allow-ingress-and-dns", ["port": "http"]).manifests.first?["spec"])
        #expect(spec["tier"]?.string == "kube-admin" && spec["order"] == .int(100))
        let ingress = try #require(spec["ingress"]?.sequence)
        #expect(ingress.count == 1)
        #expect(ingress.first?["protocol"]?.string == "TCP")
        #expect(ingress.first?["destination"]?["ports"] == .sequence([.string("http")]))
        #expect(ingress.first?["source"]?["namespaceSelector"]?.string == "projectcalico.org/name == 'ingress-nginx'")
        #expect(ingress.first?["source"]?["selector"]?.string == "app == 'ingress'")
        #expect(ingress.first?["source"]?["ports"] == nil)
        let egress = try #require(spec["egress"]?.sequence)
        #expect(egress.map { $0["protocol"]?.string } == ["UDP", "TCP"])
        #expect(egress.allSatisfy { $0["destination"]?["ports"] == .sequence([.int(53)]) })
        #expect(egress.allSatisfy { $0["destination"]?["selector"]?.string == "k8s-app == 'kube-dns'" })
        // Without a port, the controller reaches every port and protocol: no protocol, no destination.
        let open = try catalog.render("calico-admin-allow-ingress-and-dns").manifests.first?["spec"]?["ingress"]
        #expect(open?.sequence?.first?["protocol"] == nil && open?.sequence?.first?["destination"] == nil)
    }

    @Test("no value changes the structure of a Calico rendering, and selectors hold only checked labels")
    func calicoInjection() throws {
        let targets = [
            ("calico-baseline-deny-tenants", "tenants", "t=a"), ("calico-baseline-deny-tenants", "tier", "a"),
            ("calico-admin-allow-ingress-and-dns", "ingress-pods", "app=a"),
            ("calico-admin-allow-ingress-and-dns", "ingress-namespace", "a"),
            ("calico-admin-allow-ingress-and-dns", "dns-selector", "k=a"),
            ("calico-admin-allow-ingress-and-dns", "port", "80"),
        ]
        let selector = #/^(all\(\)|[A-Za-z0-9./_-]+ == '[A-Za-z0-9._-]*'( && [A-Za-z0-9./_-]+ == '[A-Za-z0-9._-]*')*)$/#
        for (name, parameter, plain) in targets {
            let template = try #require(catalog.template(named: name))
            let baseline = try template.render([parameter: plain])
            for value in InjectionTests.hostile {
                let rendering: TemplateRendering
                do {
                    rendering = try template.render([parameter: value])
                } catch {
                    #expect(error.code == .invalidValue && error.parameter == parameter, "\(name) \(parameter)")
                    continue
                }
                #expect(!InjectionTests.structural.contains(value), "\(parameter) accepted \(value.debugDescription)")
                let read = YAMLReader().read(Support.yaml(rendering), file: "rendered.yaml")
                #expect(read.diagnostics.isEmpty)
                #expect(read.documents.map(\.root) == rendering.manifests)
                let selectors = rendering.manifests.flatMap(Self.selectors)
                #expect(selectors.count == (name == "calico-baseline-deny-tenants" ? 1 : 7))
                for text in selectors {
                    #expect(text.wholeMatch(of: selector) != nil, "\(text)")
                }
                // A port name is a string where a number is an integer; nothing else may differ.
                if parameter != "port" {
                    #expect(rendering.manifests.map(Support.shape) == baseline.manifests.map(Support.shape))
                }
            }
        }
    }

    /// The values of every `selector` and `namespaceSelector` field of a tree.
    static func selectors(_ node: ManifestNode) -> [String] {
        switch node.value {
        case .mapping(let mapping):
            mapping.entries.flatMap { entry in
                ["selector", "namespaceSelector"].contains(entry.key) && entry.value.string != nil
                    ? [entry.value.string ?? ""] : selectors(entry.value)
            }
        case .sequence(let items): items.flatMap(selectors)
        case .scalar, .null: []
        }
    }

    @Test("cluster-governance renders both templates with the shared values; the Calico bundle likewise")
    func bundles() throws {
        let values = [
            "tenants": "team=a", "ingress-namespace": "edge", "ingress-pods": "app=proxy", "admin-priority": "5",
            "baseline-priority": "995",
        ]
        for (bundle, baseline, admin) in [
            ("cluster-governance", "baseline-deny-tenants", "admin-allow-ingress-and-dns"),
            ("cluster-governance-calico", "calico-baseline-deny-tenants", "calico-admin-allow-ingress-and-dns"),
        ] {
            let rendering = try catalog.renderBundle(bundle, values)
            let expected =
                try catalog.render(baseline, ["tenants": "team=a", "priority": "995"]).objects
                + catalog.render(
                    admin,
                    ["tenants": "team=a", "ingress-namespace": "edge", "ingress-pods": "app=proxy", "priority": "5"]
                ).objects
            #expect(rendering.objects == expected, "\(bundle)")
            let error = Support.renderError { () throws(TemplateError) in
                try catalog.renderBundle(bundle, ["admin-priority": "first"])
            }
            #expect(error?.bundle == bundle && error?.parameter == "admin-priority" && error?.code == .invalidValue)
        }
    }
}
