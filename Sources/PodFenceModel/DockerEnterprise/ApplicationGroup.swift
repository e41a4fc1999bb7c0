/// A group of applications that must be isolated from the other groups: the collections its nodes are in,
/// the namespaces its workloads run in, and the VLANs it is meant to use.
///
/// The audit compares groups: two groups that share a VLAN or a collection are separated by NetworkPolicies
/// only, and a user granted access in two groups crosses the boundary.
///
/// ```swift
/// let app1 = ApplicationGroup("app1").owning(collections: ["/Prod/App1"], namespaces: ["app1-prod"])
/// ```
public struct ApplicationGroup: Sendable, Hashable {
    /// The group's name, a DNS-1123 label.
    public var name: String
    /// A free-text description.
    public var description: String?
    /// The collections of the group (their subtrees belong to it).
    public var collections: [CollectionPath]
    /// The namespaces of the group.
    public var namespaces: [String]
    /// The VLANs the group is meant to use, by name (the VLANs of its collections' nodes count too).
    public var vlans: [String]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a group.
    /// - Parameters:
    ///   - name: The name.
    ///   - collections: Its collections.
    ///   - namespaces: Its namespaces.
    ///   - vlans: Its VLANs.
    public init(
        _ name: String, collections: [CollectionPath] = [], namespaces: [String] = [], vlans: [String] = []
    ) {
        self.name = name
        self.description = nil
        self.collections = collections
        self.namespaces = namespaces
        self.vlans = vlans
        self.unknownFields = ManifestMapping()
    }

    /// A copy that owns more collections and namespaces.
    /// - Parameters:
    ///   - collections: Collections to add.
    ///   - namespaces: Namespaces to add.
    public func owning(collections: [CollectionPath] = [], namespaces: [String] = []) -> ApplicationGroup {
        var copy = self
        copy.collections += collections
        copy.namespaces += namespaces
        return copy
    }

    /// A copy meant to use more VLANs.
    /// - Parameter vlans: VLAN names to add.
    public func using(vlans: [String]) -> ApplicationGroup {
        var copy = self
        copy.vlans += vlans
        return copy
    }
}

extension ApplicationGroup: ManifestCodable {
    /// Decodes a group entry.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.string($1) } ?? ""
        self.description = decoder.field(&fields, "description") { $0.optionalString($1) }
        self.collections = (decoder.field(&fields, "collections") { $0.stringList($1) } ?? [])
            .map(CollectionPath.init(rawValue:))
        self.namespaces = decoder.field(&fields, "namespaces") { $0.stringList($1) } ?? []
        self.vlans = decoder.field(&fields, "vlans") { $0.stringList($1) } ?? []
        self.unknownFields = fields.remaining
    }

    /// The group as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("description", description)
        builder.set("collections", collections.isEmpty ? nil : collections.map(\.rawValue))
        builder.set("namespaces", namespaces.isEmpty ? nil : namespaces)
        builder.set("vlans", vlans.isEmpty ? nil : vlans)
        builder.merge(unknownFields)
        return builder.node
    }
}
