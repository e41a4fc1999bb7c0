import ArgumentParser
import PodFence

/// Helpers the `cidr` commands share: prefix lengths, numbers, lists and output.
enum CIDRArguments {
    /// The most lines `split` and `free --all` print unless `--limit` says otherwise.
    static let defaultLimit = 65_536

    /// Splits words that hold comma-separated values, dropping empty pieces.
    ///
    /// - Parameter texts: The words.
    static func words(_ texts: [String]) -> [String] {
        texts.flatMap { $0.split(separator: ",").map(String.init) }.filter { !$0.isEmpty }
    }

    /// Reads a prefix length written `/N` or `N`.
    ///
    /// - Parameters:
    ///   - text: The argument as typed.
    ///   - name: How messages name it.
    ///   - family: The family whose bit width bounds the length.
    /// - Throws: ``CommandFailure`` when it is not a number from 0 to the family's bit width.
    static func length(_ text: String, name: String, family: IPFamily) throws(CommandFailure) -> Int {
        let digits = text.hasPrefix("/") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCII), let value = Int(digits),
            (0...family.bitWidth).contains(value)
        else {
            throw CommandFailure(
                "\(name) \"\(text)\": expected an \(family) prefix length from 0 to \(family.bitWidth), written /N or "
                    + "N, such as /24")
        }
        return value
    }

    /// Reads a prefix length written `/N` or `N` whose family is not known yet, such as a Calico block size;
    /// the planner checks the range that applies.
    ///
    /// - Parameters:
    ///   - text: The argument as typed.
    ///   - name: How messages name it.
    /// - Throws: ``CommandFailure`` when it is not a number from 0 to 128.
    static func anyLength(_ text: String, name: String) throws(CommandFailure) -> Int {
        let digits = text.hasPrefix("/") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCII), let value = Int(digits),
            (0...IPFamily.ipv6.bitWidth).contains(value)
        else {
            throw CommandFailure("\(name) \"\(text)\": expected a prefix length, written /N or N, such as /26")
        }
        return value
    }

    /// Reads a positive whole number.
    ///
    /// - Parameters:
    ///   - text: The argument as typed.
    ///   - name: How messages name it.
    ///   - minimum: The smallest value accepted.
    /// - Throws: ``CommandFailure`` when it is not a whole number of at least `minimum`.
    static func number(_ text: String, name: String, minimum: Int = 1) throws(CommandFailure) -> Int {
        guard let value = Int(text), value >= minimum, text.allSatisfy(\.isASCII) else {
            throw CommandFailure("\(name) \"\(text)\": expected a whole number of at least \(minimum)")
        }
        return value
    }

    /// Prints prefixes one a line, failing instead when there are more than `limit`.
    ///
    /// - Parameters:
    ///   - prefixes: The prefixes, produced lazily.
    ///   - limit: The most lines to print.
    ///   - what: What the prefixes are, for the message (`free /24 blocks in 10.0.0.0/8`).
    ///   - context: Where the lines go.
    /// - Throws: ``CommandFailure`` when there are more than `limit`; nothing is printed then.
    static func printAll(
        _ prefixes: some Sequence<IPPrefix>, limit: Int, what: String, context: inout CommandContext
    ) throws(CommandFailure) {
        var lines: [String] = []
        for prefix in prefixes {
            guard lines.count < limit else {
                throw CommandFailure(
                    "there are more than \(limit) \(what); raise --limit or ask for a shorter prefix length")
            }
            lines.append(prefix.description)
        }
        for line in lines { context.print(line) }
    }

    /// A column of a table: the text followed by spaces up to a width, or by one space when it is already as wide.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - width: The width in characters.
    static func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
