import Foundation
import PodFenceModel
import PodFenceTemplates
import PodFenceYAML
import Testing

/// Templates read from files: the header, typed substitution in the parsed tree, and errors with positions.
@Suite("Template files")
struct TemplateFileTests {
    static let monitoring = """
        apiVersion: podfence.dev/v1alpha1
        kind: Template
        metadata:
          name: allow-monitoring
        description: Let Prometheus scrape the selected pods.
        parameters:
        - name: namespace
          type: namespace
          description: The namespace of the pods.
        - name: pods
          type: label-selector
          default: ""
          description: The pods to scrape.
        - name: port
          type: port
          default: 9090
          description: The metrics port.
        - name: protocol
          type: protocol
          default: TCP
          description: The metrics protocol.
        - name: monitoring-namespace
          type: namespace
          default: monitoring
          description: Where Prometheus runs.
        - name: policy-name
          type: name
          default: allow-monitoring-from-{{ monitoring-namespace }}
          description: The policy's name.
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: "{{ policy-name }}"
          namespace: "{{ namespace }}"
          annotations:
            podfence.dev/scrape: port {{ port }} of {{namespace}}
        spec:
          podSelector: "{{ pods }}"
          policyTypes:
          - Ingress
          ingress:
          - from:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: "{{ monitoring-namespace }}"
            ports:
            - port: "{{ port }}"
              protocol: '{{ protocol }}'

        """

    static func read(_ text: String, file: String = "team.yaml") throws(TemplateError) -> [Template] {
        try TemplateFileReader().read(text: text, file: file)
    }

    static func readError(_ text: String) -> TemplateError? {
        do {
            let templates = try read(text)
            Issue.record("read \(templates.count) templates instead of failing")
            return nil
        } catch {
            return error
        }
    }

