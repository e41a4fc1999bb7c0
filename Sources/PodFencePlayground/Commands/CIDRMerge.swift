import ArgumentParser
import PodFence

/// `cidr merge A...`: the fewest prefixes that cover exactly the union of the arguments.
struct CIDRMergeCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Print the fewest prefixes that hold exactly the addresses of all the CIDRs given.",
        discussion: """
            Overlapping and adjacent CIDRs merge: 10.0.0.0/25 10.0.0.128/25 10.0.1.0/24 gives 10.0.0.0/23. \
            Both families may be mixed; IPv4 comes first.
            """)

    @Argument(help: "CIDRs (or addresses); a word may hold several separated by commas.")
    var cidrs: [String]

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let set = IPSet(try input.prefixes(cidrs, name: "CIDR", context: &context))
        for prefix in set.prefixes { context.print(prefix.description) }
    }
}
