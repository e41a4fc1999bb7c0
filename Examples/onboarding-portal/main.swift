// The back end of an onboarding portal: a team gives its namespace, its project and its ingress namespace; the
// portal renders the governance bundles, validates them, prints the YAML it would apply, and shows (and checks)
// the isolation the team gets. See README.md.
import Foundation
import PodFence

guard let request = PortalRequest(arguments: Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((PortalRequest.usage + "\n").utf8))
    exit(2)
}

// The built-in catalog, plus the organisation's own template.
var catalog = TemplateCatalog.builtIn
var renderings: [TemplateRendering] = []
do {
    try catalog.add(allowInternalEgress)
    renderings = [
        try catalog.renderBundle("onboarding", ["namespace": request.namespace]),
        try catalog.renderBundle(
            "deployment",
            ["namespace": request.namespace, "project": request.project, "ingress-namespace": request.ingressNamespace]),
        try catalog.render("allow-internal-egress", ["namespace": request.namespace, "project": request.project]),
    ]
} catch {
    // A value the templates refuse (such as a namespace `Team_A`): say which and why, apply nothing.
    FileHandle.standardError.write(Data("onboarding-portal: \(error.summary)\n".utf8))
    exit(1)
}

// Rendering validated every object already; the portal checks again, as the API server will, and refuses to go on
// with an error.
let objects = renderings.flatMap(\.objects)
let diagnostics = renderings.flatMap(\.diagnostics) + objects.flatMap { $0.validate() }
for diagnostic in diagnostics { print("# \(diagnostic)") }
let errors = diagnostics.filter { $0.severity == .error }.count
let warnings = diagnostics.count - errors
print("# \(objects.count) objects for \(request.namespace), validated: \(errors) errors, \(warnings) warnings")
if errors > 0 { exit(1) }

// What the objects mean for the team, before anything is printed to apply: a broken promise stops here.
let (lines, broken) = IsolationCheck(request: request, rendered: objects).run()
let isolation =
    ["# isolation of \(request.namespace), checked by the reachability engine on sample pods"]
    + lines.map { "# \($0)" }
if broken > 0 {
    for line in isolation { print(line) }
    print("# \(broken) promise\(broken == 1 ? "" : "s") broken: nothing to apply")
    exit(1)
}
print(YAMLWriter().write(documents: objects.map(\.manifest)), terminator: "")
for line in isolation { print(line) }
