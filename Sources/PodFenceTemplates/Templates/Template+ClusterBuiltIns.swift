import PodFenceModel

extension Template {
    /// `baseline-deny-tenants`: a Baseline-tier ClusterNetworkPolicy that denies all ingress and egress of every
    /// pod in the tenant namespaces: the example cluster's step 1, once for the cluster instead of a `deny-all`
    /// per namespace.
    ///
    /// Baseline policies decide only what no NetworkPolicy isolates, so a namespace's own NetworkPolicies
    /// override it. `v1alpha2` ingress peers are namespaces and pods only: ingress from addresses outside the
    /// cluster is not denied (`deny-all` denies it; ``calicoBaselineDenyTenants`` too).
    public static let baselineDenyTenants = Template(
        name: "baseline-deny-tenants",
        description: "Baseline ClusterNetworkPolicy: deny all ingress from every namespace and all egress to every "
            + "namespace and network, for every pod of the tenant namespaces (deny-all once for the cluster). A "
            + "namespace's NetworkPolicies override it (Baseline tier); ingress from outside the cluster is not "
            + "covered (v1alpha2 ingress peers are namespaces and pods only).",
        parameters: [
            tenantsParameter,
            TemplateParameter(
                "priority", .integer, .defaulted("1000"),
                description: "The priority in the Baseline tier (0-1000, lower first; 1000: after every other "
                    + "Baseline policy)."),
            clusterPolicyName(default: "baseline-deny-tenants"),
        ]
    ) { values in
        let policy = ClusterNetworkPolicy.baseline(
            values.text("name"), priority: values.integer("priority") ?? 1000,
            subject: ClusterPolicySubject(namespaces: values.selector("tenants"))
        )
        .ingress(.deny, from: [.namespaces([:])], name: "deny-all-ingress")
        .egress(.deny, to: [.namespaces([:]), .networks(everyAddress)], name: "deny-all-egress")
        return [.clusterNetworkPolicy(policy)]
    }

    /// `admin-allow-ingress-and-dns`: an Admin-tier ClusterNetworkPolicy with two `Accept` rules for the pods of
    /// the tenant namespaces: the ingress controller's pods may always reach them (on one port when given), and
    /// they may always reach the cluster DNS on UDP and TCP.
    ///
    /// Admin rules come before every NetworkPolicy, so no team can take these away. There is no `Pass` rule: the
    /// policy has no `Deny` to step around, and what its rules do not match goes on to the NetworkPolicy and
    /// Baseline tiers anyway; `v1alpha2` has no "same namespace" peer either, so intra-namespace traffic stays
    /// the teams' NetworkPolicies' to allow.
    public static let adminAllowIngressAndDNS = Template(
        name: "admin-allow-ingress-and-dns",
        description: "Admin ClusterNetworkPolicy: the ingress controller's pods always reach the pods of the tenant "
            + "namespaces, and those pods always reach the cluster DNS (Accept rules no NetworkPolicy can "
            + "override).",
        parameters: [
            tenantsParameter,
            TemplateParameter(
                "ingress-namespace", .namespaceName, .defaulted("ingress-nginx"),
                description: "The ingress controller's namespace, selected by its kubernetes.io/metadata.name label."),
            TemplateParameter(
                "ingress-pods", .labelSelector, .defaulted("app=ingress"),
                description: "The labels of the ingress controller's pods (the example cluster's; the ingress-nginx "
                    + "chart sets app.kubernetes.io/name=ingress-nginx; empty: every pod of the namespace)."),
            TemplateParameter(
                "port", .port, .optional,
                description: "The tenant pods' port the controller may reach, a number (TCP) or a container port "
                    + "name (none: every port)."),
            TemplateParameter(
                "dns-namespace", .namespaceName, .defaulted("kube-system"),
                description: "The namespace of the DNS pods, selected by its kubernetes.io/metadata.name label."),
            TemplateParameter(
                "dns-selector", .labelSelector, .defaulted("k8s-app=kube-dns"),
                description: "The labels of the DNS pods."),
            TemplateParameter(
                "dns-port", .port, .defaulted("53"),
                description: "The DNS pods' port, UDP and TCP (a name matches that container port whatever its "
                    + "protocol)."),
            TemplateParameter(
                "priority", .integer, .defaulted("100"),
                description: "The priority in the Admin tier (0-1000, lower first)."),
            clusterPolicyName(default: "admin-allow-ingress-and-dns"),
        ]
    ) { values in
        let controller = ClusterPolicyPeer(
            pods: NamespacedPodSelector(
                namespaceSelector: LabelSelector([Namespace.nameLabel: values.text("ingress-namespace")]),
                podSelector: values.selector("ingress-pods")))
        let dns = ClusterPolicyPeer(
            pods: NamespacedPodSelector(
                namespaceSelector: LabelSelector([Namespace.nameLabel: values.text("dns-namespace")]),
                podSelector: values.selector("dns-selector")))
        let ingressPorts: [ClusterPolicyProtocol]? =
            switch values.port("port") {
            case .int(let number)?: [.tcp(number)]
            case .string(let name)?: [.named(name)]
            case nil: nil
            }
        let dnsPorts: [ClusterPolicyProtocol] =
            switch values.port("dns-port") ?? .int(53) {
            case .int(let number): [.udp(number), .tcp(number)]
            case .string(let name): [.named(name)]
            }
        let policy = ClusterNetworkPolicy.admin(
            values.text("name"), priority: values.integer("priority") ?? 100,
            subject: ClusterPolicySubject(namespaces: values.selector("tenants"))
        )
        .ingress(.accept, from: [controller], protocols: ingressPorts, name: "ingress-controller")
        .egress(.accept, to: [dns], protocols: dnsPorts, name: "cluster-dns")
        return [.clusterNetworkPolicy(policy)]
    }

    // MARK: Shared by the cluster templates

    /// Every IPv4 and IPv6 address.
    static let everyAddress = ["0.0.0.0/0", "::/0"]

    /// `tenants`: the namespaces whose pods the cluster policies apply to, by label.
    static let tenantsParameter = TemplateParameter(
        "tenants", .labelSelector, .defaulted("tenant=true"),
        description: "The labels of the tenant namespaces (empty: every namespace, the ingress controller's and the "
            + "DNS's included).")

    static func clusterPolicyName(default name: String, kind: String = "ClusterNetworkPolicy") -> TemplateParameter {
        TemplateParameter("name", .objectName, .defaulted(name), description: "The name of the \(kind).")
    }
}
