import PodFenceModel

/// One row of a UCP/MKE port table: what must be open on which hosts, for whom, and why.
///
/// UCP's tables give a scope instead of a direction: `External` (from outside the cluster: users, load
/// balancers), `Internal` (from other cluster hosts), `Self` (only from the same host, so no firewall rule).
/// A row open on "TCP + UDP" is two values here, one per transport.
public struct UCPPort: Sendable, Hashable {
    /// A transport: TCP or UDP with ports, or a bare IP protocol number.
    public enum Transport: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// TCP.
        case tcp
        /// UDP.
        case udp
        /// An IP protocol without ports: 4 is IP-in-IP, 50 is ESP.
        case ipProtocol(Int)

        /// IP-in-IP, IP protocol 4 (Calico's default encapsulation).
        public static let ipInIP = Transport.ipProtocol(4)
        /// ESP, IP protocol 50 (encrypted overlay networks).
        public static let esp = Transport.ipProtocol(50)

        /// The IP protocol number (6 for TCP, 17 for UDP).
        public var number: Int {
            switch self {
            case .tcp: 6
            case .udp: 17
            case .ipProtocol(let number): number
            }
        }

        /// Orders by protocol number.
        public static func < (lhs: Transport, rhs: Transport) -> Bool { lhs.number < rhs.number }

        /// `TCP`, `UDP`, `IPIP (4)`, `ESP (50)` or `IP 47`.
        public var description: String {
            switch self {
            case .tcp: "TCP"
            case .udp: "UDP"
            case .ipProtocol(4): "IPIP (4)"
            case .ipProtocol(50): "ESP (50)"
            case .ipProtocol(let number): "IP \(number)"
            }
        }
    }

    /// Who a port is open for.
    public enum Scope: String, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
        /// From outside the cluster (users, load balancers).
        case external
        /// From the other cluster hosts.
        case `internal`
        /// Only from processes on the same host: no firewall rule needed.
        case local = "self"

        /// External, internal, self.
        public static func < (lhs: Scope, rhs: Scope) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .external: 0
            case .internal: 1
            case .local: 2
            }
        }

        /// `external`, `internal` or `self`.
        public var description: String { rawValue }
    }

    /// The transport.
    public var transport: Transport
    /// The port or range; nil for a bare IP protocol.
    public var ports: ClosedRange<Int>?
    /// The hosts it must be open on (managers, workers or both).
    public var openOn: [ClusterNode.Role]
    /// Who it is open for.
    public var scopes: [Scope]
    /// What it is for, as the table says.
    public var purpose: String
    /// True when UCP lets the port be changed at install time.
    public var isConfigurable: Bool

    /// Creates a row.
    /// - Parameters:
    ///   - transport: The transport.
    ///   - ports: The port or range (nil for a bare IP protocol).
    ///   - openOn: The hosts it is open on.
    ///   - scopes: Who it is open for.
    ///   - purpose: What it is for.
    ///   - isConfigurable: Whether UCP lets it be changed.
    public init(
        _ transport: Transport, _ ports: ClosedRange<Int>?, on openOn: [ClusterNode.Role], _ scopes: [Scope],
        _ purpose: String, configurable isConfigurable: Bool = false
    ) {
        self.transport = transport
        self.ports = ports
        self.openOn = openOn
        self.scopes = scopes
        self.purpose = purpose
        self.isConfigurable = isConfigurable
    }

    /// `443`, `12379-12386`, or empty for a bare IP protocol.
    public var portText: String {
        guard let ports else { return "" }
        return ports.count == 1 ? "\(ports.lowerBound)" : "\(ports.lowerBound)-\(ports.upperBound)"
    }
}
