import Foundation
import PodFenceModel
import PodFenceTestSupport

/// Paths of the shared example cluster and of this target's fixtures.
enum Paths {
    static let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"
    static let fixtures = RepositoryRoot.path + "/Tests/PodFenceYAMLTests/Fixtures"
    static let sharedFixtures = RepositoryRoot.path + "/Tests/Fixtures"

    static func manifestFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted()
            .map { folder + "/" + $0 }
    }
}
