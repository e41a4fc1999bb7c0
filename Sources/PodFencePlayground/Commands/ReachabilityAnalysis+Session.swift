import PodFence

extension ReachabilityAnalysis {
    /// Analyses a session's namespaces, pods, workloads and policies; policies carry the location they were
    /// loaded from, for explanations.
    /// - Parameters:
    ///   - session: The session.
    ///   - options: The engine options.
    init(session: Session, options: ReachabilityOptions) {
        self.init(objects: session.objects, options: options)
    }
}
