import ArgumentParser
import Foundation
import PodFence

/// `run FILE`: run a script in the current session.
struct RunCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script: one command a line, # comments, heredocs for inline YAML.",
        discussion: """
            The first failing command or assertion stops the script with `FILE:LINE: message` and exit status 1. \
            Output is plain and deterministic. `-` reads the script from standard input.
            """)

    @Argument(help: "The script file, or - for standard input.", completion: .file())
    var file: String

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let path = context.resolve(file)
        let text: String
        if path == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure("\(file): no such script, or it cannot be read")
            }
            text = String(decoding: data, as: UTF8.self)
        }
        var interpreter = Interpreter(context: context)
        let status = interpreter.runScript(text, file: file)
        context = interpreter.context
        if status != 0 { throw CommandFailure("", exitCode: status) }
    }
}
