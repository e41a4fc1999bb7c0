import PodFenceModel
import PodFenceSelectors

/// `policy-types-cannot-undo-isolation`: A policy that leaves Egress out of `policyTypes` while another policy isolates
/// the egress of the pods its own ingress rules let in: the connections it allows can never start (the seed's step 2).
struct PolicyTypesCannotUndoIsolationCheck: LintCheck {
    static let rule = LintRule(
        id: "policy-types-cannot-undo-isolation", severity: .warning,
        title: "Leaving a direction out of policyTypes does not undo another policy's isolation",
        explanation: """
            Policies only add: a policy that lists only Ingress says nothing about egress, so egress stays as \
            other policies make it. When another policy isolates that direction for the same pods, it stays \
            isolated.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        let analysis = context.analysis
        var findings: [LintFinding] = []
        for entry in context.policies {
            guard let written = entry.policy.spec.policyTypes, !written.isEmpty,
                written.contains(.ingress), !written.contains(.egress)
            else { continue }
            // The sources its ingress rules name, among its own subjects' namespace, whose egress others isolate.
            let sources = Set(
                (entry.policy.spec.ingress ?? []).flatMap { rule in
                    (rule.from ?? []).flatMap { context.peers(selectedBy: $0, inPolicy: entry.index) }
                })
            // Only sources whose isolated egress lets them reach none of this policy's pods: when another
            // policy allows that egress, leaving Egress out here is harmless.
            var isolatedBy: [PolicyReference: [Int]] = [:]
            for source in sources.sorted() where entry.subjects.contains(source) {
                let reachesSome = entry.subjects.contains { subject in
                    analysis.side(.egress, from: .peer(source), to: .peer(subject)).allows
                }
                guard !reachesSome else { continue }
                for policy in context.egressIsolation(of: source) where policy.name != entry.policy.metadata.name {
                    isolatedBy[policy, default: []].append(source)
                }
            }
            guard !isolatedBy.isEmpty else { continue }
            let isolating = isolatedBy.keys.sorted()
            let pods = Array(Set(isolatedBy.values.flatMap { $0 })).sorted()
            let path: FieldPath = "spec.policyTypes"
            findings.append(
                LintFinding(
                    Self.rule, object: entry.name, path: path, location: entry.location(path),
                    message: "policyTypes lists only Ingress, but leaving Egress out does not undo isolation: "
                        + "\(isolating.map(context.cite).joined(separator: ", ")) still isolates the egress of "
                        + "\(context.names(pods)), the pods this policy lets in, so they cannot open these connections",
                    fix: "add a policy with `policyTypes: [Egress]` that lets these pods reach each other (and DNS)"))
        }
        return findings
    }
}

extension LintRule {
    /// A policy that leaves a direction out of `policyTypes` while another policy isolates it.
    public static var policyTypesCannotUndoIsolation: LintRule { PolicyTypesCannotUndoIsolationCheck.rule }
}
