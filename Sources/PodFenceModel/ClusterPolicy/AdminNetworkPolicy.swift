/// A `policy.networking.k8s.io/v1alpha1` AdminNetworkPolicy (kubernetes-sigs/network-policy-api v0.1.x), every
/// field of it, as written by the user: an Admin-tier policy whose rules `Allow`, `Deny` or `Pass`.
///
/// The `v1alpha2` ClusterNetworkPolicy replaces it (Calico 3.32 dropped AdminNetworkPolicy); PodFence reads and
/// evaluates both, and `migrate` rewrites this kind as a ClusterNetworkPolicy of the Admin tier.
public struct AdminNetworkPolicy: Sendable, Hashable {
    /// `policy.networking.k8s.io/v1alpha1`.
    public static let apiVersion = "policy.networking.k8s.io/v1alpha1"
    /// `AdminNetworkPolicy`.
    public static let kind = "AdminNetworkPolicy"

    /// Name, labels and annotations (the object is cluster-scoped: no namespace).
    public var metadata: ObjectMeta
    /// The policy itself.
    public var spec: AdminNetworkPolicySpec
    /// Top-level fields the model does not know (such as `status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a policy.
    /// - Parameters:
    ///   - metadata: The name.
    ///   - spec: The policy.
    public init(metadata: ObjectMeta, spec: AdminNetworkPolicySpec = AdminNetworkPolicySpec()) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }
}

/// The `spec` of an AdminNetworkPolicy.
public struct AdminNetworkPolicySpec: Sendable, Hashable {
    /// 0 to 1000, lower first; nil when absent (refused by validation).
    public var priority: Int?
    /// The pods the policy applies to; nil when absent (refused by validation).
    public var subject: ClusterPolicySubject?
    /// Ingress rules in precedence order (at most 100).
    public var ingress: [AdminPolicyIngressRule]?
    /// Egress rules in precedence order (at most 100).
    public var egress: [AdminPolicyEgressRule]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a spec.
    /// - Parameters:
    ///   - priority: The priority (0-1000, lower first).
    ///   - subject: The pods the policy applies to.
    ///   - ingress: Ingress rules, in precedence order.
    ///   - egress: Egress rules, in precedence order.
    public init(
        priority: Int? = nil, subject: ClusterPolicySubject? = nil, ingress: [AdminPolicyIngressRule]? = nil,
        egress: [AdminPolicyEgressRule]? = nil
    ) {
        self.priority = priority
        self.subject = subject
        self.ingress = ingress
        self.egress = egress
        self.unknownFields = ManifestMapping()
    }
}

/// An ingress rule of an AdminNetworkPolicy or BaselineAdminNetworkPolicy.
public struct AdminPolicyIngressRule: Sendable, Hashable {
    /// An identifier for the rule (at most 100 characters).
    public var name: String?
    /// `Allow`, `Deny` or `Pass` (`Pass` in AdminNetworkPolicy only); nil when absent (refused).
    public var action: ClusterPolicyAction?
    /// The sources (1 to 100 peers, each `namespaces` or `pods`).
    public var from: [ClusterPolicyPeer]?
    /// The destination ports (at most 100); nil matches every port.
    public var ports: [AdminPolicyPort]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a rule.
    /// - Parameters:
    ///   - name: The rule's name.
    ///   - action: What to do with matching traffic.
    ///   - from: The sources.
    ///   - ports: The destination ports (nil: every port).
    public init(
        name: String? = nil, action: ClusterPolicyAction? = nil, from: [ClusterPolicyPeer]? = nil,
        ports: [AdminPolicyPort]? = nil
    ) {
        self.name = name
        self.action = action
        self.from = from
        self.ports = ports
        self.unknownFields = ManifestMapping()
    }
}

/// An egress rule of an AdminNetworkPolicy or BaselineAdminNetworkPolicy.
public struct AdminPolicyEgressRule: Sendable, Hashable {
    /// An identifier for the rule (at most 100 characters).
    public var name: String?
    /// `Allow`, `Deny` or `Pass` (`Pass` in AdminNetworkPolicy only); nil when absent (refused).
    public var action: ClusterPolicyAction?
    /// The destinations (1 to 100 peers: `namespaces`, `pods`, `nodes`, `networks` or `domainNames`).
    public var to: [ClusterPolicyPeer]?
    /// The destination ports (at most 100); nil matches every port.
    public var ports: [AdminPolicyPort]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a rule.
    /// - Parameters:
    ///   - name: The rule's name.
    ///   - action: What to do with matching traffic.
    ///   - to: The destinations.
    ///   - ports: The destination ports (nil: every port).
    public init(
        name: String? = nil, action: ClusterPolicyAction? = nil, to: [ClusterPolicyPeer]? = nil,
        ports: [AdminPolicyPort]? = nil
    ) {
        self.name = name
        self.action = action
        self.to = to
        self.ports = ports
        self.unknownFields = ManifestMapping()
    }
}

/// A destination-port match of a `v1alpha1` rule; exactly one field is set.
public struct AdminPolicyPort: Sendable, Hashable {
    /// One port of a protocol.
    public var portNumber: AdminPolicyPortNumber?
    /// A container port name of the destination pod.
    public var namedPort: String?
    /// An inclusive range of a protocol.
    public var portRange: AdminPolicyPortRange?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a port match; set exactly one field.
    /// - Parameters:
    ///   - portNumber: One port.
    ///   - namedPort: A named port.
    ///   - portRange: A range.
    public init(
        portNumber: AdminPolicyPortNumber? = nil, namedPort: String? = nil, portRange: AdminPolicyPortRange? = nil
    ) {
        self.portNumber = portNumber
        self.namedPort = namedPort
        self.portRange = portRange
        self.unknownFields = ManifestMapping()
    }
}

/// One port: `protocol` (TCP when absent) and `port` (1-65535).
public struct AdminPolicyPortNumber: Sendable, Hashable {
    /// The protocol; nil when absent (TCP).
    public var `protocol`: PortProtocol?
    /// The port; nil when absent (refused by validation).
    public var port: Int?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a port.
    /// - Parameters:
    ///   - protocol: The protocol (nil: TCP).
    ///   - port: The port.
    public init(protocol: PortProtocol? = nil, port: Int? = nil) {
        self.protocol = `protocol`
        self.port = port
        self.unknownFields = ManifestMapping()
    }
}

/// An inclusive range: `protocol` (TCP when absent), `start` below `end`.
public struct AdminPolicyPortRange: Sendable, Hashable {
    /// The protocol; nil when absent (TCP).
    public var `protocol`: PortProtocol?
    /// The first port.
    public var start: Int?
    /// The last port.
    public var end: Int?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a range.
    /// - Parameters:
    ///   - protocol: The protocol (nil: TCP).
    ///   - start: The first port.
    ///   - end: The last port.
    public init(protocol: PortProtocol? = nil, start: Int? = nil, end: Int? = nil) {
        self.protocol = `protocol`
        self.start = start
        self.end = end
        self.unknownFields = ManifestMapping()
    }
}
