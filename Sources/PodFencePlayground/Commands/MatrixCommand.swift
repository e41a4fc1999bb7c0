import ArgumentParser
import PodFence

/// `matrix --format` takes the SDK's formats by their names.
extension MatrixTextFormat: ExpressibleByArgument {}

/// `matrix [--format F] [PATH...]`: the connectivity of every pair of peers.
struct MatrixCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Print the connectivity of every pair of pods, workloads and outside address blocks.",
        discussion: """
            Rows are sources, columns destinations. Outside the cluster, the peers are the blocks that the \
            policies' ipBlocks cut each address family into, named by canonical prefix (an interval that is \
            not one prefix gives several). Formats: table (symbols, then the partly open pairs), csv (one row \
            per pair and the ranges per protocol), json (the documented contract), md, dot (Graphviz), \
            summary (counts only, for very large clusters). With paths, they are loaded into a fresh session \
            first and the current session is left alone.
            """)

    @Option(help: "table, csv, json, md, dot or summary.")
    var format: MatrixTextFormat = .table

    @OptionGroup var flags: ReachabilityFlags

    @Argument(
        help: "Manifests to analyse instead of the session (files, folders, - for standard input).", completion: .file()
    )
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let matrix = try context.matrix(paths: paths, options: flags.options)
        matrix.write(format, to: &context)
    }
}
