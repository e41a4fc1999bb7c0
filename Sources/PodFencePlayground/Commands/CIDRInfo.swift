import ArgumentParser
import PodFence

/// `cidr info A`: everything about one prefix.
struct CIDRInfoCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print a CIDR's canonical form, family, first and last address, size, masks and neighbours.",
        discussion: """
            One `key: value` line each: cidr, family, first, last, size, netmask and hostmask (IPv4), previous, \
            next and supernet (or none), then one `special:` line per special-purpose block (RFC 1918, \
            link-local, documentation, ...) the CIDR lies inside or contains, or `special: none`.
            """)

    @Argument(help: "The CIDR (or address).")
    var a: String

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let prefix = try input.prefix(a, name: "A", context: &context)
        var lines: [(String, String)] = [
            ("cidr", prefix.description),
            ("family", prefix.family.description),
            ("first", prefix.firstAddress.description),
            ("last", prefix.lastAddress.description),
            ("size", prefix.addressCount.description),
        ]
        if prefix.family == .ipv4 {
            lines.append(("netmask", prefix.netmask.description))
            lines.append(("hostmask", prefix.hostmask.description))
        }
        lines.append(("previous", prefix.previous?.description ?? "none (start of the \(prefix.family) space)"))
        lines.append(("next", prefix.next?.description ?? "none (end of the \(prefix.family) space)"))
        lines.append(("supernet", prefix.supernet?.description ?? "none"))
        let matches = SpecialPurposeBlock.matches(for: prefix)
        for match in matches {
            let block = match.block
            let relation = match.relation == .inside ? "inside" : "contains"
            lines.append(("special", "\(relation) \(block.prefix) \(block.name) (\(block.reference), \(block.use))"))
        }
        if matches.isEmpty { lines.append(("special", "none")) }
        for (key, value) in lines {
            context.print(CIDRArguments.padded(key + ":", to: 10) + value)
        }
    }
}
