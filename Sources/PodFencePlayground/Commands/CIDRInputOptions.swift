import ArgumentParser
import PodFence

/// The `--strict` flag every `cidr` command takes, and how they read their CIDR and length arguments.
///
/// CIDRs are read as Kubernetes reads an `ipBlock` by default: host bits are cleared (`10.0.0.1/8` means
/// `10.0.0.0/8`), leading zeros are decimal, and IPv4-mapped IPv6 prefixes are their IPv4 prefix; each such
/// argument gets a warning on standard error saying what was used. `--strict` refuses them instead. A bare
/// address stands for itself alone (`/32` or `/128`). Values are checked here rather than by ArgumentParser, so
/// that bad input fails with status 1 and a message that names the argument.
struct CIDRInputOptions: ParsableArguments {
    @Flag(help: "Refuse CIDRs with host bits, leading zeros or IPv4-mapped IPv6 instead of reading them leniently.")
    var strict = false

    /// Reads one CIDR argument.
    ///
    /// - Parameters:
    ///   - text: The argument as typed.
    ///   - name: How messages name the argument (`A`, `--within`).
    ///   - context: Where warnings go.
    /// - Returns: The prefix, masked.
    /// - Throws: ``CommandFailure`` naming the argument, saying what is wrong and what would be valid.
    func prefix(_ text: String, name: String, context: inout CommandContext) throws(CommandFailure) -> IPPrefix {
        let isAddress = !text.isEmpty && !text.contains("/")
        let input = isAddress ? text + (text.contains(":") ? "/128" : "/32") : text
        let parsed: ParsedCIDR
        do throws(CIDRError) {
            parsed = try IPPrefix.parse(input, mode: strict ? .strict : .lenient)
        } catch {
            throw CommandFailure("\(name) \"\(text)\": \(error.message)")
        }
        for warning in parsed.leniencyWarnings(name: name, text: text) {
            context.printError("warning: " + warning)
        }
        return parsed.prefix
    }

    /// Reads a list of CIDR arguments; each word may also hold several CIDRs separated by commas.
    ///
    /// - Parameters:
    ///   - texts: The arguments as typed.
    ///   - name: How messages name them.
    ///   - context: Where warnings go.
    /// - Returns: The prefixes in the order given.
    /// - Throws: ``CommandFailure`` for the first bad one.
    func prefixes(_ texts: [String], name: String, context: inout CommandContext) throws(CommandFailure)
        -> [IPPrefix]
    {
        var result: [IPPrefix] = []
        for text in CIDRArguments.words(texts) {
            result.append(try prefix(text, name: name, context: &context))
        }
        return result
    }
}
