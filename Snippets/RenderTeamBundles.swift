//! Render the built-in onboarding and deployment bundles for a team, as a portal or a pipeline would, and see a
//! bad value refused before anything is built.
import PodFence

// snippet.render
let catalog = TemplateCatalog.builtIn
do {
    // The portal, when the team asks for its namespace.
    let onboarding = try catalog.renderBundle("onboarding", ["namespace": "team-a"])
    // The pipeline, when the team deploys its project `shop`.
    let deployment = try catalog.renderBundle("deployment", ["namespace": "team-a", "project": "shop"])
    for object in onboarding.objects + deployment.objects {
        print("\(object.kind) \(object.qualifiedName)")
    }
    print(YAMLWriter().write(documents: deployment.manifests), terminator: "")
} catch {
    print(error)
}
// snippet.end

// snippet.refuse
// Values are checked against their parameter's kind first: a namespace must be a DNS-1123 label.
do {
    _ = try catalog.renderBundle("onboarding", ["namespace": "Team_A"])
} catch {
    print("\(error.code): \(error.summary)")
}
// snippet.end
