import PodFenceModel
import PodFenceSelectors

/// `pass-acts-as-allow`: Pass rules that nothing below decides, so that the default allows what they hand on.
struct PassActsAsAllowCheck: LintCheck {
    static let rule = LintRule(
        id: "pass-acts-as-allow", severity: .warning, title: "A Pass with nothing below it allows",
        explanation: """
            Pass hands a connection to the NetworkPolicies, then to the Baseline tier; when no NetworkPolicy \
            isolates the pods and no Baseline rule applies to them (or the Pass is itself in the Baseline tier), \
            the default allows it, so the Pass reads as a deferral but acts as an Accept.
            """)

    /// Pass rules that nothing below decides, so that the default allows what they hand on: an Admin Pass
    /// when, for every subject, no NetworkPolicy isolates it in the rule's direction and no Baseline policy
    /// has rules of that direction for it; a Baseline Pass always (only the default is below it).
    /// - Complexity: O(r × s × (q + c)) for r Pass rules, s subjects, q NetworkPolicies of their namespaces
    ///   and c cluster policies.
    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasClusterTiers else { return [] }
        var findings: [LintFinding] = []
        var isolated: [TrafficDirection: [Int: Bool]] = [:]
        func isIsolated(_ subject: Int, _ direction: TrafficDirection) -> Bool {
            if let known = isolated[direction]?[subject] { return known }
            let answer = !context.side(direction, subject: subject, other: .address(LintContext.outsideAddress))
                .isolatingPolicies.isEmpty
            isolated[direction, default: [:]][subject] = answer
            return answer
        }
        for entry in context.clusterPolicies where !entry.subjects.isEmpty {
            for rule in entry.rules where rule.tierAction == .pass {
                let others = context.otherEnds(of: rule)
                // A Pass whose peers select nothing hands nothing on (cluster-peer-selects-nothing says so).
                guard !others.evaluable || !others.endpoints.isEmpty else { continue }
                let path = entry.path(rule)
                let accept = entry.spelling(.accept)
                if entry.tier == .baseline {
                    findings.append(
                        LintFinding(
                            Self.rule, object: entry.name, path: path, location: entry.location(path),
                            message: "\(entry.label(rule)) is a Pass in the Baseline tier: it hands its connections "
                                + "to the default, which allows them, so it acts as an \(accept)",
                            fix: "write `action: \(accept)` if allowing is meant, or `action: Deny`"))
                    continue
                }
                let direction = rule.direction
                let decidedBelow = entry.subjects.contains { subject in
                    isIsolated(subject, direction)
                        || context.clusterPolicies.contains { other in
                            other.tier == .baseline && !other.rules(direction).isEmpty
                                && other.subjects.contains(subject)
                        }
                }
                guard !decidedBelow else { continue }
                findings.append(
                    LintFinding(
                        Self.rule, object: entry.name, path: path, location: entry.location(path),
                        message: "\(entry.label(rule)) passes its connections on, but nothing below decides them for "
                            + "\(context.names(entry.subjects)): no NetworkPolicy isolates their \(direction) and no Baseline "
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

extension LintRule {
    /// An Admin Pass that nothing below decides, so the default allows what it hands on.
    public static var passActsAsAllow: LintRule { PassActsAsAllowCheck.rule }
}
