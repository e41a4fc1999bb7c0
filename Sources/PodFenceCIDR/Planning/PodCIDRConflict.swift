/// Two ranges of a cluster that overlap where they must not, and what breaks because of it.
///
/// Found by ``conflict(between:and:)`` for every pair of roles that must stay apart (Docker Enterprise's rule:
/// the pod and service networks must not overlap each other, the host networks, the Swarm and engine pools, or
/// any network pods must reach). An overlap with an allocation pool is a ``Severity/warning``: it breaks
/// something only once Docker takes a subnet from the overlap. Any other overlap is an ``Severity/error``.
///
/// ```swift
/// let pods = NetworkRange(.podNetwork, try IPPrefix(parsing: "192.168.0.0/16"))
/// let servers = NetworkRange(.destination, try IPPrefix(parsing: "192.168.10.0/24"))
/// PodCIDRConflict.conflict(between: pods, and: servers)?.description
/// // "error: pod network 192.168.0.0/16 contains destination 192.168.10.0/24: pods cannot reach
/// //  192.168.10.0/24: traffic to it is routed inside the pod network"
/// ```
public struct PodCIDRConflict: Sendable, Hashable {
    /// How bad a conflict is.
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
        /// Traffic between the two ranges breaks now.
        case error
        /// Traffic breaks once Docker allocates a subnet in the overlap.
        case warning

        /// `error` or `warning`.
        public var description: String { rawValue }

        /// Errors sort before warnings.
        ///
        /// - Parameters:
        ///   - lhs: A severity.
        ///   - rhs: Another severity.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// The first range, the one whose role sorts first.
    public let first: NetworkRange
    /// The second range.
    public let second: NetworkRange
    /// The addresses both hold: the smaller of the two prefixes, since prefixes nest or are disjoint.
    public let overlap: IPPrefix
    /// How bad the conflict is.
    public let severity: Severity
    /// What breaks, in a sentence without a final full stop, such as `pods cannot reach 192.168.10.0/24:
    /// traffic to it is routed inside the pod network`.
    public let consequence: String

    /// Creates a conflict.
    ///
    /// - Parameters:
    ///   - first: The first range.
    ///   - second: The second range.
    ///   - overlap: The addresses both hold.
    ///   - severity: How bad it is.
    ///   - consequence: What breaks.
    public init(first: NetworkRange, second: NetworkRange, overlap: IPPrefix, severity: Severity, consequence: String) {
        self.first = first
        self.second = second
        self.overlap = overlap
        self.severity = severity
        self.consequence = consequence
    }

    /// How the two prefixes relate, in words: `contains`, `lies inside` or `is the same range as`.
    public var relation: String {
        if first.prefix == second.prefix { return "is the same range as" }
        return first.prefix.contains(second.prefix) ? "contains" : "lies inside"
    }

    /// Whether the conflict involves a range of a role.
    ///
    /// - Parameter role: The role.
    public func involves(_ role: NetworkRange.Role) -> Bool {
        first.role == role || second.role == role
    }

    /// The conflict between two ranges, or `nil` when they do not overlap or their roles may overlap.
    ///
    /// Roles that may overlap: two ranges of the same role, a node network and a destination (pods reaching
    /// nodes is no conflict), and a bridge network and an engine pool (bridges are taken from those pools).
    /// The order of the arguments does not matter: the range whose role sorts first becomes ``first``.
    ///
    /// - Parameters:
    ///   - lhs: A range.
    ///   - rhs: Another range.
    /// - Returns: The conflict, with its severity and consequence.
    /// - Complexity: O(1).
    public static func conflict(between lhs: NetworkRange, and rhs: NetworkRange) -> PodCIDRConflict? {
        let (first, second) = rhs < lhs ? (rhs, lhs) : (lhs, rhs)
        guard let overlap = first.prefix.intersection(second.prefix),
            let consequence = consequence(of: first, and: second, overlap: overlap)
        else { return nil }
        let severity: Severity = first.role.isAllocationPool || second.role.isAllocationPool ? .warning : .error
        return PodCIDRConflict(
            first: first, second: second, overlap: overlap, severity: severity, consequence: consequence)
    }

    /// Every conflict among a list of ranges, errors first, then in the order of the ranges' roles and
    /// prefixes.
    ///
    /// - Parameter ranges: The ranges, in any order.
    /// - Returns: The conflicts.
    /// - Complexity: O(n²) for n ranges: every pair is tested (clusters have tens of ranges, not thousands).
    public static func conflicts(among ranges: [NetworkRange]) -> [PodCIDRConflict] {
        var result: [PodCIDRConflict] = []
        for (index, lhs) in ranges.enumerated() {
            for rhs in ranges[(index + 1)...] {
                if let conflict = conflict(between: lhs, and: rhs) { result.append(conflict) }
            }
        }
        return result.sorted { ($0.severity, $0.first, $0.second) < ($1.severity, $1.first, $1.second) }
    }
}

extension PodCIDRConflict: CustomStringConvertible {
    /// `severity: first relation second: consequence`, such as `error: pod network 192.168.0.0/16 contains
    /// destination 192.168.10.0/24: pods cannot reach 192.168.10.0/24: traffic to it is routed inside the pod
    /// network`.
    public var description: String {
        "\(severity): \(first) \(relation) \(second): \(consequence)"
    }
}
