import Foundation
import PodFenceModel

/// Paths of the shared example cluster and of this target's fixtures.
enum Paths {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let exampleCluster = packageRoot + "/Examples/example-cluster"
    static let fixtures = packageRoot + "/Tests/PodFenceYAMLTests/Fixtures"
    static let sharedFixtures = packageRoot + "/Tests/Fixtures"

    static func manifestFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted()
            .map { folder + "/" + $0 }
    }
}
