import ArgumentParser
import Foundation
import PodFence

/// `history`: the commands that changed the session.
struct HistoryCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the commands that built this session (what `save --script` writes).")

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        for (index, entry) in context.history.enumerated() {
            let body = entry.inlineInput.map { " (+ \($0.split(separator: "\n").count) lines of YAML)" } ?? ""
            context.print("\(String(index + 1).leftPadded(to: 4))  \(entry.line)\(body)")
        }
    }
}

/// `save FILE`: the session's objects as manifests, or its history as a script.
struct SaveCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Write the session: its objects as kubectl-style YAML, or (--script) a script that rebuilds it.")

    @Flag(name: .long, help: "Write a replayable script (run it with `podfence run FILE`) instead of manifests.")
    var script = false

    @Option(name: .shortAndLong, help: "yaml or json, for manifests.")
    var output: ObjectFormat = .yaml

    @Argument(help: "The file to write (- for standard output).", completion: .file())
    var file: String

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let text: String
        if script {
            text =
                "# podfence session script; run it with `podfence run FILE`\n"
                + context.history.map(\.scriptText).joined()
        } else {
            let objects = context.session.objects
            let documents = objects.map(\.object.manifest)
            switch output {
            case .json:
                text = JSONWriter().write(documents: documents)
                context.noteCommentsNotWritten(objects.map(\.comments))
            case .yaml, .table: text = YAMLWriter().write(documents: documents, comments: objects.map(\.comments))
            }
        }
        if file == "-" {
            context.output += text
            return
        }
        let path = context.resolve(file)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw CommandFailure("cannot write \(file)")
        }
        let count = script ? context.history.count : context.session.objects.count
        let what = "\(count) \(script ? "command" : "object")\(count == 1 ? "" : "s")"
        context.print("wrote \(what) to \(file)")
    }
}

extension CommandContext {
    /// Says how many comment lines a JSON output leaves out, since JSON has no comments.
    /// - Parameter comments: The comments of the documents written.
    mutating func noteCommentsNotWritten(_ comments: [ManifestComments]) {
        let lines = comments.reduce(0) { $0 + $1.lineCount }
        guard lines > 0 else { return }
        printError(
            "note: JSON has no comments: \(lines) comment line\(lines == 1 ? " is" : "s are") not written "
                + "(-o yaml keeps them)")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
