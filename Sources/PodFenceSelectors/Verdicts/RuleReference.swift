/// One rule of a policy, and within it the peer and the port entry a verdict is about: written
/// `ingress[0] from[1] ports[2]` after the policy's name, with the indices of the manifest.
public struct RuleReference: Sendable, Hashable, CustomStringConvertible {
    /// The policy.
    public var policy: PolicyReference
    /// The rule list: `ingress` or `egress`.
    public var direction: TrafficDirection
    /// The index of the rule in that list.
    public var ruleIndex: Int
    /// The index of the peer in the rule's `from`/`to`, or nil when the rule has no peer list (every peer).
    public var peerIndex: Int?
    /// The index of the entry in the rule's `ports`, or nil when the rule has no port list (every port) or
    /// when several entries are meant.
    public var portIndex: Int?

    /// Creates a reference.
    /// - Parameters:
    ///   - policy: The policy.
    ///   - direction: The rule list.
    ///   - ruleIndex: The rule's index.
    ///   - peerIndex: The peer's index.
    ///   - portIndex: The port entry's index.
    public init(
        policy: PolicyReference, direction: TrafficDirection, ruleIndex: Int, peerIndex: Int? = nil,
        portIndex: Int? = nil
    ) {
        self.policy = policy
        self.direction = direction
        self.ruleIndex = ruleIndex
        self.peerIndex = peerIndex
        self.portIndex = portIndex
    }

    /// `ingress[0] from[1] ports[2]`: the rule, the peer (omitted when the rule has no peer list) and the port
    /// entry (omitted when there is none).
    public var path: String {
        var text = "\(direction)[\(ruleIndex)]"
        if let peerIndex { text += " \(direction == .ingress ? "from" : "to")[\(peerIndex)]" }
        if let portIndex { text += " ports[\(portIndex)]" }
        return text
    }

    /// `namespace/name ingress[0] from[1] ports[2]`.
    public var description: String { "\(policy) \(path)" }
}
