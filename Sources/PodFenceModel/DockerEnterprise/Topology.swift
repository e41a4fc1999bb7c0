/// A Docker Enterprise (UCP/MKE) cluster as an isolation design: its VLANs, collections, nodes, teams, roles,
/// application groups, grants and namespace links, read from and written to a `podfence.dev/v1alpha1`
/// `Topology` manifest.
///
/// ```yaml
/// apiVersion: podfence.dev/v1alpha1
/// kind: Topology
/// metadata:
///   name: acme
/// spec:
///   version: "3.1"
///   vlans:
///   - {id: 10, name: mgmt, cidr: 10.10.0.0/24, purpose: management}
///   nodes:
///   - {name: mgr-1, role: manager, vlan: mgmt, addresses: [10.10.0.11]}
/// ```
///
/// Several `Topology` documents (one file per concern, say) combine with ``merged(_:)``. Build one in code
/// with the fluent API (``Topology/withVLAN(_:)``, ``Topology/granting(_:to:on:)``, ...), check it with
/// ``validate(options:)``.
public struct Topology: Sendable, Hashable {
    /// `podfence.dev/v1alpha1`.
    public static let apiVersion = "podfence.dev/v1alpha1"
    /// `Topology`.
    public static let kind = "Topology"

    /// The topology's name (and labels, annotations).
    public var metadata: ObjectMeta
    /// The topology itself.
    public var spec: TopologySpec
    /// Top-level fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping
    /// The document the topology was decoded from, for ``manifest`` to write back as written; not part of the
    /// topology's value (``==(_:_:)`` and hashing leave it out).
    var written: WrittenDocument?

    /// Creates a topology.
    /// - Parameters:
    ///   - name: Its name.
    ///   - spec: Its content.
    public init(name: String, spec: TopologySpec = TopologySpec()) {
        self.metadata = ObjectMeta(name: name)
        self.spec = spec
        self.unknownFields = ManifestMapping()
        self.written = nil
    }

    /// Two topologies are equal when their metadata, spec and unknown fields are: how they were written is left
    /// out.
    public static func == (lhs: Topology, rhs: Topology) -> Bool {
        lhs.metadata == rhs.metadata && lhs.spec == rhs.spec && lhs.unknownFields == rhs.unknownFields
    }

    /// Hashes the metadata, spec and unknown fields.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(metadata)
        hasher.combine(spec)
        hasher.combine(unknownFields)
    }

    /// The topology's name (empty when the manifest has none).
    public var name: String { metadata.name ?? "" }

    /// True when a manifest tree is a `podfence.dev/v1alpha1` `Topology` document.
    /// - Parameter node: The document.
    public static func isTopology(_ node: ManifestNode) -> Bool {
        node["apiVersion"]?.string == apiVersion && node["kind"]?.string == kind
    }
}

/// A document as written and the document its decoded ``Topology`` encodes to: while the topology still
/// encodes to the second, it writes the first.
struct WrittenDocument: Sendable, Hashable {
    /// The document as read.
    var source: ManifestNode
    /// The decoded topology, encoded.
    var encoded: ManifestNode
}

/// The `spec` of a ``Topology``.
public struct TopologySpec: Sendable, Hashable {
    /// The UCP/MKE release; nil means ``UCPVersion/default``.
    public var version: UCPVersion?
    /// Encapsulation, encryption, NodePorts and the worker mesh.
    public var network: TopologyNetwork
    /// Namespace-link form, PodNodeSelector default, and the `/Shared` Scheduler grant.
    public var scheduling: TopologyScheduling
    /// The VLANs.
    public var vlans: [VLAN]
    /// The custom collections (built-ins need no declaration).
    public var collections: [UCPCollection]
    /// The hosts.
    public var nodes: [ClusterNode]
    /// The teams.
    public var teams: [Team]
    /// The custom roles (the five default roles are built in).
    public var roles: [AccessRole]
    /// The application groups.
    public var applicationGroups: [ApplicationGroup]
    /// The grants.
    public var grants: [Grant]
    /// The namespace links.
    public var namespaceLinks: [NamespaceLink]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates an empty spec (UCP 3.1 defaults).
    /// - Parameter version: The UCP/MKE release.
    public init(version: UCPVersion? = nil) {
        self.version = version
        self.network = TopologyNetwork()
        self.scheduling = TopologyScheduling()
        self.vlans = []
        self.collections = []
        self.nodes = []
        self.teams = []
        self.roles = []
        self.applicationGroups = []
        self.grants = []
        self.namespaceLinks = []
        self.unknownFields = ManifestMapping()
    }

    /// The release in effect.
    public var effectiveVersion: UCPVersion { version ?? .default }
}
