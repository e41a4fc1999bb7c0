import PodFenceModel
import Testing

@testable import PodFenceYAML

@Suite("Manifest loader")
struct ManifestLoaderTests {
    @Test("the example cluster loads with no errors: 4 namespaces, 6 workloads, 3 policies")
    func exampleCluster() {
        let result = ManifestLoader().load(paths: [Paths.exampleCluster])
        #expect(result.diagnostics.filter { $0.severity != .note } == [])
        #expect(result.objects.filter { $0.object.kind == "Namespace" }.count == 4)
        #expect(result.objects.filter { if case .workload = $0.object { true } else { false } }.count == 6)
        #expect(result.objects.filter { $0.object.kind == "NetworkPolicy" }.count == 3)
        #expect(result.files.count == 5)
    }

    @Test("every field knows its file, line and column")
    func locations() throws {
        let result = ManifestLoader().load(paths: [Paths.exampleCluster + "/02-allow-internal-ingress.yaml"])
        let policy = try #require(result.objects.first)
        #expect(policy.location.line == 3)
        let peer = policy.location(of: "spec.ingress[0].from[0].podSelector.matchLabels")
        #expect(
            peer == SourceLocation(file: Paths.exampleCluster + "/02-allow-internal-ingress.yaml", line: 21, column: 19)
        )
    }

    @Test("kind: List and typed lists are unpacked; typed list items inherit kind and apiVersion")
    func lists() {
        let text = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Namespace
              metadata: {name: a}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicyList
            items:
            - metadata: {name: p, namespace: a}
              spec: {podSelector: {}}
            """
        let result = ManifestLoader().load(text: text, file: "lists.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.objects.map(\.object.qualifiedName) == ["a", "a/p"])
        #expect(result.objects.map(\.pathInDocument) == ["items[0]", "items[0]"])
    }

    @Test("kinds PodFence does not model are skipped with a note and kept")
    func unmodelled() throws {
        let result = ManifestLoader().load(
            text: "apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: a}\nspec: {ports: [{port: 80}]}\n",
            file: "svc.yaml")
        let note = try #require(result.diagnostics.first)
        #expect(note.severity == .note)
        #expect(note.code == .unmodelledKind)
        #expect(note.message.contains("Service a/s"))
        #expect(result.isComplete)
        #expect(result.objects.first?.object.kind == "Service")
    }

    @Test("a modelled kind at the wrong apiVersion is an error naming the right one")
    func wrongAPIVersion() throws {
        let result = ManifestLoader().load(
            text: "apiVersion: extensions/v1beta1\nkind: NetworkPolicy\nmetadata: {name: p}\n", file: "old.yaml")
        let error = try #require(result.diagnostics.first)
        #expect(error.code == .unservedAPIVersion)
        #expect(error.message.contains("networking.k8s.io/v1"))
        #expect(error.location?.line == 1)
        #expect(result.objects.isEmpty)
    }

    @Test("missing kind or apiVersion, and non-mapping documents, are errors")
    func malformedDocuments() {
        let result = ManifestLoader().load(text: "metadata: {name: x}\n---\n- a\n", file: "m.yaml")
        #expect(result.diagnostics.map(\.code) == [.missingAPIVersionOrKind, .documentNotMapping])
        #expect(result.diagnostics.map(\.location?.line) == [1, 3])
    }

    @Test("wrong types are reported with their path and a hint, and the object is not loaded")
    func typeErrors() throws {
        let text = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: p
              namespace: a
              labels:
                enabled: yes
            spec:
              podSelector: {}
              ingress:
              - ports:
                - port: 80.5
            """
        let result = ManifestLoader().load(text: text, file: "t.yaml")
        #expect(result.objects.isEmpty)
        let labels = try #require(result.diagnostics.first { $0.path == "metadata.labels[enabled]" })
        #expect(labels.code == .wrongType)
        #expect(labels.message.contains("boolean yes") && labels.message.contains("quote it"))
        #expect(labels.location?.line == 7)
        let port = try #require(result.diagnostics.first { $0.path == "spec.ingress[0].ports[0].port" })
        #expect(port.location == SourceLocation(file: "t.yaml", line: 12, column: 13))
    }

    @Test("a missing path is an error, and folders are read recursively in order")
    func paths() {
        let missing = ManifestLoader().load(paths: ["/nonexistent/x.yaml"])
        #expect(missing.diagnostics.map(\.code) == [.pathNotFound])
        let folder = ManifestLoader().load(paths: [Paths.exampleCluster])
        #expect(folder.files == Paths.manifestFiles(in: Paths.exampleCluster))
    }
}
