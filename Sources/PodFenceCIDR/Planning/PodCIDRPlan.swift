/// A pod CIDR change worked out: what conflicts now, where the pod network could go, and how to move it there.
///
/// Made by ``PodCIDRPlanner/plan(_:)``. The plan holds facts and explanations; how they are printed (text, JSON,
/// YAML manifests) is for the caller to decide.
public struct PodCIDRPlan: Sendable, Hashable {
    /// The request the plan was made for.
    public let request: PodCIDRPlanRequest
    /// The current pod network as a range (named after the current Calico pool).
    public let podNetwork: NetworkRange
    /// Every input range: the pod network first, then the request's ranges, sorted by role and prefix.
    public let ranges: [NetworkRange]
    /// The capacity the pod network needs.
    public let capacity: PodCIDRCapacity
    /// Every conflict among the ranges, errors first (see ``PodCIDRConflict/conflicts(among:)``).
    public let conflicts: [PodCIDRConflict]
    /// The spaces candidates were looked for in.
    public let candidatePools: [IPPrefix]
    /// The addresses candidates avoid: every input range of the family, the current pod network, and the
    /// space that can never hold a pod address (``SpecialPurposeBlock/neverAssigned(_:)``).
    public let avoided: IPSet
    /// Pod CIDRs free of ``avoided`` with the capacity, smallest adequate prefix first.
    public let candidates: [PodCIDRCandidate]
    /// The pod CIDR the migration moves to: the request's target, or the first candidate when a change is
    /// needed; `nil` when no change is needed or no candidate fits.
    public let target: PodCIDRCandidate?
    /// The Calico pool to create, `nil` without a target.
    public let newPool: CalicoIPPool?
    /// The current Calico pool with `disabled: true`, `nil` without a target.
    public let disabledPool: CalicoIPPool?
    /// The migration, step by step; empty without a target.
    public let steps: [PodCIDRMigrationStep]
    /// The Docker Enterprise, Calico and Kubernetes facts the change must respect.
    public let notes: [PodCIDRPlanNote]

    /// Creates a plan from its parts.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - podNetwork: The current pod network.
    ///   - ranges: Every input range.
    ///   - capacity: The capacity needed.
    ///   - conflicts: The conflicts.
    ///   - candidatePools: Where candidates were looked for.
    ///   - avoided: What candidates avoid.
    ///   - candidates: The candidates.
    ///   - target: The pod CIDR to move to.
    ///   - newPool: The pool to create.
    ///   - disabledPool: The current pool, disabled.
    ///   - steps: The migration steps.
    ///   - notes: The facts to respect.
    public init(
        request: PodCIDRPlanRequest, podNetwork: NetworkRange, ranges: [NetworkRange], capacity: PodCIDRCapacity,
        conflicts: [PodCIDRConflict], candidatePools: [IPPrefix], avoided: IPSet, candidates: [PodCIDRCandidate],
        target: PodCIDRCandidate?, newPool: CalicoIPPool?, disabledPool: CalicoIPPool?,
        steps: [PodCIDRMigrationStep], notes: [PodCIDRPlanNote]
    ) {
        self.request = request
        self.podNetwork = podNetwork
        self.ranges = ranges
        self.capacity = capacity
        self.conflicts = conflicts
        self.candidatePools = candidatePools
        self.avoided = avoided
        self.candidates = candidates
        self.target = target
        self.newPool = newPool
        self.disabledPool = disabledPool
        self.steps = steps
        self.notes = notes
    }

    /// The conflicts that involve the current pod network: the ones a new pod CIDR fixes.
    public var podNetworkConflicts: [PodCIDRConflict] {
        conflicts.filter { $0.first == podNetwork || $0.second == podNetwork }
    }

    /// The conflicts between other ranges, which a new pod CIDR does not fix (such as the Swarm pool covering a
    /// destination).
    public var otherConflicts: [PodCIDRConflict] {
        conflicts.filter { $0.first != podNetwork && $0.second != podNetwork }
    }

    /// The Calico blocks the current pod network holds.
    public var currentBlockCount: UInt128 {
        capacity.blockCount(in: podNetwork.prefix)
    }

    /// Whether the current pod network must change: it conflicts with a range, or it is too small.
    public var isChangeNeeded: Bool {
        !podNetworkConflicts.isEmpty || !capacity.isMet(by: podNetwork.prefix)
    }
}
