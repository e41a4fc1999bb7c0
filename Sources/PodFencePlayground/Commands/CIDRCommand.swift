import ArgumentParser
import PodFence

/// `cidr SUBCOMMAND`: address math and the pod CIDR planner, from `PodFenceCIDR`.
struct CIDRCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "cidr",
        abstract: "CIDR math (contains, overlaps, merge, subtract, split, free, info) and the pod CIDR planner.",
        discussion: """
            Results are prefixes one a line, in canonical form and ascending order (IPv4 first). CIDRs are read \
            as Kubernetes reads an ipBlock: host bits are cleared and leading zeros read as decimal, with a \
            warning on standard error (--strict refuses them); a bare address stands for itself alone. Bad input \
            exits with status 1 and a message that names the argument. `cidr help SUBCOMMAND` prints the \
            options of one subcommand.
            """,
        subcommands: [
            CIDRContainsCommand.self, CIDROverlapsCommand.self, CIDRMergeCommand.self, CIDRSubtractCommand.self,
            CIDRSplitCommand.self, CIDRFreeCommand.self,
            CIDRInfoCommand.self, CIDRPlanCommand.self, CIDRHelpCommand.self,
        ])

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        throw CommandFailure(PodFenceCLI.helpMessage(for: Self.self), exitCode: 2)
    }
}
