/// A UCP grant: a subject, a role and a resource set, which is a collection (for Swarm resources and nodes,
/// reaching every collection below it) or a Kubernetes namespace.
///
/// Exactly one of ``collection`` and ``namespace`` must be set; both are kept as written so that validation can
/// report a grant with neither or both (``resource`` is nil then).
///
/// ```swift
/// let grant = Grant(.team("app1-devs"), role: .scheduler, on: "/Prod/App1")
/// let deploy = Grant(.team("app1-devs"), role: .fullControl, inNamespace: "app1-prod")
/// ```
public struct Grant: Sendable, Hashable {
    /// The resource set of a grant.
    public enum Resource: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// A collection and everything below it.
        case collection(CollectionPath)
        /// A Kubernetes namespace.
        case namespace(String)

        /// Collections first, then namespaces, each by name.
        public static func < (lhs: Resource, rhs: Resource) -> Bool {
            switch (lhs, rhs) {
            case (.collection(let left), .collection(let right)): left < right
            case (.namespace(let left), .namespace(let right)): left < right
            case (.collection, .namespace): true
            case (.namespace, .collection): false
            }
        }

        /// `collection /Prod` or `namespace app1-prod`.
        public var description: String {
            switch self {
            case .collection(let path): "collection \(path)"
            case .namespace(let name): "namespace \(name)"
            }
        }
    }

    /// Who the grant is for.
    public var subject: GrantSubject
    /// The role's name (a built-in such as `Scheduler`, or a custom role of the topology).
    public var role: String
    /// The collection, when the resource set is one.
    public var collection: CollectionPath?
    /// The namespace, when the resource set is one.
    public var namespace: String?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a grant on a collection.
    /// - Parameters:
    ///   - subject: Who.
    ///   - role: The role.
    ///   - collection: The collection.
    public init(_ subject: GrantSubject, role: AccessRole, on collection: CollectionPath) {
        self.init(subject, roleName: role.name, collection: collection, namespace: nil)
    }

    /// Creates a grant on a namespace.
    /// - Parameters:
    ///   - subject: Who.
    ///   - role: The role.
    ///   - namespace: The namespace.
    public init(_ subject: GrantSubject, role: AccessRole, inNamespace namespace: String) {
        self.init(subject, roleName: role.name, collection: nil, namespace: namespace)
    }

    /// Creates a grant from its parts as written.
    /// - Parameters:
    ///   - subject: Who.
    ///   - roleName: The role's name.
    ///   - collection: The collection (set exactly one of it and `namespace`).
    ///   - namespace: The namespace.
    public init(_ subject: GrantSubject, roleName: String, collection: CollectionPath?, namespace: String?) {
        self.subject = subject
        self.role = roleName
        self.collection = collection
        self.namespace = namespace
        self.unknownFields = ManifestMapping()
    }

    /// The resource set, or nil when the grant names neither or both a collection and a namespace.
    public var resource: Resource? {
        switch (collection, namespace) {
        case (let path?, nil): .collection(path.normalized)
        case (nil, let name?): .namespace(name)
        default: nil
        }
    }
}

extension Grant: ManifestCodable {
    /// Decodes a grant entry.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.subject = decoder.object(&fields, "subject") ?? GrantSubject(kind: Grant.missingKind, name: "")
        self.role = decoder.field(&fields, "role") { $0.string($1) } ?? ""
        self.collection = decoder.field(&fields, "collection") { $0.optionalString($1) }.map(
            CollectionPath.init(rawValue:))
        self.namespace = decoder.field(&fields, "namespace") { $0.optionalString($1) }
        self.unknownFields = fields.remaining
    }

    /// The kind of a subject that is missing, so validation reports the subject as required.
    static let missingKind = GrantSubject.Kind(rawValue: "")

    /// The grant as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("subject", subject)
        builder.set("role", role)
        builder.set("collection", collection?.rawValue)
        builder.set("namespace", namespace)
        builder.merge(unknownFields)
        return builder.node
    }
}
