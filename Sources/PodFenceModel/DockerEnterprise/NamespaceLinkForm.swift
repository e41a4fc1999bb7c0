/// How a namespace link to a collection is written as the PodNodeSelector annotation
/// `scheduler.alpha.kubernetes.io/node-selector`.
///
/// - ``collectionLabel`` (UCP 3.0, "Link nodes in collection"): a selector on UCP's collection lookup label,
///   `com.docker.ucp.collection.<collection id>=true`. **Unconfirmed**: no published text shows what UCP 3.0
///   wrote; this is the most plausible reading, so the label prefix and value are settings
///   (``TopologyScheduling``).
/// - ``customLabel`` (UCP 3.1+ and MKE): the UI link is gone; the administrator labels the collection's nodes
///   with a label of their choice (``UCPCollection/nodeLabels``) and annotates the namespace with it.
///
/// A link that gives a node selector directly is written as that selector in both forms.
public struct NamespaceLinkForm: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The form as written.
    public var rawValue: String
    /// Creates a form from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// UCP 3.0: `com.docker.ucp.collection.<id>=true` (unconfirmed, see the type's discussion).
    public static let collectionLabel = NamespaceLinkForm(rawValue: "collection-label")
    /// UCP 3.1+ and MKE: an admin-chosen node label.
    public static let customLabel = NamespaceLinkForm(rawValue: "custom-label")
    /// The forms PodFence writes.
    public static let supported: [NamespaceLinkForm] = [.collectionLabel, .customLabel]
    /// The spelling.
    public var description: String { rawValue }
}
