import PodFenceModel
import PodFenceTemplates
import PodFenceYAML
import Testing

/// The built-in templates reproduce the example cluster's three isolation steps exactly.
@Suite("Seed")
struct SeedTests {
    let catalog = TemplateCatalog.builtIn

    @Test("deny-all for ns-app1 is step 1")
    func step1() throws {
        let rendering = try catalog.render("deny-all", ["namespace": "ns-app1"])
        #expect(rendering.objects == Support.objects(Support.seed + "/01-deny-all.yaml"))
        #expect(rendering.diagnostics.isEmpty)
    }

    @Test("allow-internal-ingress for ns-app1 and project-app1 is step 2: one peer with both selectors")
    func step2() throws {
        let rendering = try catalog.render(
            "allow-internal-ingress", ["namespace": "ns-app1", "project": "project-app1"])
        #expect(rendering.objects == Support.objects(Support.seed + "/02-allow-internal-ingress.yaml"))
        guard case .networkPolicy(let policy)? = rendering.objects.first else {
            Issue.record("not a NetworkPolicy")
            return
        }
        #expect(policy.spec.ingress?.first?.from?.count == 1)
    }

    @Test("allow-ingress-from-namespace for ingress-nginx is step 3, by the ns-id namespace label")
    func step3() throws {
        let rendering = try catalog.render(
            "allow-ingress-from-namespace",
            [
                "namespace": "ns-app1", "from-namespace": "ingress-nginx", "pod-selector": "project=app1-web",
                "name": "allow-ingress-app1",
            ])
        #expect(rendering.objects == Support.objects(Support.seed + "/03-allow-ingress-app1.yaml"))
    }

    @Test("the deployment bundle renders steps 2 and 3; onboarding renders step 1 and the seed's namespace")
    func bundles() throws {
        let deployment = try catalog.renderBundle(
            "deployment",
            [
                "namespace": "ns-app1", "project": "project-app1", "ingress-pods": "project=app1-web",
                "ingress-policy-name": "allow-ingress-app1",
            ])
        #expect(
            deployment.objects
                == Support.objects(Support.seed + "/02-allow-internal-ingress.yaml")
                + Support.objects(Support.seed + "/03-allow-ingress-app1.yaml"))
        let onboarding = try catalog.renderBundle("onboarding", ["namespace": "ns-app1"])
        let seedNamespace = Support.objects(Support.seed + "/00-namespaces.yaml").first {
            $0.metadata.name == "ns-app1"
        }
        #expect(onboarding.objects.count == 3)
        #expect(onboarding.objects.first == seedNamespace)
        #expect(onboarding.objects.dropFirst().first == Support.objects(Support.seed + "/01-deny-all.yaml").first)
        #expect(onboarding.objects.last?.metadata.name == "allow-dns-egress")
    }

    @Test("the rendered YAML reads back, through the loader, as the seed's objects")
    func writtenAndRead() throws {
        let deployment = try catalog.renderBundle(
            "deployment",
            [
                "namespace": "ns-app1", "project": "project-app1", "ingress-pods": "project=app1-web",
                "ingress-policy-name": "allow-ingress-app1",
            ])
        let reread = ManifestLoader().load(text: Support.yaml(deployment), file: "rendered.yaml")
        #expect(reread.isComplete)
        #expect(reread.objects.map(\.object) == deployment.objects)
    }
}
