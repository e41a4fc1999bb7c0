/// A range of addresses that a cluster uses or must reach, with the role it plays: the pod network, the service
/// network, a node network, a Docker bridge or address pool, or a destination outside the cluster.
///
/// The role decides what breaks when two ranges overlap (see ``PodCIDRConflict``), and the optional name says
/// which one it is in messages (`docker0`, `corporate servers`):
///
/// ```swift
/// let servers = NetworkRange(.destination, try IPPrefix(parsing: "192.168.10.0/24"), name: "file servers")
/// servers.description   // "destination file servers (192.168.10.0/24)"
/// ```
public struct NetworkRange: Sendable, Hashable {
    /// What a range is for.
    ///
    /// Roles sort in the order listed here, which is the order conflicts and inputs are reported in.
    public enum Role: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
        /// The pod network: the Calico IP pool pods take their addresses from (UCP's `pod_cidr`).
        case podNetwork
        /// The service network: the ClusterIP range (`--service-cluster-ip-range`).
        case serviceNetwork
        /// A network the cluster's hosts (managers and workers) have their addresses in.
        case nodeNetwork
        /// A Docker bridge that exists on every host, such as `docker0` or `docker_gwbridge`: the host has a
        /// connected route for it.
        case bridgeNetwork
        /// A Swarm default address pool (`docker swarm init --default-addr-pool`): overlay networks take their
        /// subnets from it when they are created.
        case swarmAddressPool
        /// An engine default address pool (`default-address-pools` in `daemon.json`): bridge networks take their
        /// subnets from it when they are created.
        case engineAddressPool
        /// A network that pods must reach, outside the cluster: servers that cannot move.
        case destination

        /// The role in words, as messages use it: `pod network`, `Swarm address pool`, `destination`.
        public var description: String {
            switch self {
            case .podNetwork: "pod network"
            case .serviceNetwork: "service network"
            case .nodeNetwork: "node network"
            case .bridgeNetwork: "bridge network"
            case .swarmAddressPool: "Swarm address pool"
            case .engineAddressPool: "engine address pool"
            case .destination: "destination"
            }
        }

        /// Whether the range is a pool that subnets are taken from on demand, rather than addresses in use.
        ///
        /// An overlap with a pool breaks something only once a subnet is allocated in the overlap, so such
        /// conflicts are warnings.
        public var isAllocationPool: Bool {
            self == .swarmAddressPool || self == .engineAddressPool
        }

        /// Orders roles as they are listed.
        ///
        /// - Parameters:
        ///   - lhs: A role.
        ///   - rhs: Another role.
        public static func < (lhs: Role, rhs: Role) -> Bool {
            lhs.rank < rhs.rank
        }

        /// The position of the role in ``allCases``.
        private var rank: Int {
            Self.allCases.firstIndex(of: self) ?? 0
        }
    }

    /// What the range is for.
    public var role: Role
    /// The addresses.
    public var prefix: IPPrefix
    /// A name that tells the range apart from others of its role, such as `docker0`; `nil` when there is none.
    public var name: String?

    /// Creates a range.
    ///
    /// - Parameters:
    ///   - role: What the range is for.
    ///   - prefix: The addresses.
    ///   - name: A name for messages, such as `docker0`.
    public init(_ role: Role, _ prefix: IPPrefix, name: String? = nil) {
        self.role = role
        self.prefix = prefix
        self.name = name
    }
}

extension NetworkRange: Comparable {
    /// Orders by role, then by prefix, then by name.
    ///
    /// - Parameters:
    ///   - lhs: A range.
    ///   - rhs: Another range.
    public static func < (lhs: NetworkRange, rhs: NetworkRange) -> Bool {
        (lhs.role, lhs.prefix, lhs.name ?? "") < (rhs.role, rhs.prefix, rhs.name ?? "")
    }
}

extension NetworkRange: CustomStringConvertible {
    /// The role, the name if any, and the prefix: `node network 10.30.4.0/24`, `bridge network docker0
    /// (172.17.0.0/16)`.
    public var description: String {
        guard let name, !name.isEmpty else { return "\(role) \(prefix)" }
        return "\(role) \(name) (\(prefix))"
    }
}
