import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

private let golden = RepositoryRoot.path + "/Tests/PodFenceTemplatesTests/Golden"
private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"

/// `templates`, `bundles`, `render` and `template`: the template commands of the playground.
@Suite("Template commands")
struct TemplateCommandTests {
    static let teamTemplate = """
        apiVersion: podfence.dev/v1alpha1
        kind: Template
        metadata:
          name: allow-monitoring
        description: Let Prometheus scrape the pods.
        parameters:
        - name: namespace
          type: namespace
          description: The namespace of the pods.
        - name: port
          type: port
          default: 9090
          description: The metrics port.
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-monitoring
          namespace: "{{ namespace }}"
        spec:
          podSelector: {}
          ingress:
          - from:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: monitoring
            ports:
            - port: "{{ port }}"

        """

    /// Writes a template file for the test and returns its path.
    private func writeTemplateFile(_ text: String = teamTemplate) throws -> String {
        let path = NSTemporaryDirectory() + "podfence-template-\(UInt32.random(in: 0...UInt32.max)).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("templates lists every template with its parameters, kinds and defaults")
    func list() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "templates") == 0)
        let output = interpreter.takeOutput().output
        for template in TemplateCatalog.builtIn.templates {
            #expect(output.contains("\n\(template.name): ") || output.hasPrefix("\(template.name): "))
        }
        #expect(interpreter.execute(line: "templates deny-all") == 0)
        #expect(
            interpreter.takeOutput().output == """
                deny-all: Deny all ingress and egress of every pod of a namespace (apply at onboarding; pair it with \
                allow-dns-egress, or name resolution stops).
                  namespace  namespace  required           The namespace to isolate.
                  name       name       default: deny-all  The name of the NetworkPolicy.

                """)
    }

    @Test("bundles lists the bundles with their steps and parameters")
    func bundles() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "bundles onboarding") == 0)
        #expect(
            interpreter.takeOutput().output == """
                onboarding: Create a team's namespace isolated by default: the Namespace, deny-all, and DNS egress.
                  steps: namespace, deny-all, allow-dns-egress
                  namespace        namespace  required        The team's namespace.
                  namespace-label  label-key  default: ns-id  The namespace label other policies select the \
                namespace by.

                """)
        #expect(interpreter.execute(line: "bundles") == 0)
        #expect(interpreter.takeOutput().output.contains("\ndeployment: "))
    }

    @Test("render prints the golden YAML of a template and of a bundle")
    func render() throws {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "render allow-internal-ingress namespace=ns-app1 project=project-app1") == 0)
        let (output, errors) = interpreter.takeOutput()
        #expect(output == (try String(contentsOfFile: golden + "/allow-internal-ingress.yaml", encoding: .utf8)))
        #expect(errors == "")
        #expect(interpreter.execute(line: "render --bundle onboarding namespace=ns-app1") == 0)
        #expect(
            interpreter.takeOutput().output
                == (try String(contentsOfFile: golden + "/bundle-onboarding.yaml", encoding: .utf8)))
        #expect(interpreter.context.session.objects.isEmpty)
    }

    @Test("render -o json prints JSON that reads back as the same objects")
    func renderJSON() throws {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "render -o json --bundle deployment namespace=ns-app1 project=p") == 0)
        let output = interpreter.takeOutput().output
        let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        #expect(parsed?["kind"] as? String == "List")
        let objects = ManifestLoader().load(text: output, file: "out.json").objects.map(\.object)
        #expect(
            objects
                == (try TemplateCatalog.builtIn.renderBundle("deployment", ["namespace": "ns-app1", "project": "p"])
                    .objects))
    }

    @Test("template adds the objects to the session, replacing same-named ones as load does")
    func template() {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(line: "template deny-all namespace=ns-app1") == 0)
        #expect(interpreter.takeOutput().output == "added 1 object from template deny-all (1 replaced)\n")
        #expect(interpreter.context.session.objects.count == 13)
        #expect(interpreter.execute(line: "template --bundle onboarding namespace=team-a") == 0)
        #expect(interpreter.takeOutput().output == "added 3 objects from bundle onboarding\n")
        #expect(interpreter.context.session.objects.count == 16)
        #expect(interpreter.execute(line: "show team-a/allow-dns-egress") == 0)
        #expect(interpreter.takeOutput().output.contains("k8s-app: kube-dns"))
        #expect(interpreter.execute(line: "template -q deny-all namespace=team-b") == 0)
        #expect(interpreter.takeOutput().output == "")
    }

    @Test(
        "bad input exits 1 with a message naming the template, the parameter and what would be valid",
        arguments: [
            (
                "render deny-all",
                "template deny-all: parameter namespace: required, give namespace=VALUE with a namespace name"
            ),
            ("render deny-all namespace=Team_A", "template deny-all: parameter namespace: invalid value \"Team_A\": "),
            (
                "render deny-all namespce=x",
                "template deny-all: parameter namespce: no such parameter; deny-all takes namespace, name"
            ),
            ("render deny", "no template named deny; templates: namespace, deny-all,"),
            ("render --bundle deny-all", "no bundle named deny-all; bundles: onboarding, deployment"),
            ("render deny-all namespace", "\"namespace\" is not a parameter: write name=value"),
            ("render deny-all =x", "\"=x\" is not a parameter: write name=value"),
            ("render deny-all namespace=a namespace=b", "the parameter namespace is given twice"),
            ("render", "name a template first (`templates` lists them), then its parameters as name=value"),
            ("template --bundle deployment namespace=a", "bundle deployment: parameter project: required"),
            ("templates nope", "no template named nope; templates: "),
            ("bundles nope", "no bundle named nope; bundles: onboarding, deployment"),
            ("render --file /nonexistent/t.yaml x", "/nonexistent/t.yaml: the template file cannot be read"),
        ])
    func badInput(line: String, message: String) {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: line) == 1)
        let (output, errors) = interpreter.takeOutput()
        #expect(output == "")
        #expect(errors.hasPrefix(message), "\(errors)")
        #expect(interpreter.context.session.objects.isEmpty)
    }

    @Test("--file adds the templates of a file: listed with their file, rendered by name or as the only one")
    func templateFile() throws {
        let path = try writeTemplateFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var interpreter = Interpreter()
        #expect(interpreter.execute(arguments: ["templates", "--file", path, "allow-monitoring"]) == 0)
        #expect(
            interpreter.takeOutput().output.hasPrefix("allow-monitoring (\(path)): Let Prometheus scrape the pods.\n"))
        #expect(interpreter.execute(arguments: ["render", "--file", path, "namespace=ns-app1", "port=9100"]) == 0)
        #expect(interpreter.takeOutput().output.contains("    ports:\n    - port: 9100\n"))
        #expect(
            interpreter.execute(arguments: ["template", "--file", path, "allow-monitoring", "namespace=ns-app1"]) == 0)
        #expect(interpreter.takeOutput().output == "added 1 object from template allow-monitoring\n")
    }

    @Test("a template file's errors point into the file; invalid output prints every diagnostic first")
    func templateFileErrors() throws {
        let unknown = try writeTemplateFile(
            Self.teamTemplate.replacingOccurrences(of: "{{ port }}", with: "{{ prot }}"))
        defer { try? FileManager.default.removeItem(atPath: unknown) }
        var interpreter = Interpreter()
        #expect(interpreter.execute(arguments: ["render", "--file", unknown, "namespace=a"]) == 1)
        #expect(
            interpreter.takeOutput().errors
                == "\(unknown):28:14: template allow-monitoring: parameter prot: the placeholder {{ prot }} names no "
                + "declared parameter; declared: namespace, port\n")

        let ranged = try writeTemplateFile(
            Self.teamTemplate.replacingOccurrences(of: "type: port", with: "type: integer"))
        defer { try? FileManager.default.removeItem(atPath: ranged) }
        #expect(interpreter.execute(arguments: ["template", "--file", ranged, "namespace=a", "port=0"]) == 1)
        let errors = interpreter.takeOutput().errors.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(
            errors.first?.hasPrefix("\(ranged):28:13: error: spec.ingress[0].ports[0].port: Invalid value: 0") == true)
        #expect(
            errors.last
                == "template allow-monitoring: the rendered objects are not valid (1 error); nothing was rendered")
        #expect(interpreter.context.session.objects.isEmpty)
    }

    @Test("the seed's steps rendered from templates give the fixture README's reachability")
    func seedReachability() {
        let cluster = exampleCluster
        var fromFiles = Interpreter()
        #expect(fromFiles.execute(line: "load \(cluster)") == 0)
        var fromTemplates = Interpreter()
        let script = """
            load \(cluster)/00-namespaces.yaml \(cluster)/00-workloads.yaml
            template deny-all namespace=ns-app1
            template --bundle deployment namespace=ns-app1 project=project-app1 ingress-pods=project=app1-web \
            ingress-policy-name=allow-ingress-app1
            """
        #expect(fromTemplates.runScript(script, file: "seed.pf") == 0)
        #expect(fromTemplates.context.session.policies == fromFiles.context.session.policies)
        let workloads = ["ns-app1/web", "ns-app1/api", "ns-app1/db", "ingress-nginx/controller", "other/client"]
        for source in workloads + ["203.0.113.9"] {
            for destination in workloads where destination != source {
                let line = "can \(source) reach \(destination)"
                _ = fromFiles.takeOutput()
                _ = fromTemplates.takeOutput()
                #expect(fromFiles.execute(line: line) == fromTemplates.execute(line: line))
                #expect(fromFiles.takeOutput() == fromTemplates.takeOutput(), "\(line)")
            }
        }
        // The README: the controller reaches web; nothing else reaches into ns-app1, and api cannot reach db.
        for (line, verdict) in [
            ("can ingress-nginx/controller reach ns-app1/web", "yes"), ("can other/client reach ns-app1/web", "no"),
            ("can ns-app1/api reach ns-app1/db", "no"), ("can 203.0.113.9 reach ns-app1/web on 80", "no"),
        ] {
            #expect(fromTemplates.execute(line: line) == 0)
            #expect(fromTemplates.takeOutput().output == verdict + "\n", "\(line)")
        }
    }

    @Test("in a script, a failing template command stops it at its line")
    func script() {
        var interpreter = Interpreter()
        let script = """
            template --bundle onboarding namespace=team-a
            template --bundle deployment namespace=team-a project=web
            render deny-all namespace=Team_A
            show
            """
        #expect(interpreter.runScript(script, file: "portal.pf") == 1)
        let (output, errors) = interpreter.takeOutput()
        #expect(output == "added 3 objects from bundle onboarding\nadded 2 objects from bundle deployment\n")
        #expect(errors.hasPrefix("portal.pf:3: template deny-all: parameter namespace: invalid value \"Team_A\""))
        #expect(interpreter.context.session.policies.count == 4)
    }
}
