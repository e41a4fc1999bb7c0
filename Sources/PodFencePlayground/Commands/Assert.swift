import ArgumentParser
import PodFence

/// `assert SRC can|cannot reach DST [on PORT[/PROTO]]`: silent when true, a failure when not.
struct AssertCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "assert",
        abstract: "Fail unless SRC can (or cannot) reach DST (on PORT[/PROTO]).",
        discussion: """
            Silent when the assertion holds. Otherwise fails with the expected and actual answers and the \
            reason; a script stops there with FILE:LINE. An implementation-defined verdict fails both forms: \
            an assertion must hold on every conforming plugin.
            """)

    @Argument(help: "SRC can|cannot reach DST [on PORT[/PROTO]]")
    var words: [String] = []

    @OptionGroup var flags: ReachabilityFlags

    @OptionGroup var files: ManifestFiles

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let usage = "assert SRC can|cannot reach DST [on PORT[/PROTO]]"
        guard words.count >= 2, words[1] == "can" || words[1] == "cannot" else {
            throw CommandFailure("usage: \(usage)")
        }
        let expectsReach = words[1] == "can"
        let parts = try ReachabilityQuery.split([words[0]] + words.dropFirst(2), verb: "reach", usage: usage)
        let analysis = try context.analysis(paths: files.paths, options: flags.options)
        let query = try ReachabilityQuery(parts, in: analysis)
        let verdict = analysis.verdict(from: query.source, to: query.destination, port: query.port)
        let text = VerdictText(analysis: analysis, verdict: verdict)
        let holds = expectsReach ? verdict.outcome == .allowed : verdict.outcome == .denied
        if holds { return }
        var target = "\(text.sourceName) \(expectsReach ? "can" : "cannot") reach \(text.destinationName)"
        if case .port = verdict.port { target += " on \(verdict.port)" }
        let actual: String =
            switch verdict.outcome {
            case .allowed: "it can"
            case .denied: "it cannot"
            case .implementationDefined: "it is implementation-defined"
            }
        throw CommandFailure("assertion failed: expected \(target), but \(actual): \(text.reason)")
    }
}
