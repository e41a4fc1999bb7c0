//! Add a template of your own, written in Swift, to the built-in catalog, render it next to the built-in bundles,
//! and let the reachability engine show what it changes.
import PodFence

// snippet.define
/// Lets the pods of a project open connections to each other: the egress side that the built-in
/// `allow-internal-ingress` leaves to others once `deny-all` isolates egress.
let allowInternalEgress = Template(
    name: "allow-internal-egress",
    description: "Let the pods of a project open connections to the pods of the same project.",
    parameters: [
        TemplateParameter("namespace", .namespaceName, description: "The project's namespace."),
        TemplateParameter("project", .labelValue, description: "The project, as the value of the project label."),
        TemplateParameter("project-label", .labelKey, .defaulted("project"), description: "The project label."),
    ]
) { values in
    let project = [values.text("project-label"): values.text("project")]
    return [
        .networkPolicy(
            NetworkPolicy(name: "allow-internal-egress", namespace: values.text("namespace"))
                .selecting(project)
                .applying(to: [.egress])
                .allowingEgress(to: [.pods(project)]))
    ]
}
// snippet.end

// snippet.hide
/// Can one pod of project `shop` in `team-a` open a connection to another, under these objects?
func projectPodsConnect(_ objects: [KubernetesObject]) -> ReachabilityOutcome {
    let pods = ["shop-1", "shop-2"].map { name in
        Pod(metadata: ObjectMeta(name: name, namespace: "team-a", labels: ["project": "shop"]))
    }
    let analysis = ReachabilityAnalysis(
        namespaces: objects.compactMap { if case .namespace(let namespace) = $0 { namespace } else { nil } },
        pods: pods, workloads: [],
        policies: objects.compactMap { if case .networkPolicy(let policy) = $0 { LocatedPolicy(policy) } else { nil } })
    return analysis.verdict(from: .peer(0), to: .peer(1)).outcome
}
// snippet.show

// snippet.use
var catalog = TemplateCatalog.builtIn
do {
    try catalog.add(allowInternalEgress)
    let team = ["namespace": "team-a", "project": "shop"]
    let bundles =
        try catalog.renderBundle("onboarding", ["namespace": "team-a"]).objects
        + catalog.renderBundle("deployment", team).objects
    let egress = try catalog.render("allow-internal-egress", team)
    print(YAMLWriter().write(documents: egress.manifests), terminator: "")
    print("shop-1 -> shop-2 with the bundles: \(projectPodsConnect(bundles))")
    print("shop-1 -> shop-2 with allow-internal-egress too: \(projectPodsConnect(bundles + egress.objects))")

    // A label value may not contain a slash: refused with the reason Kubernetes gives.
    _ = try catalog.render("allow-internal-egress", ["namespace": "team-a", "project": "shop/v2"])
} catch {
    print("\(error.code): \(error.summary)")
}
// snippet.end
