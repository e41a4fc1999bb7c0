/// Who a grant is for: a user, a team, an organization or a Kubernetes service account.
///
/// ```swift
/// let devs = GrantSubject.team("app1-devs")
/// let everybody = GrantSubject.everybody   // the docker-datacenter organization
/// ```
public struct GrantSubject: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kind of subject. Other spellings are kept so that validation can report them.
    public struct Kind: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The kind as written.
        public var rawValue: String
        /// Creates a kind from its spelling.
        /// - Parameter rawValue: The spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A user.
        public static let user = Kind(rawValue: "user")
        /// A team (of exactly one organization).
        public static let team = Kind(rawValue: "team")
        /// An organization: every member of its teams.
        public static let organization = Kind(rawValue: "organization")
        /// A Kubernetes service account, `namespace/name`.
        public static let serviceAccount = Kind(rawValue: "serviceAccount")
        /// The kinds UCP grants accept, in this order.
        public static let supported: [Kind] = [.user, .team, .organization, .serviceAccount]
        /// Orders users, teams, organizations, service accounts, then other spellings.
        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            let order = { (kind: Kind) in Self.supported.firstIndex(of: kind) ?? Self.supported.count }
            return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
        }
        /// The spelling.
        public var description: String { rawValue }
    }

    /// The organization every new user is placed in; a grant to it applies to everybody.
    public static let allUsersOrganization = "docker-datacenter"

    /// The kind of subject.
    public var kind: Kind
    /// The user, team or organization name, or `namespace/name` of a service account.
    public var name: String
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a subject.
    /// - Parameters:
    ///   - kind: The kind.
    ///   - name: The name.
    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
        self.unknownFields = ManifestMapping()
    }

    /// A user.
    /// - Parameter name: The user name.
    public static func user(_ name: String) -> GrantSubject { GrantSubject(kind: .user, name: name) }

    /// A team.
    /// - Parameter name: The team name.
    public static func team(_ name: String) -> GrantSubject { GrantSubject(kind: .team, name: name) }

    /// An organization.
    /// - Parameter name: The organization name.
    public static func organization(_ name: String) -> GrantSubject { GrantSubject(kind: .organization, name: name) }

    /// A Kubernetes service account.
    /// - Parameter name: `namespace/name`.
    public static func serviceAccount(_ name: String) -> GrantSubject {
        GrantSubject(kind: .serviceAccount, name: name)
    }

    /// The `docker-datacenter` organization: everybody.
    public static var everybody: GrantSubject { .organization(allUsersOrganization) }

    /// True for the `docker-datacenter` organization.
    public var isEverybody: Bool { kind == .organization && name == Self.allUsersOrganization }

    /// Orders by kind, then name.
    public static func < (lhs: GrantSubject, rhs: GrantSubject) -> Bool { (lhs.kind, lhs.name) < (rhs.kind, rhs.name) }

    /// `team app1-devs`.
    public var description: String { "\(kind) \(name)" }
}

extension GrantSubject: ManifestCodable {
    /// Decodes a subject mapping (`{kind: team, name: app1-devs}`).
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.kind = Kind(rawValue: decoder.field(&fields, "kind") { $0.string($1) } ?? "")
        self.name = decoder.field(&fields, "name") { $0.string($1) } ?? ""
        self.unknownFields = fields.remaining
    }

    /// The subject as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("kind", kind.rawValue)
        builder.set("name", name)
        builder.merge(unknownFields)
        return builder.node
    }
}
