/// Plans a change of a cluster's pod CIDR: finds what the current one conflicts with, proposes pod CIDRs that
/// conflict with nothing and have the capacity, and writes the Calico IP pool migration to the one chosen.
///
/// This is the third story of PodFence's walkthrough: a cluster on UCP's default pod network `192.168.0.0/16`
/// whose pods cannot reach corporate servers in `192.168.10.0/24`, because traffic to them never leaves the pod
/// network, and the servers cannot move.
///
/// ```swift
/// let plan = try PodCIDRPlanner().plan(request)
/// plan.podNetworkConflicts.first?.description
/// // "error: pod network default-ipv4-ippool (192.168.0.0/16) contains destination 192.168.10.0/24: pods cannot
/// //  reach 192.168.10.0/24: traffic to it is routed inside the pod network"
/// plan.target?.prefix.description   // "172.16.0.0/20"
/// plan.steps.map(\.kind)            // [.prepare, .createPool, .disableOldPool, ..., .deleteOldPool]
/// ```
///
/// The planner reads no file and prints nothing: it turns a ``PodCIDRPlanRequest`` into a ``PodCIDRPlan``.
public struct PodCIDRPlanner: Sendable {
    /// How many sizes above the smallest adequate one the candidates go: up to 2⁴ = 16 times its size.
    public static let candidateGrowthSteps = 4

    /// Creates a planner.
    public init() {}

    /// Makes the plan for a request.
    ///
    /// Candidates are aligned blocks inside the candidate pools (the request's, or the family's private
    /// space) that overlap no input range, not the current pod network, and no space that can never hold a pod
    /// address; they hold at least the blocks the capacity needs. They are listed smallest first: the first free
    /// block of the smallest adequate length in each pool, in pool order, then the same one length shorter, up to
    /// ``candidateGrowthSteps`` lengths, until ``PodCIDRPlanRequest/maximumCandidates`` are found.
    ///
    /// - Parameter request: What the plan starts from.
    /// - Returns: The plan.
    /// - Throws: ``PodCIDRPlanError`` when the request is invalid (node count, pods per node, block size,
    ///   families, pool names, encapsulation, node CIDR mask) or names a target that conflicts or is too small.
    /// - Complexity: O(n² + p · g · (log n + k)) for n ranges, p candidate pools and g lengths tried, where k is
    ///   the number of avoided ranges a free-space search walks past.
    public func plan(_ request: PodCIDRPlanRequest) throws(PodCIDRPlanError) -> PodCIDRPlan {
        let family = request.family
        let capacity = try PodCIDRCapacity(
            family: family, nodeCount: request.nodeCount, podsPerNode: request.podsPerNode,
            blockSize: request.blockSize)
        try validate(request)
        let currentName = request.currentPoolName ?? CalicoIPPool.installName(family)
        let podNetwork = NetworkRange(.podNetwork, request.podCIDR, name: currentName)
        let ranges = [podNetwork] + request.ranges.sorted()
        let conflicts = PodCIDRConflict.conflicts(among: ranges)
        let pools = request.candidatePools.isEmpty ? SpecialPurposeBlock.privateSpace(family) : request.candidatePools
        let avoided = IPSet(ranges.lazy.map(\.prefix).filter { $0.family == family })
            .union(SpecialPurposeBlock.neverAssigned(family))
        let context = CandidateContext(
            request: request, capacity: capacity, avoidedRangeCount: ranges.count - 1,
            nodeMaskSize: request.nodeCIDRMaskSize ?? DockerEnterpriseDefaults.nodeCIDRMaskSize(family))

        var candidates: [PodCIDRCandidate] = []
        let shortest = max(0, capacity.minimumPrefixLength - Self.candidateGrowthSteps)
        search: for length in stride(from: capacity.minimumPrefixLength, through: shortest, by: -1) {
            for pool in pools {
                guard let block = IPSet.firstFree(size: length, within: pool, avoiding: avoided) else { continue }
                candidates.append(context.candidate(block, from: pool, isRequested: false))
                if candidates.count == request.maximumCandidates { break search }
            }
        }

        let target: PodCIDRCandidate?
        if let requested = request.target {
            target = try validatedTarget(requested, ranges: ranges, pools: pools, context: context)
        } else if !conflicts.filter({ $0.first == podNetwork || $0.second == podNetwork }).isEmpty
            || !capacity.isMet(by: podNetwork.prefix)
        {
            target = candidates.first
        } else {
            target = nil
        }

        var newPool: CalicoIPPool?
        var disabledPool: CalicoIPPool?
        var steps: [PodCIDRMigrationStep] = []
        if let target {
            let created = CalicoIPPool(
                name: request.newPoolName ?? CalicoIPPool.defaultName(for: target.prefix), cidr: target.prefix,
                blockSize: capacity.blockSize, ipipMode: request.ipipMode, vxlanMode: request.vxlanMode,
                natOutgoing: request.natOutgoing)
            let disabled = CalicoIPPool(
                name: currentName, cidr: request.podCIDR,
                blockSize: request.currentBlockSize ?? PodCIDRCapacity.defaultBlockSize(family),
                ipipMode: request.ipipMode, vxlanMode: request.vxlanMode, natOutgoing: request.natOutgoing,
                disabled: true)
            steps = Self.migrationSteps(request: request, newPool: created, disabledPool: disabled, ranges: ranges)
            (newPool, disabledPool) = (created, disabled)
        }
        return PodCIDRPlan(
            request: request, podNetwork: podNetwork, ranges: ranges, capacity: capacity, conflicts: conflicts,
            candidatePools: pools, avoided: avoided, candidates: candidates, target: target, newPool: newPool,
            disabledPool: disabledPool, steps: steps,
            notes: Self.notes(request: request, ranges: ranges, conflicts: conflicts, target: target?.prefix))
    }

