// A CI gate over a folder of manifests: lint them (SARIF for the CI's annotations), check the team's assertions
// about who may reach whom, and exit 1 when either finds a problem. See README.md.
import Foundation
import PodFence

/// Prints a message on standard error and exits with a status.
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
}

let options: GateOptions
do {
    options = try GateOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    fail("pipeline-gate: \(error)\n\(GateOptions.usage)", status: 2)
}

// Manifests the API server would refuse fail the gate before anything else.
let loaded = ManifestLoader().load(paths: options.manifests)
if !loaded.isComplete {
    for diagnostic in loaded.diagnostics { print(diagnostic) }
    print("gate failed: the manifests do not validate")
    exit(1)
}

// Lint, with SARIF for the CI and text for the log.
let defaults = Linter.Options()
let linter = Linter(
    options: Linter.Options(exemptNamespaces: defaults.exemptNamespaces.union(options.exemptNamespaces)))
let report = linter.lint(loaded.objects)
if let sarif = options.sarif {
    do {
        try report.sarif().write(toFile: sarif, atomically: true, encoding: .utf8)
    } catch {
        fail("pipeline-gate: cannot write \(sarif): \(error.localizedDescription)", status: 2)
    }
}
print("lint: \(options.manifests.joined(separator: " "))" + (options.sarif.map { " (SARIF in \($0))" } ?? ""))
print(report.text, terminator: "")
let blocking = report.findings.filter { $0.severity <= options.failOn }.count

// The team's assertions, answered by the reachability engine.
var failed = 0
var assertions: [Assertion] = []
if let file = options.assertions {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        fail("pipeline-gate: cannot read \(file)", status: 2)
    }
    let analysis = ReachabilityAnalysis(objects: loaded.objects)
    do {
        assertions = try Assertion.parse(text, file: file)
        print("assertions: \(file)")
        for assertion in assertions {
            if let reason = try assertion.failure(in: analysis) {
                failed += 1
                print("FAIL  \(assertion.text)\n      \(assertion.location): \(reason)")
            } else {
                print("ok    \(assertion.text)")
            }
        }
    } catch {
        fail("pipeline-gate: \(error)", status: 2)
    }
}

let lintSummary = "\(blocking) lint finding\(blocking == 1 ? "" : "s") at \(options.failOn.rawValue) or above"
let assertionSummary =
    failed == 0
    ? "\(assertions.count) assertion\(assertions.count == 1 ? " holds" : "s hold")"
    : "\(failed) of \(assertions.count) assertions failed"
if blocking > 0 || failed > 0 {
    print("gate failed: \(lintSummary); \(assertionSummary)")
    exit(1)
}
print("gate passed: \(lintSummary); \(assertionSummary)")
