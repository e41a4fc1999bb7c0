/// A UCP role: a named set of permitted operations. The five default roles are built in; custom roles are
/// declared by the topology.
///
/// - `None`: no operation.
/// - `View Only`: `Resource View`, `Node View`.
/// - `Restricted Control`: view, create, edit and delete resources, `Node View`, `Node Schedule`; no exec, host
///   bind mounts, privileged containers or extra kernel capabilities.
/// - `Scheduler`: `Node View`, `Node Schedule` (every user has it on `/Shared` by default).
/// - `Full Control`: every operation.
///
/// That `Restricted Control` and `Full Control` include `Node Schedule` is PodFence's reading of UCP's role
/// descriptions (they deploy workloads, which needs scheduling); define a custom role to model otherwise.
///
/// ```swift
/// let deployer = AccessRole("Deployer", operations: [.resourceCreate, .nodeSchedule])
/// deployer.permitsScheduling   // true
/// ```
public struct AccessRole: Sendable, Hashable {
    /// The role's name, as grants refer to it.
    public var name: String
    /// The permitted operations.
    public var operations: [AccessOperation]
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a role.
    /// - Parameters:
    ///   - name: The name.
    ///   - operations: The permitted operations.
    public init(_ name: String, operations: [AccessOperation]) {
        self.name = name
        self.operations = operations
        self.unknownFields = ManifestMapping()
    }

    /// `None`: no access (was "No Access" in UCP 2.1).
    public static let none = AccessRole("None", operations: [])
    /// `View Only`: view resources, create nothing.
    public static let viewOnly = AccessRole("View Only", operations: [.resourceView, .nodeView])
    /// `Restricted Control`: view and edit, but nothing that affects the host.
    public static let restrictedControl = AccessRole(
        "Restricted Control",
        operations: [.resourceView, .resourceCreate, .resourceEdit, .resourceDelete, .nodeView, .nodeSchedule])
    /// `Scheduler`: view nodes and schedule onto them, without seeing workloads.
    public static let scheduler = AccessRole("Scheduler", operations: [.nodeView, .nodeSchedule])
    /// `Full Control`: every operation.
    public static let fullControl = AccessRole("Full Control", operations: AccessOperation.known)

    /// The default roles, from least to most access.
    public static let builtIns: [AccessRole] = [.none, .viewOnly, .restrictedControl, .scheduler, .fullControl]

    /// The built-in role with this name, if any.
    /// - Parameter name: The role's name.
    public static func builtIn(named name: String) -> AccessRole? { builtIns.first { $0.name == name } }

    /// True for the five default roles.
    public var isBuiltIn: Bool { Self.builtIn(named: name) != nil }

    /// True when the role lets its holders schedule onto the nodes of the granted collection.
    public var permitsScheduling: Bool { operations.contains(.nodeSchedule) }

    /// True when the role lets its holders create workloads in the granted namespace or collection.
    public var permitsDeploying: Bool { operations.contains(.resourceCreate) }

    /// True when the role grants anything at all.
    public var grantsAccess: Bool { !operations.isEmpty }
}

extension AccessRole: ManifestCodable {
    /// Decodes a custom role entry.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.name = decoder.field(&fields, "name") { $0.string($1) } ?? ""
        self.operations = (decoder.field(&fields, "operations") { $0.stringList($1) } ?? [])
            .map(AccessOperation.init(rawValue:))
        self.unknownFields = fields.remaining
    }

    /// The role as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("name", name)
        builder.set("operations", operations.map(\.rawValue))
        builder.merge(unknownFields)
        return builder.node
    }
}
