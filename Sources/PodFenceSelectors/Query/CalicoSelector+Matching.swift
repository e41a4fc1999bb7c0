import PodFenceModel

extension CalicoSelector {
    /// True when a resource with these labels matches (docs/calico.md, "Selectors"): `==`, `in`, `contains`,
    /// `starts with` and `ends with` need the label; `!=` and `not in` also match when it is absent; `all()`
    /// matches everything; `global()` matches only resources that are not namespaced.
    ///
    /// Calico gives endpoints and namespaces labels of its own; build them with
    /// ``endpointLabels(podLabels:namespace:namespaceLabels:serviceAccount:)`` and
    /// ``namespaceLabels(of:)`` before matching.
    ///
    /// ```swift
    /// let selector = try CalicoSelector(parsing: "tier != 'db' && env starts with 'prod'")
    /// selector.matches(["env": "production"])                 // true
    /// try CalicoSelector(parsing: "global()").matches([:])    // false: a pod or namespace is namespaced
    /// ```
    /// - Parameters:
    ///   - labels: The resource's labels.
    ///   - isNamespaced: False for a resource that is not namespaced (a host endpoint, a global network set),
    ///     the only ones `global()` matches; PodFence's pods and namespaces are namespaced.
    /// - Complexity: O(n × v) for n nodes with sets of v values.
    public func matches(_ labels: [String: String], isNamespaced: Bool = true) -> Bool {
        expression.matches(labels, isNamespaced: isNamespaced)
    }

    /// The labels Calico matches a pod's endpoint by: the pod's own labels, then
    /// `projectcalico.org/namespace`, `projectcalico.org/orchestrator: k8s` and, when the pod names one,
    /// `projectcalico.org/serviceaccount` (these replace a pod label of the same key), and the labels of the
    /// pod's namespace prefixed with `pcns.` (its namespace profile's labels, which the pod's own labels
    /// override).
    /// - Parameters:
    ///   - podLabels: The pod's labels.
    ///   - namespace: The pod's namespace.
    ///   - namespaceLabels: The namespace's labels (without Calico's `projectcalico.org/name`, added here).
    ///   - serviceAccount: The pod's service account, when known.
    /// - Returns: The labels a Calico selector sees on the endpoint.
    public static func endpointLabels(
        podLabels: [String: String], namespace: String, namespaceLabels: [String: String] = [:],
        serviceAccount: String? = nil
    ) -> [String: String] {
        var labels: [String: String] = [:]
        for (key, value) in namespaceLabels { labels[namespaceProfilePrefix + key] = value }
        labels[namespaceProfilePrefix + nameLabel] = namespace
        for (key, value) in podLabels { labels[key] = value }
        labels[namespaceLabel] = namespace
        labels[orchestratorLabel] = "k8s"
        if let serviceAccount, !serviceAccount.isEmpty { labels[serviceAccountLabel] = serviceAccount }
        return labels
    }

    /// The labels Calico matches a namespace by (in a `namespaceSelector`): its labels, with
    /// `projectcalico.org/name` set to its name.
    /// - Parameter namespace: The namespace.
    /// - Returns: The labels a Calico namespace selector sees.
    public static func namespaceLabels(of namespace: Namespace) -> [String: String] {
        var labels = namespace.effectiveLabels
        labels[nameLabel] = namespace.name
        return labels
    }

    /// `projectcalico.org/name`: a namespace's (or service account's) name.
    public static let nameLabel = "projectcalico.org/name"
    /// `projectcalico.org/namespace`: an endpoint's namespace.
    public static let namespaceLabel = "projectcalico.org/namespace"
    /// `projectcalico.org/orchestrator`: `k8s` for a pod.
    public static let orchestratorLabel = "projectcalico.org/orchestrator"
    /// `projectcalico.org/serviceaccount`: a pod's service account.
    public static let serviceAccountLabel = "projectcalico.org/serviceaccount"
    /// `pcns.`: the prefix of the namespace labels a pod inherits from its namespace profile.
    public static let namespaceProfilePrefix = "pcns."
}

extension CalicoSelector.Expression {
    /// True when a resource with these labels matches (see ``CalicoSelector/matches(_:isNamespaced:)``).
    /// - Parameters:
    ///   - labels: The resource's labels.
    ///   - isNamespaced: False for a resource that is not namespaced.
    public func matches(_ labels: [String: String], isNamespaced: Bool = true) -> Bool {
        switch self {
        case .all: true
        case .global: !isNamespaced
        case .has(let key): labels[key] != nil
        case .equals(let key, let value): labels[key] == value
        case .notEquals(let key, let value): labels[key] != value
        case .in(let key, let values): labels[key].map(values.contains) ?? false
        case .notIn(let key, let values): labels[key].map { !values.contains($0) } ?? true
        case .contains(let key, let value): labels[key].map { $0.contains(value) || value.isEmpty } ?? false
        case .startsWith(let key, let value): labels[key]?.hasPrefix(value) ?? false
        case .endsWith(let key, let value): labels[key]?.hasSuffix(value) ?? false
        case .not(let operand): !operand.matches(labels, isNamespaced: isNamespaced)
        case .and(let operands): operands.allSatisfy { $0.matches(labels, isNamespaced: isNamespaced) }
        case .or(let operands): operands.contains { $0.matches(labels, isNamespaced: isNamespaced) }
        }
    }
}
