import ArgumentParser
import PodFence

/// The root of the command tree: the same definitions parse CLI arguments, REPL lines and script lines, and
/// produce `help` and tab completion.
public struct PodFenceCLI: ParsableCommand {
    /// The command's name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "podfence",
        abstract: "Build, validate and analyse Kubernetes network isolation offline.",
        discussion: """
            With no command on a terminal, starts the interactive playground; `podfence repl --demo` loads the \
            example cluster first. Every command below also works as a REPL line and in scripts \
            (`podfence run FILE`).
            """,
        subcommands: [
            LoadCommand.self, ApplyCommand.self, CheckCommand.self, ShowCommand.self, ResetCommand.self,
            HistoryCommand.self, SaveCommand.self, RunCommand.self, ReplCommand.self,
            CanCommand.self, ExplainCommand.self, AssertCommand.self, MatrixCommand.self,
            TemplatesCommand.self, BundlesCommand.self, RenderCommand.self, TemplateCommand.self, CIDRCommand.self,
            TopologyCommand.self, PlacementCommand.self, FirewallCommand.self, AuditCommand.self,
            LintCommand.self, DiffCommand.self, MigrateCommand.self,
        ])

    /// Creates the root command (used by ArgumentParser).
    public init() {}
}

/// `repl [--demo] [PATH...]`: documented here so that `help` lists it; the executable runs the REPL itself.
struct ReplCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive playground (the default with no command).",
        discussion: "On a terminal: line editing, history and completion. Otherwise: lines are read as a script.")

    @Flag(help: "Load the built-in example cluster first.")
    var demo = false

    @Argument(help: "Manifests to load first.", completion: .file())
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        throw CommandFailure("the playground is already running")
    }
}