    @Test("the header declares the template; parameters keep their kinds, defaults and descriptions")
    func header() throws {
        let template = try #require(try Self.read(Self.monitoring).first)
        #expect(template.name == "allow-monitoring")
        #expect(template.description == "Let Prometheus scrape the selected pods.")
        #expect(template.source == .file("team.yaml"))
        #expect(
            template.parameters.map(\.name) == [
                "namespace", "pods", "port", "protocol", "monitoring-namespace", "policy-name",
            ])
        #expect(
            template.parameters.map(\.kind) == [
                .namespaceName, .labelSelector, .port, .protocol, .namespaceName, .objectName,
            ])
        #expect(template.parameter(named: "namespace")?.isRequired == true)
        #expect(template.parameter(named: "port")?.requirement == .defaulted("9090"))
    }

    @Test("a scalar that is one placeholder takes the typed value; a longer string interpolates the text")
    func typedSubstitution() throws {
        let template = try #require(try Self.read(Self.monitoring).first)
        let rendering = try template.render(["namespace": "ns-app1", "pods": "app=web"])
        let expected = NetworkPolicy(name: "allow-monitoring-from-monitoring", namespace: "ns-app1")
            .selecting(["app": "web"])
            .applying(to: [.ingress])
            .allowingIngress(from: [.namespace(named: "monitoring")], ports: [.tcp(9090)])
        var annotated = expected
        annotated.metadata.annotations = ["podfence.dev/scrape": "port 9090 of ns-app1"]
        #expect(rendering.objects == [.networkPolicy(annotated)])
        // The port is an integer in the tree, not the string "9090".
        let port = rendering.manifests.first?.node(at: "spec.ingress[0].ports[0].port")
        #expect(port?.scalar == .int(9090))

        let named = try template.render(["namespace": "ns-app1", "port": "metrics", "protocol": "UDP"])
        guard case .networkPolicy(let policy)? = named.objects.first else {
            Issue.record("not a NetworkPolicy")
            return
        }
        #expect(policy.spec.ingress?.first?.ports == [.named("metrics", protocol: .udp)])
        #expect(policy.spec.podSelector == LabelSelector())
    }

    @Test("the template file's comments are rendered beside their fields, verbatim (values never reach them)")
    func comments() throws {
        let text = Self.monitoring
            .replacingOccurrences(
                of: "kind: NetworkPolicy\n", with: "kind: NetworkPolicy\n# Scrape {{ namespace }} from monitoring.\n"
            )
            .replacingOccurrences(of: "  - Ingress\n", with: "  - Ingress # ingress only\n")
        let template = try #require(try Self.read(text).first)
        let rendering = try template.render(["namespace": "ns-app1"])
        let output = YAMLWriter().write(documents: rendering.manifests, comments: rendering.comments)
        #expect(rendering.comments.count == rendering.objects.count)
        #expect(output.contains("metadata:\n  annotations:"))
        #expect(output.contains("  policyTypes:\n  - Ingress # ingress only\n"))
        #expect(output.contains("\n# Scrape {{ namespace }} from monitoring.\n"))
        #expect(!output.contains("# Scrape ns-app1"))
    }

    @Test("objects keep the template file's positions, so validation errors point into it")
    func invalidOutputPointsIntoTheFile() throws {
        let text = """
            apiVersion: podfence.dev/v1alpha1
            kind: Template
            metadata:
              name: ranged
            parameters:
            - name: first
              type: integer
              description: First port.
            - name: last
              type: integer
              description: Last port.
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: ranged
              namespace: ns-app1
            spec:
              podSelector: {}
              ingress:
              - ports:
                - port: "{{ first }}"
                  endPort: "{{ last }}"

            """
        let template = try #require(try Self.read(text).first)
        #expect(try template.render(["first": "8000", "last": "8080"]).objects.count == 1)
        let error = Support.renderError { () throws(TemplateError) in
            try template.render(["first": "8080", "last": "80"])
        }
        #expect(error?.code == .invalidOutput)
        #expect(error?.diagnostics.first?.location == SourceLocation(file: "team.yaml", line: 23, column: 16))
        #expect(
            error?.description.hasPrefix("error: template ranged: the rendered objects are not valid (1 error)") == true
        )
    }

    @Test("an undeclared placeholder is an error at its own line and column")
    func unknownPlaceholder() {
        let text = Self.monitoring.replacingOccurrences(
            of: "podfence.dev/scrape: port {{ port }} of {{namespace}}",
            with: "podfence.dev/scrape: port {{ port }} of {{ nmspace }}")
        let error = Self.readError(text)
        #expect(error?.code == .unknownParameter)
        #expect(error?.location == SourceLocation(file: "team.yaml", line: 37, column: 45))
        #expect(
            error?.description
                == "team.yaml:37:45: error: template allow-monitoring: parameter nmspace: the placeholder "
                + "{{ nmspace }} names no declared parameter; declared: namespace, pods, port, protocol, "
                + "monitoring-namespace, policy-name")
    }

    @Test("a missing required parameter and an unknown argument are refused before rendering")
    func missingAndUnknown() throws {
        let template = try #require(try Self.read(Self.monitoring).first)
        let missing = Support.renderError { () throws(TemplateError) in try template.render([:]) }
        #expect(missing?.code == .missingParameter)
        #expect(missing?.parameter == "namespace")
        let unknown = Support.renderError { () throws(TemplateError) in
            try template.render(["namespace": "n", "prot": "TCP"])
        }
        #expect(unknown?.code == .unknownParameter)
        #expect(unknown?.parameter == "prot")
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var code: TemplateError.Code
        var location: String
        var message: String
        var testDescription: String { name }
    }

    static let header = """
        apiVersion: podfence.dev/v1alpha1
        kind: Template
        metadata:
          name: t
        parameters:
        - name: namespace
          type: namespace
          description: The namespace.

        """

    static let policy = """
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: p
          namespace: "{{ namespace }}"
        spec:
          podSelector: {}

        """

    static let badFiles: [BadFile] = [
        BadFile(
            name: "an unquoted placeholder at the start of a value", text: header + "---\na: {{ namespace }}\n",
            code: .unreadableFile, location: "team.yaml:10:5",
            message: "a value that starts with a placeholder must be quoted"),
        BadFile(
            name: "a placeholder in a key", text: header + "---\nkind: x\n\"{{ namespace }}\": 1\n",
            code: .invalidDefinition, location: "team.yaml:11:1", message: "placeholders are substituted in values only"
        ),
        BadFile(
            name: "a malformed placeholder", text: header + "---\nkind: \"{{ name space }}\"\n",
            code: .invalidDefinition, location: "team.yaml:10:7", message: "malformed placeholder"),
        BadFile(
            name: "an unclosed placeholder", text: header + "---\nkind: \"{{ namespace\"\n",
            code: .invalidDefinition, location: "team.yaml:10:7", message: "unclosed placeholder"),
        BadFile(
            name: "no header", text: String(policy.dropFirst(4)), code: .invalidDefinition, location: "team.yaml:1:1",
            message: "a template file starts with a header"),
        BadFile(
            name: "no manifest", text: header, code: .invalidDefinition, location: "team.yaml:1:1",
            message: "no manifest follows the header"),
        BadFile(
            name: "an unknown header field", text: "parameter: []\n" + header + policy, code: .invalidDefinition,
            location: "team.yaml:1:1", message: "unknown field \"parameter\" in a Template header"),
        BadFile(
            name: "a wrong apiVersion",
            text: header.replacingOccurrences(of: "v1alpha1", with: "v1") + policy, code: .invalidDefinition,
            location: "team.yaml:1:13", message: "a Template's apiVersion is podfence.dev/v1alpha1"),
        BadFile(
            name: "an invalid template name",
            text: header.replacingOccurrences(of: "name: t", with: "name: T") + policy,
            code: .invalidDefinition, location: "team.yaml:4:9", message: "metadata.name \"T\": a lowercase RFC 1123"),
        BadFile(
            name: "an unknown type",
            text: header.replacingOccurrences(of: "type: namespace", with: "type: ns") + policy,
            code: .invalidDefinition, location: "team.yaml:7:9", message: "type must be one of: namespace, name,"),
        BadFile(
            name: "an invalid literal default",
            text: header + "  default: Team_A\n" + policy, code: .invalidDefinition, location: "team.yaml:9:12",
            message: "invalid default value \"Team_A\""),
        BadFile(
            name: "a default naming a later parameter",
            text: header + "  default: \"{{ later }}\"\n- name: later\n  type: string\n  default: x\n" + policy,
            code: .invalidDefinition, location: "team.yaml:9:12",
            message: "the default refers to {{ later }}, which is not a parameter declared before this one"),
        BadFile(
            name: "required with a default", text: header + "  required: true\n  default: a\n" + policy,
            code: .invalidDefinition, location: "team.yaml:10:12", message: "a required parameter has no default"),
        BadFile(
            name: "optional without a default", text: header + "  required: false\n" + policy,
            code: .invalidDefinition, location: "team.yaml:6:3",
            message: "a parameter that is not required needs a default"),
        BadFile(
            name: "a parameter declared twice", text: header + "- name: namespace\n  type: string\n" + policy,
            code: .invalidDefinition, location: "team.yaml:9:9", message: "declared twice"),
        BadFile(
            name: "two templates with one name",
            text: header + policy + header.replacingOccurrences(of: "apiVersion", with: "---\napiVersion") + policy,
            code: .duplicateName, location: "team.yaml:18:1", message: "defined twice in this file"),
        BadFile(
            name: "invalid YAML", text: header + policy + "  bad: [\n", code: .unreadableFile,
            location: "team.yaml:18:1", message: "did not find expected node content"),
    ]

    @Test("malformed template files are refused with a position and a reason", arguments: badFiles)
    func badFile(_ test: BadFile) {
        let error = Self.readError(test.text)
        #expect(error?.code == test.code)
        #expect(error.flatMap { $0.location.map { "\($0)" } } == test.location)
        #expect(error?.message.contains(test.message) == true, "\(error?.message ?? "")")
    }

    @Test("a file may hold several templates; the catalog refuses a name that exists")
    func severalTemplates() throws {
        let second = Self.header.replacingOccurrences(of: "name: t", with: "name: u")
        let templates = try Self.read(Self.header + Self.policy + "---\n" + second + Self.policy)
        #expect(templates.map(\.name) == ["t", "u"])
        var catalog = TemplateCatalog.builtIn
        for template in templates { try catalog.add(template) }
        #expect(try catalog.render("u", ["namespace": "ns-app1"]).objects.first?.metadata.namespace == "ns-app1")
        let clash = try #require(
            try Self.read(Self.header.replacingOccurrences(of: "name: t", with: "name: deny-all") + Self.policy).first)
        #expect(throws: TemplateError.self) { try catalog.add(clash) }
    }

    @Test("a file is read from disk; a missing file is an error")
    func fromDisk() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "podfence-template-\(UInt64.random(in: 0...UInt64.max)).yaml"
        ).path
        try Self.monitoring.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try TemplateFileReader().read(file: path).first?.source == .file(path))
        #expect(throws: TemplateError.self) { try TemplateFileReader().read(file: path + ".missing") }
    }

    @Test("other kinds are kept as written, with a note")
    func unmodelledKinds() throws {
        let text =
            Self.header
            + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: \"{{ namespace }}\"\n"
        let rendering = try #require(try Self.read(text).first).render(["namespace": "ns-app1"])
        #expect(rendering.objects.first?.kind == "ConfigMap")
        #expect(rendering.objects.first?.metadata.namespace == "ns-app1")
        #expect(rendering.diagnostics.first?.code == .unmodelledKind)
    }
}
