// Plans the move of a cluster's pod network away from the networks it hides, and writes the runbook in Markdown:
// why, what stays, the new range checked, the Calico steps with their commands and IP pool manifests. Run without
// arguments, it plans the walkthrough's case. See README.md.
import Foundation
import PodFence

/// Prints a message on standard error and exits with a status.
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
}

let inputs: MigrationInputs
do {
    inputs = try MigrationInputs(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    fail("pod-cidr-migration: \(error)\n\(MigrationInputs.usage)", status: 2)
}

let plan: PodCIDRPlan
do {
    plan = try PodCIDRPlanner().plan(inputs.request)
} catch {
    fail("pod-cidr-migration: \(error.message)", status: 1)
}
guard plan.isChangeNeeded else {
    print("\(inputs.podCIDR) conflicts with nothing and holds \(inputs.nodes) nodes: no migration needed")
    exit(0)
}
guard let target = plan.target?.prefix else {
    fail("pod-cidr-migration: no free range holds \(inputs.nodes) nodes", status: 1)
}

let capacity = plan.capacity
print("# Pod CIDR migration: \(inputs.podCIDR) to \(target)")
print()
print(
    "\(capacity.nodeCount) nodes of \(capacity.podsPerNode) pods take \(capacity.blocksNeeded) Calico blocks of "
        + "/\(capacity.blockSize): the new pod network is the smallest free block that holds them.")

print("\n## Why\n")
for conflict in plan.podNetworkConflicts { print("- \(conflict)") }
if !plan.otherConflicts.isEmpty {
    print("\n## What the move does not fix\n")
    for conflict in plan.otherConflicts { print("- \(conflict)") }
}

// The planner chose the target; check it again with plain set algebra before anyone applies it.
print("\n## Check\n")
let inUse = IPSet(plan.ranges.filter { $0.role != .podNetwork }.map(\.prefix))
let overlap = inUse.intersection(IPSet(target))
if overlap.isEmpty {
    print("- \(target) overlaps none of the \(plan.ranges.count - 1) other ranges")
} else {
    print("- \(target) OVERLAPS \(overlap.prefixes.map(\.description).joined(separator: ", "))")
}
for destination in plan.ranges where destination.role == .destination {
    switch (inputs.podCIDR.overlaps(destination.prefix), target.overlaps(destination.prefix)) {
    case (_, true): print("- \(destination): still hidden by the new pod network")
    case (true, false): print("- \(destination): hidden by the current pod network, reachable after the move")
    case (false, false): print("- \(destination): reachable before and after the move")
    }
}

print("\n## Steps")
for (number, step) in plan.steps.enumerated() {
    print("\n### \(number + 1). \(step.title)\n")
    for detail in step.details { print("- \(detail)") }
    if let pool = step.pool, let file = step.poolFile {
        print("\n`\(file)`:\n\n```yaml")
        print(YAMLWriter().write(pool.manifest), terminator: "")
        print("```")
    }
    if !step.commands.isEmpty {
        print("\n```sh")
        for command in step.commands { print(command) }
        print("```")
    }
}

print("\n## Notes\n")
for note in plan.notes {
    print("- \(note.topic)\(note.isInference ? ", inference" : ""): \(note.text) (\(note.source))")
}
