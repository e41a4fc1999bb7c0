import PodFenceModel

extension Template {
    /// `calico-baseline-deny-tenants`: ``baselineDenyTenants`` as a Calico `GlobalNetworkPolicy` in the
    /// `kube-baseline` tier, where Calico puts the Baseline ClusterNetworkPolicies (after the `default` tier of the
    /// NetworkPolicies, so these override it as they do the Baseline tier).
    ///
    /// Calico rules can deny every source, so this one also denies ingress from outside the cluster, which the
    /// ClusterNetworkPolicy cannot. The reachability engine evaluates it in its tier (docs/calico.md).
    public static let calicoBaselineDenyTenants = Template(
        name: "calico-baseline-deny-tenants",
        description: "Calico GlobalNetworkPolicy (kube-baseline tier): deny all ingress and egress of every pod of "
            + "the tenant namespaces; a namespace's NetworkPolicies (default tier) override it.",
        parameters: [
            tenantsParameter,
            calicoTierParameter(default: "kube-baseline"),
            TemplateParameter(
                "priority", .integer, .defaulted("1000"),
                description: "The order in the tier (lower first; Calico counts a BaselineAdminNetworkPolicy as "
                    + "1000)."),
            clusterPolicyName(default: "baseline-deny-tenants", kind: "GlobalNetworkPolicy"),
        ]
    ) { values in
        let deny = calicoRule("Deny")
        return [calicoGlobalPolicy(values, order: values.integer("priority") ?? 1000, ingress: [deny], egress: [deny])]
    }

    /// `calico-admin-allow-ingress-and-dns`: ``adminAllowIngressAndDNS`` as a Calico `GlobalNetworkPolicy` in the
    /// `kube-admin` tier, evaluated before the NetworkPolicies.
    ///
    /// The policy ends without a `Pass` rule, as the ClusterNetworkPolicy does: what it does not allow goes on to
    /// the tier's default action, which is `Pass` in `kube-admin` (a custom tier must say `defaultAction: Pass`, or
    /// Calico denies it at the end of the tier). Calico ports need a protocol: a named ingress port is matched on
    /// TCP.
    public static let calicoAdminAllowIngressAndDNS = Template(
        name: "calico-admin-allow-ingress-and-dns",
        description: "Calico GlobalNetworkPolicy (kube-admin tier): the ingress controller's pods always reach the "
            + "pods of the tenant namespaces, and those pods always reach the cluster DNS.",
        parameters: [
            tenantsParameter,
            calicoTierParameter(default: "kube-admin"),
            TemplateParameter(
                "ingress-namespace", .namespaceName, .defaulted("ingress-nginx"),
                description: "The ingress controller's namespace."),
            TemplateParameter(
                "ingress-pods", .labelSelector, .defaulted("app=ingress"),
                description: "The labels of the ingress controller's pods (empty: every pod of the namespace)."),
            TemplateParameter(
                "port", .port, .optional,
                description: "The tenant pods' TCP port the controller may reach, a number or a container port name "
                    + "(none: every port and protocol)."),
            TemplateParameter(
                "dns-namespace", .namespaceName, .defaulted("kube-system"),
                description: "The namespace of the DNS pods."),
            TemplateParameter(
                "dns-selector", .labelSelector, .defaulted("k8s-app=kube-dns"),
                description: "The labels of the DNS pods."),
            TemplateParameter(
                "dns-port", .port, .defaulted("53"), description: "The DNS pods' port, UDP and TCP."),
            TemplateParameter(
                "priority", .integer, .defaulted("100"), description: "The order in the tier (lower first)."),
            clusterPolicyName(default: "admin-allow-ingress-and-dns", kind: "GlobalNetworkPolicy"),
        ]
    ) { values in
        let port = values.port("port")
        let controller = calicoEndpoints(
            namespace: values.text("ingress-namespace"), pods: values.selector("ingress-pods"), ports: nil)
        let dnsPort = values.port("dns-port") ?? .int(53)
        let dns = calicoEndpoints(
            namespace: values.text("dns-namespace"), pods: values.selector("dns-selector"), ports: [dnsPort])
        var toController = ManifestBuilder()
        toController.set("ports", port.map { ManifestNode.sequence([$0.manifest]) })
        let ingress = calicoRule(
            "Allow", protocol: port == nil ? nil : "TCP", source: controller,
            destination: port == nil ? nil : toController.node)
        let egress = ["UDP", "TCP"].map { calicoRule("Allow", protocol: $0, destination: dns) }
        return [
            calicoGlobalPolicy(values, order: values.integer("priority") ?? 100, ingress: [ingress], egress: egress)
        ]
    }

