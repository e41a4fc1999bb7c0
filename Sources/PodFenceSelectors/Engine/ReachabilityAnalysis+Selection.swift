import PodFenceModel

extension ReachabilityAnalysis {
    /// True when a selector peer (semantics §1.4) selects a peer: an absent namespaceSelector means the
    /// policy's own namespace, an absent podSelector means every pod of the selected namespaces.
    func selects(
        _ peer: Int, podSelector: LabelSelector?, namespaceSelector: LabelSelector?, policyNamespace: Int
    ) -> Bool {
        let record = records[peer]
        let namespaceMatches =
            namespaceSelector.map { $0.matches(namespaces[record.namespaceIndex].labels) }
            ?? (record.namespaceIndex == policyNamespace)
        return namespaceMatches && (podSelector?.matches(record.peer.labels) ?? true)
    }

    /// The index in ``policies`` of a policy given to the initialiser, which sorts them.
    ///
    /// Deprecated: find a policy by what names it with ``policy(_:)`` or ``policy(namespace:name:location:)``
    /// rather than by the order it was given in.
    /// - Parameter position: The policy's position in the `policies` the analysis was created with.
    @available(*, deprecated, message: "use policy(_:) or policy(namespace:name:location:), which return a PolicyID")
    public func policyIndex(ofInput position: Int) -> Int {
        policyIndexByInput[position]
    }

    /// The peers a policy applies to: those of its namespace that its `spec.podSelector` matches (hostNetwork
    /// peers included only when they are treated as pods).
    /// - Parameter policy: The index of the policy in ``policies``.
    /// - Complexity: O(p) for p peers.
    public func subjects(ofPolicy policy: Int) -> [Int] {
        let compiled = compiled[policy]
        return records.indices.filter { index in
            records[index].selectable && records[index].namespaceIndex == compiled.namespaceIndex
                && compiled.podSelector.matches(records[index].peer.labels)
        }
    }

    /// The peers that a NetworkPolicy peer written in a policy selects (pods only: an ipBlock selects no
    /// peer by name).
    /// - Parameters:
    ///   - peer: The peer as written.
    ///   - policy: The index of the policy in ``policies`` (its namespace scopes selector-only peers).
    /// - Complexity: O(p) for p peers.
    public func peers(selectedBy peer: NetworkPolicyPeer, inPolicy policy: Int) -> [Int] {
        guard peer.ipBlock == nil, peer.podSelector != nil || peer.namespaceSelector != nil else { return [] }
        let namespace = compiled[policy].namespaceIndex
        return records.indices.filter { index in
            records[index].selectable
                && selects(
                    index, podSelector: peer.podSelector, namespaceSelector: peer.namespaceSelector,
                    policyNamespace: namespace)
        }
    }

    /// The namespaces the analysis knows, with the labels selectors see (the automatic name label included).
    public var namespaceLabels: [(name: String, labels: [String: String])] {
        namespaces.map { (name: $0.name, labels: $0.labels) }
    }

    /// Every port a peer's containers declare (numbered and named), per protocol.
    /// - Parameter peer: The peer's index.
    public func declaredPorts(of peer: Int) -> PortSet {
        records[peer].declaredPorts
    }
}
