import ArgumentParser
import PodFence

/// `load PATH...`: read manifests into the session.
struct LoadCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Read manifests (files, folders recursively, - for standard input) into the session.",
        discussion: """
            Objects with the same kind and namespace/name as loaded ones replace them. Nothing is loaded from \
            an input with errors: fix them (see `check`) and load again. `--example` loads a cluster built into \
            podfence: example-cluster (the demo: isolated by NetworkPolicies in each namespace) or cluster-tiers \
            (the same cluster isolated by two cluster policies); `reset` first to compare them.
            """)

    @Flag(name: .shortAndLong, help: "Print nothing when the load succeeds.")
    var quiet = false

    @Option(
        help: ArgumentHelp("Load a built-in example instead of paths.", valueName: "name"),
        completion: .list(ExampleCluster.exampleNames))
    var example: String?

    @Argument(help: "Files, folders or - (standard input).", completion: .file())
    var paths: [String] = []

    func validate() throws {
        if example == nil, paths.isEmpty {
            throw ValidationError("give files, folders or - (standard input), or --example NAME")
        }
        if example != nil, !paths.isEmpty { throw ValidationError("give paths or --example, not both") }
    }

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        if let example {
            guard let result = ExampleCluster.load(example: example) else {
                throw CommandFailure(
                    "no example named \(example); examples: " + ExampleCluster.exampleNames.joined(separator: ", "))
            }
            try Self.accept(result, into: &context, quiet: quiet)
            return
        }
        let result = ManifestLoader().load(paths: paths.map(context.resolve))
        try Self.accept(result, into: &context, quiet: quiet)
    }

    /// Prints the diagnostics; on errors loads nothing and fails, otherwise adds the objects.
    static func accept(
        _ result: LoadResult, into context: inout CommandContext, quiet: Bool = false
    ) throws(CommandFailure) {
        for diagnostic in result.diagnostics {
            context.printError(diagnostic.description)
        }
        guard result.isComplete else {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            throw CommandFailure("nothing loaded: \(errors) error\(errors == 1 ? "" : "s")")
        }
        let counts = context.session.add(result.objects)
        if quiet { return }
        var summary = "loaded \(result.objects.count) object\(result.objects.count == 1 ? "" : "s")"
        summary += " from \(result.files.count) file\(result.files.count == 1 ? "" : "s")"
        if counts.replaced > 0 { summary += " (\(counts.replaced) replaced)" }
        context.print(summary)
    }
}

/// `apply <<EOF ... EOF` or `apply PATH...`: like `load`, for inline YAML.
struct ApplyCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Add objects from inline YAML (a heredoc: apply <<EOF ... EOF) or from paths.")

    @Argument(help: "Files or folders; none when the YAML follows as a heredoc.", completion: .file())
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        if let inline = context.inlineInput {
            try LoadCommand.accept(ManifestLoader().load(text: inline, file: "<inline>"), into: &context)
        } else if !paths.isEmpty {
            try LoadCommand.accept(ManifestLoader().load(paths: paths.map(context.resolve)), into: &context)
        } else {
            throw CommandFailure("apply needs YAML: write `apply <<EOF`, the documents, then `EOF`; or give paths")
        }
    }
}

/// `reset`: empty the session.
struct ResetCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Remove every object from the session.")

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let count = context.session.objects.count
        context.session.reset()
        context.print("removed \(count) object\(count == 1 ? "" : "s")")
    }
}
