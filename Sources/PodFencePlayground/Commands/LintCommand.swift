import ArgumentParser
import PodFence

/// The output formats of `lint`.
enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case sarif
}

/// When `lint` exits with status 1.
enum LintThreshold: String, ExpressibleByArgument, CaseIterable {
    case error
    case warning
    case note
    case never
}

/// `lint [PATH...]`: find isolation mistakes.
struct LintCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find isolation mistakes: rules that allow nothing, missing DNS, AND/OR slips, and more.",
        discussion: """
            Each finding has a rule id, a severity, the object and field with its file:line:col, an explanation \
            and a fix. Without paths, lints the session. `--format sarif` gives SARIF 2.1.0 for CI annotations. \
            Exits 1 when a finding is at least as serious as --fail-on (warning by default).
            """)

    @Option(name: .long, help: "text, json or sarif.")
    var format: LintFormat = .text

    @Option(name: .long, help: "error, warning, note or never.")
    var failOn: LintThreshold = .warning

    @Option(name: .long, help: "The cluster's pod CIDR (for ipblock-covers-cluster); repeatable.")
    var podCidr: [String] = []

    @Option(name: .long, help: "The cluster's Service CIDR (for ipblock-covers-cluster); repeatable.")
    var serviceCidr: [String] = []

    @Option(name: .long, help: "A rule id to leave out; repeatable.")
    var disable: [String] = []

    @Flag(name: .long, help: "List the rules and exit.")
    var rules = false

    @Argument(help: "Files, folders or - (standard input); none: the session.", completion: .file())
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        if rules {
            for rule in LintRule.catalogue {
                context.print("\(rule.id) (\(rule.severity.rawValue)): \(rule.title)")
            }
            return
        }
        let known = Set(LintRule.catalogue.map(\.id))
        if let unknown = disable.first(where: { !known.contains($0) }) {
            throw CommandFailure("--disable \(unknown): no such rule; `lint --rules` lists them")
        }
        var options = Linter.Options(disabledRules: Set(disable))
        do {
            options.podCIDRs = try podCidr.map { text throws(CIDRError) in try IPPrefix(parsing: text, mode: .lenient) }
            options.serviceCIDRs = try serviceCidr.map { text throws(CIDRError) in
                try IPPrefix(parsing: text, mode: .lenient)
            }
        } catch {
            throw CommandFailure("--pod-cidr/--service-cidr: \(error.message)")
        }
        let objects = try context.objects(paths: paths) { _ in
            "cannot lint: the manifests have errors (see `check`)"
        }
        let calico = objects.filter { $0.locatedCalicoPolicy != nil }.count
        if calico > 0 {
            // The reachability behind the rules evaluates them; no rule looks at a Calico policy's own rules.
            context.printError(
                "note: \(calico) Calico \(calico == 1 ? "policy is" : "policies are") evaluated; lint checks their "
                    + "tiers (calico-unknown-tier) but not their rules yet (docs/lint.md)")
        }
        let report = Linter(options: options).lint(objects)
        switch format {
        case .text: context.output += report.text
        case .json: context.output += report.json
        case .sarif: context.output += report.sarif()
        }
        let threshold: Diagnostic.Severity? =
            switch failOn {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .never: nil
            }
        if let threshold, report.hasFindings(atLeast: threshold) { throw CommandFailure("") }
    }
}
