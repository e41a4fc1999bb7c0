import PodFenceCIDR
import PropertyBased
import Testing

/// Generators of planner inputs: IPv4 prefixes in the private and shared spaces where clusters live, so that
/// random ranges often overlap the pod network and each other.
enum PlannerGen {
    /// The bases ranges are drawn around: 10.0.0.0, 172.16.0.0, 192.168.0.0 and 100.64.0.0.
    static let bases: [UInt32] = [0x0A00_0000, 0xAC10_0000, 0xC0A8_0000, 0x6440_0000]

    /// IPv4 prefixes of length 8 to 28 near one of the bases.
    static var prefix: Generator<IPPrefix, some SendableSequenceType> {
        zip(Gen.int(in: 0...3), Gen.uint32(in: 0...0x000F_FFFF), Gen.int(in: 8...28)).compactMap { input in
            let (base, offset, length) = input
            return try? IPPrefix(address: IPAddress(ipv4: bases[base] | offset), length: length)
        }
    }

    /// Ranges of any role other than the pod network.
    static var range: Generator<NetworkRange, some SendableSequenceType> {
        zip(Gen.int(in: 1...6), prefix).map { role, prefix in
            NetworkRange(NetworkRange.Role.allCases[role], prefix)
        }
    }

    /// Whole requests: a pod network, up to eight other ranges, and a capacity from one node to thousands.
    static var request: Generator<PodCIDRPlanRequest, some SendableSequenceType> {
        zip(prefix, range.array(of: 0...8), Gen.int(in: 1...3000), Gen.int(in: 1...250), Gen.int(in: 22...28))
            .map { input in
                let (pods, ranges, nodes, podsPerNode, blockSize) = input
                return PodCIDRPlanRequest(
                    podCIDR: pods, ranges: ranges, nodeCount: nodes, podsPerNode: podsPerNode, blockSize: blockSize)
            }
    }
}

@Suite("Pod CIDR planner properties")
struct PodCIDRPlannerPropertyTests {
    @Test("candidates conflict with nothing, have the capacity, and come smallest first")
    func candidates() async {
        await propertyCheck(count: 200, input: PlannerGen.request) { request in
            guard let plan = try? PodCIDRPlanner().plan(request) else {
                // Only a capacity beyond the whole IPv4 space is refused; the generator stays far below it.
                Issue.record("no plan for \(request)")
                return
            }
            let capacity = plan.capacity
            let neverAssigned = SpecialPurposeBlock.neverAssigned(.ipv4)
            for candidate in plan.candidates {
                #expect(!plan.ranges.contains { $0.prefix.overlaps(candidate.prefix) }, "\(candidate.prefix)")
                #expect(!neverAssigned.overlaps(candidate.prefix))
                #expect(capacity.isMet(by: candidate.prefix))
                #expect(candidate.blockCount >= UInt128(capacity.blocksNeeded))
                #expect(candidate.nodeCapacity >= UInt128(capacity.nodeCount))
                #expect(plan.candidatePools.contains { $0.contains(candidate.prefix) })
                #expect(candidate.pool.contains(candidate.prefix))
                #expect(candidate.prefix.length <= capacity.minimumPrefixLength)
                #expect(candidate.prefix.length >= capacity.minimumPrefixLength - PodCIDRPlanner.candidateGrowthSteps)
                #expect(!plan.avoided.overlaps(candidate.prefix))
            }
            let lengths = plan.candidates.map(\.prefix.length)
            #expect(lengths == lengths.sorted(by: >))
            #expect(Set(plan.candidates.map(\.prefix)).count == plan.candidates.count)
            #expect(plan.candidates.count <= request.maximumCandidates)
            // The first candidate is of the smallest adequate size whenever one of that size is free.
            let smallestFree = plan.candidatePools.contains {
                IPSet.firstFree(size: capacity.minimumPrefixLength, within: $0, avoiding: plan.avoided) != nil
            }
            #expect((plan.candidates.first?.prefix.length == capacity.minimumPrefixLength) == smallestFree)
        }
    }

    @Test("every overlap of roles that must stay apart is reported once, and the migration targets the first candidate")
    func conflictsAndTarget() async {
        await propertyCheck(count: 200, input: PlannerGen.request) { request in
            guard let plan = try? PodCIDRPlanner().plan(request) else {
                Issue.record("no plan for \(request)")
                return
            }
            var expected = 0
            for (index, lhs) in plan.ranges.enumerated() {
                for rhs in plan.ranges[(index + 1)...] {
                    guard let conflict = PodCIDRConflict.conflict(between: lhs, and: rhs) else { continue }
                    expected += 1
                    #expect(plan.conflicts.contains(conflict))
                    #expect(conflict.overlap == lhs.prefix.intersection(rhs.prefix))
                }
            }
            #expect(plan.conflicts.count == expected)
            #expect(plan.conflicts.map(\.severity) == plan.conflicts.map(\.severity).sorted())
            if plan.isChangeNeeded, let first = plan.candidates.first {
                #expect(plan.target == first)
                #expect(plan.newPool?.cidr == first.prefix)
                #expect(plan.disabledPool?.cidr == request.podCIDR && plan.disabledPool?.disabled == true)
                #expect(plan.steps.map(\.kind) == PodCIDRMigrationStep.Kind.allCases)
            } else {
                #expect(plan.target == nil && plan.steps.isEmpty && plan.newPool == nil)
            }
        }
    }
}
