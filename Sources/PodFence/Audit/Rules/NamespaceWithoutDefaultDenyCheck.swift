import PodFenceCIDR
import PodFenceModel

/// `namespace-without-default-deny`: Namespaces with pods or workloads and no default deny for both directions: neither
/// a NetworkPolicy of the namespace that isolates every pod and allows nothing, nor a cluster policy (Admin or
/// Baseline) whose subject holds every pod of the namespace and that denies everything in that direction.
struct NamespaceWithoutDefaultDenyCheck: LintCheck {
    static let rule = LintRule(
        id: "namespace-without-default-deny", severity: .warning, title: "A namespace without a default deny",
        explanation: """
            Without a policy that selects every pod and isolates ingress and egress, new pods of the namespace \
            start fully open.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for namespace in context.populatedNamespaces.sorted()
        where !context.options.exemptNamespaces.contains(namespace) {
            let denies = context.policies.filter { entry in
                entry.namespace == namespace && entry.policy.spec.podSelector.isEmpty
                    && (entry.policy.spec.ingress ?? []).isEmpty
            }
            let ingress =
                denies.contains { $0.policy.appliesToIngress } || clusterDeniesAll(namespace, .ingress, in: context)
            let egress =
                denies.contains { $0.policy.appliesToEgress && ($0.policy.spec.egress ?? []).isEmpty }
                || clusterDeniesAll(namespace, .egress, in: context)
            guard !(ingress && egress) else { continue }
            let missing = [ingress ? nil : "Ingress", egress ? nil : "Egress"].compactMap { $0 }
            let anchor =
                context.objects.first { loaded in
                    if case .namespace(let object) = loaded.object { return object.name == namespace }
                    return false
                } ?? context.objects.first { $0.object.metadata.namespace == namespace }
            findings.append(
                LintFinding(
                    Self.rule, object: "Namespace \(namespace)", location: anchor?.location,
                    message: "no policy denies all \(missing.joined(separator: " and ")) by default in \(namespace): "
                        + "its pods are open in that direction unless a policy happens to select them",
                    fix: "apply the onboarding bundle, or `template deny-all namespace=\(namespace)`"))
        }
        return findings
    }

    /// The whole IPv4 and IPv6 address spaces.
    private static let everyAddress = ["0.0.0.0/0", "::/0"].compactMap { try? IPPrefix(parsing: $0, mode: .lenient) }

    /// True when a cluster policy holds every pod of a namespace and has a `Deny` rule for the direction
    /// without ports whose peers cover everything: every namespace (`namespaces: {}`, or `pods` with both
    /// selectors empty) and, for egress, `0.0.0.0/0` and `::/0` as well. Earlier rules of the tiers may still
    /// allow some traffic, as a NetworkPolicy default deny lets other policies allow some.
    private func clusterDeniesAll(_ namespace: String, _ direction: TrafficDirection, in context: LintContext) -> Bool {
        let pods = Set(
            context.analysis.peers.indices.filter {
                context.analysis.peers[$0].namespace == namespace && !context.analysis.peers[$0].hostNetwork
            })
        guard !pods.isEmpty else { return false }
        return context.clusterPolicies.contains { entry in
            pods.isSubset(of: entry.subjects)
                && entry.rules(direction).contains { rule in
                    guard rule.tierAction == .deny, rule.protocols == nil else { return false }
                    let everyPod = rule.peers.contains { peer in
                        peer.namespaces?.isEmpty == true
                            || (peer.pods?.podSelector?.isEmpty == true
                                && (peer.pods?.namespaceSelector?.isEmpty ?? true))
                    }
                    guard direction == .egress else { return everyPod }
                    let networks = IPSet(
                        rule.peers.flatMap { $0.networks ?? [] }.compactMap {
                            try? IPPrefix(parsing: $0, mode: .lenient)
                        })
                    return everyPod && Self.everyAddress.count == 2 && Self.everyAddress.allSatisfy(networks.contains)
                }
        }
    }
}

extension LintRule {
    /// A namespace with pods but no default-deny policy.
    public static var namespaceWithoutDefaultDeny: LintRule { NamespaceWithoutDefaultDenyCheck.rule }
}
