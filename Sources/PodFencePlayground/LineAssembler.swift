import Foundation

/// Groups input lines into commands: one command a line, except a heredoc (`apply <<EOF` ... `EOF`), whose
/// body becomes the command's inline input, and a pasted YAML document (a line starting with `apiVersion:`
/// continues until a blank line or `...`), which becomes an `apply` with that document.
///
/// The REPL and scripts share it, so both accept the same input.
public struct LineAssembler: Sendable {
    /// A complete command.
    public struct Command: Sendable, Hashable {
        /// The command line (for a pasted document, `apply`).
        public var line: String
        /// The heredoc body or pasted document, if any.
        public var inlineInput: String?
        /// The 1-based line number where the command starts.
        public var lineNumber: Int
    }

    private enum State: Sendable, Hashable {
        case idle
        case heredoc(command: String, terminator: String, body: [String], start: Int)
        case pasted(body: [String], start: Int)
    }

    private var state = State.idle
    private var lineNumber = 0

    /// Creates an assembler.
    public init() {}

    /// True while a heredoc or a pasted document is open (the REPL shows its continuation prompt).
    public var isContinuing: Bool { state != .idle }

    /// Feeds one line.
    /// - Parameter line: The line, without its newline.
    /// - Returns: The completed command, or nil when more lines are needed (or the line was blank).
    public mutating func feed(_ line: String) -> Command? {
        lineNumber += 1
        switch state {
        case .idle:
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("apiVersion:") {
                state = .pasted(body: [line], start: lineNumber)
                return nil
            }
            if let (command, terminator) = Self.heredocStart(line) {
                state = .heredoc(command: command, terminator: terminator, body: [], start: lineNumber)
                return nil
            }
            guard !trimmed.isEmpty else { return nil }
            return Command(line: line, inlineInput: nil, lineNumber: lineNumber)
        case .heredoc(let command, let terminator, var body, let start):
            if line.trimmingSpaces == terminator {
                state = .idle
                return Command(line: command, inlineInput: body.joined(separator: "\n") + "\n", lineNumber: start)
            }
            body.append(line)
            state = .heredoc(command: command, terminator: terminator, body: body, start: start)
            return nil
        case .pasted(var body, let start):
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed == "..." {
                state = .idle
                return Command(line: "apply", inlineInput: body.joined(separator: "\n") + "\n", lineNumber: start)
            }
            body.append(line)
            state = .pasted(body: body, start: start)
            return nil
        }
    }

    /// Ends the input: an open pasted document completes; an open heredoc is an error.
    /// - Returns: The last command, or the open heredoc's terminator when it was never closed.
    public mutating func finish() -> Result<Command?, UnterminatedHeredoc> {
        defer { state = .idle }
        switch state {
        case .idle:
            return .success(nil)
        case .pasted(let body, let start):
            return .success(Command(line: "apply", inlineInput: body.joined(separator: "\n") + "\n", lineNumber: start))
        case .heredoc(_, let terminator, _, let start):
            return .failure(UnterminatedHeredoc(terminator: terminator, lineNumber: start))
        }
    }

    /// Drops an open heredoc or pasted document (Ctrl-C in the REPL).
    public mutating func cancel() {
        state = .idle
    }

    /// A heredoc that the input never closed.
    public struct UnterminatedHeredoc: Error, Sendable, Hashable {
        /// The word that should have closed it.
        public var terminator: String
        /// The line where it started.
        public var lineNumber: Int
    }

    /// `command <<WORD` or `command <<'WORD'`: the command without the heredoc marker, and the terminator.
    private static func heredocStart(_ line: String) -> (String, String)? {
        guard let range = line.range(of: "<<", options: .backwards) else { return nil }
        var word = line[range.upperBound...].trimmingSpaces
        if word.count >= 2, let first = word.first, first == "'" || first == "\"", word.last == first {
            word = String(word.dropFirst().dropLast())
        }
        guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            return nil
        }
        return (String(line[..<range.lowerBound]).trimmingSpaces, word)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        let characters = Array(self)
        var start = 0
        var end = characters.count
        while start < end, characters[start].isWhitespace { start += 1 }
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        return String(characters[start..<end])
    }
}
