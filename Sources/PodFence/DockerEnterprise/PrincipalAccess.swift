import PodFenceModel

/// Everything one user (or service account) may do about placement, over all the grants that reach them:
/// the collections they may schedule onto, the namespaces they may deploy into, and the nodes those reach.
public struct PrincipalAccess: Sendable, Hashable {
    /// The user or service account.
    public var principal: GrantSubject
    /// The collections whose subtrees they may schedule onto, sorted.
    public var scheduleCollections: [CollectionPath]
    /// The namespaces they may deploy into, sorted.
    public var deployNamespaces: [String]
    /// The nodes their work may land on, sorted.
    public var nodes: [String]
    /// The grants that reach them (implied ones included), in topology order.
    public var grants: [Grant]

    /// Creates a summary.
    /// - Parameters:
    ///   - principal: The user or service account.
    ///   - scheduleCollections: Collections they may schedule onto.
    ///   - deployNamespaces: Namespaces they may deploy into.
    ///   - nodes: Nodes their work may land on.
    ///   - grants: The grants that reach them.
    public init(
        principal: GrantSubject, scheduleCollections: [CollectionPath], deployNamespaces: [String], nodes: [String],
        grants: [Grant]
    ) {
        self.principal = principal
        self.scheduleCollections = scheduleCollections
        self.deployNamespaces = deployNamespaces
        self.nodes = nodes
        self.grants = grants
    }
}
