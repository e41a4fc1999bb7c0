import PodFenceModel
import PodFenceSelectors

/// `redundant-policy`: Policies whose removal changes no connection between the loaded peers and no outside
/// address. It analyses the objects again without each policy: p × p × q pair evaluations for p loaded pods and
/// workloads and q NetworkPolicies. Above ``Linter/Options/redundancyLimit`` it is not checked, and a note (with no
/// location, after the other findings) says so.
struct RedundantPolicyCheck: LintCheck {
    static let rule = LintRule(
        id: "redundant-policy", severity: .note, title: "The policy changes nothing",
        explanation: "Every connection it allows is allowed anyway, and it isolates nothing that is not isolated.")

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory, !context.policies.isEmpty else { return [] }
        let policies = context.policies
        let peers = context.analysis.peers.indices
        let evaluations = peers.count * peers.count * policies.count
        guard evaluations <= context.options.redundancyLimit else {
            let plural = policies.count == 1 ? "NetworkPolicy" : "NetworkPolicies"
            return [
                context.skipped(
                    Self.rule, object: "NetworkPolicies", location: nil,
                    size: "\(peers.count) pods and workloads and \(policies.count) \(plural) make \(evaluations) pair "
                        + "evaluations (\(peers.count) × \(peers.count) × \(policies.count))",
                    limit: context.options.redundancyLimit)
            ]
        }
        let endpoints: [ReachabilityEndpoint] = peers.map { .peer($0) } + [.address(LintContext.outsideAddress)]
        func connectivity(_ analysis: ReachabilityAnalysis) -> [PortSet] {
            endpoints.flatMap { source in
                endpoints.map { destination in
                    source == destination ? .none : analysis.verdict(from: source, to: destination).allowedPorts
                }
            }
        }
        let baseline = connectivity(context.analysis)
        let populated = context.populatedNamespaces
        return policies.compactMap { entry in
            guard populated.contains(entry.namespace) else { return nil }
            let others = context.objects.filter { $0 != entry.loaded }
            let without = ReachabilityAnalysis(objects: others, options: context.options.reachability)
            guard connectivity(without) == baseline else { return nil }
            return LintFinding(
                Self.rule, object: entry.name, location: entry.location(FieldPath()),
                message: "removing this policy changes no connection between the loaded pods and workloads, nor "
                    + "with addresses outside the cluster",
                fix: "remove it, or check what it was meant to allow (see the other findings on it)")
        }
    }
}

extension LintRule {
    /// A policy whose removal changes no connection.
    public static var redundantPolicy: LintRule { RedundantPolicyCheck.rule }
}
