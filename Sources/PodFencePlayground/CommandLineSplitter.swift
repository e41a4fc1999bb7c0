/// Splits a command line into words the way a POSIX shell does: whitespace separates words, single quotes
/// keep text literally, double quotes keep text with `\"`, `\\` and `\$` escapes, a backslash outside quotes
/// escapes the next character, and `#` at the start of a word begins a comment.
public enum CommandLineSplitter {
    /// A line that cannot be split.
    public struct SplitError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// The 1-based column where the problem starts.
        public var column: Int
        /// `column N: message`.
        public var description: String { "column \(column): \(message)" }
    }

    /// Splits a line.
    /// - Parameter line: The line.
    /// - Returns: The words.
    /// - Throws: ``SplitError`` for an unterminated quote or a trailing backslash.
    /// - Complexity: O(n) in the length of the line.
    public static func split(_ line: String) throws(SplitError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var quoteColumn = 0
        var escaped = false
        for (offset, character) in line.enumerated() {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch quote {
            case "'":
                if character == "'" { quote = nil } else { current.append(character) }
            case "\"":
                if character == "\"" {
                    quote = nil
                } else if character == "\\" {
                    escaped = true
                } else {
                    current.append(character)
                }
            default:
                if character == " " || character == "\t" {
                    if inWord { words.append(current) }
                    current = ""
                    inWord = false
                } else if character == "#" && !inWord {
                    return words
                } else if character == "'" || character == "\"" {
                    quote = character
                    quoteColumn = offset + 1
                    inWord = true
                } else if character == "\\" {
                    escaped = true
                    inWord = true
                } else {
                    current.append(character)
                    inWord = true
                }
            }
        }
        if let quote {
            throw SplitError(message: "unterminated \(quote == "'" ? "single" : "double") quote", column: quoteColumn)
        }
        if escaped { throw SplitError(message: "the line ends with a backslash", column: line.count) }
        if inWord { words.append(current) }
        return words
    }
}
