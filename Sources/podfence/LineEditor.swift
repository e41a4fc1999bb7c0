#if canImport(Glibc)
import Glibc
#endif
import CEditLine
import PodFencePlayground
import Synchronization

/// Set by the SIGINT handler; read after `el_gets` returns.
private let interrupted = Atomic<Bool>(false)

/// State the C callbacks reach through libedit's client data.
private final class EditorState {
    let prompt: UnsafeMutablePointer<CChar>
    let continuation: UnsafeMutablePointer<CChar>
    var continuing = false

    init(color: Bool) {
        prompt = strdup(color ? "\u{1B}[1;36mpodfence>\u{1B}[0m " : "podfence> ")
        continuation = strdup(color ? "\u{1B}[2m       ..>\u{1B}[0m " : "       ..> ")
    }

    deinit {
        free(prompt)
        free(continuation)
    }
}

private func state(_ editor: OpaquePointer?) -> EditorState? {
    guard let data = ceditline_get_clientdata(editor) else { return nil }
    return Unmanaged<EditorState>.fromOpaque(data).takeUnretainedValue()
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editor in
    guard let state = state(editor) else { return nil }
    return state.continuing ? state.continuation : state.prompt
}

/// The interactive playground on libedit: Emacs bindings, history in `~/.podfence_history`, Ctrl-C cancels
/// the line, Ctrl-D exits.
enum LineEditor {
    static let historyLimit: Int32 = 1000

    static func run(interpreter: inout Interpreter, showDemoHint: Bool) -> Int32 {
        setlocale(LC_CTYPE, "")
        installInterruptHandler()
        let color = getenv("NO_COLOR") == nil && getenv("TERM").map { String(cString: $0) != "dumb" } ?? false
        let editorState = EditorState(color: color)
        guard let editor = el_init(CommandLine.arguments[0], ceditline_stdin(), ceditline_stdout(), ceditline_stderr()),
            let history = history_init()
        else {
            fputs("podfence: cannot start line editing; reading lines as a script\n", ceditline_stderr())
            return PodFenceMain.runPipedScript(interpreter: &interpreter)
        }
        defer {
            history_end(history)
            el_end(editor)
            withExtendedLifetime(editorState) {}
        }
        ceditline_history_setsize(history, historyLimit)
        ceditline_history_setunique(history, 1)
        ceditline_set_clientdata(editor, Unmanaged.passUnretained(editorState).toOpaque())
        ceditline_set_editor(editor, "emacs")
        ceditline_set_signal(editor, 1)
        ceditline_set_prompt(editor, promptCallback)
        ceditline_set_history(editor, history)
        ceditline_bind(editor, "^R", "em-inc-search-prev")
        el_source(editor, nil)
        let historyFile = historyPath()
        if let historyFile { ceditline_history_load(history, historyFile) }

        print("PodFence playground. `help` lists commands; Ctrl-D exits.")
        if showDemoHint {
            print("Try: can ingress-nginx/controller reach ns-app1/web    |    explain ns-app1/api to ns-app1/db")
            print("     show policies    |    check    |    show ns-app1/deny-all")
        }
        var assembler = LineAssembler()
        while true {
            editorState.continuing = assembler.isContinuing
            var count: Int32 = 0
            let raw = el_gets(editor, &count)
            if interrupted.exchange(false, ordering: .relaxed) {
                fputs("^C\n", ceditline_stdout())
                assembler.cancel()
                el_reset(editor)
                continue
            }
            guard let raw, count > 0 else { break }
            var line = String(cString: raw)
            if line.hasSuffix("\n") { line.removeLast() }
            if !line.trimmingCharacters(in: " \t").isEmpty { ceditline_history_enter(history, line) }
            if !assembler.isContinuing, ["exit", "quit"].contains(line.trimmingCharacters(in: " \t")) { break }
            guard let command = assembler.feed(line) else { continue }
            _ = interpreter.execute(line: command.line, inlineInput: command.inlineInput)
            PodFenceMain.flush(&interpreter)
        }
        fputs("\n", ceditline_stdout())
        if let historyFile { ceditline_history_save(history, historyFile) }
        return 0
    }

    private static func historyPath() -> String? {
        if let custom = getenv("PODFENCE_HISTORY") { return String(cString: custom) }
        guard let home = getenv("HOME") else { return nil }
        return String(cString: home) + "/.podfence_history"
    }

    /// SIGINT without SA_RESTART makes the blocked read return, so `el_gets` gives up the line.
    private static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interrupted.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
