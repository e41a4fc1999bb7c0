import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

/// `calico-unknown-tier`: Calico policies that name a tier no loaded `Tier` object defines (the built-in
/// `kube-admin`, `default` and `kube-baseline` always exist).
struct CalicoUnknownTierCheck: LintCheck {
    static let rule = LintRule(
        id: "calico-unknown-tier", severity: .warning, title: "The Calico policy names a tier that does not exist",
        explanation: """
            Calico refuses a policy whose `spec.tier` names no Tier. PodFence evaluates it in a tier of that \
            name after every ordered tier, with a Deny default action, so its verdicts are not what the cluster \
            would do: define the Tier, or correct the name.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        // The engine resolved the tiers; the message names the ones that exist.
        let missing = Set(context.analysis.missingCalicoTiers)
        guard !missing.isEmpty else { return [] }
        let defined =
            Set(CalicoTier.builtIn.compactMap(\.metadata.name))
            .union(context.objects.compactMap { $0.calicoTier?.metadata.name })
        return context.objects.compactMap { loaded in
            guard let policy = loaded.locatedCalicoPolicy, missing.contains(policy.spec.tierName) else { return nil }
            let path: FieldPath = "spec.tier"
            let name = policy.metadata.name ?? "<unnamed>"
            let object =
                "\(policy.kind) "
                + (policy.metadata.namespace.map { "\($0)/\(name)" } ?? name)
            let known = defined.sorted().joined(separator: ", ")
            return LintFinding(
                Self.rule, object: object, path: path, location: loaded.location(of: path),
                message: "tier '\(policy.spec.tierName)' is defined by no loaded Tier (known: \(known)); Calico "
                    + "refuses the policy, and PodFence evaluates it after every tier with a Deny default",
                fix: "load the Tier object (projectcalico.org/v3, kind: Tier), or name an existing tier")
        }
    }
}

extension LintRule {
    /// A Calico policy naming a tier that no Tier defines.
    public static var calicoUnknownTier: LintRule { CalicoUnknownTierCheck.rule }
}
