import PodFenceModel
import PodFenceTemplates
import PodFenceYAML
import Testing

/// No parameter value can change the structure of what a template renders: values with YAML syntax are either
/// refused by their kind or kept as plain strings, and what is written reads back as the same objects.
@Suite("Injection")
struct InjectionTests {
    static let hostile: [String] = [
        "line1\nline2", "a: b", "{a: b}", "[a, b]", "# comment", "x # y", "---", "---\nkind: Namespace\n",
        "...", "&a", "*a", "&a x\n*a", "<<: *a", "!!binary aGk=", "'", "\"", "|\n  block", "> folded",
        "key: value\nother: 1", "- item", "? key", "%YAML 1.1", "@x", "`x`", "{{ namespace }}", "{{", "}}",
        "yes", "no", "on", "080", "0x1F", "1e3", "null", "~", "", " leading", "trailing ", "\t", "\r\n",
        "\u{0}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}bom", "é😀", "\\", "ns-app1\n---\napiVersion: v1",
        String(repeating: "long: [x]\n", count: 100),
    ]

    static let annotatedDeny = """
        apiVersion: podfence.dev/v1alpha1
        kind: Template
        metadata:
          name: annotated-deny
        description: A deny-all policy that carries a note.
        parameters:
        - name: namespace
          type: namespace
          description: The namespace.
        - name: note
          type: string
          description: Free text, kept as an annotation.
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny-all
          namespace: "{{ namespace }}"
          annotations:
            podfence.dev/note: "{{ note }}"
            podfence.dev/summary: note {{ note }} end
        spec:
          podSelector: {}
          policyTypes:
          - Ingress
          - Egress

        """

    static func template() throws -> Template {
        try #require(try TemplateFileReader().read(text: annotatedDeny, file: "annotated-deny.yaml").first)
    }

    @Test(
        "a string parameter holding YAML syntax is stored as a plain string; the structure never changes",
        arguments: hostile)
    func stringsStayStrings(_ value: String) throws {
        let template = try Self.template()
        let baseline = try template.render(["namespace": "ns-app1", "note": "plain"])
        let rendering = try template.render(["namespace": "ns-app1", "note": value])
        #expect(rendering.objects.count == 1)
        let annotations = rendering.objects.first?.metadata.annotations
        #expect(annotations?["podfence.dev/note"] == value)
        #expect(annotations?["podfence.dev/summary"] == "note \(value) end")
        #expect(rendering.manifests.map(Support.shape) == baseline.manifests.map(Support.shape))

        // Written and read again: one document, the same tree and the same object.
        let yaml = Support.yaml(rendering)
        let read = YAMLReader().read(yaml, file: "rendered.yaml")
        #expect(read.diagnostics.isEmpty)
        #expect(read.documents.map(\.root) == rendering.manifests)
        let loaded = ManifestLoader().load(text: yaml, file: "rendered.yaml")
        #expect(loaded.objects.map(\.object) == rendering.objects)
        // JSON too, except for DEL, NEL and the Unicode line and paragraph separators: JSONWriter leaves them
        // unescaped (valid JSON), and the YAML reader refuses DEL and reads the others as line breaks.
        if !value.unicodeScalars.contains(where: { [0x7F, 0x85, 0x2028, 0x2029].contains($0.value) }) {
            let json = JSONWriter().write(documents: rendering.manifests)
            #expect(ManifestLoader().load(text: json, file: "rendered.json").objects.map(\.object) == rendering.objects)
        }
    }

    @Test("a 100 KB value is kept whole and written as one scalar")
    func longValue() throws {
        let value = String(repeating: "0123456789", count: 10_240)
        let rendering = try Self.template().render(["namespace": "ns-app1", "note": value])
        #expect(rendering.objects.first?.metadata.annotations["podfence.dev/note"] == value)
        let loaded = ManifestLoader().load(text: Support.yaml(rendering), file: "rendered.yaml")
        #expect(loaded.objects.map(\.object) == rendering.objects)
    }

