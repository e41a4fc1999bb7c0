import ArgumentParser

/// `-f PATH` (repeatable): manifests a question is answered from, loaded into a fresh session, so that a
/// shell answers `podfence can A reach B -f manifests/` without a script or a REPL. Without it the command
/// works on the session.
struct ManifestFiles: ParsableArguments {
    @Option(
        name: [.customShort("f"), .customLong("file")],
        help: "Answer from these manifests (files, folders, - for standard input) instead of the session; repeatable.",
        completion: .file())
    var paths: [String] = []
}
