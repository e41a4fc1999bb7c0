import ArgumentParser
import PodFence

/// `cidr subtract A B...`: the addresses of A that are in none of the Bs, as the fewest prefixes.
struct CIDRSubtractCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "subtract",
        abstract: "Print the fewest prefixes that hold the addresses of A that are in none of the Bs.",
        discussion: """
            This is how an ipBlock is read: its cidr minus its except entries. Nothing is printed when the Bs \
            cover A.
            """)

    @Argument(help: "The CIDR to take addresses away from.")
    var a: String

    @Argument(help: "The CIDRs (or addresses) to take away; a word may hold several separated by commas.")
    var b: [String] = []

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let whole = try input.prefix(a, name: "A", context: &context)
        let taken = IPSet(try input.prefixes(b, name: "B", context: &context))
        for prefix in IPSet(whole).subtracting(taken).prefixes { context.print(prefix.description) }
    }
}
