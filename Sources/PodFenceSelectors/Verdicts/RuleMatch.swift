/// A rule that allows a connection: which rule, peer and port entry, and the ports it allows to the
/// destination (all of them when the rule has no port list).
public struct RuleMatch: Sendable, Hashable, CustomStringConvertible {
    /// The rule, peer and port entry.
    public var rule: RuleReference
    /// The ports the rule allows for this pair of endpoints (named ports resolved on the destination).
    public var ports: PortSet

    /// Creates a match.
    /// - Parameters:
    ///   - rule: The rule.
    ///   - ports: What it allows.
    public init(rule: RuleReference, ports: PortSet) {
        self.rule = rule
        self.ports = ports
    }

    /// `namespace/name ingress[0] from[1]: TCP 80`.
    public var description: String { "\(rule): \(ports)" }
}
