import PodFenceCIDR
import PodFenceModel

/// One rule of a firewall plan: traffic from a source (a VLAN, anywhere outside the cluster, or the host
/// itself) to the hosts of a VLAN, on a transport and port, for a purpose of the port table.
///
/// Rules are for new connections in the direction given; replies are allowed by connection tracking.
public struct FirewallRule: Sendable, Hashable {
    /// Where traffic comes from.
    public enum Source: Sendable, Hashable, CustomStringConvertible {
        /// The hosts of a VLAN.
        case vlan(String)
        /// Anywhere outside the cluster (users, load balancers).
        case external
        /// The destination host itself: a local-only port that needs no firewall rule.
        case local

        /// The VLAN's name, `external` or `local`.
        public var description: String {
            switch self {
            case .vlan(let name): name
            case .external: "external"
            case .local: "local"
            }
        }
    }

    /// Where traffic comes from.
    public var source: Source
    /// The source addresses (the VLAN's subnet; empty for external and local).
    public var sourcePrefixes: [IPPrefix]
    /// The destination VLAN's name.
    public var destination: String
    /// The destination addresses: the VLAN's subnet, or only the hosts of ``hosts`` when other hosts share it.
    public var destinationPrefixes: [IPPrefix]
    /// The roles of the destination hosts.
    public var hosts: [ClusterNode.Role]
    /// The row of the port table.
    public var port: UCPPort
    /// The scope this rule implements.
    public var scope: UCPPort.Scope

    /// Creates a rule.
    /// - Parameters:
    ///   - source: Where traffic comes from.
    ///   - sourcePrefixes: The source addresses.
    ///   - destination: The destination VLAN.
    ///   - destinationPrefixes: The destination addresses.
    ///   - hosts: The destination hosts' roles.
    ///   - port: The row.
    ///   - scope: The scope implemented.
    public init(
        source: Source, sourcePrefixes: [IPPrefix], destination: String, destinationPrefixes: [IPPrefix],
        hosts: [ClusterNode.Role], port: UCPPort, scope: UCPPort.Scope
    ) {
        self.source = source
        self.sourcePrefixes = sourcePrefixes
        self.destination = destination
        self.destinationPrefixes = destinationPrefixes
        self.hosts = hosts
        self.port = port
        self.scope = scope
    }

    /// True for a local-only port: listed for completeness, never written as a firewall rule.
    public var isLocalOnly: Bool { scope == .local }

    /// `managers`, `workers` or `managers+workers`.
    public var hostsText: String { hosts.sorted().map(\.plural).joined(separator: "+") }
}
