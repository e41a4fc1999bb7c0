/// The `protocol` or `notProtocol` of a Calico rule: a name (`TCP`, `UDP`, `ICMP`, `ICMPv6`, `SCTP`,
/// `UDPLite`) or an IP protocol number from 1 to 255. Other spellings are kept for diagnostics, and a number
/// is written back as a number.
///
/// ```swift
/// CalicoProtocol.tcp.number          // 6
/// CalicoProtocol(number: 17).number  // 17
/// CalicoProtocol.udp.hasPorts        // true
/// ```
public struct CalicoProtocol: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The name, or the decimal text of the number.
    public var rawValue: String
    /// True when the protocol was written as a number (`protocol: 6`).
    public private(set) var isNumber: Bool

    /// Creates a protocol from its name.
    /// - Parameter rawValue: The name.
    public init(rawValue: String) {
        self.rawValue = rawValue
        self.isNumber = false
    }

    /// Creates a protocol from its number.
    /// - Parameter number: The IP protocol number (1-255 are valid).
    public init(number: Int) {
        self.rawValue = String(number)
        self.isNumber = true
    }

    /// TCP (6).
    public static let tcp = CalicoProtocol(rawValue: "TCP")
    /// UDP (17).
    public static let udp = CalicoProtocol(rawValue: "UDP")
    /// ICMP (1), IPv4 only.
    public static let icmp = CalicoProtocol(rawValue: "ICMP")
    /// ICMPv6 (58), IPv6 only.
    public static let icmpv6 = CalicoProtocol(rawValue: "ICMPv6")
    /// SCTP (132).
    public static let sctp = CalicoProtocol(rawValue: "SCTP")
    /// UDP-Lite (136).
    public static let udpLite = CalicoProtocol(rawValue: "UDPLite")
    /// The names Calico accepts, in its documentation's order.
    public static let names: [CalicoProtocol] = [.tcp, .udp, .icmp, .icmpv6, .sctp, .udpLite]

    private static let numbers: [String: Int] = [
        "TCP": 6, "UDP": 17, "ICMP": 1, "ICMPv6": 58, "SCTP": 132, "UDPLite": 136,
    ]

    /// The IP protocol number: the number written, or the number of a known name; nil for an unknown name.
    public var number: Int? {
        isNumber ? Int(rawValue) : Self.numbers[rawValue]
    }

    /// True for the protocols that have ports, the only ones a rule with `ports` or `notPorts` may name: TCP,
    /// UDP, SCTP and UDP-Lite, by name or number.
    public var hasPorts: Bool {
        switch number {
        case 6, 17, 132, 136: true
        default: false
        }
    }

    /// True for ICMP and ICMPv6, by name or number, the protocols `icmp` and `notICMP` need.
    public var isICMP: Bool { number == 1 || number == 58 }

    /// The name or number as written.
    public var description: String { rawValue }
}
