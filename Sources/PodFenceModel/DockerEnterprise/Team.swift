/// A UCP team: it belongs to exactly one organization and has members. Grants to a team reach its members;
/// grants to an organization reach the members of its teams (and, for `docker-datacenter`, every user).
///
/// ```swift
/// let devs = Team("app1-devs", organization: "acme", members: ["alice", "bob"])
/// ```
public struct Team: Sendable, Hashable {
    /// The team's name.
    public var name: String
    /// The organization the team belongs to.
    public var organization: String
    /// The user names of the members.
    public var members: [String]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a team.
    /// - Parameters:
    ///   - name: The name.
    ///   - organization: Its organization.
    ///   - members: Its members.
    public init(_ name: String, organization: String, members: [String] = []) {
        self.name = name
        self.organization = organization
        self.members = members
        self.unknownFields = ManifestMapping()
    }
}

extension Team: ManifestCodable {
    /// Decodes a team entry.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.string($1) } ?? ""
        self.organization = decoder.field(&fields, "organization") { $0.string($1) } ?? ""
        self.members = decoder.field(&fields, "members") { $0.stringList($1) } ?? []
        self.unknownFields = fields.remaining
    }

    /// The team as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("organization", organization)
        builder.set("members", members.isEmpty ? nil : members)
        builder.merge(unknownFields)
        return builder.node
    }
}
