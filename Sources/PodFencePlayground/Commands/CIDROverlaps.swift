import ArgumentParser
import PodFence

/// `cidr overlaps A B`: whether A and B share an address.
struct CIDROverlapsCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlaps",
        abstract: "Print yes when A and B share at least one address, else no.",
        discussion: "Prefixes nest or are disjoint, so two prefixes overlap exactly when one contains the other.")

    @Argument(help: "A CIDR (or address).")
    var a: String

    @Argument(help: "Another CIDR (or address).")
    var b: String

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let first = try input.prefix(a, name: "A", context: &context)
        let second = try input.prefix(b, name: "B", context: &context)
        context.print(first.overlaps(second) ? "yes" : "no")
    }
}
