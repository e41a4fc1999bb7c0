import PodFenceModel
import PodFenceSelectors

extension LintContext {
    /// Pass rules that nothing below decides, so that the default allows what they hand on: an Admin Pass
    /// when, for every subject, no NetworkPolicy isolates it in the rule's direction and no Baseline policy
    /// has rules of that direction for it; a Baseline Pass always (only the default is below it).
    /// - Complexity: O(r × s × (q + c)) for r Pass rules, s subjects, q NetworkPolicies of their namespaces
    ///   and c cluster policies.
    func passActsAsAllowFindings() -> [LintFinding] {
        var findings: [LintFinding] = []
        var isolated: [TrafficDirection: [Int: Bool]] = [:]
        func isIsolated(_ subject: Int, _ direction: TrafficDirection) -> Bool {
            if let known = isolated[direction]?[subject] { return known }
            let answer = !side(direction, subject: subject, other: .address(Self.outsideAddress))
                .isolatingPolicies.isEmpty
            isolated[direction, default: [:]][subject] = answer
            return answer
        }
        for entry in clusterPolicies where !entry.subjects.isEmpty {
            for rule in entry.rules where rule.tierAction == .pass {
                let others = otherEnds(of: rule)
                // A Pass whose peers select nothing hands nothing on (cluster-peer-selects-nothing says so).
                guard !others.evaluable || !others.endpoints.isEmpty else { continue }
                let path = entry.path(rule)
                let accept = entry.spelling(.accept)
                if entry.tier == .baseline {
                    findings.append(
                        LintFinding(
                            .passActsAsAllow, object: entry.name, path: path, location: entry.location(path),
                            message: "\(entry.label(rule)) is a Pass in the Baseline tier: it hands its connections "
                                + "to the default, which allows them, so it acts as an \(accept)",
                            fix: "write `action: \(accept)` if allowing is meant, or `action: Deny`"))
                    continue
                }
                let direction = rule.direction
                let decidedBelow = entry.subjects.contains { subject in
                    isIsolated(subject, direction)
                        || clusterPolicies.contains { other in
                            other.tier == .baseline && !other.rules(direction).isEmpty
                                && other.subjects.contains(subject)
                        }
                }
                guard !decidedBelow else { continue }
                findings.append(
                    LintFinding(
                        .passActsAsAllow, object: entry.name, path: path, location: entry.location(path),
                        message: "\(entry.label(rule)) passes its connections on, but nothing below decides them for "
                            + "\(names(entry.subjects)): no NetworkPolicy isolates their \(direction) and no Baseline "
                            + "policy has \(direction) rules for them, so the default allows them and this Pass acts "
                            + "as an \(accept)",
                        fix:
                            "write `action: \(accept)` if allowing is meant, or add the NetworkPolicy (or the Baseline "
                            + "rule) that should decide these connections"))
            }
        }
        return findings
    }
}
