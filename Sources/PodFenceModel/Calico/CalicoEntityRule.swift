/// The `source` or `destination` of a Calico rule: every field set must match.
///
/// Selectors are strings in Calico's language (``CalicoSelector``), kept as written and checked by
/// validation. `selector` matches endpoints in scope; `notSelector` matches anything but them (addresses
/// outside the cluster included); `namespaceSelector` matches namespaces and sets the scope of the other two
/// (`global()` there means non-namespaced resources). See docs/calico.md ("Rules").
public struct CalicoEntityRule: Sendable, Hashable {
    /// CIDRs (or addresses); the address must be in one of them.
    public var nets: [String]?
    /// CIDRs the address must be in none of.
    public var notNets: [String]?
    /// The endpoints (in scope) the peer must be one of.
    public var selector: String?
    /// The endpoints (in scope) the peer must not be one of.
    public var notSelector: String?
    /// The namespaces the peer must be in; the scope of `selector` and `notSelector`.
    public var namespaceSelector: String?
    /// The ports: numbers, `"start:end"` ranges or names. Destination ports in `destination`, source ports in
    /// `source` (not evaluated by PodFence).
    public var ports: [CalicoPort]?
    /// The ports the traffic must not use.
    public var notPorts: [CalicoPort]?
    /// Service accounts of the peer pod; not evaluated by PodFence.
    public var serviceAccounts: CalicoServiceAccountMatch?
    /// A Kubernetes Service the peer must back; not evaluated by PodFence.
    public var services: CalicoServiceMatch?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates an entity rule.
    /// - Parameters:
    ///   - nets: CIDRs the address must be in.
    ///   - selector: The endpoints the peer must be one of.
    ///   - namespaceSelector: The namespaces the peer must be in.
    ///   - ports: The ports.
    public init(
        nets: [String]? = nil, selector: String? = nil, namespaceSelector: String? = nil, ports: [CalicoPort]? = nil
    ) {
        self.nets = nets
        self.selector = selector
        self.namespaceSelector = namespaceSelector
        self.ports = ports
        self.unknownFields = ManifestMapping()
    }
}

/// The service accounts an entity rule matches: by name and/or by a selector on their labels (AND'ed).
public struct CalicoServiceAccountMatch: Sendable, Hashable {
    /// Service account names.
    public var names: [String]?
    /// A Calico selector over the service accounts' labels.
    public var selector: String?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a match.
    /// - Parameters:
    ///   - names: Service account names.
    ///   - selector: A selector over their labels.
    public init(names: [String]? = nil, selector: String? = nil) {
        self.names = names
        self.selector = selector
        self.unknownFields = ManifestMapping()
    }
}

/// The Kubernetes Service an entity rule matches.
public struct CalicoServiceMatch: Sendable, Hashable {
    /// The Service's name.
    public var name: String?
    /// Its namespace; the policy's own when absent.
    public var namespace: String?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a match.
    /// - Parameters:
    ///   - name: The Service's name.
    ///   - namespace: Its namespace.
    public init(name: String? = nil, namespace: String? = nil) {
        self.name = name
        self.namespace = namespace
        self.unknownFields = ManifestMapping()
    }
}
