import Foundation
import PodFenceTestSupport
import Testing

/// A program the package builds next to the tests (an example, a snippet, or `podfence`), run as a user runs it:
/// in a directory, with arguments, its standard output and error captured.
///
/// `swift build --build-tests` (which `make test` runs first) puts every executable product in the directory that
/// holds the test binary, whatever the scratch path; the tests find them there.
struct BuiltProgram {
    /// What a run printed and how it ended.
    struct Run: Equatable, CustomStringConvertible {
        /// Standard output.
        var output: String
        /// Standard error.
        var errors: String
        /// The exit status.
        var status: Int32

        /// All of it, for failure messages.
        var description: String { "status \(status)\n--- stdout\n\(output)--- stderr\n\(errors)" }
    }

    /// The folder of the built products: the test binary's.
    static let productsFolder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent()

    /// The program's file.
    let url: URL

    /// The built product with this name.
    /// - Parameter name: The product's name (`pipeline-gate`, `AskReachability`).
    init(_ name: String) {
        url = Self.productsFolder.appendingPathComponent(name)
    }

    /// Runs the program and waits for it.
    /// - Parameters:
    ///   - arguments: Its arguments.
    ///   - directory: Its working directory (the package root by default).
    /// - Returns: What it printed and its exit status.
    func run(_ arguments: [String] = [], in directory: URL = RepositoryRoot.url) throws -> Run {
        try #require(
            FileManager.default.isExecutableFile(atPath: url.path),
            "\(url.path) is not built: run `swift build --build-tests` first")
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value is deinitialised.
final class ScratchFolder {
    /// The folder.
    let url: URL

    /// Creates the folder.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("podfence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Copies a file or folder of the package into the scratch folder.
    /// - Parameters:
    ///   - path: The path relative to the package root.
    ///   - name: The name in the scratch folder (the last path component by default).
    func copy(_ path: String, as name: String? = nil) throws {
        let source = RepositoryRoot.url.appendingPathComponent(path)
        try FileManager.default.copyItem(
            at: source, to: url.appendingPathComponent(name ?? source.lastPathComponent))
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
