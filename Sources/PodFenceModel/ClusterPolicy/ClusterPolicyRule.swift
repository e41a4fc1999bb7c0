/// What a cluster-scoped policy rule does with the traffic it matches. Other spellings are kept for
/// diagnostics.
///
/// ClusterNetworkPolicy (`v1alpha2`) spells the actions `Accept`, `Deny` and `Pass`; AdminNetworkPolicy and
/// BaselineAdminNetworkPolicy (`v1alpha1`) spell acceptance `Allow`.
public struct ClusterPolicyAction: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The action as written.
    public var rawValue: String
    /// Creates an action from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Accepts the traffic; no later rule of this direction is evaluated (ClusterNetworkPolicy).
    public static let accept = ClusterPolicyAction(rawValue: "Accept")
    /// Accepts the traffic (AdminNetworkPolicy and BaselineAdminNetworkPolicy's spelling of ``accept``).
    public static let allow = ClusterPolicyAction(rawValue: "Allow")
    /// Drops the traffic; no later rule is evaluated.
    public static let deny = ClusterPolicyAction(rawValue: "Deny")
    /// Skips the rest of the tier and hands the traffic to the next tier.
    public static let pass = ClusterPolicyAction(rawValue: "Pass")
    /// The spelling.
    public var description: String { rawValue }
}

/// An ingress rule of a ClusterNetworkPolicy: what to do with traffic from any of `from` on any of
/// `protocols`.
public struct ClusterPolicyIngressRule: Sendable, Hashable {
    /// An identifier for the rule (at most 100 characters), shown in explanations.
    public var name: String?
    /// `Accept`, `Deny` or `Pass`; nil when absent (refused by validation).
    public var action: ClusterPolicyAction?
    /// The sources (1 to 25 peers, each `namespaces` or `pods`).
    public var from: [ClusterPolicyPeer]?
    /// The destination ports (1 to 25 entries); nil matches every port of every protocol.
    public var protocols: [ClusterPolicyProtocol]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a rule.
    /// - Parameters:
    ///   - name: The rule's name.
    ///   - action: What to do with matching traffic.
    ///   - from: The sources.
    ///   - protocols: The destination ports (nil: every port).
    public init(
        name: String? = nil, action: ClusterPolicyAction? = nil, from: [ClusterPolicyPeer]? = nil,
        protocols: [ClusterPolicyProtocol]? = nil
    ) {
        self.name = name
        self.action = action
        self.from = from
        self.protocols = protocols
        self.unknownFields = ManifestMapping()
    }
}

/// An egress rule of a ClusterNetworkPolicy: what to do with traffic to any of `to` on any of `protocols`.
public struct ClusterPolicyEgressRule: Sendable, Hashable {
    /// An identifier for the rule (at most 100 characters), shown in explanations.
    public var name: String?
    /// `Accept`, `Deny` or `Pass`; nil when absent (refused by validation).
    public var action: ClusterPolicyAction?
    /// The destinations (1 to 25 peers, each `namespaces`, `pods`, `networks`, `nodes` or `domainNames`).
    public var to: [ClusterPolicyPeer]?
    /// The destination ports (1 to 25 entries); nil matches every port of every protocol.
    public var protocols: [ClusterPolicyProtocol]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a rule.
    /// - Parameters:
    ///   - name: The rule's name.
    ///   - action: What to do with matching traffic.
    ///   - to: The destinations.
    ///   - protocols: The destination ports (nil: every port).
    public init(
        name: String? = nil, action: ClusterPolicyAction? = nil, to: [ClusterPolicyPeer]? = nil,
        protocols: [ClusterPolicyProtocol]? = nil
    ) {
        self.name = name
        self.action = action
        self.to = to
        self.protocols = protocols
        self.unknownFields = ManifestMapping()
    }
}
