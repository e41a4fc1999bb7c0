import ArgumentParser
import PodFence

/// `cidr free --within A --size /N [--avoid B...] [--all]`: free aligned blocks of a pool.
struct CIDRFreeCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "free",
        abstract: "Print the first (or, with --all, every) /N block of a pool that overlaps none of the --avoid CIDRs.",
        discussion: """
            Blocks are aligned: a /24 starts at a multiple of 256 addresses. Fails with status 1 when no block is \
            free. With --all, more blocks than --limit fail rather than print millions of lines.
            """)

    @Option(help: "The pool to search.")
    var within: String

    @Option(help: "The block length, such as /24.")
    var size: String

    @Option(parsing: .upToNextOption, help: "CIDRs (or addresses) the blocks must not overlap.")
    var avoid: [String] = []

    @Flag(help: "Print every free block, not only the first.")
    var all = false

    @Option(help: "With --all, the most blocks to print.")
    var limit: String = String(CIDRArguments.defaultLimit)

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let pool = try input.prefix(within, name: "--within", context: &context)
        let length = try CIDRArguments.length(size, name: "--size", family: pool.family)
        guard length >= pool.length else {
            throw CommandFailure(
                "--size \"\(size)\": a /\(length) block does not fit in --within \(pool); use /\(pool.length) to "
                    + "/\(pool.family.bitWidth)")
        }
        let used = IPSet(try input.prefixes(avoid, name: "--avoid", context: &context))
        let most = try CIDRArguments.number(limit, name: "--limit")
        let blocks = IPSet.allFree(size: length, within: pool, avoiding: used)
        if all {
            var iterator = blocks.makeIterator()
            guard iterator.next() != nil else {
                throw CommandFailure("no /\(length) block of \(pool) is free of the --avoid CIDRs")
            }
            try CIDRArguments.printAll(
                blocks, limit: most, what: "free /\(length) blocks in \(pool)", context: &context)
            return
        }
        guard let first = IPSet.firstFree(size: length, within: pool, avoiding: used) else {
            throw CommandFailure("no /\(length) block of \(pool) is free of the --avoid CIDRs")
        }
        context.print(first.description)
    }
}