    // MARK: Calico documents

    /// The `projectcalico.org/v3` API version of the Calico kinds.
    static let calicoAPIVersion = "projectcalico.org/v3"

    private static func calicoTierParameter(default tier: String) -> TemplateParameter {
        TemplateParameter(
            "tier", .objectName, .defaulted(tier),
            description: "The Calico tier (\(tier): where Calico puts the ClusterNetworkPolicies of that tier; a "
                + "custom tier needs defaultAction: Pass).")
    }

    /// A GlobalNetworkPolicy for the pods of the tenant namespaces, both directions.
    private static func calicoGlobalPolicy(
        _ values: TemplateValues, order: Int, ingress: [ManifestNode], egress: [ManifestNode]
    ) -> KubernetesObject {
        var spec = ManifestBuilder()
        spec.set("tier", values.text("tier"))
        spec.set("order", order)
        spec.set("namespaceSelector", calicoSelector(values.selector("tenants")))
        spec.set("types", ManifestNode.sequence([.string("Ingress"), .string("Egress")]))
        spec.set("ingress", ManifestNode.sequence(ingress))
        spec.set("egress", ManifestNode.sequence(egress))
        var document = ManifestBuilder()
        document.set("apiVersion", calicoAPIVersion)
        document.set("kind", "GlobalNetworkPolicy")
        document.set("metadata", ObjectMeta(name: values.text("name")))
        document.set("spec", spec.node)
        // Decoded as the loader decodes it, so that the engine evaluates what the template renders.
        var decoder = ManifestDecoder()
        return .calicoGlobalNetworkPolicy(CalicoGlobalNetworkPolicy(manifest: document.node, decoder: &decoder))
    }

    /// A rule: an action, and optionally a protocol, a source and a destination.
    private static func calicoRule(
        _ action: String, protocol: String? = nil, source: ManifestNode? = nil, destination: ManifestNode? = nil
    ) -> ManifestNode {
        var rule = ManifestBuilder()
        rule.set("action", action)
        rule.set("protocol", `protocol`)
        rule.set("source", source)
        rule.set("destination", destination)
        return rule.node
    }

    /// An entity rule for the pods with some labels in the namespace with a name (Calico's
    /// `projectcalico.org/name` label), on some ports.
    private static func calicoEndpoints(namespace: String, pods: LabelSelector, ports: [IntOrString]?) -> ManifestNode {
        var entity = ManifestBuilder()
        entity.set("namespaceSelector", "projectcalico.org/name == '\(namespace)'")
        entity.set("selector", calicoSelector(pods))
        entity.set("ports", ports.map { ManifestNode.sequence($0.map(\.manifest)) })
        return entity.node
    }

    /// A `matchLabels` selector in Calico's selector syntax: `key == 'value'` joined by `&&`, sorted by key;
    /// `all()` for the empty selector. Checked label keys and values cannot hold a quote, so no value can change
    /// the expression.
    static func calicoSelector(_ selector: LabelSelector) -> String {
        let labels = selector.matchLabels
        if labels.isEmpty { return "all()" }
        return labels.keys.sorted().map { "\($0) == '\(labels[$0] ?? "")'" }.joined(separator: " && ")
    }
}
