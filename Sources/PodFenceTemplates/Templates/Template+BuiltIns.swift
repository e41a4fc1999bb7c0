import PodFenceModel

extension Template {
    /// Every built-in template, in the order listings show them.
    public static let builtIns: [Template] = [
        namespace, denyAll, allowDNSEgress, allowInternalIngress, allowIngressFromNamespace, allowSameNamespace,
        allowEgressToCIDR, baselineDenyTenants, adminAllowIngressAndDNS, calicoBaselineDenyTenants,
        calicoAdminAllowIngressAndDNS,
    ]

    /// `namespace`: the Namespace object, labelled `<namespace-label>: <namespace>` (`ns-id: ns-app1`), the label
    /// the other templates select namespaces by.
    public static let namespace = Template(
        name: "namespace",
        description: "The team's Namespace, labelled with the key the other templates select namespaces by.",
        parameters: [namespaceParameter("The namespace to create."), namespaceLabelParameter]
    ) { values in
        let name = values.text("namespace")
        return [.namespace(Namespace(name: name, labels: [values.text("namespace-label"): name]))]
    }

    /// `deny-all`: a policy selecting every pod of a namespace and isolating both directions with no rule, so
    /// that nothing goes in or out until other policies allow it (step 1 of the example cluster).
    public static let denyAll = Template(
        name: "deny-all",
        description: "Deny all ingress and egress of every pod of a namespace (apply at onboarding; pair it with "
            + "allow-dns-egress, or name resolution stops).",
        parameters: [namespaceParameter("The namespace to isolate."), policyName(default: "deny-all")]
    ) { values in
        [.networkPolicy(.denyAll(in: values.text("namespace"), name: values.text("name")))]
    }

    /// `allow-dns-egress`: the selected pods may send UDP and TCP to port 53 (or another DNS port) of the cluster
    /// DNS pods, selected by label in the DNS namespace (by its automatic `kubernetes.io/metadata.name` label).
    public static let allowDNSEgress = Template(
        name: "allow-dns-egress",
        description: "Let the selected pods resolve names: UDP and TCP to the cluster DNS pods (needed once egress "
            + "is isolated).",
        parameters: [
            namespaceParameter("The namespace of the policy."),
            podSelectorParameter("The pods that may resolve names (empty: every pod of the namespace)."),
            TemplateParameter(
                "dns-namespace", .namespaceName, .defaulted("kube-system"),
                description: "The namespace of the DNS pods, selected by its kubernetes.io/metadata.name label."),
            TemplateParameter(
                "dns-selector", .labelSelector, .defaulted("k8s-app=kube-dns"),
                description: "The labels of the DNS pods."),
            TemplateParameter(
                "port", .port, .defaulted("53"),
                description: "The port the DNS pods listen on (the pod's port, not the Service's: 5353 on some "
                    + "distributions)."),
            policyName(default: "allow-dns-egress"),
        ]
    ) { values in
        let port = values.port("port") ?? .int(53)
        let dns = NetworkPolicyPeer(
            podSelector: values.selector("dns-selector"),
            namespaceSelector: LabelSelector([Namespace.nameLabel: values.text("dns-namespace")]))
        let policy = NetworkPolicy(name: values.text("name"), namespace: values.text("namespace"))
            .selecting(values.selector("pod-selector"))
            .applying(to: [.egress])
            .allowingEgress(
                to: [dns],
                ports: [
                    NetworkPolicyPort(protocol: .udp, port: port), NetworkPolicyPort(protocol: .tcp, port: port),
                ])
        return [.networkPolicy(policy)]
    }

    /// `allow-internal-ingress`: pods of a project accept traffic from pods of the same project in the same
    /// namespace, through one peer with both selectors (step 2 of the example cluster).
    public static let allowInternalIngress = Template(
        name: "allow-internal-ingress",
        description: "Let the pods of a project accept traffic from the pods of the same project in the same "
            + "namespace (one peer: namespace AND project).",
        parameters: [
            namespaceParameter("The project's namespace."),
            TemplateParameter("project", .labelValue, description: "The project, as the value of the project label."),
            TemplateParameter(
                "project-label", .labelKey, .defaulted("project"), description: "The label key naming the project."),
            namespaceLabelParameter,
            policyName(default: "allow-internal-ingress"),
        ]
    ) { values in
        let project = [values.text("project-label"): values.text("project")]
        let namespace = values.text("namespace")
        let policy = NetworkPolicy(name: values.text("name"), namespace: namespace)
            .selecting(project)
            .applying(to: [.ingress])
            .allowingIngress(from: [.pods(project, inNamespaces: [values.text("namespace-label"): namespace])])
        return [.networkPolicy(policy)]
    }

