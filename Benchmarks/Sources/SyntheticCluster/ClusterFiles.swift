import PodFence

/// Generated clusters written as manifests, the way a folder of a real cluster's export looks.
public enum ClusterFiles {
    /// One file a namespace (`ns-000.yaml`: the Namespace, then its pods, then its policies).
    /// - Parameters:
    ///   - namespaces: The namespaces.
    ///   - pods: The pods.
    ///   - policies: The policies.
    /// - Returns: File names and their YAML.
    public static func files(namespaces: [Namespace], pods: [Pod], policies: [NetworkPolicy]) -> [(
        name: String, text: String
    )] {
        var byNamespace: [String: [KubernetesObject]] = [:]
        for namespace in namespaces { byNamespace[namespace.name, default: []].append(.namespace(namespace)) }
        for pod in pods { byNamespace[pod.metadata.namespace ?? "default", default: []].append(.pod(pod)) }
        for policy in policies {
            byNamespace[policy.metadata.namespace ?? "default", default: []].append(.networkPolicy(policy))
        }
        let writer = YAMLWriter()
        return byNamespace.keys.sorted().map { name in
            (name + ".yaml", writer.write(documents: byNamespace[name]!.map(\.manifest)))
        }
    }
}
