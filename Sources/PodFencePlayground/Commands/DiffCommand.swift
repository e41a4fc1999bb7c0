import ArgumentParser
import PodFence

/// `diff OLD NEW` or, in a session, `diff PATH...`: the connections that change.
struct DiffCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "The connections that become allowed or denied between two policy sets; exit 1 if any.",
        discussion: """
            `diff OLD NEW` compares two manifest sets (files or folders). With one path, compares the session \
            with the session plus that path applied (a what-if; the session is not changed). Each change names \
            the pair, the protocol and ports, and the policies responsible; with cluster policies, also the tier \
            that decides the changed ports now (Admin, NetworkPolicy, Baseline or Default).
            """)

    @ArgumentParser.Option(name: .long, help: "text or json.")
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "ipBlocks never match pod IPs (as in Cilium).")
    var noIpblockPodIps = false

    @Argument(help: "OLD and NEW, or one path to apply to the session.", completion: .file())
    var paths: [String]

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let old: [LoadedObject]
        let new: [LoadedObject]
        switch paths.count {
        case 1:
            old = context.session.objects
            var session = context.session
            session.add(try Self.load(paths[0], in: context))
            new = session.objects
        case 2:
            old = try Self.load(paths[0], in: context)
            new = try Self.load(paths[1], in: context)
        default:
            throw CommandFailure("diff takes OLD NEW, or one path to compare with the session", exitCode: 2)
        }
        var options = ReachabilityOptions()
        options.ipBlockMatchesPodIPs = !noIpblockPodIps
        let diff = ConnectivityDiff(old: old, new: new, options: options)
        context.output += format == .json ? diff.json : diff.text
        if !diff.isEmpty { throw CommandFailure("") }
    }

    private static func load(_ path: String, in context: CommandContext) throws(CommandFailure) -> [LoadedObject] {
        let result = ManifestLoader().load(paths: [context.resolve(path)])
        guard result.isComplete else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
            throw CommandFailure((errors + ["\(path): cannot compare manifests with errors"]).joined(separator: "\n"))
        }
        return result.objects
    }
}
