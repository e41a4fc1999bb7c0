import CEditLine
import PodFencePlayground

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `podfence` executable: a thin shell over the playground's interpreter. Arguments run one command
/// (`podfence check manifests/`); no command (or `repl`) starts the REPL on a terminal, or reads a script from
/// standard input otherwise.
@main
struct PodFenceMain {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var interpreter = Interpreter()
        // Output reaches the terminal or pipe as commands produce it, not only when they finish.
        interpreter.context.outputSink = { text in fputs(text, ceditline_stdout()) }
        if arguments.first == "repl" || arguments.isEmpty {
            if !arguments.isEmpty { arguments.removeFirst() }
            exit(startPlayground(arguments, interpreter: &interpreter))
        }
        let status = interpreter.execute(arguments: arguments)
        flush(&interpreter)
        exit(status)
    }

    /// Prints pending output: standard output first, then standard error.
    static func flush(_ interpreter: inout Interpreter) {
        let (output, errors) = interpreter.takeOutput()
        if !output.isEmpty { fputs(output, ceditline_stdout()) }
        if !errors.isEmpty { fputs(errors, ceditline_stderr()) }
        fflush(nil)
    }

    /// `repl [--demo] [PATH...]`.
    static func startPlayground(_ arguments: [String], interpreter: inout Interpreter) -> Int32 {
        var paths: [String] = []
        var demo = false
        for argument in arguments {
            switch argument {
            case "--demo": demo = true
            case "-h", "--help":
                _ = interpreter.execute(arguments: ["help", "repl"])
                flush(&interpreter)
                return 0
            default: paths.append(argument)
            }
        }
        let terminal = isatty(STDIN_FILENO) != 0
        if demo {
            let status = interpreter.loadExampleCluster()
            flush(&interpreter)
            if status != 0 { return status }
        }
        if !paths.isEmpty {
            let status = interpreter.execute(arguments: ["load"] + paths)
            flush(&interpreter)
            if status != 0 { return status }
        }
        if terminal {
            return withTerminalForeground { LineEditor.run(interpreter: &interpreter, showDemoHint: demo) }
        }
        return runPipedScript(interpreter: &interpreter)
    }

    /// Runs `body` as the terminal's foreground process group, so that Ctrl-C reaches the REPL alone even when
    /// it was started by a program that waits for it (`make run`), then gives the terminal back.
    static func withTerminalForeground(_ body: () -> Int32) -> Int32 {
        let original = tcgetpgrp(STDIN_FILENO)
        signal(SIGTTOU, SIG_IGN)
        if getpgrp() != getpid() {
            setpgid(0, 0)
            tcsetpgrp(STDIN_FILENO, getpgrp())
        }
        let status = body()
        if original > 0 { tcsetpgrp(STDIN_FILENO, original) }
        return status
    }

    /// Lines from a pipe: a script named `-`.
    static func runPipedScript(interpreter: inout Interpreter) -> Int32 {
        var text = ""
        while let line = readLine(strippingNewline: false) { text += line }
        let status = interpreter.runScript(text, file: "-")
        flush(&interpreter)
        return status
    }
}
