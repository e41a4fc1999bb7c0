import Foundation
import PodFenceModel
import PodFenceTemplates
import PodFenceTestSupport
import PodFenceYAML
import Testing

/// Paths and shared examples of the template tests.
enum Support {
    /// The shared seed; the repository's copy when the shared folder is not there.
    static let seed: String = {
        let shared = RepositoryRoot.path + "/../shared/fixtures/seed"
        return FileManager.default.fileExists(atPath: shared)
            ? shared : RepositoryRoot.path + "/Examples/example-cluster"
    }()

    static let golden = RepositoryRoot.path + "/Tests/PodFenceTemplatesTests/Golden"

    /// One example rendering of every built-in template: the seed's values where the seed has them.
    static let templateExamples: [Example] = [
        Example("namespace", ["namespace": "ns-app1"]),
        Example("deny-all", ["namespace": "ns-app1"]),
        Example("allow-dns-egress", ["namespace": "ns-app1"]),
        Example("allow-internal-ingress", ["namespace": "ns-app1", "project": "project-app1"]),
        Example(
            "allow-ingress-from-namespace",
            ["namespace": "ns-app1", "from-namespace": "ingress-nginx", "pod-selector": "project=app1-web"]),
        Example("allow-same-namespace", ["namespace": "ns-app1"]),
        Example(
            "allow-egress-to-cidr",
            [
                "namespace": "ns-app1", "cidr": "10.20.0.0/16", "pod-selector": "project=project-app1",
                "port": "5432",
            ]),
        Example("baseline-deny-tenants", [:]),
        Example("admin-allow-ingress-and-dns", ["port": "8080"]),
        Example("calico-baseline-deny-tenants", [:]),
        Example("calico-admin-allow-ingress-and-dns", ["port": "8080"]),
    ]

    /// One example rendering of every built-in bundle.
    static let bundleExamples: [Example] = [
        Example("onboarding", ["namespace": "ns-app1"]),
        Example("deployment", ["namespace": "ns-app1", "project": "project-app1"]),
        Example("cluster-governance", [:]),
        Example("cluster-governance-calico", [:]),
    ]

    /// The built-in templates of cluster-scoped objects, which take no `namespace`.
    static let clusterTemplates = [
        "baseline-deny-tenants", "admin-allow-ingress-and-dns", "calico-baseline-deny-tenants",
        "calico-admin-allow-ingress-and-dns",
    ]

    /// The objects of a manifest file, decoded and validated by the loader.
    static func objects(_ path: String) -> [KubernetesObject] {
        let result = ManifestLoader().load(paths: [path])
        #expect(result.isComplete, "\(path): \(result.diagnostics)")
        return result.objects.map(\.object)
    }

    /// The YAML of a rendering, as `render` prints it.
    static func yaml(_ rendering: TemplateRendering) -> String {
        YAMLWriter().write(documents: rendering.manifests)
    }

    /// The tree with every scalar replaced by its kind: what must not change whatever the values.
    static func shape(_ node: ManifestNode) -> String {
        switch node.value {
        case .null: "null"
        case .scalar(let scalar): "\(scalar.kind)"
        case .sequence(let items): "[" + items.map(shape).joined(separator: ",") + "]"
        case .mapping(let mapping):
            "{" + mapping.entries.map { "\($0.key):" + shape($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// Renders, expecting an error, and returns it.
    static func renderError(_ body: () throws(TemplateError) -> TemplateRendering) -> TemplateError? {
        do {
            let rendering = try body()
            Issue.record("rendered \(rendering.objects.count) objects instead of failing")
            return nil
        } catch {
            return error
        }
    }
}

/// A template or bundle and the arguments of one rendering of it.
struct Example: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String: String]

    init(_ name: String, _ arguments: [String: String]) {
        self.name = name
        self.arguments = arguments
    }

    var testDescription: String { name }
}
