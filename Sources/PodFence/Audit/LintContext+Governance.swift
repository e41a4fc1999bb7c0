import PodFenceModel

extension LintContext {
    /// Namespaces with pods or workloads and no default deny for both directions.
    func governanceFindings() -> [LintFinding] {
        var findings: [LintFinding] = []
        for namespace in populatedNamespaces.sorted() where !options.exemptNamespaces.contains(namespace) {
            let denies = policies.filter { entry in
                entry.namespace == namespace && entry.policy.spec.podSelector.isEmpty
                    && (entry.policy.spec.ingress ?? []).isEmpty
            }
            let ingress = denies.contains { $0.policy.appliesToIngress }
            let egress = denies.contains { $0.policy.appliesToEgress && ($0.policy.spec.egress ?? []).isEmpty }
            guard !(ingress && egress) else { continue }
            let missing = [ingress ? nil : "Ingress", egress ? nil : "Egress"].compactMap { $0 }
            let anchor =
                objects.first { loaded in
                    if case .namespace(let object) = loaded.object { return object.name == namespace }
                    return false
                } ?? objects.first { $0.object.metadata.namespace == namespace }
            findings.append(
                LintFinding(
                    .namespaceWithoutDefaultDeny, object: "Namespace \(namespace)", location: anchor?.location,
                    message: "no policy denies all \(missing.joined(separator: " and ")) by default in \(namespace): "
                        + "its pods are open in that direction unless a policy happens to select them",
                    fix: "apply the onboarding bundle, or `template deny-all namespace=\(namespace)`"))
        }
        return findings
    }
}
