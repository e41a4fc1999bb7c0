/// An operation a UCP role permits. Custom roles are sets of operations; any spelling is accepted.
///
/// `Node View` and `Node Schedule` are UCP's own names (the `Scheduler` role is exactly these two). UCP's real
/// list is one set of API operations per resource type; the other constants here are PodFence's shorthand for
/// the groups of operations that the default roles differ by, which is what placement and the audit need.
public struct AccessOperation: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The operation as written.
    public var rawValue: String
    /// Creates an operation from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates an operation from a literal.
    /// - Parameter value: The spelling.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// See nodes (managers and workers).
    public static let nodeView: AccessOperation = "Node View"
    /// Schedule workloads onto nodes: what pins a user's work to a collection's nodes.
    public static let nodeSchedule: AccessOperation = "Node Schedule"
    /// See resources (services, containers, Kubernetes objects).
    public static let resourceView: AccessOperation = "Resource View"
    /// Create resources (deploy workloads).
    public static let resourceCreate: AccessOperation = "Resource Create"
    /// Change resources.
    public static let resourceEdit: AccessOperation = "Resource Edit"
    /// Delete resources.
    public static let resourceDelete: AccessOperation = "Resource Delete"
    /// `exec` into containers (withheld by `Restricted Control`).
    public static let containerExec: AccessOperation = "Container Exec"
    /// Bind-mount host paths (withheld by `Restricted Control`).
    public static let hostBindMount: AccessOperation = "Host Bind Mount"
    /// Run privileged containers (withheld by `Restricted Control`).
    public static let privilegedContainer: AccessOperation = "Privileged Container"
    /// Add kernel capabilities (withheld by `Restricted Control`).
    public static let kernelCapabilities: AccessOperation = "Kernel Capabilities"

    /// Every operation named above, in this order.
    public static let known: [AccessOperation] = [
        .nodeView, .nodeSchedule, .resourceView, .resourceCreate, .resourceEdit, .resourceDelete, .containerExec,
        .hostBindMount, .privilegedContainer, .kernelCapabilities,
    ]

    /// Orders by spelling.
    public static func < (lhs: AccessOperation, rhs: AccessOperation) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The spelling.
    public var description: String { rawValue }
}
