import ArgumentParser
import Foundation
import PodFence

/// The output formats of `check`.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `check PATH...`: validate manifests as the API server would.
struct CheckCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate manifests as the Kubernetes API server would; exit 1 on any error.",
        discussion: """
            Prints one line per finding, `file:line:col: error: path: message`, the form editors and CI \
            systems understand. Without paths, checks the session's objects.
            """)

    @Option(name: .long, help: "text (compiler style) or json.")
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Apply the StrictIPCIDRValidation rules (no leading zeros, mapped IPv6, host bits).")
    var strictCidr = false

    @Argument(help: "Files, folders or - (standard input).", completion: .file())
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let loader = ManifestLoader(validation: ValidationOptions(strictCIDR: strictCidr))
        var diagnostics: [Diagnostic]
        if paths.isEmpty {
            diagnostics = context.session.objects.flatMap { loaded in
                loaded.object.validate(options: loader.validation).map { diagnostic in
                    var located = diagnostic
                    located.location = loaded.location(of: diagnostic.path)
                    return located
                }
            }
        } else {
            diagnostics = loader.load(paths: paths.map(context.resolve)).diagnostics
        }
        switch format {
        case .text:
            for diagnostic in diagnostics { context.print(diagnostic.description) }
        case .json:
            context.print(Self.json(diagnostics))
        }
        if diagnostics.containsErrors { throw CommandFailure("") }
    }

    /// The diagnostics as a JSON array of objects with file, line, column, severity, code, path and message.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        let items: [ManifestNode] = diagnostics.map { diagnostic in
            var mapping = ManifestMapping()
            mapping["file"] = .string(diagnostic.location?.file ?? "")
            mapping["line"] = .int(diagnostic.location?.line ?? 0)
            mapping["column"] = .int(diagnostic.location?.column ?? 0)
            mapping["severity"] = .string(diagnostic.severity.rawValue)
            mapping["code"] = .string(diagnostic.code.rawValue)
            mapping["path"] = .string(diagnostic.path.description)
            mapping["message"] = .string(diagnostic.message)
            return .mapping(mapping)
        }
        var text = JSONWriter().write(.sequence(items))
        text.removeLast()
        return text
    }
}
