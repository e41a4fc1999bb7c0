import ArgumentParser
import PodFence

/// `can SRC reach DST [on PORT[/PROTO]]`: `yes` or `no`.
struct CanCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "can",
        abstract: "Answer yes or no: can SRC reach DST (on PORT[/PROTO])?",
        discussion: """
            SRC and DST are namespace/name of a pod or workload (kind/namespace/name when both exist), or an IP \
            address. PORT is a number or a named port of DST; PROTO is TCP (default), UDP or SCTP. Without a \
            port the question is whether anything at all is allowed. A verdict the network plugin decides \
            prints `no (implementation-defined: why)`. Exits 0 either way; `assert` fails instead.
            """)

    @Argument(help: "SRC reach DST [on PORT[/PROTO]]")
    var words: [String] = []

    @OptionGroup var flags: ReachabilityFlags

    @OptionGroup var files: ManifestFiles

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let parts = try ReachabilityQuery.split(words, verb: "reach", usage: "can SRC reach DST [on PORT[/PROTO]]")
        let analysis = try context.analysis(paths: files.paths, options: flags.options)
        let query = try ReachabilityQuery(parts, in: analysis)
        let verdict = analysis.verdict(from: query.source, to: query.destination, port: query.port)
        context.print(VerdictText(analysis: analysis, verdict: verdict).answer)
    }
}
