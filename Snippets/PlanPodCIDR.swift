//! Plan the move of a Docker Enterprise cluster's pod network away from the corporate servers it hides.
import PodFence

// snippet.request
// UCP's default pod network, 192.168.0.0/16, contains the file servers' 192.168.10.0/24: traffic from a pod to
// them is routed inside the pod network and never arrives. The servers cannot move; the pods can.
let request = PodCIDRPlanRequest(
    podCIDR: DockerEnterpriseDefaults.podCIDR,
    ranges: [
        NetworkRange(.serviceNetwork, DockerEnterpriseDefaults.serviceCIDR),
        NetworkRange(.nodeNetwork, try IPPrefix(parsing: "10.30.4.0/24"), name: "hosts"),
        NetworkRange(.destination, try IPPrefix(parsing: "192.168.10.0/24"), name: "file servers"),
        NetworkRange(.destination, try IPPrefix(parsing: "10.10.0.0/16"), name: "data centre"),
    ] + DockerEnterpriseDefaults.dockerRanges,
    nodeCount: 20)
let plan = try PodCIDRPlanner().plan(request)
// snippet.end

// snippet.conflicts
// What the current pod network breaks, then what else overlaps (Docker's own address pools).
for conflict in plan.podNetworkConflicts + plan.otherConflicts {
    print(conflict)
}
// snippet.end

// snippet.candidates
// Where the pods could go: blocks of the private space that nothing else uses, smallest adequate first.
print("blocks needed: \(plan.capacity.blocksNeeded) of /\(plan.capacity.blockSize)")
for candidate in plan.candidates {
    print("candidate \(candidate.prefix): room for \(candidate.nodeCapacity) nodes")
}
// snippet.end

// snippet.migration
if let pool = plan.newPool, let old = plan.disabledPool {
    print("new pool \(pool.name) \(pool.cidr), blocks of /\(pool.blockSize); then disable \(old.name) \(old.cidr)")
}
for (number, step) in plan.steps.enumerated() {
    print("\(number + 1). \(step.title)")
}
// snippet.end
