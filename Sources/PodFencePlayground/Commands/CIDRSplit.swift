import ArgumentParser
import PodFence

/// `cidr split A /N`: the /N subnets of A.
struct CIDRSplitCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Print the /N subnets of A in ascending order.",
        discussion: """
            N is written /N or N, from A's own length to 32 (IPv4) or 128 (IPv6). Rather than print millions of \
            lines, a split into more subnets than --limit fails.
            """)

    @Argument(help: "The CIDR to split.")
    var a: String

    @Argument(help: "The subnet length, such as /26.")
    var length: String

    @Option(help: "The most subnets to print.")
    var limit: String = String(CIDRArguments.defaultLimit)

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let parent = try input.prefix(a, name: "A", context: &context)
        let newLength = try CIDRArguments.length(length, name: "/N", family: parent.family)
        let most = try CIDRArguments.number(limit, name: "--limit")
        let subnets: IPPrefix.Subnets
        do throws(CIDRError) {
            subnets = try parent.subnets(length: newLength)
        } catch {
            throw CommandFailure("/N \"\(length)\": \(error.message)")
        }
        guard let count = subnets.subnetCount.exactValue, count <= UInt128(most) else {
            throw CommandFailure(
                "\(parent) splits into \(subnets.subnetCount) /\(newLength) subnets, more than --limit \(most); "
                    + "raise --limit or split into a shorter length")
        }
        for subnet in subnets { context.print(subnet.description) }
    }
}
