extension PodCIDRPlanner {
    /// The Docker Enterprise, Calico and Kubernetes facts a pod CIDR change must respect, from PodFence's facts
    /// document (`docker-enterprise.md` §3–6), worded for this request.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - ranges: Every input range, the current pod network first.
    ///   - conflicts: The conflicts among them.
    ///   - target: The pod CIDR the plan moves to, if any.
    /// - Returns: The notes, the support statement first.
    /// - Complexity: O(n + c) for n ranges and c conflicts.
    static func notes(
        request: PodCIDRPlanRequest, ranges: [NetworkRange], conflicts: [PodCIDRConflict], target: IPPrefix?
    ) -> [PodCIDRPlanNote] {
        let family = request.family
        let newRange = target.map { "\($0)" } ?? "<new CIDR>"
        func prefixes(_ role: NetworkRange.Role) -> String {
            ranges.filter { $0.role == role }.map(\.prefix.description).joined(separator: ", ")
        }
        var notes = [
            PodCIDRPlanNote(
                topic: .support,
                text: "UCP and MKE take the pod CIDR at install time (ucp install --pod-cidr), and no Docker or "
                    + "Mirantis text describes changing [cluster_config] pod_cidr afterwards: changing the pod CIDR "
                    + "of a running UCP cluster is unsupported upstream and at your own risk. The supported way is a "
                    + "new install with --pod-cidr \(newRange).",
                source: "docker-enterprise.md §4.1, §4.3"),
            PodCIDRPlanNote(
                topic: .clusterSettings,
                text: "Besides the Calico pools, UCP's pod_cidr ([cluster_config] in ucp-config.toml) and, if UCP "
                    + "sets it, kube-controller-manager's --cluster-cidr must name \(newRange), so that the IPAM "
                    + "pools and the cluster CIDR agree.",
                source: "docker-enterprise.md §4.3", isInference: true),
        ]
        let services = prefixes(.serviceNetwork)
        notes.append(
            PodCIDRPlanNote(
                topic: .serviceNetwork,
                text: (services.isEmpty
                    ? "No service network was given; UCP's default is 10.96.0.0/16. "
                    : "The service network (\(services)) stays as it is. ")
                    + "It is set at install only (ucp install --service-cluster-ip-range, UCP 3.1.8 and later), must "
                    + "not overlap the pod network, and an IPv4 service range may have at most 20 host bits (/12).",
                source: "docker-enterprise.md §4.1, §6"))
        let swarm = prefixes(.swarmAddressPool)
        let swarmConflicts = conflicts.filter { $0.involves(.swarmAddressPool) }.count
        notes.append(
            PodCIDRPlanNote(
                topic: .swarm,
                text: (swarm.isEmpty
                    ? "No Swarm address pool was given; Swarm's default is 10.0.0.0/8. "
                    : "Swarm's default address pool (\(swarm)) ")
                    + "is set by docker swarm init --default-addr-pool before UCP is installed (the UCP installer "
                    + "does not take the flag): moving it means creating the swarm again."
                    + (swarmConflicts == 0
                        ? ""
                        : " The \(DecimalText.counted(swarmConflicts, "conflict")) with it stay until then."),
                source: "docker-enterprise.md §4.1"))
        notes.append(
            PodCIDRPlanNote(
                topic: .engine,
                text: "docker0 and docker_gwbridge take the first two of the engine's default-address-pools (MKE's "
                    + "ucp-bridge the third); by default 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16 cut into "
                    + "/20s. Changing them means editing daemon.json (bip, default-address-pools) on every host and "
                    + "restarting the engine.",
                source: "docker-enterprise.md §4.1; Docker's libnetwork ipamutils"))
        notes.append(
            PodCIDRPlanNote(
                topic: .calico,
                text: "A pool's blockSize is set when it is created (/\(PodCIDRCapacity.defaultBlockSize(family)) by "
                    + "default). Keep at least as many blocks as hosts: when the blocks run out, nodes borrow single "
                    + "addresses from other nodes' blocks and Calico adds a /\(family.bitWidth) route for each.",
                source: "docker-enterprise.md §5"))
        notes.append(encapsulationNote(request))
        if ranges.contains(where: { $0.role == .destination }) {
            notes.append(
                PodCIDRPlanNote(
                    topic: .calico,
                    text: request.natOutgoing
                        ? "With natOutgoing: true, traffic from pods to destinations outside every pool leaves with "
                            + "the node's address, so the destinations' firewalls need no change for \(newRange)."
                        : "With natOutgoing: false, destinations see pod addresses: their firewalls and routes must "
                            + "admit \(newRange).",
                    source: "Calico IPPool reference, natOutgoing"))
        }
        notes.append(
            PodCIDRPlanNote(
                topic: .kubernetes,
                text: "Calico IPAM ignores the nodes' podCIDRs. If kube-controller-manager allocates them "
                    + "(--allocate-node-cidrs; --node-cidr-mask-size is 24 for IPv4 and 64 for IPv6 by default), the "
                    + "cluster CIDR must be no longer than the node mask and holds 2^(mask - length) node CIDRs.",
                source: "docker-enterprise.md §6"))
        notes.append(
            PodCIDRPlanNote(
                topic: .support,
                text: "On Azure, UCP's pod CIDR must equal the hosts' VNet subnet (Azure IPAM hands out NIC "
                    + "addresses): this plan assumes Calico IPAM and does not apply there.",
                source: "docker-enterprise.md §4.1"))
        return notes
    }

    /// What the pools' encapsulation needs between hosts.
    private static func encapsulationNote(_ request: PodCIDRPlanRequest) -> PodCIDRPlanNote {
        let nat =
            "natOutgoing: true is recommended with it, or traffic leaving the cluster meets asymmetric routing "
            + "and reverse-path drops."
        switch (request.ipipMode, request.vxlanMode) {
        case (.never, .never):
            return PodCIDRPlanNote(
                topic: .calico,
                text: "Without encapsulation, the network between the hosts must route \(request.podCIDR) and the new "
                    + "pool to the right hosts (BGP peering on TCP 179).",
                source: "docker-enterprise.md §3.1, §5")
        case (.never, _):
            return PodCIDRPlanNote(
                topic: .calico,
                text: "VXLAN needs UDP 4789 open between all hosts (MKE 3.3 and later can run Calico with VXLAN; "
                    + "unconfirmed beyond its install flag). " + nat,
                source: "docker-enterprise.md §3.5, §5", isInference: true)
        default:
            return PodCIDRPlanNote(
                topic: .calico,
                text: "IP-in-IP needs IP protocol 4 allowed between all hosts (cloud security groups included) and "
                    + "BGP on TCP 179. " + nat,
                source: "docker-enterprise.md §3.1, §5")
        }
    }
}
