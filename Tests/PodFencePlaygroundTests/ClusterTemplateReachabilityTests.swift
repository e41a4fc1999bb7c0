import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"
private let clusterTiers = RepositoryRoot.path + "/Examples/cluster-tiers"

/// The cluster templates do what they claim on the example cluster, through `can` and `explain`; the
/// cluster-tiers example is what they render, loads with `load --example`, and its README shows what the binary
/// prints.
@Suite("Cluster templates on the example cluster")
struct ClusterTemplateReachabilityTests {
    /// A session with the example cluster's namespaces and workloads and no policy.
    private func bareCluster() -> Interpreter {
        var interpreter = Interpreter()
        let status = interpreter.execute(
            line: "load \(exampleCluster)/00-namespaces.yaml \(exampleCluster)/00-workloads.yaml")
        #expect(status == 0)
        _ = interpreter.takeOutput()
        return interpreter
    }

    /// Asks `can` for each question and compares with the expected answers.
    private func expect(
        _ interpreter: inout Interpreter, _ answers: [(String, String)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        _ = interpreter.takeOutput()
        for (question, answer) in answers {
            #expect(interpreter.execute(line: "can " + question) == 0, sourceLocation: sourceLocation)
            #expect(
                interpreter.takeOutput().output == answer + "\n", "can \(question)", sourceLocation: sourceLocation)
        }
    }

