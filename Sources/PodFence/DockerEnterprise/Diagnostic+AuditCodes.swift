import PodFenceModel

// The codes of the cross-layer isolation audit (`Topology.audit(objects:firewall:)`), the ids of its
// `AuditFinding`s. docs/docker-enterprise.md lists each with its rule.

extension Diagnostic.Code {
    // MARK: A, the cross-layer isolation audit

    /// `A01`: a linked namespace's pods may land on nodes of several VLANs.
    public static let namespaceSpansVLANs = Diagnostic.Code(rawValue: "A01")
    /// `A02`: application groups share a VLAN.
    public static let groupsShareVLAN = Diagnostic.Code(rawValue: "A02")
    /// `A03`: application groups share a collection (or nested ones) or a namespace.
    public static let groupsShareCollectionOrNamespace = Diagnostic.Code(rawValue: "A03")
    /// `A04`: a namespace without a link, annotation or cluster default: its pods may land on any worker.
    public static let unlinkedNamespace = Diagnostic.Code(rawValue: "A04")
    /// `A05`: IP-in-IP (or Calico VXLAN) is open between two application VLANs.
    public static let tunnelBetweenApplicationVLANs = Diagnostic.Code(rawValue: "A05")
    /// `A06`: with a tunnel open between application VLANs, a namespace has no default-deny NetworkPolicy.
    public static let tunnelledNamespaceWithoutDefaultDeny = Diagnostic.Code(rawValue: "A06")
    /// `A07`: a user or service account whose grants reach more than one application group.
    public static let principalReachesSeveralGroups = Diagnostic.Code(rawValue: "A07")
    /// `A08`: UCP's default Scheduler grant on `/Shared` to everybody (a note when no worker is in `/Shared`).
    public static let sharedSchedulerGrant = Diagnostic.Code(rawValue: "A08")
    /// `A09`: a loaded Namespace's node-selector annotation differs from the topology's link.
    public static let namespaceAnnotationDiffersFromLink = Diagnostic.Code(rawValue: "A09")

    // MARK: The list

    /// Every code declared here: the rules of the cross-layer isolation audit.
    public static let auditCodes: [Diagnostic.Code] = [
        .namespaceSpansVLANs, .groupsShareVLAN, .groupsShareCollectionOrNamespace, .unlinkedNamespace,
        .tunnelBetweenApplicationVLANs, .tunnelledNamespaceWithoutDefaultDeny, .principalReachesSeveralGroups,
        .sharedSchedulerGrant, .namespaceAnnotationDiffersFromLink,
    ]
}