    static let builtInTargets: [(template: String, parameter: String, base: [String: String])] = [
        ("namespace", "namespace", [:]),
        ("namespace", "namespace-label", ["namespace": "ns-app1"]),
        ("deny-all", "name", ["namespace": "ns-app1"]),
        ("allow-internal-ingress", "project", ["namespace": "ns-app1"]),
        ("allow-internal-ingress", "project-label", ["namespace": "ns-app1", "project": "p"]),
        ("allow-ingress-from-namespace", "from-namespace", ["namespace": "ns-app1"]),
        ("allow-ingress-from-namespace", "pod-selector", ["namespace": "ns-app1", "from-namespace": "x"]),
        ("allow-dns-egress", "dns-selector", ["namespace": "ns-app1"]),
        ("allow-dns-egress", "port", ["namespace": "ns-app1"]),
        ("allow-egress-to-cidr", "cidr", ["namespace": "ns-app1"]),
        ("allow-egress-to-cidr", "protocol", ["namespace": "ns-app1", "cidr": "10.0.0.0/8"]),
        ("baseline-deny-tenants", "tenants", [:]),
        ("baseline-deny-tenants", "name", [:]),
        ("baseline-deny-tenants", "priority", [:]),
        ("admin-allow-ingress-and-dns", "ingress-namespace", [:]),
        ("admin-allow-ingress-and-dns", "ingress-pods", [:]),
        ("admin-allow-ingress-and-dns", "port", [:]),
        ("admin-allow-ingress-and-dns", "dns-port", [:]),
    ]

    /// Values that no kind but `string` accepts: YAML structure, comments, documents, anchors and aliases.
    static let structural: [String] = Self.hostile.filter { value in
        ["\n", ": ", "{", "[", "#", "---", "&", "*"].contains { value.contains($0) }
    }

    @Test("built-in parameters refuse values with YAML syntax and invalid names; what they accept keeps the shape")
    func builtInsRefuse() throws {
        for target in Self.builtInTargets {
            let template = try #require(TemplateCatalog.builtIn.template(named: target.template))
            let kind = try #require(template.parameter(named: target.parameter)?.kind)
            for value in Self.hostile {
                var arguments = target.base
                arguments[target.parameter] = value
                do {
                    let rendering = try template.render(arguments)
                    // Accepted: the value is valid for its kind, and the output reads back as the same objects.
                    let isStructural = Self.structural.contains(value)
                    #expect(!isStructural, "\(target.parameter) accepted \(value.debugDescription)")
                    #expect((try? kind.parse(value)) != nil)
                    let loaded = ManifestLoader().load(text: Support.yaml(rendering), file: "rendered.yaml")
                    #expect(loaded.objects.map(\.object) == rendering.objects)
                } catch {
                    #expect(
                        error.code == .invalidValue, "\(target.template) \(target.parameter)=\(value.debugDescription)")
                    #expect(error.parameter == target.parameter)
                }
            }
        }
    }

    @Test("the namespace parameter of every built-in of namespaced objects refuses YAML syntax and invalid names")
    func namespaceEverywhere() {
        let namespaced = TemplateCatalog.builtIn.templates.filter { $0.parameter(named: "namespace") != nil }
        #expect(
            Set(TemplateCatalog.builtIn.templates.map(\.name)).subtracting(namespaced.map(\.name))
                == Set(Support.clusterTemplates))
        for template in namespaced {
            let values = [
                "ns\nkind: Secret", "a: b", "{a}", "[a]", "#", "---", "&a", "*a", "Ns_App1", "ns.app1", "-ns", "ns-",
            ]
            for value in values + [String(repeating: "n", count: 64)] {
                let error = Support.renderError { () throws(TemplateError) in
                    let others = ["project": "p", "from-namespace": "f", "cidr": "10.0.0.0/8"]
                    return try template.render(
                        others.filter { template.parameter(named: $0.key) != nil }.merging(["namespace": value]) { $1 })
                }
                #expect(error?.code == .invalidValue && error?.parameter == "namespace", "\(template.name)")
            }
        }
    }

    @Test("a value that spells a placeholder is not expanded again")
    func noRecursiveExpansion() throws {
        let rendering = try Self.template().render(["namespace": "ns-app1", "note": "{{ namespace }}"])
        #expect(rendering.objects.first?.metadata.annotations["podfence.dev/note"] == "{{ namespace }}")
        let error = Support.renderError { () throws(TemplateError) in
            try TemplateCatalog.builtIn.renderBundle(
                "deployment", ["namespace": "ns-app1", "project": "p", "ingress-pods": "a={{ namespace }}"])
        }
        #expect(error?.code == .invalidValue && error?.parameter == "ingress-pods")
    }
}
