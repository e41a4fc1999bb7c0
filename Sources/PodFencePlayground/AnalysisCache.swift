import PodFence

/// The analyses and matrices a session's commands computed, kept while the session and the options stay
/// as they were: a `can` after a `can` on the same session answers from the analysis already built, and a
/// second `matrix` prints the matrix already computed. After `apply` or `load` of NetworkPolicies only, the
/// next analysis keeps the peers of the previous one and compiles the policies again
/// (``ReachabilityAnalysis/replacingPolicies(_:clusterPolicies:)``).
///
/// Entries are keyed on ``Session/revision`` (which no two sessions share) and the engine options; the
/// cache holds the entries of the latest revision only, one per option set used. Commands given paths
/// analyse those files in a fresh session and leave the cache alone (the files may change between lines).
struct AnalysisCache: Sendable {
    private struct Entry: Sendable {
        var analysis: ReachabilityAnalysis
        var matrix: ConnectivityMatrix?
    }

    private var revision: UInt64?
    private var peersRevision: UInt64?
    private var entries: [ReachabilityOptions: Entry] = [:]
    /// How many analyses were built, and how many of them kept the previous peers: for tests.
    private(set) var builds = 0
    private(set) var policyOnlyBuilds = 0

    /// The analysis of a session under options, built only when the session changed.
    mutating func analysis(of session: Session, options: ReachabilityOptions) -> ReachabilityAnalysis {
        if revision == session.revision, let entry = entries[options] { return entry.analysis }
        let previous = revision.flatMap { _ in entries[options]?.analysis }
        let samePeers = peersRevision == session.peersRevision
        if revision != session.revision {
            entries.removeAll()
            revision = session.revision
            peersRevision = session.peersRevision
        }
        builds += 1
        let analysis: ReachabilityAnalysis
        if samePeers, let previous {
            policyOnlyBuilds += 1
            analysis = previous.replacingPolicies(
                session.locatedPolicies, clusterPolicies: session.locatedClusterPolicies,
                calicoPolicies: session.locatedCalicoPolicies, calicoTiers: session.calicoTiers)
        } else {
            analysis = ReachabilityAnalysis(session: session, options: options)
        }
        entries[options] = Entry(analysis: analysis)
        return analysis
    }

    /// The matrix of a session under options, computed only when the session changed.
    mutating func matrix(of session: Session, options: ReachabilityOptions) -> ConnectivityMatrix {
        let analysis = analysis(of: session, options: options)
        if let matrix = entries[options]?.matrix { return matrix }
        let matrix = analysis.matrix()
        entries[options]?.matrix = matrix
        return matrix
    }
}
