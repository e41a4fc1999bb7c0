import PodFenceCIDR
import Testing

@Suite("Pod CIDR capacity in Calico blocks")
struct PodCIDRCapacityTests {
    @Test(
        "blocks per node, blocks needed and the smallest adequate prefix",
        arguments: [
            // family, nodes, pods per node, block size, blocks per node, blocks needed, minimum length
            (IPFamily.ipv4, 20, 110, nil, 2, 40, 20),
            (.ipv4, 1, 1, nil, 1, 1, 26),
            (.ipv4, 3, 64, nil, 1, 3, 24),
            (.ipv4, 4, 65, nil, 2, 8, 23),
            (.ipv4, 1000, 110, nil, 2, 2000, 15),
            (.ipv4, 5, 110, 24, 1, 5, 21),
            (.ipv4, 256, 1, 32, 1, 256, 24),
            (.ipv6, 100, 110, nil, 2, 200, 114),
            (.ipv6, 2, 4096, 116, 1, 2, 115),
        ] as [(IPFamily, Int, Int, Int?, Int, Int, Int)]
    )
    func capacity(
        family: IPFamily, nodes: Int, pods: Int, blockSize: Int?, blocksPerNode: Int, needed: Int, minimum: Int
    ) throws {
        let capacity = try PodCIDRCapacity(family: family, nodeCount: nodes, podsPerNode: pods, blockSize: blockSize)
        #expect(capacity.blocksPerNode == blocksPerNode)
        #expect(capacity.blocksNeeded == needed)
        #expect(capacity.minimumPrefixLength == minimum)
        #expect(capacity.addressesPerNode >= pods)
        #expect(capacity.addressesPerNode - capacity.addressesPerBlock < pods)
        let smallest = try IPPrefix(address: family.allAddresses.address, length: minimum)
        #expect(capacity.isMet(by: smallest))
        if minimum < capacity.blockSize {
            #expect(!capacity.isMet(by: try IPPrefix(address: smallest.address, length: minimum + 1)))
        }
    }

    @Test("blocks, nodes and Kubernetes node CIDRs a prefix holds")
    func counts() throws {
        let capacity = try PodCIDRCapacity(family: .ipv4, nodeCount: 20, podsPerNode: 110)
        #expect(capacity.addressesPerBlock == 64)
        #expect(capacity.blockCount(in: try prefix("192.168.0.0/16")) == 1024)
        #expect(capacity.nodeCapacity(of: try prefix("192.168.0.0/16")) == 512)
        #expect(capacity.blockCount(in: try prefix("10.0.0.0/27")) == 0)
        #expect(capacity.blockCount(in: try prefix("2001:db8::/64")) == 0)
        #expect(capacity.nodeCIDRCount(in: try prefix("172.16.0.0/20"), nodeMaskSize: 24) == 16)
        #expect(capacity.nodeCIDRCount(in: try prefix("172.16.0.0/25"), nodeMaskSize: 24) == 0)
        let everything = try PodCIDRCapacity(family: .ipv6, nodeCount: 1, podsPerNode: 1, blockSize: 128)
        #expect(everything.blockCount(in: IPFamily.ipv6.allAddresses) == .max)
    }

    @Test(
        "invalid inputs are refused with a code and a message",
        arguments: [
            (IPFamily.ipv4, 0, 110, nil, "invalidNodeCount", "the node count must be at least 1, not 0"),
            (
                .ipv4, 3, 0, nil, "invalidPodsPerNode",
                "pods per node must be at least 1 (kubelet's default maxPods is 110), not 0"
            ),
            (
                .ipv4, 3, 110, 19, "invalidBlockSize",
                "Calico block size /19 is out of range: an IPv4 pool's blockSize is between 20 and 32 (default 26)"
            ),
            (
                .ipv6, 3, 110, 26, "invalidBlockSize",
                "Calico block size /26 is out of range: an IPv6 pool's blockSize is between 116 and 128 (default 122)"
            ),
            (
                .ipv4, 1 << 40, 110, nil, "capacityTooLarge",
                "1,099,511,627,776 nodes × 2 blocks of /26 need more blocks than the whole IPv4 space holds; lower "
                    + "the node count or pods per node"
            ),
            (
                .ipv4, Int.max, 110, nil, "capacityTooLarge",
                "9,223,372,036,854,775,807 nodes × 2 blocks of /26 need more blocks than the whole IPv4 space holds; "
                    + "lower the node count or pods per node"
            ),
        ] as [(IPFamily, Int, Int, Int?, String, String)]
    )
    func invalid(family: IPFamily, nodes: Int, pods: Int, blockSize: Int?, code: String, message: String) {
        #expect {
            try PodCIDRCapacity(family: family, nodeCount: nodes, podsPerNode: pods, blockSize: blockSize)
        } throws: { error in
            guard let error = error as? PodCIDRPlanError else { return false }
            return error.code.rawValue == code && error.message == message
        }
    }
}
