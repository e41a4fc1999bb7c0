import ArgumentParser
import PodFence

/// `explain SRC to DST [on PORT[/PROTO]]`: the verdict and its reasons.
struct ExplainCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain the verdict for SRC to DST: isolating policies and the rules that allow.",
        discussion: """
            Prints the verdict, then the source's egress and the destination's ingress: the policies that \
            isolate each (with file:line), and the rules, peers and ports that allow (`ingress[0] from[1] \
            ports[0]`), or `isolated, no rule matched`; then notes on special cases. Without a port, lists \
            everything allowed. When cluster policies apply to a side, its tier chain comes first: each \
            Admin rule, the NetworkPolicy tier, each Baseline rule and the default, with the ports each acted \
            on, down to the deciding one. `--format json` gives the same as data (docs/engine.md).
            """)

    @Argument(help: "SRC to DST [on PORT[/PROTO]]")
    var words: [String] = []

    @Option(name: .long, help: "text or json.")
    var format: DiagnosticFormat = .text

    @OptionGroup var flags: ReachabilityFlags

    @OptionGroup var files: ManifestFiles

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let parts = try ReachabilityQuery.split(words, verb: "to", usage: "explain SRC to DST [on PORT[/PROTO]]")
        let analysis = try context.analysis(paths: files.paths, options: flags.options)
        let query = try ReachabilityQuery(parts, in: analysis)
        let verdict = analysis.verdict(from: query.source, to: query.destination, port: query.port)
        switch format {
        case .text: for line in VerdictText(analysis: analysis, verdict: verdict).lines { context.print(line) }
        case .json: context.print(String(verdict.json(in: analysis).dropLast()))
        }
    }
}
