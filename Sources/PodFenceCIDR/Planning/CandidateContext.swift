/// What the planner needs to explain why a pod CIDR qualifies: the request, its capacity, and what was avoided.
struct CandidateContext: Sendable {
    /// The request.
    let request: PodCIDRPlanRequest
    /// The capacity it needs.
    let capacity: PodCIDRCapacity
    /// The number of input ranges other than the current pod network.
    let avoidedRangeCount: Int
    /// kube-controller-manager's node CIDR mask size.
    let nodeMaskSize: Int

    /// A candidate with its reasons.
    ///
    /// - Parameters:
    ///   - prefix: The pod CIDR, already checked to be free and large enough.
    ///   - pool: The space it comes from.
    ///   - isRequested: Whether the request chose it rather than the search.
    /// - Complexity: O(r) for the r blocks of the special-purpose registry.
    func candidate(_ prefix: IPPrefix, from pool: IPPrefix, isRequested: Bool) -> PodCIDRCandidate {
        let blocks = capacity.blockCount(in: prefix)
        let nodes = capacity.nodeCapacity(of: prefix)
        var reasons = [
            capacityReason(prefix, blocks: blocks, nodes: nodes), sizeReason(prefix, isRequested: isRequested),
        ]
        reasons.append(spaceReason(prefix, pool: pool))
        reasons.append(
            "overlaps none of the \(DecimalText.counted(avoidedRangeCount, "range")) given, nor the current pod "
                + "network \(request.podCIDR), nor space no pod can use (loopback, link-local, multicast, reserved)")
        if let nodeCIDRs = nodeCIDRReason(prefix) { reasons.append(nodeCIDRs) }
        return PodCIDRCandidate(prefix: prefix, pool: pool, blockCount: blocks, nodeCapacity: nodes, reasons: reasons)
    }

    /// How many blocks the prefix holds against how many are needed.
    private func capacityReason(_ prefix: IPPrefix, blocks: UInt128, nodes: UInt128) -> String {
        let perNode =
            "\(DecimalText.counted(capacity.blocksPerNode, "block")) of \(capacity.addressesPerBlock) addresses a "
            + "node for \(capacity.podsPerNode) pods"
        return "holds \(DecimalText.grouped(blocks)) blocks of /\(capacity.blockSize) "
            + "(\(prefix.addressCount.exactValue.map(DecimalText.grouped) ?? prefix.addressCount.description) "
            + "addresses); \(DecimalText.counted(capacity.nodeCount, "node")) need "
            + "\(DecimalText.grouped(capacity.blocksNeeded)) (\(perNode)), so it has room for "
            + "\(DecimalText.grouped(nodes)) nodes"
    }

    /// How the prefix's size compares with the smallest adequate one.
    private func sizeReason(_ prefix: IPPrefix, isRequested: Bool) -> String {
        let minimum = capacity.minimumPrefixLength
        if prefix.length == minimum {
            let start = isRequested ? "chosen by the request, and " : ""
            guard minimum < capacity.blockSize else { return start + "the smallest adequate size: a single block" }
            let smaller = capacity.blockCount(
                in: (try? IPPrefix(address: prefix.address, length: minimum + 1)) ?? prefix)
            return start + "the smallest adequate size: a /\(minimum + 1) holds only \(DecimalText.grouped(smaller)) "
                + "blocks"
        }
        let factor = UInt128(1) << min(127, minimum - prefix.length)
        let growth = "\(DecimalText.grouped(factor)) times the smallest adequate size (/\(minimum))"
        return isRequested ? "chosen by the request: \(growth)" : "\(growth), for growth"
    }

    /// Where the prefix comes from: the pool it was found in, and the special-purpose block it lies in.
    private func spaceReason(_ prefix: IPPrefix, pool: IPPrefix) -> String {
        let inside = SpecialPurposeBlock.matches(for: prefix).first { $0.relation == .inside }?.block
        let poolText = pool == prefix || inside?.prefix == pool ? nil : "inside the pool \(pool)"
        guard let inside else {
            return (poolText.map { $0 + ", " } ?? "")
                + "outside every special-purpose block: these addresses may belong to someone else"
        }
        let kind = inside.use == .privateNetworks ? "space for private networks" : "special-purpose space"
        let block = "\(inside.prefix), \(inside.name) (\(inside.reference)): \(kind)"
        return poolText.map { "\($0), in \(block)" } ?? "inside \(block)"
    }

    /// A warning when the prefix cannot give every node a Kubernetes node CIDR of the configured mask size.
    private func nodeCIDRReason(_ prefix: IPPrefix) -> String? {
        let count = capacity.nodeCIDRCount(in: prefix, nodeMaskSize: nodeMaskSize)
        guard count < UInt128(capacity.nodeCount) else { return nil }
        let flag = "--node-cidr-mask-size \(nodeMaskSize)"
        let nodeBits = capacity.nodeCount == 1 ? 0 : Int.bitWidth - (capacity.nodeCount - 1).leadingZeroBitCount
        let suggestion =
            prefix.length + nodeBits <= prefix.family.bitWidth
            ? "; a mask of /\(prefix.length + nodeBits) would do" : ""
        guard count > 0 else {
            return "if kube-controller-manager allocates node CIDRs (\(flag)), it refuses a cluster CIDR longer than "
                + "the node mask\(suggestion); Calico IPAM itself does not use node CIDRs"
        }
        return "if kube-controller-manager allocates node CIDRs (\(flag)), it holds only \(DecimalText.grouped(count)) "
            + "for \(DecimalText.counted(capacity.nodeCount, "node"))\(suggestion); Calico IPAM itself does not use "
            + "node CIDRs"
    }
}
