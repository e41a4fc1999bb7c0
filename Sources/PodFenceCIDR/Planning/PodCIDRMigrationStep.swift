/// One step of a pod CIDR migration: what to do, why, the commands that do it, and the manifest they apply.
///
/// The steps of a plan follow Calico's documented IP pool migration ("Migrate from one IP pool to another"):
/// create the new pool, disable the old one, recreate the pods that hold old addresses, verify, delete the old
/// pool; the planner adds the preparation and the Docker Enterprise configuration around them.
public struct PodCIDRMigrationStep: Sendable, Hashable {
    /// What a step does, in the order the steps run.
    public enum Kind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Check the prerequisites and back up the current pools.
        case prepare
        /// Create the new IP pool.
        case createPool
        /// Disable the old IP pool, so that no new pod gets an address from it.
        case disableOldPool
        /// Make the cluster's own pod network setting (UCP's `pod_cidr`) agree with the new pool.
        case updateClusterSettings
        /// Recreate, namespace by namespace, the pods that hold addresses from the old pool.
        case recreatePods
        /// Verify that no pod holds an old address and that new pods reach the destinations.
        case verify
        /// Delete the old IP pool.
        case deleteOldPool

        /// The kind's name, such as `createPool`.
        public var description: String { rawValue }
    }

    /// What the step does.
    public let kind: Kind
    /// A one-line summary, such as `Create the new IP pool 172.16.0.0/20`.
    public let title: String
    /// What to know before and while doing it, one point a line.
    public let details: [String]
    /// The shell commands, in order; placeholders in angle brackets (`<port>`) are for the operator to fill in.
    public let commands: [String]
    /// The IP pool manifest the step applies, if any.
    public let pool: CalicoIPPool?
    /// The file name the commands expect ``pool`` in, such as `new-ippool.yaml`; `nil` when there is no pool.
    public let poolFile: String?

    /// Creates a step.
    ///
    /// - Parameters:
    ///   - kind: What the step does.
    ///   - title: A one-line summary.
    ///   - details: What to know, one point a line.
    ///   - commands: The shell commands.
    ///   - pool: The IP pool manifest it applies.
    ///   - poolFile: The file name the commands expect the manifest in.
    public init(
        kind: Kind, title: String, details: [String], commands: [String], pool: CalicoIPPool? = nil,
        poolFile: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.details = details
        self.commands = commands
        self.pool = pool
        self.poolFile = poolFile
    }
}
