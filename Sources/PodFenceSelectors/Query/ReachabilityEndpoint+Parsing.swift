import PodFenceCIDR

extension ReachabilityEndpoint {
    /// Resolves the word for one end of a connection: an IP address, else the pod or workload it names.
    ///
    /// ```swift
    /// try ReachabilityEndpoint(parsing: "ns-app1/web", in: analysis)              // .peer(…)
    /// try ReachabilityEndpoint(parsing: "deployment/ns-app1/web", in: analysis)   // the workload, not the pod
    /// try ReachabilityEndpoint(parsing: "203.0.113.10", in: analysis)             // .address(203.0.113.10)
    /// ```
    /// - Parameters:
    ///   - word: `namespace/name`, `kind/namespace/name` (see ``ReachabilityAnalysis/peers(named:)``), or an IP
    ///     address.
    ///   - analysis: The analysis to resolve names in.
    /// - Throws: A ``ReachabilityQueryError``: ``ReachabilityQueryError/Code/ambiguousEndpoint`` listing the
    ///   peers to choose from, or ``ReachabilityQueryError/Code/unknownEndpoint`` with the close matches.
    /// - Complexity: O(p) for p peers, and O(p × n²) for names of length n when the word names nothing.
    public init(parsing word: String, in analysis: ReachabilityAnalysis) throws(ReachabilityQueryError) {
        if let address = try? IPAddress(parsing: word) {
            self = .address(address)
            return
        }
        let found = analysis.peers(named: word)
        if found.count == 1 {
            self = .peer(found[0])
            return
        }
        if found.count > 1 {
            let names = found.map { "\(analysis.peers[$0].kind.lowercased())/\(analysis.peers[$0].name)" }
            throw ReachabilityQueryError(
                code: .ambiguousEndpoint,
                message: "'\(word)' names several peers: \(names.joined(separator: ", ")); write one of them",
                input: word)
        }
        let close = analysis.closeMatches(to: word)
        let hint =
            close.isEmpty
            ? "write namespace/name or an IP address (`show workloads` lists them)"
            : "close matches: \(close.joined(separator: ", "))"
        throw ReachabilityQueryError(
            code: .unknownEndpoint, message: "no pod or workload named '\(word)'; \(hint)", input: word)
    }
}
