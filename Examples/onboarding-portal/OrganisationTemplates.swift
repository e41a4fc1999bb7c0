import PodFence

/// The portal's own template, next to the built-ins: the egress side of the project's internal traffic.
///
/// The built-in `deployment` bundle lets the project's pods *accept* connections from each other
/// (`allow-internal-ingress`), but the `onboarding` bundle's `deny-all` also isolates their egress: without this
/// template, the pods could not *open* those connections.
let allowInternalEgress = Template(
    name: "allow-internal-egress",
    description: "Let the pods of a project open connections to the pods of the same project.",
    parameters: [
        TemplateParameter("namespace", .namespaceName, description: "The project's namespace."),
        TemplateParameter("project", .labelValue, description: "The project, as the value of the project label."),
    ]
) { values in
    let project = ["project": values.text("project")]
    return [
        .networkPolicy(
            NetworkPolicy(name: "allow-internal-egress", namespace: values.text("namespace"))
                .selecting(project)
                .applying(to: [.egress])
                .allowingEgress(to: [.pods(project)]))
    ]
}
