extension TemplateBundle {
    /// Every built-in bundle.
    public static let builtIns: [TemplateBundle] = [onboarding, deployment, clusterGovernance, clusterGovernanceCalico]

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

    /// `cluster-governance`: the cluster's isolation in two cluster-scoped policies, applied once instead of at
    /// every onboarding: `baseline-deny-tenants` (the floor that the teams' NetworkPolicies override) and
    /// `admin-allow-ingress-and-dns` (what no NetworkPolicy can take away), for the same tenant namespaces.
    public static let clusterGovernance = TemplateBundle(
        name: "cluster-governance",
        description: "Isolate every tenant namespace once for the cluster: a Baseline default deny and Admin "
            + "access for the ingress controller and to the cluster DNS (ClusterNetworkPolicies).",
        parameters: clusterGovernanceParameters,
        steps: clusterGovernanceSteps(baseline: "baseline-deny-tenants", admin: "admin-allow-ingress-and-dns"))

    /// `cluster-governance-calico`: ``clusterGovernance`` as Calico GlobalNetworkPolicies in the `kube-baseline`
    /// and `kube-admin` tiers (`calico-baseline-deny-tenants`, `calico-admin-allow-ingress-and-dns`).
    public static let clusterGovernanceCalico = TemplateBundle(
        name: "cluster-governance-calico",
        description: "The cluster-governance policies as Calico GlobalNetworkPolicies in the kube-baseline and "
            + "kube-admin tiers.",
        parameters: clusterGovernanceParameters,
        steps: clusterGovernanceSteps(
            baseline: "calico-baseline-deny-tenants", admin: "calico-admin-allow-ingress-and-dns"))

    private static let clusterGovernanceParameters = [
        TemplateParameter(
            "tenants", .labelSelector, .defaulted("tenant=true"), description: "The labels of the tenant namespaces."),
        TemplateParameter(
            "ingress-namespace", .namespaceName, .defaulted("ingress-nginx"),
            description: "The ingress controller's namespace."),
        TemplateParameter(
            "ingress-pods", .labelSelector, .defaulted("app=ingress"),
            description: "The labels of the ingress controller's pods (they reach every port of the tenant pods)."),
        TemplateParameter(
            "admin-priority", .integer, .defaulted("100"), description: "The Admin policy's priority (0-1000)."),
        TemplateParameter(
            "baseline-priority", .integer, .defaulted("1000"),
            description: "The Baseline policy's priority (0-1000)."),
    ]

    private static func clusterGovernanceSteps(baseline: String, admin: String) -> [Step] {
        [
            Step(baseline, ["tenants": "{{ tenants }}", "priority": "{{ baseline-priority }}"]),
            Step(
                admin,
                [
                    "tenants": "{{ tenants }}", "ingress-namespace": "{{ ingress-namespace }}",
                    "ingress-pods": "{{ ingress-pods }}", "priority": "{{ admin-priority }}",
                ]),
        ]
    }
}
