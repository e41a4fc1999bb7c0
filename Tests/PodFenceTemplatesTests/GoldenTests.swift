import Foundation
import PodFenceTemplates
import Testing

/// The YAML of every built-in template and bundle, compared byte for byte with the files in `Golden/`. Set
/// `PODFENCE_UPDATE_GOLDEN=1` to rewrite them after a deliberate change (and review the diff).
@Suite("Golden files")
struct GoldenTests {
    static let update = ProcessInfo.processInfo.environment["PODFENCE_UPDATE_GOLDEN"] == "1"

    private func compare(_ yaml: String, with name: String) throws {
        let path = Support.golden + "/" + name
        if Self.update {
            try yaml.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(yaml == expected, "\(name) differs; rerun with PODFENCE_UPDATE_GOLDEN=1 if the change is meant")
    }

    @Test("every built-in template's YAML", arguments: Support.templateExamples)
    func template(_ example: Example) throws {
        let rendering = try TemplateCatalog.builtIn.render(example.name, example.arguments)
        try compare(Support.yaml(rendering), with: "\(example.name).yaml")
    }

    @Test("every built-in bundle's YAML", arguments: Support.bundleExamples)
    func bundle(_ example: Example) throws {
        let rendering = try TemplateCatalog.builtIn.renderBundle(example.name, example.arguments)
        try compare(Support.yaml(rendering), with: "bundle-\(example.name).yaml")
    }

    @Test("every golden file is produced by a test")
    func noStrayFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Support.golden).filter { $0.hasSuffix(".yaml") }
        let expected =
            Support.templateExamples.map { "\($0.name).yaml" } + Support.bundleExamples.map { "bundle-\($0.name).yaml" }
        #expect(Set(files) == Set(expected))
    }
}
