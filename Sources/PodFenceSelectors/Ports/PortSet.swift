import PodFenceModel

/// Destination ports per transport protocol (TCP, UDP, SCTP), each as sorted, merged, inclusive ranges within
/// 1...65535: what a rule, a side or a connection allows.
///
/// ```swift
/// var ports = PortSet(.tcp, [8080...8090, 80...80])
/// ports.formUnion(.all(.udp))
/// ports[.tcp]                 // [80...80, 8080...8090]
/// ports.contains(8085, .tcp)  // true
/// ports.description           // "TCP 80, 8080-8090; UDP 1-65535"
/// ```
public struct PortSet: Sendable, Hashable, CustomStringConvertible {
    /// Every valid port number: 1...65535.
    public static let fullRange: ClosedRange<Int> = 1...65535

    /// The ranges of TCP, UDP and SCTP, in that order, each normalised.
    private var ranges: [[ClosedRange<Int>]]

    /// Creates the empty set.
    public init() {
        ranges = [[], [], []]
    }

    /// Creates the set of some ranges of one protocol. Ranges are clamped to 1...65535, sorted and merged; a
    /// protocol other than TCP, UDP and SCTP gives the empty set (NetworkPolicy defines no other).
    /// - Parameters:
    ///   - protocol: The protocol.
    ///   - ranges: The ranges, in any order.
    /// - Complexity: O(n log n) for n ranges.
    public init(_ protocol: PortProtocol, _ ranges: [ClosedRange<Int>]) {
        self.init()
        guard let slot = Self.slot(of: `protocol`) else { return }
        self.ranges[slot] = PortRangeAlgebra.normalized(ranges)
    }

    /// The empty set.
    public static var none: PortSet { PortSet() }

    /// Every port of every protocol.
    public static var all: PortSet {
        var set = PortSet()
        set.ranges = [[fullRange], [fullRange], [fullRange]]
        return set
    }

    /// Every port of one protocol.
    /// - Parameter protocol: The protocol.
    public static func all(_ protocol: PortProtocol) -> PortSet {
        PortSet(`protocol`, [fullRange])
    }

    /// The ranges of one protocol, sorted and merged; empty for a protocol other than TCP, UDP and SCTP.
    /// - Parameter protocol: The protocol.
    public subscript(protocol: PortProtocol) -> [ClosedRange<Int>] {
        Self.slot(of: `protocol`).map { ranges[$0] } ?? []
    }

    /// True when no port of any protocol is in the set.
    public var isEmpty: Bool { ranges[0].isEmpty && ranges[1].isEmpty && ranges[2].isEmpty }

    /// True when every port of every protocol is in the set.
    public var isAll: Bool { ranges.allSatisfy { $0 == [Self.fullRange] } }

    /// True when a port of a protocol is in the set.
    /// - Parameters:
    ///   - port: The port number.
    ///   - protocol: The protocol.
    /// - Complexity: O(log n) for n ranges of the protocol.
    public func contains(_ port: Int, _ protocol: PortProtocol) -> Bool {
        guard let slot = Self.slot(of: `protocol`) else { return false }
        return PortRangeAlgebra.contains(ranges[slot], port)
    }

    /// The ports in this set or in another.
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public func union(_ other: PortSet) -> PortSet {
        var result = PortSet()
        for slot in 0..<3 { result.ranges[slot] = PortRangeAlgebra.union(ranges[slot], other.ranges[slot]) }
        return result
    }

    /// Adds the ports of another set.
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public mutating func formUnion(_ other: PortSet) {
        self = union(other)
    }

    /// The ports in this set that are not in another.
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public func subtracting(_ other: PortSet) -> PortSet {
        var result = PortSet()
        for slot in 0..<3 {
            result.ranges[slot] = PortRangeAlgebra.subtracting(ranges[slot], other.ranges[slot])
        }
        return result
    }

    /// The ports in both this set and another.
    /// - Parameter other: Another set.
    /// - Complexity: O(n + m) for n and m ranges.
    public func intersection(_ other: PortSet) -> PortSet {
        var result = PortSet()
        for slot in 0..<3 {
            result.ranges[slot] = PortRangeAlgebra.intersection(ranges[slot], other.ranges[slot])
        }
        return result
    }

    /// `all ports`, `no port`, or the protocols that have ports with their ranges: `TCP 80, 8080-8090; UDP 53`.
    public var description: String {
        if isAll { return "all ports" }
        if isEmpty { return "no port" }
        return PortProtocol.supported.compactMap { proto in
            let list = self[proto]
            return list.isEmpty ? nil : proto.rawValue + " " + list.map(Self.text).joined(separator: ", ")
        }.joined(separator: "; ")
    }

    /// `80` or `8080-8090`: a range as the JSON matrix writes it.
    /// - Parameter range: The range.
    public static func text(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }

    private static func slot(of protocol: PortProtocol) -> Int? {
        switch `protocol` {
        case .tcp: 0
        case .udp: 1
        case .sctp: 2
        default: nil
        }
    }
}
