/// A destination-port match of a ClusterNetworkPolicy rule; exactly one field is set.
public struct ClusterPolicyProtocol: Sendable, Hashable {
    /// TCP, on a port, a range, or (with no `destinationPort`) every port.
    public var tcp: ClusterPolicyPortMatch?
    /// UDP, likewise.
    public var udp: ClusterPolicyPortMatch?
    /// SCTP, likewise.
    public var sctp: ClusterPolicyPortMatch?
    /// A container port name of the destination pod (experimental; not with networks, nodes or domainNames
    /// peers, which have no named ports).
    public var destinationNamedPort: String?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a port match; set exactly one field.
    /// - Parameters:
    ///   - tcp: A TCP match.
    ///   - udp: A UDP match.
    ///   - sctp: An SCTP match.
    ///   - destinationNamedPort: A named port of the destination.
    public init(
        tcp: ClusterPolicyPortMatch? = nil, udp: ClusterPolicyPortMatch? = nil, sctp: ClusterPolicyPortMatch? = nil,
        destinationNamedPort: String? = nil
    ) {
        self.tcp = tcp
        self.udp = udp
        self.sctp = sctp
        self.destinationNamedPort = destinationNamedPort
        self.unknownFields = ManifestMapping()
    }
}

/// The ports of one protocol a rule matches: `destinationPort`, a number or a range.
public struct ClusterPolicyPortMatch: Sendable, Hashable {
    /// The port or range; the API requires it (`minProperties: 1`).
    public var destinationPort: ClusterPolicyPort?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a match.
    /// - Parameter destinationPort: The port or range.
    public init(destinationPort: ClusterPolicyPort? = nil) {
        self.destinationPort = destinationPort
        self.unknownFields = ManifestMapping()
    }
}

/// A destination port: exactly one of `number` (1-65535) or `range`.
public struct ClusterPolicyPort: Sendable, Hashable {
    /// One port.
    public var number: Int?
    /// An inclusive range, `start` below `end`.
    public var range: ClusterPolicyPortRange?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a port; set exactly one field.
    /// - Parameters:
    ///   - number: One port.
    ///   - range: A range.
    public init(number: Int? = nil, range: ClusterPolicyPortRange? = nil) {
        self.number = number
        self.range = range
        self.unknownFields = ManifestMapping()
    }
}

/// An inclusive port range; `start` must be below `end`, both 1-65535.
public struct ClusterPolicyPortRange: Sendable, Hashable {
    /// The first port.
    public var start: Int?
    /// The last port.
    public var end: Int?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a range.
    /// - Parameters:
    ///   - start: The first port.
    ///   - end: The last port.
    public init(start: Int? = nil, end: Int? = nil) {
        self.start = start
        self.end = end
        self.unknownFields = ManifestMapping()
    }
}