    @Test("baseline-deny-tenants, then admin-allow-ingress-and-dns: denied, then the controller and DNS accepted")
    func templatesInTurn() {
        var session = bareCluster()
        expect(&session, [("other/client reach ns-app1/web on 8080", "yes")])

        // The example cluster's namespaces have no tenant label: ns-app1 is chosen by its ns-id.
        #expect(session.execute(line: "template baseline-deny-tenants tenants=ns-id=ns-app1") == 0)
        expect(
            &session,
            [
                ("other/client reach ns-app1/web on 8080", "no"),
                ("ingress-nginx/controller reach ns-app1/web on 8080", "no"),
                ("ns-app1/api reach kube-system/coredns on 53/UDP", "no"),
                ("ns-app1/web reach 203.0.113.9 on 443", "no"),
                ("other/client reach ingress-nginx/controller on 80", "yes"),
            ])
        _ = session.takeOutput()
        #expect(session.execute(line: "explain other/client to ns-app1/web on 8080") == 0)
        let denied = session.takeOutput().output
        #expect(denied.contains("ingress of ns-app1/web: denied by the Baseline tier\n"))
        #expect(denied.contains("ClusterNetworkPolicy/baseline-deny-tenants"))
        #expect(denied.contains("priority 1000 ingress[0] from[0] \"deny-all-ingress\" -> Deny on TCP 8080"))

        #expect(session.execute(line: "template admin-allow-ingress-and-dns tenants=ns-id=ns-app1") == 0)
        expect(
            &session,
            [
                ("ingress-nginx/controller reach ns-app1/web on 8080", "yes"),
                ("ingress-nginx/controller reach ns-app1/db on 5432", "yes"),
                ("ns-app1/api reach kube-system/coredns on 53/UDP", "yes"),
                ("ns-app1/web reach kube-system/coredns on 53", "yes"),
                ("ns-app1/api reach kube-system/coredns on 54/UDP", "no"),
                ("other/client reach ns-app1/web on 8080", "no"),
                ("ns-app1/api reach ns-app1/db on 5432", "no"),
            ])
        _ = session.takeOutput()
        #expect(session.execute(line: "explain ns-app1/api to kube-system/coredns on 53/UDP") == 0)
        #expect(
            session.takeOutput().output.contains(
                "priority 100 egress[0] to[0] \"cluster-dns\" -> Accept on UDP 53\n"))
    }

    @Test("a port limits what the ingress controller reaches; a NetworkPolicy cannot take the Admin rules away")
    func portAndOverride() {
        var session = bareCluster()
        let line = "template admin-allow-ingress-and-dns tenants=ns-id=ns-app1 port=http"
        #expect(session.execute(line: "template baseline-deny-tenants tenants=ns-id=ns-app1") == 0)
        #expect(session.execute(line: line) == 0)
        expect(
            &session,
            [
                ("ingress-nginx/controller reach ns-app1/web on 8080", "yes"),
                ("ingress-nginx/controller reach ns-app1/api on 9000", "yes"),
                ("ingress-nginx/controller reach ns-app1/db on 5432", "no"),
            ])
        // deny-all isolates every pod of ns-app1; the Admin tier decides first.
        #expect(session.execute(line: "template deny-all namespace=ns-app1") == 0)
        expect(
            &session,
            [
                ("ingress-nginx/controller reach ns-app1/web on 8080", "yes"),
                ("ns-app1/api reach kube-system/coredns on 53/TCP", "yes"),
                ("ns-app1/api reach ns-app1/db on 5432", "no"),
            ])
    }

    @Test("the cluster-governance bundle gives the same answers as its two templates")
    func bundle() {
        var templates = bareCluster()
        #expect(templates.execute(line: "template baseline-deny-tenants tenants=ns-id=ns-app1") == 0)
        #expect(templates.execute(line: "template admin-allow-ingress-and-dns tenants=ns-id=ns-app1") == 0)
        var bundle = bareCluster()
        #expect(bundle.execute(line: "template --bundle cluster-governance tenants=ns-id=ns-app1") == 0)
        #expect(bundle.takeOutput().output == "added 2 objects from bundle cluster-governance\n")
        #expect(bundle.context.session.objects.map(\.object) == templates.context.session.objects.map(\.object))
    }

    @Test("the Calico bundle answers as the ClusterNetworkPolicies do, and also denies ingress from outside")
    func calicoBundle() {
        let questions = [
            "other/client reach ns-app1/web on 8080", "ingress-nginx/controller reach ns-app1/web on 8080",
            "ingress-nginx/controller reach ns-app1/db on 5432", "ns-app1/api reach kube-system/coredns on 53/UDP",
            "ns-app1/api reach kube-system/coredns on 54/UDP", "ns-app1/api reach ns-app1/db on 5432",
            "ns-app1/web reach 203.0.113.9 on 443", "other/client reach ingress-nginx/controller on 80",
        ]
        var cluster = bareCluster()
        #expect(cluster.execute(line: "template --bundle cluster-governance tenants=ns-id=ns-app1") == 0)
        var calico = bareCluster()
        #expect(calico.execute(line: "template --bundle cluster-governance-calico tenants=ns-id=ns-app1") == 0)
        _ = cluster.takeOutput()
        _ = calico.takeOutput()
        for question in questions {
            _ = cluster.execute(line: "can " + question)
            _ = calico.execute(line: "can " + question)
            #expect(calico.takeOutput().output == cluster.takeOutput().output, "can \(question)")
        }
        // The gap the ClusterNetworkPolicy leaves (ingress peers are namespaces and pods only) is closed.
        expect(&cluster, [("203.0.113.9 reach ns-app1/web on 8080", "yes")])
        expect(&calico, [("203.0.113.9 reach ns-app1/web on 8080", "no")])
        _ = calico.execute(line: "explain ns-app1/api to kube-system/coredns on 53/UDP")
        let explanation = calico.takeOutput().output
        #expect(
            explanation.contains(
                "  Admin: GlobalNetworkPolicy/admin-allow-ingress-and-dns (<bundle cluster-governance-calico>) "
                    + "order 100 egress[0] -> Accept on UDP 53\n"), "\(explanation)")
    }

    @Test("the cluster-tiers example is the rendered templates over the example cluster's workloads")
    func exampleFiles() throws {
        let catalog = TemplateCatalog.builtIn
        func objects(_ file: String) -> [KubernetesObject] {
            let result = ManifestLoader().load(paths: [clusterTiers + "/" + file])
            #expect(result.isComplete)
            return result.objects.map(\.object)
        }
        #expect(objects("01-baseline-deny-tenants.yaml") == (try catalog.render("baseline-deny-tenants").objects))
        #expect(
            objects("02-admin-allow-ingress-and-dns.yaml")
                == (try catalog.render("admin-allow-ingress-and-dns", ["port": "http"]).objects))
        let workloads = "00-workloads.yaml"
        #expect(
            (try String(contentsOfFile: clusterTiers + "/" + workloads, encoding: .utf8))
                == (try String(contentsOfFile: exampleCluster + "/" + workloads, encoding: .utf8)))
        // The same namespaces; the tenants carry one more label.
        let namespaces = ManifestLoader().load(paths: [exampleCluster + "/00-namespaces.yaml"]).objects.map(\.object)
        let tenants = objects("00-namespaces.yaml").map { object -> KubernetesObject in
            guard case .namespace(var namespace) = object else { return object }
            #expect(
                namespace.metadata.labels["tenant"] == (["ns-app1", "other"].contains(namespace.name) ? "true" : nil))
            namespace.metadata.labels["tenant"] = nil
            return .namespace(namespace)
        }
        #expect(tenants == namespaces)
    }

    @Test("load --example cluster-tiers loads the embedded copy of Examples/cluster-tiers")
    func embedded() throws {
        for file in ClusterTiersExample.files {
            let onDisk = try String(contentsOfFile: clusterTiers + "/" + file.name, encoding: .utf8)
            #expect(file.text == onDisk, "\(file.name) differs: run `make embed`")
        }
        let onDiskNames = try FileManager.default.contentsOfDirectory(atPath: clusterTiers).sorted()
        #expect(ClusterTiersExample.files.map(\.name) == onDiskNames)

        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "load --example cluster-tiers") == 0)
        #expect(interpreter.takeOutput().output == "loaded 12 objects from 4 files\n")
        let fromDisk = ManifestLoader().load(paths: [clusterTiers])
        #expect(interpreter.context.session.objects.map(\.object) == fromDisk.objects.map(\.object))
        #expect(interpreter.execute(line: "load -q --example example-cluster") == 0)
        #expect(interpreter.takeOutput() == ("", ""))
    }

    @Test(
        "load refuses an unknown example, paths with --example, and nothing at all",
        arguments: [
            ("load --example nope", 1, "no example named nope; examples: example-cluster, cluster-tiers\n"),
            ("load --example cluster-tiers x.yaml", 2, "give paths or --example, not both"),
            ("load", 2, "give files, folders or - (standard input), or --example NAME"),
        ])
    func loadErrors(line: String, status: Int32, message: String) {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: line) == status)
        let errors = interpreter.takeOutput().errors
        #expect(errors.contains(message), "\(errors)")
        #expect(interpreter.context.session.objects.isEmpty)
    }

    @Test("the README's side-by-side table and transcripts are what the binary answers")
    func readme() throws {
        let text = try String(contentsOfFile: clusterTiers + "/README.md", encoding: .utf8)
        var transcripts = 0
        var interpreter = Interpreter()
        var expected = ""
        var actual = ""
        var inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```text" {
                inBlock = true
            } else if line == "```" {
                inBlock = false
                transcripts += 1
            } else if inBlock, line.hasPrefix("podfence> ") {
                expected += line + "\n"
                _ = interpreter.execute(line: String(line.dropFirst("podfence> ".count)))
                let (output, errors) = interpreter.takeOutput()
                actual += line + "\n" + output + errors
            } else if inBlock {
                expected += line + "\n"
            }
        }
        #expect(transcripts >= 4)
        #expect(actual == expected)

        // Each table row: the question in both clusters.
        var rows = 0
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let question = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            for (example, cell) in [("example-cluster", cells[1]), ("cluster-tiers", cells[2])] {
                var session = Interpreter()
                _ = session.execute(line: "load -q --example " + example)
                #expect(session.execute(line: "can " + question) == 0)
                let answer = cell.trimmingCharacters(in: CharacterSet(charactersIn: "*")).prefix { $0.isLetter }
                #expect(session.takeOutput().output == answer + "\n", "\(example): can \(question)")
            }
            rows += 1
        }
        #expect(rows == 7)
    }
}
