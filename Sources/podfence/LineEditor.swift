import CEditLine
import PodFencePlayground
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Set by the SIGINT handler; read after `el_gets` returns.
private let interrupted = Atomic<Bool>(false)

/// State the C callbacks reach through libedit's client data.
private final class EditorState {
    let prompt: UnsafeMutablePointer<CChar>
    let continuation: UnsafeMutablePointer<CChar>
    var continuing = false
    let completer = Completer()
    /// The session as of the last command, for completing object names.
    var session = Session()

    init(color: Bool) {
        // \u{1} delimits escape sequences that take no room on the line (EL_PROMPT_ESC).
        prompt = strdup(color ? "\u{1}\u{1B}[1;36m\u{1}podfence>\u{1}\u{1B}[0m\u{1} " : "podfence> ")
        continuation = strdup(color ? "\u{1}\u{1B}[2m\u{1}       ..>\u{1}\u{1B}[0m\u{1} " : "       ..> ")
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

/// Tab: complete the word before the cursor from the command tree, the session's objects and file paths.
/// One candidate is inserted whole; several insert their common prefix, or are listed when there is none.
private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
    guard let state = state(editor), let info = el_line(editor)?.pointee, let buffer = info.buffer,
        let cursor = info.cursor
    else { return UInt8(CC_ERROR) }
    let before = String(
        decoding: UnsafeRawBufferPointer(start: buffer, count: buffer.distance(to: cursor)), as: UTF8.self)
    let completion = state.completer.complete(before, session: state.session)
    switch completion.candidates.count {
    case 0:
        return UInt8(CC_ERROR)
    case 1:
        let candidate = completion.candidates[0]
        let rest =
            String(candidate.dropFirst(completion.word.count))
            + (candidate.hasSuffix("/") || candidate.hasSuffix("=") ? "" : " ")
        el_insertstr(editor, rest)
        return UInt8(CC_REFRESH)
    default:
        let common = completion.commonPrefix
        if common.count > completion.word.count {
            el_insertstr(editor, String(common.dropFirst(completion.word.count)))
            return UInt8(CC_REFRESH)
        }
        fputs("\n" + completion.candidates.joined(separator: "  ") + "\n", ceditline_stdout())
        return UInt8(CC_REDISPLAY)
    }
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
        ceditline_set_prompt_esc(editor, promptCallback, 1)
        ceditline_set_history(editor, history)
        ceditline_bind(editor, "^R", "em-inc-search-prev")
        ceditline_add_function(editor, "podfence-complete", "Complete the word before the cursor", completeCallback)
        ceditline_bind(editor, "^I", "podfence-complete")
        el_source(editor, nil)
        let historyFile = historyPath()
        if let historyFile { ceditline_history_load(history, historyFile) }

        print("PodFence playground. `help` lists commands; Ctrl-D exits.")
        if showDemoHint {
            print("Try: can ingress-nginx/controller reach ns-app1/web    explain ns-app1/api to ns-app1/db")
            print("     lint    matrix    show policies    template --bundle onboarding namespace=team-a")
            print("The same cluster under cluster tiers: reset, then load --example cluster-tiers")
        }
        var assembler = LineAssembler()
        editorState.session = interpreter.context.session
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
            editorState.session = interpreter.context.session
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
