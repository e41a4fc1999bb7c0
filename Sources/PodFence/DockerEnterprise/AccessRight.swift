import PodFenceModel

/// What one grant lets its subject do about placement: schedule onto the nodes of a collection's subtree, or
/// deploy workloads into a namespace (whose pods then land where the namespace's selector allows).
public struct AccessRight: Sendable, Hashable {
    /// The grant.
    public var grant: Grant
    /// True for a grant UCP gives by default (`Topology.impliedGrants`).
    public var isImplied: Bool
    /// The users and service accounts the subject stands for.
    public var principals: [GrantSubject]
    /// True when the role permits scheduling (`Node Schedule`).
    public var schedules: Bool
    /// True when the role permits creating workloads (`Resource Create`).
    public var deploys: Bool
    /// The nodes the grant reaches: the collection's subtree, or where the namespace's pods may land.
    public var nodes: [String]

    /// Creates an access right.
    /// - Parameters:
    ///   - grant: The grant.
    ///   - isImplied: Whether UCP gives it by default.
    ///   - principals: Who it reaches.
    ///   - schedules: Whether it permits scheduling.
    ///   - deploys: Whether it permits deploying.
    ///   - nodes: The nodes it reaches.
    public init(
        grant: Grant, isImplied: Bool, principals: [GrantSubject], schedules: Bool, deploys: Bool, nodes: [String]
    ) {
        self.grant = grant
        self.isImplied = isImplied
        self.principals = principals
        self.schedules = schedules
        self.deploys = deploys
        self.nodes = nodes
    }
}