    /// Checks the parts of a request that ``PodCIDRCapacity`` does not.
    ///
    /// - Parameter request: The request.
    /// - Throws: ``PodCIDRPlanError`` naming the first invalid part.
    private func validate(_ request: PodCIDRPlanRequest) throws(PodCIDRPlanError) {
        let family = request.family
        guard request.maximumCandidates >= 1 else {
            throw PodCIDRPlanError(
                code: .invalidCandidateCount,
                message: "the number of candidates must be at least 1, not \(request.maximumCandidates)")
        }
        if let pool = request.candidatePools.first(where: { $0.family != family }) {
            throw PodCIDRPlanError(
                code: .familyMismatch,
                message: "candidate pool \(pool) is \(pool.family), but the pod network \(request.podCIDR) is "
                    + "\(family): a plan works in the pod network's family")
        }
        if let target = request.target, target.family != family {
            throw PodCIDRPlanError(
                code: .familyMismatch,
                message: "target \(target) is \(target.family), but the pod network \(request.podCIDR) is \(family)")
        }
        if let mask = request.nodeCIDRMaskSize, !(1...family.bitWidth).contains(mask) {
            throw PodCIDRPlanError(
                code: .invalidNodeCIDRMaskSize,
                message: "node CIDR mask size /\(mask) is out of range: an \(family) mask is between 1 and "
                    + "\(family.bitWidth) (kube-controller-manager's default is "
                    + "\(DockerEnterpriseDefaults.nodeCIDRMaskSize(family)))")
        }
        if request.ipipMode != .never && request.vxlanMode != .never {
            throw PodCIDRPlanError(
                code: .conflictingEncapsulation,
                message: "ipipMode \(request.ipipMode) and vxlanMode \(request.vxlanMode) are both enabled: Calico "
                    + "allows one encapsulation per pool; set the other to Never")
        }
        if let size = request.currentBlockSize, !PodCIDRCapacity.validBlockSizes(family).contains(size) {
            let sizes = PodCIDRCapacity.validBlockSizes(family)
            throw PodCIDRPlanError(
                code: .invalidBlockSize,
                message: "the current pool's block size /\(size) is out of range: an \(family) pool's blockSize is "
                    + "between \(sizes.lowerBound) and \(sizes.upperBound)")
        }
        for name in [request.currentPoolName, request.newPoolName].compactMap({ $0 })
        where !CalicoIPPool.isValidName(name) {
            throw PodCIDRPlanError(
                code: .invalidPoolName,
                message: "IP pool name \"\(name)\" is not a valid object name: use lowercase letters, digits, '-' "
                    + "and '.', starting and ending with a letter or digit, at most 253 characters")
        }
    }

    /// Checks a target the request chose and explains it as a candidate.
    ///
    /// - Parameters:
    ///   - target: The chosen pod CIDR.
    ///   - ranges: Every input range, the current pod network first.
    ///   - pools: The candidate pools.
    ///   - context: What candidate explanations need.
    /// - Throws: ``PodCIDRPlanError/Code/targetConflicts`` listing every range it overlaps, or
    ///   ``PodCIDRPlanError/Code/targetTooSmall``.
    private func validatedTarget(
        _ target: IPPrefix, ranges: [NetworkRange], pools: [IPPrefix], context: CandidateContext
    ) throws(PodCIDRPlanError) -> PodCIDRCandidate {
        let proposed = NetworkRange(.podNetwork, target)
        var problems: [String] = []
        for range in ranges where range.prefix.overlaps(target) {
            if range.role == .podNetwork {
                problems.append(
                    "\(range): Calico refuses IP pools that overlap, and pods hold addresses from the current pool "
                        + "until the migration ends")
            } else if let conflict = PodCIDRConflict.conflict(between: proposed, and: range) {
                problems.append("\(range): \(conflict.consequence)")
            } else {
                problems.append("\(range)")
            }
        }
        for block in SpecialPurposeBlock.registry where block.use == .neverAssigned && block.prefix.overlaps(target) {
            problems.append("\(block): no pod can have an address there")
        }
        guard problems.isEmpty else {
            throw PodCIDRPlanError(
                code: .targetConflicts,
                message: "target \(target) overlaps " + problems.joined(separator: "; "))
        }
        let capacity = context.capacity
        guard capacity.isMet(by: target) else {
            throw PodCIDRPlanError(
                code: .targetTooSmall,
                message: "target \(target) holds \(DecimalText.grouped(capacity.blockCount(in: target))) blocks of "
                    + "/\(capacity.blockSize), but \(DecimalText.counted(capacity.nodeCount, "node")) need "
                    + "\(DecimalText.grouped(capacity.blocksNeeded)): use a /\(capacity.minimumPrefixLength) or larger")
        }
        let pool = pools.first { $0.contains(target) } ?? target
        return context.candidate(target, from: pool, isRequested: true)
    }
}
