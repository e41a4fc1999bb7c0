/// A Kubernetes namespace pinned to nodes: to the nodes of a collection, or to the nodes a node selector
/// matches. It is written as the namespace's `scheduler.alpha.kubernetes.io/node-selector` annotation
/// (``NodeSelectorAnnotation``), which the PodNodeSelector admission plugin merges into every pod of the
/// namespace.
///
/// Exactly one of ``collection`` and ``nodeSelector`` must be set. How a collection link becomes a selector
/// depends on the UCP version (``NamespaceLinkForm``): UCP 3.0's collection-label form is **unconfirmed**
/// (no published text shows what UCP 3.0 wrote), which is why the form is configurable, per link or for the
/// whole topology.
///
/// ```swift
/// let link = NamespaceLink("app1-prod", to: "/Prod/App1")
/// let tools = NamespaceLink("tools", selecting: ["zone": "tools"])
/// ```
public struct NamespaceLink: Sendable, Hashable {
    /// The namespace.
    public var namespace: String
    /// The collection whose nodes the namespace is pinned to.
    public var collection: CollectionPath?
    /// The node labels the namespace's pods must match.
    public var nodeSelector: [String: String]?
    /// The form of this link's annotation; nil uses the topology's (``TopologyScheduling/linkForm``).
    public var form: NamespaceLinkForm?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Links a namespace to a collection.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - collection: The collection.
    ///   - form: The annotation form (nil: the topology's).
    public init(_ namespace: String, to collection: CollectionPath, form: NamespaceLinkForm? = nil) {
        self.namespace = namespace
        self.collection = collection
        self.nodeSelector = nil
        self.form = form
        self.unknownFields = ManifestMapping()
    }

    /// Links a namespace to the nodes carrying some labels.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - nodeSelector: The labels.
    public init(_ namespace: String, selecting nodeSelector: [String: String]) {
        self.namespace = namespace
        self.collection = nil
        self.nodeSelector = nodeSelector
        self.form = nil
        self.unknownFields = ManifestMapping()
    }
}

extension NamespaceLink: ManifestCodable {
    /// Decodes a link entry.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.namespace = decoder.field(&fields, "namespace") { $0.string($1) } ?? ""
        self.collection = decoder.field(&fields, "collection") { $0.optionalString($1) }
            .map(CollectionPath.init(rawValue:))
        self.nodeSelector = decoder.field(&fields, "nodeSelector") { $0.stringMap($1) }
        self.form = decoder.field(&fields, "form") { $0.optionalString($1) }.map(NamespaceLinkForm.init(rawValue:))
        self.unknownFields = fields.remaining
    }

    /// The link as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("namespace", namespace)
        builder.set("collection", collection?.rawValue)
        builder.set("nodeSelector", nodeSelector)
        builder.set("form", form?.rawValue)
        builder.merge(unknownFields)
        return builder.node
    }
}
