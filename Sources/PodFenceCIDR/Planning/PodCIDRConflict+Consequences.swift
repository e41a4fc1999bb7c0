extension PodCIDRConflict {
    /// What breaks when two ranges overlap, or `nil` when their roles may overlap.
    ///
    /// The reasons come from how the addresses are routed on a Docker Enterprise host: Calico routes the pod
    /// network to the pods (through the tunnel for other hosts' blocks), kube-proxy captures traffic to the
    /// service network, every host has a connected route for each bridge, and Swarm and the engine take the
    /// subnets of new networks from their pools.
    ///
    /// - Parameters:
    ///   - first: The range whose role sorts first.
    ///   - second: The other range.
    ///   - overlap: The addresses both hold.
    /// - Complexity: O(1).
    static func consequence(of first: NetworkRange, and second: NetworkRange, overlap: IPPrefix) -> String? {
        let kubeProxy = "kube-proxy captures traffic to service addresses"
        switch (first.role, second.role) {
        case (.podNetwork, .serviceNetwork):
            return "pod and service addresses collide in \(overlap): \(kubeProxy), so pods given addresses there are "
                + "unreachable (Kubernetes requires the two ranges to be disjoint)"
        case (.podNetwork, .nodeNetwork):
            return "pods cannot reach the hosts in \(overlap): traffic to them is routed inside the pod network, and "
                + "Calico may give pods addresses that hosts already use"
        case (.podNetwork, .bridgeNetwork):
            return "every host routes \(second.prefix) to \(bridge(second)): traffic between pods with addresses in "
                + "\(overlap) and containers on the bridge goes to the wrong interface"
        case (.podNetwork, .swarmAddressPool):
            return "once Swarm creates an overlay network in \(overlap), its tasks and the pods with the same "
                + "addresses cannot reach each other"
        case (.podNetwork, .engineAddressPool):
            return "once the engine creates a bridge network in \(overlap) (docker network create, compose), its host "
                + "routes those addresses to the bridge and not to the pods"
        case (.podNetwork, .destination):
            return "pods cannot reach \(subject(second, overlap)): traffic to it is routed inside the pod network"
        case (.serviceNetwork, .nodeNetwork):
            return "pods cannot reach the hosts in \(overlap): \(kubeProxy)"
        case (.serviceNetwork, .bridgeNetwork):
            return "pods cannot reach containers on \(bridge(second)) with addresses in \(overlap): \(kubeProxy)"
        case (.serviceNetwork, .swarmAddressPool):
            return "once Swarm creates an overlay network in \(overlap), pods cannot reach its tasks: \(kubeProxy)"
        case (.serviceNetwork, .engineAddressPool):
            return "once the engine creates a bridge network in \(overlap), pods cannot reach its containers: "
                + kubeProxy
        case (.serviceNetwork, .destination):
            return "pods cannot reach \(subject(second, overlap)): \(kubeProxy)"
        case (.nodeNetwork, .bridgeNetwork):
            return "containers, pods and the hosts themselves cannot reach the hosts in \(overlap): every host routes "
                + "\(second.prefix) to \(bridge(second))"
        case (.nodeNetwork, .swarmAddressPool):
            return "once Swarm creates an overlay network in \(overlap), its tasks cannot reach the hosts with those "
                + "addresses"
        case (.nodeNetwork, .engineAddressPool):
            return "once the engine creates a bridge network in \(overlap), its host cannot reach the hosts with those "
                + "addresses"
        case (.bridgeNetwork, .swarmAddressPool):
            return
                "once Swarm creates an overlay network in \(overlap), it collides with \(bridge(first)) on every host"
        case (.bridgeNetwork, .destination):
            return "containers, pods and the hosts cannot reach \(subject(second, overlap)): every host routes "
                + "\(first.prefix) to \(bridge(first))"
        case (.swarmAddressPool, .engineAddressPool):
            return "an overlay network and a bridge network created in \(overlap) collide on the hosts that have both"
        case (.swarmAddressPool, .destination):
            return "once Swarm creates an overlay network in \(overlap), its tasks cannot reach "
                + subject(second, overlap)
        case (.engineAddressPool, .destination):
            return "once the engine creates a bridge network in \(overlap), its host, containers and pods cannot reach "
                + "\(subject(second, overlap)): the host routes those addresses to the bridge"
        default:
            // Same roles, nodes reached by pods, and bridges taken from the engine's own pools.
            return nil
        }
    }

    /// How a message names a bridge: its name, or `the bridge` followed by its prefix when it has none.
    ///
    /// - Parameter range: A bridge network.
    private static func bridge(_ range: NetworkRange) -> String {
        range.name.map { $0.isEmpty ? "the bridge \(range.prefix)" : $0 } ?? "the bridge \(range.prefix)"
    }

    /// How a message names the part of a destination that cannot be reached: the destination itself (with its
    /// name, if any) when all of it is in the overlap, otherwise the overlap and the destination it is part of.
    ///
    /// - Parameters:
    ///   - range: A destination.
    ///   - overlap: The part of it that overlaps the other range.
    private static func subject(_ range: NetworkRange, _ overlap: IPPrefix) -> String {
        let whole = range.name.map { $0.isEmpty ? "\(range.prefix)" : "\($0) (\(range.prefix))" } ?? "\(range.prefix)"
        return overlap == range.prefix ? whole : "\(overlap) of \(whole)"
    }
}
