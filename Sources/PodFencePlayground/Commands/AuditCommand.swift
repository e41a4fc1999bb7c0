import ArgumentParser
import PodFence

/// `audit [--format text|json]`: the cross-layer isolation audit of the session's topology and objects.
struct AuditCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Find isolation gaps across VLANs, collections, grants, namespace links and NetworkPolicies.",
        discussion: """
            Rules A01-A09 (docs/docker-enterprise.md): namespaces spanning VLANs, application groups sharing a \
            VLAN or a collection, namespaces without a link, IP-in-IP between application VLANs and namespaces \
            without a default deny, users crossing groups, the default Scheduler grant on /Shared, annotations \
            that differ from the links. Exits 1 when a finding is an error. With paths, they are loaded into a \
            fresh session first.
            """)

    @Option(name: .long, help: "text or json.")
    var format: DiagnosticFormat = .text

    @Argument(
        help: "Manifests to audit instead of the session (files, folders, - for standard input).", completion: .file())
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let session = try Session.analysed(paths: paths, context: &context)
        let topology = try session.topology()
        let findings = topology.audit(objects: session.kubernetesObjects)
        switch format {
        case .text:
            for finding in findings { context.print(finding.description) }
            context.print(Self.summary(findings))
        case .json:
            let items: [ManifestNode] = findings.map { finding in
                var mapping = ManifestMapping()
                mapping["id"] = .string(finding.id.rawValue)
                mapping["severity"] = .string(finding.severity.rawValue)
                mapping["object"] = .string(finding.object)
                mapping["explanation"] = .string(finding.explanation)
                mapping["fix"] = .string(finding.fix)
                return .mapping(mapping)
            }
            context.output += JSONWriter().write(.sequence(items))
        }
        if findings.contains(where: { $0.severity == .error }) { throw CommandFailure("") }
    }

    /// `9 findings: 2 errors, 6 warnings, 1 note`.
    static func summary(_ findings: [AuditFinding]) -> String {
        func count(_ severity: Diagnostic.Severity) -> Int { findings.filter { $0.severity == severity }.count }
        func noun(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        return noun(findings.count, "finding") + ": " + noun(count(.error), "error") + ", "
            + noun(count(.warning), "warning") + ", " + noun(count(.note), "note")
    }
}