    /// `allow-ingress-from-namespace`: the selected pods accept traffic from every pod of another namespace,
    /// such as the ingress controller's, selected by the namespace label (step 3 of the example cluster).
    public static let allowIngressFromNamespace = Template(
        name: "allow-ingress-from-namespace",
        description: "Let the selected pods accept traffic from every pod of a namespace, such as the ingress "
            + "controller's.",
        parameters: [
            namespaceParameter("The namespace of the pods that accept the traffic."),
            TemplateParameter(
                "from-namespace", .namespaceName, description: "The namespace the traffic comes from."),
            podSelectorParameter("The pods that accept the traffic (empty: every pod of the namespace)."),
            namespaceLabelParameter,
            policyName(default: "allow-ingress-from-{{ from-namespace }}"),
        ]
    ) { values in
        let policy = NetworkPolicy(name: values.text("name"), namespace: values.text("namespace"))
            .selecting(values.selector("pod-selector"))
            .applying(to: [.ingress])
            .allowingIngress(from: [.namespaces([values.text("namespace-label"): values.text("from-namespace")])])
        return [.networkPolicy(policy)]
    }

    /// `allow-same-namespace`: the selected pods accept traffic from, and may send traffic to, every pod of their
    /// own namespace. Both directions, so that it works under `deny-all`; it also isolates the egress of the
    /// pods it selects (pair it with `allow-dns-egress`).
    public static let allowSameNamespace = Template(
        name: "allow-same-namespace",
        description: "Let the selected pods exchange traffic with every pod of their own namespace, both ways.",
        parameters: [
            namespaceParameter("The namespace."),
            podSelectorParameter("The pods concerned (empty: every pod of the namespace)."),
            policyName(default: "allow-same-namespace"),
        ]
    ) { values in
        let everyPod = NetworkPolicyPeer(podSelector: LabelSelector())
        let policy = NetworkPolicy(name: values.text("name"), namespace: values.text("namespace"))
            .selecting(values.selector("pod-selector"))
            .applying(to: [.ingress, .egress])
            .allowingIngress(from: [everyPod])
            .allowingEgress(to: [everyPod])
        return [.networkPolicy(policy)]
    }

    /// `allow-egress-to-cidr`: the selected pods may send traffic to the addresses of a CIDR, on one port and
    /// protocol when given (a protocol alone allows all its ports; neither allows every port and protocol).
    public static let allowEgressToCIDR = Template(
        name: "allow-egress-to-cidr",
        description: "Let the selected pods send traffic to a CIDR outside the cluster, optionally on one port.",
        parameters: [
            namespaceParameter("The namespace of the policy."),
            TemplateParameter("cidr", .cidr, description: "The destination addresses."),
            podSelectorParameter("The pods that may send the traffic (empty: every pod of the namespace)."),
            TemplateParameter(
                "port", .port, .optional, description: "The destination port (none: every port of the protocol)."),
            TemplateParameter(
                "protocol", .protocol, .optional,
                description: "The protocol (TCP when only a port is given; none: every protocol)."),
            policyName(default: "allow-egress-to-cidr"),
        ]
    ) { values in
        let port = values.port("port")
        let proto = values.protocol("protocol")
        let ports: [NetworkPolicyPort]? =
            port == nil && proto == nil ? nil : [NetworkPolicyPort(protocol: proto ?? .tcp, port: port)]
        let policy = NetworkPolicy(name: values.text("name"), namespace: values.text("namespace"))
            .selecting(values.selector("pod-selector"))
            .applying(to: [.egress])
            .allowingEgress(to: [.ipBlock(values.text("cidr"))], ports: ports)
        return [.networkPolicy(policy)]
    }

    // MARK: Shared parameters

    private static func namespaceParameter(_ description: String) -> TemplateParameter {
        TemplateParameter("namespace", .namespaceName, description: description)
    }

    private static let namespaceLabelParameter = TemplateParameter(
        "namespace-label", .labelKey, .defaulted("ns-id"),
        description: "The namespace label whose value is the namespace's name (kubernetes.io/metadata.name is set "
            + "by the API server on every namespace).")

    private static func podSelectorParameter(_ description: String) -> TemplateParameter {
        TemplateParameter("pod-selector", .labelSelector, .defaulted(""), description: description)
    }

    private static func policyName(default name: String) -> TemplateParameter {
        TemplateParameter("name", .objectName, .defaulted(name), description: "The name of the NetworkPolicy.")
    }
}
