import PodFence

extension ReachabilityAnalysis {
    /// Analyses a session's namespaces, pods, workloads and policies; policies carry the location they were
    /// loaded from, for explanations.
    /// - Parameters:
    ///   - session: The session.
    ///   - options: The engine options.
    init(session: Session, options: ReachabilityOptions) {
        var policies: [LocatedPolicy] = []
        for loaded in session.objects {
            if case .networkPolicy(let policy) = loaded.object {
                policies.append(LocatedPolicy(policy, location: loaded.location))
            }
        }
        self.init(
            namespaces: session.namespaces, pods: session.pods, workloads: session.workloads, policies: policies,
            options: options)
    }
}
