/// The address ranges a Docker Enterprise (UCP, later Mirantis MKE) cluster uses when nobody changes them, for
/// a plan to assume when its request leaves them out.
///
/// From PodFence's facts document (`docker-enterprise.md` §4.1: UCP's plan-installation page) and, for the
/// engine's pools, from Docker's source (`libnetwork/ipamutils`), which lists `172.17.0.0/16` through
/// `172.31.0.0/16` where the facts document says 172.17–172.30.
public enum DockerEnterpriseDefaults {
    /// UCP's default pod network, `192.168.0.0/16` (`ucp install --pod-cidr`; also MKE 4's `clusterCIDRIPv4`).
    public static let podCIDR = SpecialPurposeBlock.v4(192, 168, 0, 0, 16)

    /// UCP's default service network, `10.96.0.0/16` (`ucp install --service-cluster-ip-range`, UCP 3.1.8 and
    /// later; kubeadm's default is `10.96.0.0/12`).
    public static let serviceCIDR = SpecialPurposeBlock.v4(10, 96, 0, 0, 16)

    /// Swarm's default address pool, `10.0.0.0/8`, from which overlay networks take `/24` subnets (the ingress
    /// network is `10.255.0.0/24`). Set with `docker swarm init --default-addr-pool` before UCP is installed.
    public static let swarmAddressPool = SpecialPurposeBlock.v4(10, 0, 0, 0, 8)

    /// The bridges every host has: `docker0` on `172.17.0.0/16` and `docker_gwbridge` on `172.18.0.0/16`, the
    /// first and second of the engine's default address pools. (MKE adds `ucp-bridge`, the third.)
    public static let bridgeNetworks: [NetworkRange] = [
        NetworkRange(.bridgeNetwork, SpecialPurposeBlock.v4(172, 17, 0, 0, 16), name: "docker0"),
        NetworkRange(.bridgeNetwork, SpecialPurposeBlock.v4(172, 18, 0, 0, 16), name: "docker_gwbridge"),
    ]

    /// The engine's default address pools (`default-address-pools` in `daemon.json`): `172.17.0.0/16` through
    /// `172.31.0.0/16`, each taken whole by a bridge network, and `192.168.0.0/16`, cut into `/20`s.
    ///
    /// The last one is UCP's default pod network too: a bridge network created once the `172.x` pools run out
    /// lands inside it.
    public static let engineAddressPools: [IPPrefix] = [
        SpecialPurposeBlock.v4(172, 17, 0, 0, 16), SpecialPurposeBlock.v4(172, 18, 0, 0, 16),
        SpecialPurposeBlock.v4(172, 19, 0, 0, 16), SpecialPurposeBlock.v4(172, 20, 0, 0, 14),
        SpecialPurposeBlock.v4(172, 24, 0, 0, 14), SpecialPurposeBlock.v4(172, 28, 0, 0, 14),
        SpecialPurposeBlock.v4(192, 168, 0, 0, 16),
    ]

    /// kubelet's default `maxPods`, 110: the pods a node runs at most.
    public static let podsPerNode = 110

    /// kube-controller-manager's default `--node-cidr-mask-size`: 24 for IPv4, 64 for IPv6.
    ///
    /// - Parameter family: The address family.
    public static func nodeCIDRMaskSize(_ family: IPFamily) -> Int {
        family == .ipv4 ? 24 : 64
    }

    /// The Docker ranges of a default install as planning inputs: the Swarm pool, the two bridges and the engine
    /// pools.
    public static var dockerRanges: [NetworkRange] {
        [NetworkRange(.swarmAddressPool, swarmAddressPool)] + bridgeNetworks
            + engineAddressPools.map { NetworkRange(.engineAddressPool, $0) }
    }
}
