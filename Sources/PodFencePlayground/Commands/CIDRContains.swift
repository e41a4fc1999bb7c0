import ArgumentParser
import PodFence

/// `cidr contains A B`: whether every address of B is in A.
struct CIDRContainsCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "contains",
        abstract: "Print yes when every address of B is in A, else no.",
        discussion: "A prefix contains itself; prefixes of different families never contain each other.")

    @Argument(help: "The containing CIDR.")
    var a: String

    @Argument(help: "The CIDR (or address) to look for.")
    var b: String

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let outer = try input.prefix(a, name: "A", context: &context)
        let inner = try input.prefix(b, name: "B", context: &context)
        context.print(outer.contains(inner) ? "yes" : "no")
    }
}
