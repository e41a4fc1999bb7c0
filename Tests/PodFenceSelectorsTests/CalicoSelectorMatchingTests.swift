import PodFenceModel
import PodFenceSelectors
import Testing

/// What Calico selectors match (docs/calico.md, "Selectors"): the operator table of Calico's reference.
@Suite("Calico selector matching")
struct CalicoSelectorMatchingTests {
    private static let web: [String: String] = ["app": "web", "env": "production", "tier": ""]

    @Test(
        "each operator against labels",
        arguments: [
            ("", [:], true),
            ("all()", web, true),
            ("!all()", web, false),
            ("global()", web, false),
            ("!global()", web, true),
            ("has(app)", web, true),
            ("has(tier)", web, true),
            ("has(db)", web, false),
            ("!has(db)", web, true),
            ("app == 'web'", web, true),
            ("app == 'db'", web, false),
            ("db == ''", web, false),
            ("tier == ''", web, true),
            ("app != 'db'", web, true),
            ("app != 'web'", web, false),
            ("db != 'x'", web, true),
            ("app in {'web', 'db'}", web, true),
            ("app in {}", web, false),
            ("db in {'x'}", web, false),
            ("app not in {'db'}", web, true),
            ("app not in {'web'}", web, false),
            ("db not in {'x'}", web, true),
            ("env contains 'duct'", web, true),
            ("env contains ''", web, true),
            ("db contains ''", web, false),
            ("env starts with 'prod'", web, true),
            ("env starts with 'duct'", web, false),
            ("env ends with 'tion'", web, true),
            ("db ends with ''", web, false),
            ("app == 'web' && env starts with 'prod'", web, true),
            ("app == 'web' && has(db)", web, false),
            ("has(db) || app == 'web'", web, true),
            ("!(has(db) || app == 'db')", web, true),
            ("!!has(app)", web, true),
        ] as [(String, [String: String], Bool)])
    func matching(text: String, labels: [String: String], expected: Bool) throws {
        #expect(try CalicoSelector(parsing: text).matches(labels) == expected)
    }

    @Test("global() matches only resources that are not namespaced")
    func global() throws {
        let selector = try CalicoSelector(parsing: "global()")
        #expect(!selector.matches([:]))
        #expect(selector.matches([:], isNamespaced: false))
        #expect(try CalicoSelector(parsing: "global() && has(a)").matches(["a": "1"], isNamespaced: false))
    }

    @Test("an endpoint's labels: the pod's, Calico's own, and its namespace's with pcns.")
    func endpointLabels() {
        let labels = CalicoSelector.endpointLabels(
            podLabels: ["app": "web", "projectcalico.org/namespace": "spoofed", "pcns.team": "pod"],
            namespace: "shop", namespaceLabels: ["team": "a", "env": "prod"], serviceAccount: "web-sa")
        #expect(
            labels == [
                "app": "web", "projectcalico.org/namespace": "shop", "projectcalico.org/orchestrator": "k8s",
                "projectcalico.org/serviceaccount": "web-sa", "pcns.team": "pod", "pcns.env": "prod",
                "pcns.projectcalico.org/name": "shop",
            ])
        #expect(
            CalicoSelector.endpointLabels(podLabels: [:], namespace: "x")["projectcalico.org/serviceaccount"] == nil)
    }

    @Test("a namespace's labels carry projectcalico.org/name")
    func namespaceLabels() throws {
        let namespace = Namespace(name: "shop", labels: ["team": "a"])
        let labels = CalicoSelector.namespaceLabels(of: namespace)
        #expect(labels["projectcalico.org/name"] == "shop")
        #expect(labels["kubernetes.io/metadata.name"] == "shop")
        #expect(try CalicoSelector(parsing: "projectcalico.org/name == 'shop' && team == 'a'").matches(labels))
    }
}
