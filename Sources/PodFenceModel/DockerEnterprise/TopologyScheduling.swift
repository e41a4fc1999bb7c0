/// The scheduling settings of a topology: how namespace links are written, what the PodNodeSelector plugin
/// applies to namespaces without a link, and whether UCP's default Scheduler grant on `/Shared` is in place.
///
/// ```swift
/// let scheduling = TopologyScheduling(linkForm: .collectionLabel, sharedSchedulerGrant: false)
/// ```
public struct TopologyScheduling: Sendable, Hashable {
    /// The prefix of UCP's collection lookup labels, `com.docker.ucp.collection.`.
    public static let defaultCollectionLabelPrefix = "com.docker.ucp.collection."

    /// The form of namespace links to collections; nil means the UCP version's (``UCPVersion/defaultLinkForm``).
    public var linkForm: NamespaceLinkForm?
    /// The prefix of the lookup label the collection-label form selects on; nil means
    /// `com.docker.ucp.collection.` (an inference: UCP 3.0's exact form is unconfirmed).
    public var collectionLabelPrefix: String?
    /// Whether every user has `Scheduler` on `/Shared`, UCP's default; nil means yes.
    public var sharedSchedulerGrant: Bool?
    /// The PodNodeSelector plugin's `clusterDefaultNodeSelector`, applied to namespaces without the
    /// annotation; nil means none.
    public var clusterDefaultNodeSelector: String?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates scheduling settings (nil: the default).
    /// - Parameters:
    ///   - linkForm: The form of collection links.
    ///   - collectionLabelPrefix: The lookup label prefix for the collection-label form.
    ///   - sharedSchedulerGrant: Whether everybody has `Scheduler` on `/Shared`.
    ///   - clusterDefaultNodeSelector: PodNodeSelector's cluster default.
    public init(
        linkForm: NamespaceLinkForm? = nil, collectionLabelPrefix: String? = nil, sharedSchedulerGrant: Bool? = nil,
        clusterDefaultNodeSelector: String? = nil
    ) {
        self.linkForm = linkForm
        self.collectionLabelPrefix = collectionLabelPrefix
        self.sharedSchedulerGrant = sharedSchedulerGrant
        self.clusterDefaultNodeSelector = clusterDefaultNodeSelector
        self.unknownFields = ManifestMapping()
    }

    /// True when nothing is set.
    public var isEmpty: Bool {
        linkForm == nil && collectionLabelPrefix == nil && sharedSchedulerGrant == nil
            && clusterDefaultNodeSelector == nil && unknownFields.isEmpty
    }

    /// The lookup label prefix in effect.
    public var effectiveCollectionLabelPrefix: String { collectionLabelPrefix ?? Self.defaultCollectionLabelPrefix }

    /// Whether the default `/Shared` Scheduler grant is in effect.
    public var effectiveSharedSchedulerGrant: Bool { sharedSchedulerGrant ?? true }
}

extension TopologyScheduling: ManifestCodable {
    /// Decodes `spec.scheduling`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.linkForm = decoder.field(&fields, "linkForm") { $0.optionalString($1) }
            .map(NamespaceLinkForm.init(rawValue:))
        self.collectionLabelPrefix = decoder.field(&fields, "collectionLabelPrefix") { $0.optionalString($1) }
        self.sharedSchedulerGrant = decoder.field(&fields, "sharedSchedulerGrant") { $0.bool($1) }
        self.clusterDefaultNodeSelector = decoder.field(&fields, "clusterDefaultNodeSelector") {
            $0.optionalString($1)
        }
        self.unknownFields = fields.remaining
    }

    /// The settings as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("linkForm", linkForm?.rawValue)
        builder.set("collectionLabelPrefix", collectionLabelPrefix)
        builder.set("sharedSchedulerGrant", sharedSchedulerGrant)
        builder.set("clusterDefaultNodeSelector", clusterDefaultNodeSelector)
        builder.merge(unknownFields)
        return builder.node
    }
}
