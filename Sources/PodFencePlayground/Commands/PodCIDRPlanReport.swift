import PodFence

/// How `cidr plan` prints a ``PodCIDRPlan``: a text report, a JSON document, or the IP pool manifests alone.
struct PodCIDRPlanReport {
    /// The plan.
    let plan: PodCIDRPlan
    /// The defaults the command assumed, in words.
    let assumed: [String]

    // MARK: - Text

    /// The report as text: the inputs, the conflicts, the capacity, the candidates, the migration with its
    /// manifests, and the Docker Enterprise notes.
    var text: String {
        var lines: [String] = []
        let capacity = plan.capacity
        lines.append(
            "Pod CIDR plan for \(plan.podNetwork.prefix) (Calico pool \(plan.podNetwork.name ?? "")): "
                + "\(DecimalText.counted(capacity.nodeCount, "node")), "
                + "\(capacity.podsPerNode) pods a node, Calico blocks of /\(capacity.blockSize)")
        if !assumed.isEmpty {
            lines += ["", "Assumed"] + assumed.map { "  " + $0 }
        }
        lines += ["", "Ranges"]
        for range in plan.ranges {
            let role = CIDRArguments.padded(range.role.description, to: 21)
            let prefix =
                range.name == nil ? range.prefix.description : CIDRArguments.padded(range.prefix.description, to: 19)
            lines.append("  " + role + prefix + (range.name ?? ""))
        }
        lines += ["", conflictsTitle]
        lines += plan.conflicts.map { "  " + $0.description }
        lines += ["", "Capacity"]
        lines.append(
            "  \(capacity.podsPerNode) pods a node take \(DecimalText.counted(capacity.blocksPerNode, "block")) of "
                + "/\(capacity.blockSize) (\(capacity.addressesPerBlock) addresses each); "
                + "\(DecimalText.counted(capacity.nodeCount, "node")) take \(DecimalText.grouped(capacity.blocksNeeded)): at least a "
                + "/\(capacity.minimumPrefixLength)")
        lines.append(
            "  the current pod network \(plan.podNetwork.prefix) holds \(DecimalText.grouped(plan.currentBlockCount)) blocks: "
                + (capacity.isMet(by: plan.podNetwork.prefix) ? "enough" : "too few"))
        lines += ["", candidatesTitle]
        for (index, candidate) in plan.candidates.enumerated() {
            lines.append("  \(index + 1). \(candidate.prefix)")
            lines += candidate.reasons.map { "     - " + $0 }
        }
        if plan.candidates.isEmpty {
            lines.append("  none: no block of /\(capacity.minimumPrefixLength) or larger is free in the pools")
        }
        lines.append("")
        if let target = plan.target {
            lines.append(
                "Migration to \(target.prefix), following Calico's IP pool migration (\(CalicoIPPool.apiVersion) "
                    + "resources, applied with calicoctl)")
            for (index, step) in plan.steps.enumerated() {
                lines.append("  \(index + 1). \(step.title)")
                lines += step.details.map { "     - " + $0 }
                if let pool = step.pool {
                    lines.append("     \(step.poolFile ?? "ippool.yaml"):")
                    lines += YAMLWriter().write(pool.manifest).split(separator: "\n").map { "       " + $0 }
                }
                lines += step.commands.map { "     $ " + $0 }
            }
        } else if plan.isChangeNeeded {
            lines.append("Migration: none, for want of a candidate; give --pool with more room, or fewer --nodes")
        } else {
            lines.append(
                "Migration: none needed: the pod network conflicts with nothing and holds enough blocks "
                    + "(--target plans a move all the same)")
        }
        lines += ["", "Docker Enterprise notes"]
        for note in plan.notes {
            let topic = note.isInference ? "\(note.topic), inference" : note.topic.description
            lines.append("  - [\(topic)] \(note.text) (\(note.source))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The title of the conflicts section, with the counts.
    private var conflictsTitle: String {
        let errors = plan.conflicts.filter { $0.severity == .error }.count
        let warnings = plan.conflicts.count - errors
        guard !plan.conflicts.isEmpty else { return "Conflicts: none" }
        return "Conflicts: \(DecimalText.counted(errors, "error")), \(DecimalText.counted(warnings, "warning"))"
    }

    /// The title of the candidates section, with what they avoid and where they come from.
    private var candidatesTitle: String {
        "Candidates, smallest adequate first (free of every range above, in "
            + plan.candidatePools.map(\.description).joined(separator: ", ") + ")"
    }

    // MARK: - JSON

    /// The plan as one JSON document.
    var json: ManifestNode {
        let capacity = plan.capacity
        let capacityNode: ManifestMapping = [
            "nodes": .int(capacity.nodeCount),
            "podsPerNode": .int(capacity.podsPerNode),
            "blockSize": .int(capacity.blockSize),
            "addressesPerBlock": .int(capacity.addressesPerBlock),
            "blocksPerNode": .int(capacity.blocksPerNode),
            "blocksNeeded": .int(capacity.blocksNeeded),
            "minimumPrefixLength": .int(capacity.minimumPrefixLength),
            "currentBlocks": number(plan.currentBlockCount),
            "currentIsEnough": .bool(capacity.isMet(by: plan.podNetwork.prefix)),
        ]
        let conflicts: [ManifestNode] = plan.conflicts.map { conflict in
            .mapping([
                "severity": .string(conflict.severity.rawValue),
                "first": range(conflict.first),
                "relation": .string(conflict.relation),
                "second": range(conflict.second),
                "overlap": .string(conflict.overlap.description),
                "consequence": .string(conflict.consequence),
            ])
        }
        let candidates: [ManifestNode] = plan.candidates.map { candidate in
            .mapping([
                "cidr": .string(candidate.prefix.description),
                "pool": .string(candidate.pool.description),
                "blocks": number(candidate.blockCount),
                "nodeCapacity": number(candidate.nodeCapacity),
                "reasons": .sequence(candidate.reasons.map { .string($0) }),
            ])
        }
        let steps: [ManifestNode] = plan.steps.map { step in
            var mapping: ManifestMapping = [
                "kind": .string(step.kind.rawValue),
                "title": .string(step.title),
                "details": .sequence(step.details.map { .string($0) }),
                "commands": .sequence(step.commands.map { .string($0) }),
            ]
            if let pool = step.pool {
                mapping["file"] = .string(step.poolFile ?? "ippool.yaml")
                mapping["manifest"] = pool.manifest
            }
            return .mapping(mapping)
        }
        let notes: [ManifestNode] = plan.notes.map { note in
            .mapping([
                "topic": .string(note.topic.rawValue),
                "text": .string(note.text),
                "source": .string(note.source),
                "inference": .bool(note.isInference),
            ])
        }
        return .mapping([
            "podNetwork": range(plan.podNetwork),
            "assumed": .sequence(assumed.map { .string($0) }),
            "ranges": .sequence(plan.ranges.map(range)),
            "capacity": .mapping(capacityNode),
            "conflicts": .sequence(conflicts),
            "changeNeeded": .bool(plan.isChangeNeeded),
            "candidates": .sequence(candidates),
            "target": plan.target.map { .string($0.prefix.description) } ?? .null,
            "steps": .sequence(steps),
            "notes": .sequence(notes),
        ])
    }

    /// The IP pool manifests to apply: the new pool, then the old one disabled; empty without a target.
    var manifests: [ManifestNode] {
        [plan.newPool, plan.disabledPool].compactMap { $0?.manifest }
    }

    // MARK: - Helpers

    /// A range as a JSON object: role, cidr and, when it has one, name.
    private func range(_ range: NetworkRange) -> ManifestNode {
        var mapping: ManifestMapping = [
            "role": .string(range.role.rawValue), "cidr": .string(range.prefix.description),
        ]
        if let name = range.name { mapping["name"] = .string(name) }
        return .mapping(mapping)
    }

    /// A count as a JSON number, or as a decimal string when it does not fit in `Int`.
    private func number(_ value: UInt128) -> ManifestNode {
        value <= UInt128(Int.max) ? .int(Int(value)) : .string(String(value))
    }
}
