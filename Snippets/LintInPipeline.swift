//! What a pipeline gate does with the SDK: lint the manifests of a change and fail when a finding is serious
//! enough. Run it from the package root: it reads Examples/example-cluster.
import PodFence

// snippet.lint
let loaded = ManifestLoader().load(paths: ["Examples/example-cluster"])
guard loaded.isComplete else {
    for diagnostic in loaded.diagnostics { print(diagnostic) }
    fatalError("the manifests do not validate")
}

// The ingress and the other team's namespaces are governed elsewhere: no default deny is asked of them here.
var options = Linter.Options()
options.exemptNamespaces.formUnion(["ingress-nginx", "other"])
let report = Linter(options: options).lint(loaded.objects)
for finding in report.findings {
    let location = finding.location.map { "\($0.file):\($0.line)" } ?? "?"
    print("\(location): \(finding.severity.rawValue): \(finding.rule.id)")
}
let failing = report.hasFindings(atLeast: .warning)
print("gate: \(failing ? "fail" : "pass"); warnings: \(report.count(.warning)), notes: \(report.count(.note))")
// snippet.end
