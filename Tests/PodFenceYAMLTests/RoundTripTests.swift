import Foundation
import PodFenceModel
import PodFenceTestSupport
import Testing

@testable import PodFenceYAML

@Suite("Round trip")
struct RoundTripTests {
    static let files: [String] =
        Paths.manifestFiles(in: Paths.exampleCluster) + Paths.manifestFiles(in: Paths.fixtures)

    private func written(_ result: LoadResult) -> String {
        YAMLWriter().write(documents: result.objects.map(\.object.manifest), comments: result.objects.map(\.comments))
    }

    @Test("read then write keeps every field: the trees are equal and the objects decode equal", arguments: files)
    func semanticRoundTrip(file: String) throws {
        let original = ManifestLoader().load(paths: [file])
        #expect(original.isComplete)
        let output = written(original)
        let reread = ManifestLoader().load(text: output, file: "rewritten.yaml")
        #expect(reread.isComplete)
        #expect(reread.objects.map(\.object) == original.objects.map(\.object))
        // Every object's tree as read (aliases and merge keys expanded) says the same as the output.
        let outputTrees = YAMLReader().read(output, file: "rewritten.yaml").documents.map(\.root)
        #expect(outputTrees == original.objects.map(\.source))
    }

    @Test("writing the output again gives the same bytes", arguments: files)
    func idempotent(file: String) {
        let first = written(ManifestLoader().load(paths: [file]))
        let second = written(ManifestLoader().load(text: first, file: "first.yaml"))
        #expect(second == first)
    }

    @Test("JSON output reads back to the same objects", arguments: files)
    func jsonRoundTrip(file: String) {
        let original = ManifestLoader().load(paths: [file])
        let json = JSONWriter().write(documents: original.objects.map(\.object.manifest))
        let reread = ManifestLoader().load(text: json, file: "out.json")
        #expect(reread.objects.map(\.object) == original.objects.map(\.object))
    }

    @Test("unknown fields survive a change made through the model")
    func unknownFieldsSurviveEdits() throws {
        let loaded = ManifestLoader().load(paths: [Paths.fixtures + "/future-fields.yaml"])
        guard case .networkPolicy(var policy)? = loaded.objects.first?.object else {
            Issue.record("the first object is not a NetworkPolicy")
            return
        }
        policy.metadata.name = "renamed"
        policy.spec.ingress?[0].ports = [.tcp(443)]
        let output = YAMLWriter().write(policy.manifest)
        #expect(output.contains("name: renamed"))
        #expect(
            output.contains("  futureField:\n    nested:\n    - 1\n    - 2.5\n    - true\n    - null\n    - '080'\n"))
        #expect(output.contains("    'on': false\n"))
        #expect(output.contains("    - futurePeerField:\n        a: b\n      podSelector: {}\n"))
        #expect(output.contains("    futureRuleField: 1\n"))
        #expect(output.contains("status:\n  conditions: []\n"))
        #expect(output.contains("    ports:\n    - port: 443\n      protocol: TCP\n"))
    }
}

@Suite("The repository's copies of the shared fixtures")
struct FixtureCopyTests {
    static let shared = RepositoryRoot.path + "/../shared/fixtures"

    @Test(
        "Examples/example-cluster and Tests/Fixtures/broken are byte for byte the shared seed and broken fixtures",
        .enabled(if: FileManager.default.fileExists(atPath: shared), "the shared folder is only in the workspace"))
    func copies() throws {
        for (folder, copy) in [("seed", Paths.exampleCluster), ("broken", Paths.sharedFixtures + "/broken")] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.shared + "/" + folder).sorted()
            #expect(!names.isEmpty)
            for name in names {
                let original = FileManager.default.contents(atPath: Self.shared + "/" + folder + "/" + name)
                #expect(
                    original == FileManager.default.contents(atPath: copy + "/" + name), "\(folder)/\(name) differs")
            }
        }
    }
}
