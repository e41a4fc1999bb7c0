import Foundation

/// The repository's root folder, for tests that read its examples and fixtures or run its built programs.
///
/// ```swift
/// let seed = RepositoryRoot.path + "/Examples/example-cluster"
/// ```
public enum RepositoryRoot {
    /// The root folder: three levels above this file (`Tests/PodFenceTestSupport/RepositoryRoot.swift`).
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The root folder's path, without a trailing `/`.
    public static var path: String { url.path }
}
