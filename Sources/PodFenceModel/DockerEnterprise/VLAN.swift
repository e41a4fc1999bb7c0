import PodFenceCIDR

/// A VLAN that cluster hosts sit on: its 802.1Q id, a name, the subnet of its hosts and the environment it
/// serves. Traffic between VLANs passes a firewall, which is what ``VLAN/Purpose`` and the firewall plan are
/// about: the management VLAN holds the UCP managers, application VLANs hold workers.
///
/// ```swift
/// let prod = VLAN(id: 20, name: "prod", cidr: "10.20.0.0/24").inEnvironment("production")
/// ```
public struct VLAN: Sendable, Hashable {
    /// What a VLAN is for. Other spellings are kept so that validation can report them.
    public struct Purpose: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The purpose as written.
        public var rawValue: String
        /// Creates a purpose from its spelling.
        /// - Parameter rawValue: The spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The VLAN of the UCP managers (and DTR), which must reach every application VLAN.
        public static let management = Purpose(rawValue: "management")
        /// A VLAN of worker nodes that run applications.
        public static let application = Purpose(rawValue: "application")
        /// The purposes PodFence knows.
        public static let supported: [Purpose] = [.management, .application]
        /// The spelling.
        public var description: String { rawValue }
    }

    /// The 802.1Q VLAN id, 1-4094.
    public var id: Int
    /// The VLAN's name, a DNS-1123 label, by which nodes and groups refer to it.
    public var name: String
    /// The subnet of the hosts on the VLAN, such as `10.20.0.0/24`, as written.
    public var cidr: String
    /// The environment the VLAN serves (`production`, `test`), if any.
    public var environment: String?
    /// What the VLAN is for; nil means: management when it holds a manager, else application
    /// (see ``Topology/purpose(of:)``).
    public var purpose: Purpose?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a VLAN.
    /// - Parameters:
    ///   - id: The 802.1Q id, 1-4094.
    ///   - name: The name.
    ///   - cidr: The hosts' subnet.
    ///   - environment: The environment it serves.
    ///   - purpose: What it is for (nil: derived from the nodes on it).
    public init(id: Int, name: String, cidr: String, environment: String? = nil, purpose: Purpose? = nil) {
        self.id = id
        self.name = name
        self.cidr = cidr
        self.environment = environment
        self.purpose = purpose
        self.unknownFields = ManifestMapping()
    }

    /// The subnet, when `cidr` is a valid prefix (read as Kubernetes reads CIDRs, host bits cleared).
    public var prefix: IPPrefix? { try? IPPrefix.parse(cidr, mode: .lenient).prefix }

    /// A copy serving an environment.
    /// - Parameter environment: The environment.
    public func inEnvironment(_ environment: String) -> VLAN {
        var copy = self
        copy.environment = environment
        return copy
    }

    /// A copy with an explicit purpose.
    /// - Parameter purpose: The purpose.
    public func purposed(_ purpose: Purpose) -> VLAN {
        var copy = self
        copy.purpose = purpose
        return copy
    }
}

extension VLAN: ManifestCodable {
    /// Decodes a VLAN entry.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.id = decoder.field(&fields, "id") { $0.int($1) } ?? 0
        self.name = decoder.field(&fields, "name") { $0.string($1) } ?? ""
        self.cidr = decoder.field(&fields, "cidr") { $0.string($1) } ?? ""
        self.environment = decoder.field(&fields, "environment") { $0.optionalString($1) }
        self.purpose = decoder.field(&fields, "purpose") { $0.optionalString($1) }.map(Purpose.init(rawValue:))
        self.unknownFields = fields.remaining
    }

    /// The VLAN as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("id", id)
        builder.set("name", name)
        builder.set("cidr", cidr)
        builder.set("environment", environment)
        builder.set("purpose", purpose?.rawValue)
        builder.merge(unknownFields)
        return builder.node
    }
}
