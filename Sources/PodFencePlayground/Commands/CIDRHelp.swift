import ArgumentParser
import PodFence

/// `cidr help [SUBCOMMAND]`: the full help of a `cidr` subcommand, with every option.
///
/// The playground's `help` and `--help` show one level of the command tree; this reaches the second.
struct CIDRHelpCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Print the help of a cidr subcommand: cidr help plan.")

    @Argument(help: "contains, overlaps, merge, subtract, split, free, info or plan.")
    var subcommand: String?

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        guard let subcommand else {
            context.print(PodFenceCLI.helpMessage(for: CIDRCommand.self))
            return
        }
        guard
            let command = CIDRCommand.configuration.subcommands.first(where: {
                $0.configuration.commandName == subcommand && $0 != Self.self
            })
        else {
            throw CommandFailure(
                "no cidr subcommand named \(subcommand); they are contains, overlaps, merge, subtract, split, free, "
                    + "info and plan")
        }
        context.print(PodFenceCLI.helpMessage(for: command))
    }
}
