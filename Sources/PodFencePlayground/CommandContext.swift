import PodFence

/// What a command runs against: the session, where its output goes, and how the playground was started.
public struct CommandContext: Sendable {
    /// The session's objects.
    public var session: Session
    /// Standard output text produced so far.
    public var output: String = ""
    /// Standard error text produced so far.
    public var errors: String = ""
    /// The folder relative paths are resolved against (nil: the process's working directory).
    public var workingDirectory: String?
    /// Inline text given to the command by a heredoc (`apply <<EOF`), if any.
    public var inlineInput: String?
    /// The commands that succeeded in this session, in order, with their heredoc bodies: what `history`
    /// shows and `save --script` writes.
    public var history: [HistoryEntry] = []
    /// The analyses of the session already computed, reused while nothing changes.
    var analyses = AnalysisCache()

    /// Creates a context.
    /// - Parameter session: The session.
    public init(session: Session = Session()) {
        self.session = session
    }

    /// Where standard output goes while a command runs, when set: ``output`` is handed to it whenever it
    /// holds 64 KiB or more, so that a command writing gigabytes (`matrix --format csv` of a large cluster)
    /// needs no more memory than that. What is left stays in ``output`` for the caller to print. Nil (the
    /// default, as in tests) keeps all of it in ``output``.
    public var outputSink: (@Sendable (String) -> Void)?

    /// Appends a line to standard output.
    /// - Parameter line: The line, without its newline.
    public mutating func print(_ line: String) {
        output += line
        output += "\n"
        handOver()
    }

    private mutating func handOver() {
        guard let outputSink, output.utf8.count >= 1 << 16 else { return }
        outputSink(output)
        output = ""
    }

    /// Appends a line to standard error.
    /// - Parameter line: The line, without its newline.
    public mutating func printError(_ line: String) {
        errors += line
        errors += "\n"
    }

    /// The reachability analysis of the session, reused from the previous command when neither the session
    /// nor the options changed; with paths, of a fresh session holding what they load (not cached).
    /// - Parameters:
    ///   - paths: Files or folders given to the command (`-f`, or `matrix PATH...`); empty for the session.
    ///   - options: The engine options.
    /// - Throws: ``CommandFailure`` when the paths do not load.
    mutating func analysis(paths: [String] = [], options: ReachabilityOptions) throws(CommandFailure)
        -> ReachabilityAnalysis
    {
        guard paths.isEmpty else {
            let loaded = try Session.analysed(paths: paths, context: &self)
            let analysis = ReachabilityAnalysis(session: loaded, options: options)
            warnAboutMissingTiers(analysis)
            return analysis
        }
        let analysis = analyses.analysis(of: session, options: options)
        warnAboutMissingTiers(analysis)
        return analysis
    }

    /// Says on standard error when Calico policies name tiers that no loaded Tier defines: Calico refuses
    /// such policies; PodFence evaluates them closed (docs/calico.md), so the verdicts are not what a cluster
    /// would do.
    mutating func warnAboutMissingTiers(_ analysis: ReachabilityAnalysis) {
        guard !analysis.missingCalicoTiers.isEmpty else { return }
        let names = analysis.missingCalicoTiers.joined(separator: ", ")
        printError(
            "warning: Calico policies name tiers that no loaded Tier defines (\(names)); Calico refuses such "
                + "policies, PodFence evaluates them after every tier with a Deny default (docs/calico.md)")
    }

    /// The connectivity matrix of the session, reused while neither the session nor the options changed;
    /// with paths, of a fresh session holding what they load (not cached).
    /// - Parameters:
    ///   - paths: Files or folders given to the command; empty for the session.
    ///   - options: The engine options.
    /// - Throws: ``CommandFailure`` when the paths do not load.
    mutating func matrix(paths: [String] = [], options: ReachabilityOptions) throws(CommandFailure)
        -> ConnectivityMatrix
    {
        guard paths.isEmpty else { return try analysis(paths: paths, options: options).matrix() }
        warnAboutMissingTiers(analyses.analysis(of: session, options: options))
        return analyses.matrix(of: session, options: options)
    }

    /// The objects a command works on: with paths, what they load; without, the session's. This is the one
    /// place commands that take "these paths, or the session" read them.
    /// - Parameters:
    ///   - paths: Files or folders given to the command; empty for the session.
    ///   - allDiagnostics: Print every diagnostic of the load (notes included); otherwise only when it fails.
    ///   - failure: The message when the paths load with errors, given the number of errors.
    /// - Throws: ``CommandFailure`` with that message when the paths load with errors.
    mutating func objects(paths: [String], allDiagnostics: Bool = false, failure: (Int) -> String)
        throws(CommandFailure) -> [LoadedObject]
    {
        guard !paths.isEmpty else { return session.objects }
        let result = ManifestLoader().load(paths: paths.map(resolve))
        if allDiagnostics || !result.isComplete {
            for diagnostic in result.diagnostics { printError(diagnostic.description) }
        }
        guard result.isComplete else {
            throw CommandFailure(failure(result.diagnostics.filter { $0.severity == .error }.count))
        }
        return result.objects
    }

    /// Resolves a path typed by the user against ``workingDirectory``.
    /// - Parameter path: The path.
    public func resolve(_ path: String) -> String {
        guard let workingDirectory, path != "-", !path.hasPrefix("/") else { return path }
        return workingDirectory.hasSuffix("/") ? workingDirectory + path : workingDirectory + "/" + path
    }
}

extension CommandContext: TextOutputStream {
    /// Appends text to standard output (a stream for writers such as
    /// `ConnectivityMatrix.write(_:to:)`).
    /// - Parameter text: The text.
    public mutating func write(_ text: String) {
        output += text
        handOver()
    }
}

/// A command line that ran, with the heredoc body it was given.
public struct HistoryEntry: Sendable, Hashable {
    /// The command line.
    public var line: String
    /// The heredoc body or pasted document, if any.
    public var inlineInput: String?

    /// Creates an entry.
    /// - Parameters:
    ///   - line: The command line.
    ///   - inlineInput: Its heredoc body.
    public init(line: String, inlineInput: String? = nil) {
        self.line = line
        self.inlineInput = inlineInput
    }

    /// The entry as script text: the line, and its body as a heredoc closed by a word the body does not use.
    public var scriptText: String {
        guard let inlineInput else { return line + "\n" }
        var terminator = "EOF"
        while inlineInput.split(separator: "\n").contains(where: { $0.trimmingSpaces == terminator }) {
            terminator += "_"
        }
        let body = inlineInput.hasSuffix("\n") ? inlineInput : inlineInput + "\n"
        return "\(line) <<\(terminator)\n\(body)\(terminator)\n"
    }
}

/// A command failed. Its message (if any) is printed on standard error; the CLI exits with ``exitCode``; a
/// script stops with `FILE:LINE: message`.
public struct CommandFailure: Error, Sendable, Hashable {
    /// What went wrong, or empty when the command already printed its findings (as `check` does).
    public var message: String
    /// The process exit status (1 for failures, 2 for usage errors).
    public var exitCode: Int32

    /// Creates a failure.
    /// - Parameters:
    ///   - message: What went wrong.
    ///   - exitCode: The exit status.
    public init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }
}

/// A command of the playground language: parsed by ArgumentParser from a CLI argument list, a REPL line or
/// a script line, and run against a ``CommandContext``.
public protocol PlaygroundCommand {
    /// Runs the command.
    /// - Parameter context: The session and the output.
    /// - Throws: ``CommandFailure`` when the command fails.
    func execute(in context: inout CommandContext) throws(CommandFailure)
}
