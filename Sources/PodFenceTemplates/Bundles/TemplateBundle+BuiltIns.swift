extension TemplateBundle {
    /// Every built-in bundle.
    public static let builtIns: [TemplateBundle] = [onboarding, deployment]

    /// `onboarding`: what a portal applies when it creates a team's namespace: the `namespace`, `deny-all` and
    /// `allow-dns-egress` templates, in that order.
    public static let onboarding = TemplateBundle(
        name: "onboarding",
        description: "Create a team's namespace isolated by default: the Namespace, deny-all, and DNS egress.",
        parameters: [
            TemplateParameter("namespace", .namespaceName, description: "The team's namespace."),
            TemplateParameter(
                "namespace-label", .labelKey, .defaulted("ns-id"),
                description: "The namespace label other policies select the namespace by."),
        ],
        steps: [
            Step("namespace", ["namespace": "{{ namespace }}", "namespace-label": "{{ namespace-label }}"]),
            Step("deny-all", ["namespace": "{{ namespace }}"]),
            Step("allow-dns-egress", ["namespace": "{{ namespace }}"]),
        ])

    /// `deployment`: what a pipeline applies when it deploys a project: the `allow-internal-ingress` and
    /// `allow-ingress-from-namespace` templates (the ingress controller's namespace may reach the project's
    /// pods).
    public static let deployment = TemplateBundle(
        name: "deployment",
        description: "Open a deployed project: its pods accept traffic from each other and from the ingress "
            + "controller's namespace.",
        parameters: [
            TemplateParameter("namespace", .namespaceName, description: "The project's namespace."),
            TemplateParameter("project", .labelValue, description: "The project, as the value of the project label."),
            TemplateParameter(
                "project-label", .labelKey, .defaulted("project"), description: "The label key naming the project."),
            TemplateParameter(
                "namespace-label", .labelKey, .defaulted("ns-id"),
                description: "The namespace label whose value is the namespace's name."),
            TemplateParameter(
                "ingress-namespace", .namespaceName, .defaulted("ingress-nginx"),
                description: "The ingress controller's namespace."),
            TemplateParameter(
                "ingress-pods", .labelSelector, .defaulted("{{ project-label }}={{ project }}"),
                description: "The pods the ingress controller may reach (default: the project's pods)."),
            TemplateParameter(
                "ingress-policy-name", .objectName, .defaulted("allow-ingress-from-{{ ingress-namespace }}"),
                description: "The name of the policy that admits the ingress controller."),
        ],
        steps: [
            Step(
                "allow-internal-ingress",
                [
                    "namespace": "{{ namespace }}", "project": "{{ project }}", "project-label": "{{ project-label }}",
                    "namespace-label": "{{ namespace-label }}",
                ]),
            Step(
                "allow-ingress-from-namespace",
                [
                    "namespace": "{{ namespace }}", "from-namespace": "{{ ingress-namespace }}",
                    "pod-selector": "{{ ingress-pods }}", "namespace-label": "{{ namespace-label }}",
                    "name": "{{ ingress-policy-name }}",
                ]),
        ])
}
