import ArgumentParser
import PodFence

/// Runs playground commands against a session: from CLI arguments, REPL lines or script text. Output
/// accumulates in ``context`` (``CommandContext/output`` and ``CommandContext/errors``) for the caller to
/// print.
public struct Interpreter: Sendable {
    /// The session and the pending output.
    public var context: CommandContext

    /// Creates an interpreter.
    /// - Parameter context: The starting session.
    public init(context: CommandContext = CommandContext()) {
        self.context = context
    }

    /// Takes the output produced so far.
    /// - Returns: Standard output and standard error text.
    public mutating func takeOutput() -> (output: String, errors: String) {
        defer {
            context.output = ""
            context.errors = ""
        }
        return (context.output, context.errors)
    }

    /// Loads the built-in example cluster into the session.
    /// - Returns: The exit status (0 unless the embedded manifests fail to load).
    @discardableResult
    public mutating func loadExampleCluster() -> Int32 {
        do {
            try LoadCommand.accept(ExampleCluster.load(), into: &context)
            return 0
        } catch {
            context.printError(error.message)
            return error.exitCode
        }
    }

    /// Runs one command given as words (CLI arguments, or a split line).
    /// - Parameters:
    ///   - arguments: The words.
    ///   - inlineInput: A heredoc body for the command.
    /// - Returns: The exit status: 0 on success, 1 on failure, 2 on a usage error.
    public mutating func execute(arguments: [String], inlineInput: String? = nil) -> Int32 {
        switch parse(arguments) {
        case .failure(let failure) where failure.exitCode == 0:
            context.print(failure.message)
            return 0
        case .failure(let failure):
            if !failure.message.isEmpty { context.printError(failure.message) }
            return failure.exitCode
        case .success(nil):
            return 0
        case .success(let command?):
            context.inlineInput = inlineInput
            defer { context.inlineInput = nil }
            do {
                try command.execute(in: &context)
                return 0
            } catch {
                if !error.message.isEmpty { context.printError(error.message) }
                return error.exitCode
            }
        }
    }

    /// Runs one line of the command language.
    /// - Parameters:
    ///   - line: The line.
    ///   - inlineInput: A heredoc body for the command.
    /// - Returns: The exit status.
    public mutating func execute(line: String, inlineInput: String? = nil) -> Int32 {
        do {
            let words = try CommandLineSplitter.split(line)
            if words.isEmpty { return 0 }
            let status = execute(arguments: words, inlineInput: inlineInput)
            if status == 0, !Self.unrecorded.contains(words[0]) {
                context.history.append(HistoryEntry(line: line.trimmingSpaces, inlineInput: inlineInput))
            }
            return status
        } catch {
            context.printError("cannot read the line: \(error)")
            return 2
        }
    }

    /// Commands that only look at the session or write it out: left out of the history that `save --script`
    /// replays.
    static let unrecorded: Set<String> = ["history", "save", "help", "show", "check", "migrate"]

    /// Runs a script: commands one a line, `#` comments, heredocs. Stops at the first failure and reports it
    /// as `FILE:LINE: message` on standard error.
    /// - Parameters:
    ///   - text: The script.
    ///   - file: Its name for messages.
    /// - Returns: 0 when every command succeeded, else 1.
    public mutating func runScript(_ text: String, file: String) -> Int32 {
        var assembler = LineAssembler()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            let cleaned = line.hasSuffix("\r") ? String(line.dropLast()) : line
            if let command = assembler.feed(cleaned) {
                let status = runScriptCommand(command, file: file)
                if status != 0 { return status }
            }
        }
        switch assembler.finish() {
        case .success(let command?):
            return runScriptCommand(command, file: file)
        case .success(nil):
            return 0
        case .failure(let open):
            context.printError("\(file):\(open.lineNumber): the heredoc is never closed by a line \(open.terminator)")
            return 1
        }
    }

    private mutating func runScriptCommand(_ command: LineAssembler.Command, file: String) -> Int32 {
        let errorsBefore = context.errors.count
        let status = execute(line: command.line, inlineInput: command.inlineInput)
        guard status != 0 else { return 0 }
        // Prefix the failure's own message with the script position; findings printed before it stay as they are.
        let produced = String(context.errors.dropFirst(errorsBefore))
        context.errors = String(context.errors.prefix(errorsBefore))
        var lines = produced.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let message = lines.popLast() ?? ""
        for line in lines { context.printError(line) }
        let reason = message.isEmpty ? "`\(command.line.trimmingSpaces)` failed" : message
        if !reason.hasPrefix("\(file):") { context.printError("\(file):\(command.lineNumber): \(reason)") }
        return 1
    }

    private func parse(_ arguments: [String]) -> Result<PlaygroundCommand?, CommandFailure> {
        if arguments.first == "help" {
            return .failure(helpFailure(Array(arguments.dropFirst())))
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            return .failure(helpFailure(Array(arguments.prefix { !$0.hasPrefix("-") })))
        }
        do {
            let parsed = try PodFenceCLI.parseAsRoot(arguments)
            guard let command = parsed as? PlaygroundCommand else {
                return .failure(CommandFailure(PodFenceCLI.helpMessage(), exitCode: 2))
            }
            return .success(command)
        } catch {
            let code = PodFenceCLI.exitCode(for: error).rawValue
            let message = PodFenceCLI.fullMessage(for: error)
            if code == 0 {
                return .failure(CommandFailure(message, exitCode: 0))
            }
            return .failure(CommandFailure(message, exitCode: 2))
        }
    }

    /// `help`, `help COMMAND` and `help COMMAND SUBCOMMAND`, from the command definitions.
    private func helpFailure(_ words: [String]) -> CommandFailure {
        var command: ParsableCommand.Type = PodFenceCLI.self
        for (depth, name) in words.enumerated() {
            guard
                let next = command.configuration.subcommands.first(where: {
                    ($0.configuration.commandName ?? $0._commandName) == name
                })
            else {
                if depth == 0 { return CommandFailure("no command named \(name); `help` lists them", exitCode: 2) }
                break
            }
            command = next
        }
        return CommandFailure(PodFenceCLI.helpMessage(for: command), exitCode: 0)
    }
}
