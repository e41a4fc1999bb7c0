import PodFencePlayground

/// The script and command-line readers: shell-like splitting, heredocs and pasted documents for every line,
/// and parsing with the command definitions (without running anything, so no file is read or written) for
/// the first two commands of an input of at most 64 words: ArgumentParser's parse costs far more than the
/// readers (and grows faster than linearly with the number of words), and these bounds keep the fuzzer's rate
/// high enough to reach millions of inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var assembler = LineAssembler()
    var commands: [LineAssembler.Command] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if let command = assembler.feed(String(line)) { commands.append(command) }
    }
    if case .success(let last?) = assembler.finish() { commands.append(last) }
    for (index, command) in commands.enumerated() {
        guard let words = try? CommandLineSplitter.split(command.line) else { continue }
        if index < 2 && words.count <= 64 { _ = try? PodFenceCLI.parseAsRoot(words) }
    }
    return 0
}
