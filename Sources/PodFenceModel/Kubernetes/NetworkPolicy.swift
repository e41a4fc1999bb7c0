/// A `networking.k8s.io/v1` NetworkPolicy, every field of it, as written by the user.
///
/// The stored value is what the manifest says; ``defaulted()`` gives the view the API server stores (with
/// `policyTypes` and port protocols filled in), which is what evaluation and validation use.
///
/// ```swift
/// let policy = NetworkPolicy.denyAll(in: "ns-app1")
///     .selecting(["project": "project-app1"])
///     .allowingIngress(from: [.pods(["project": "project-app1"], inNamespaces: ["ns-id": "ns-app1"])])
/// ```
public struct NetworkPolicy: Sendable, Hashable {
    /// `networking.k8s.io/v1`.
    public static let apiVersion = "networking.k8s.io/v1"
    /// `NetworkPolicy`.
    public static let kind = "NetworkPolicy"

    /// Name, namespace, labels and annotations.
    public var metadata: ObjectMeta
    /// The policy itself.
    public var spec: NetworkPolicySpec
    /// Top-level fields the model does not know (such as `status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a policy.
    /// - Parameters:
    ///   - metadata: Name and namespace.
    ///   - spec: The policy.
    public init(metadata: ObjectMeta, spec: NetworkPolicySpec = NetworkPolicySpec()) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }

    /// Creates a policy by name.
    /// - Parameters:
    ///   - name: The policy's name.
    ///   - namespace: Its namespace.
    ///   - spec: The policy.
    public init(name: String, namespace: String, spec: NetworkPolicySpec = NetworkPolicySpec()) {
        self.init(metadata: ObjectMeta(name: name, namespace: namespace), spec: spec)
    }
}

/// The `spec` of a NetworkPolicy.
public struct NetworkPolicySpec: Sendable, Hashable {
    /// The pods the policy applies to, in its namespace. Empty selects every pod.
    public var podSelector: LabelSelector
    /// The directions the policy applies to, as written; nil when absent (see ``NetworkPolicy/defaulted()``).
    public var policyTypes: [PolicyType]?
    /// Ingress rules; nil when absent (which, like `[]`, allows no ingress).
    public var ingress: [NetworkPolicyIngressRule]?
    /// Egress rules; nil when absent (which, like `[]`, allows no egress).
    public var egress: [NetworkPolicyEgressRule]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a spec.
    /// - Parameters:
    ///   - podSelector: The subjects (every pod when empty).
    ///   - policyTypes: The directions, or nil to let defaulting decide.
    ///   - ingress: Ingress rules.
    ///   - egress: Egress rules.
    public init(
        podSelector: LabelSelector = LabelSelector(), policyTypes: [PolicyType]? = nil,
        ingress: [NetworkPolicyIngressRule]? = nil, egress: [NetworkPolicyEgressRule]? = nil
    ) {
        self.podSelector = podSelector
        self.policyTypes = policyTypes
        self.ingress = ingress
        self.egress = egress
        self.unknownFields = ManifestMapping()
    }
}

/// An ingress rule: traffic from any of `from` on any of `ports`.
public struct NetworkPolicyIngressRule: Sendable, Hashable {
    /// The destination ports; nil or empty means every port and protocol.
    public var ports: [NetworkPolicyPort]?
    /// The sources; nil or empty means every source, including addresses outside the cluster.
    public var from: [NetworkPolicyPeer]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a rule.
    /// - Parameters:
    ///   - from: The sources (nil: everyone).
    ///   - ports: The ports (nil: all).
    public init(from: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil) {
        self.from = from
        self.ports = ports
        self.unknownFields = ManifestMapping()
    }
}

/// An egress rule: traffic to any of `to` on any of `ports`.
public struct NetworkPolicyEgressRule: Sendable, Hashable {
    /// The destination ports; nil or empty means every port and protocol.
    public var ports: [NetworkPolicyPort]?
    /// The destinations; nil or empty means every destination, including addresses outside the cluster.
    public var to: [NetworkPolicyPeer]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a rule.
    /// - Parameters:
    ///   - to: The destinations (nil: everywhere).
    ///   - ports: The ports (nil: all).
    public init(to: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil) {
        self.to = to
        self.ports = ports
        self.unknownFields = ManifestMapping()
    }
}

/// The other end of a connection: pods chosen by selectors, or addresses in an IP block.
///
/// Legal shapes: `podSelector` alone (pods of the policy's namespace), `namespaceSelector` alone (every pod of
/// the matching namespaces), both (AND: matching pods in matching namespaces), or `ipBlock` alone.
public struct NetworkPolicyPeer: Sendable, Hashable {
    /// Pods by label; with no namespaceSelector, only in the policy's namespace.
    public var podSelector: LabelSelector?
    /// Namespaces by label.
    public var namespaceSelector: LabelSelector?
    /// Addresses.
    public var ipBlock: IPBlock?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a peer.
    /// - Parameters:
    ///   - podSelector: Pods by label.
    ///   - namespaceSelector: Namespaces by label.
    ///   - ipBlock: Addresses.
    public init(
        podSelector: LabelSelector? = nil, namespaceSelector: LabelSelector? = nil, ipBlock: IPBlock? = nil
    ) {
        self.podSelector = podSelector
        self.namespaceSelector = namespaceSelector
        self.ipBlock = ipBlock
        self.unknownFields = ManifestMapping()
    }
}

/// A CIDR and the CIDRs inside it to leave out.
public struct IPBlock: Sendable, Hashable {
    /// The block, such as `10.0.0.0/8` or `2001:db8::/32`.
    public var cidr: String
    /// Parts of the block to leave out, each strictly inside `cidr`.
    public var except: [String]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a block.
    /// - Parameters:
    ///   - cidr: The block.
    ///   - except: The parts to leave out.
    public init(cidr: String, except: [String]? = nil) {
        self.cidr = cidr
        self.except = except
        self.unknownFields = ManifestMapping()
    }
}

/// A destination port or port range, with its protocol.
public struct NetworkPolicyPort: Sendable, Hashable {
    /// The protocol; nil when absent (defaulted to TCP).
    public var `protocol`: PortProtocol?
    /// A port number or a named port of the destination pod; nil means every port of the protocol.
    public var port: IntOrString?
    /// The last port of a range that starts at the numeric `port`.
    public var endPort: Int?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a port.
    /// - Parameters:
    ///   - protocol: The protocol (nil: TCP after defaulting).
    ///   - port: A number or a name (nil: all ports).
    ///   - endPort: The end of a range.
    public init(protocol: PortProtocol? = nil, port: IntOrString? = nil, endPort: Int? = nil) {
        self.protocol = `protocol`
        self.port = port
        self.endPort = endPort
        self.unknownFields = ManifestMapping()
    }
}
