import PodFencePlayground

/// The script and command-line readers: shell-like splitting, heredocs and pasted documents, and parsing
/// every line with the command definitions (without running anything, so no file is read or written).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var assembler = LineAssembler()
    var commands: [LineAssembler.Command] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if let command = assembler.feed(String(line)) { commands.append(command) }
    }
    if case .success(let last?) = assembler.finish() { commands.append(last) }
    for command in commands {
        guard let words = try? CommandLineSplitter.split(command.line) else { continue }
        _ = try? PodFenceCLI.parseAsRoot(words)
    }
    return 0
}
