/// A reachability question resolved against an analysis: where the connection starts, where it goes, and the
/// port, ready for ``ReachabilityAnalysis/verdict(from:to:port:)``.
///
/// The words are those of the playground's `can SRC reach DST on PORT[/PROTO]`:
///
/// ```swift
/// let query = try ReachabilityQuery(source: "ns-app1/web", destination: "ns-app1/db", port: "pg", in: analysis)
/// let verdict = analysis.verdict(from: query.source, to: query.destination, port: query.port)
/// ```
public struct ReachabilityQuery: Sendable, Hashable {
    /// Where the connection starts.
    public var source: ReachabilityEndpoint
    /// Where it goes.
    public var destination: ReachabilityEndpoint
    /// The destination port and protocol, or any.
    public var port: PortQuery

    /// Creates a question from resolved parts.
    /// - Parameters:
    ///   - source: Where the connection starts.
    ///   - destination: Where it goes.
    ///   - port: The port; any by default.
    public init(source: ReachabilityEndpoint, destination: ReachabilityEndpoint, port: PortQuery = .any) {
        self.source = source
        self.destination = destination
        self.port = port
    }

    /// Resolves the words of a question: the source, then the destination, then the port, each as
    /// ``ReachabilityEndpoint/init(parsing:in:)`` and ``PortQuery/init(parsing:to:in:)`` read them.
    /// - Parameters:
    ///   - source: `namespace/name`, `kind/namespace/name`, or an IP address.
    ///   - destination: The same forms.
    ///   - port: `PORT[/PROTO]`: a number or a named port of the destination, TCP by default; nil for any port.
    ///   - analysis: The analysis to resolve names in.
    /// - Throws: A ``ReachabilityQueryError`` for the first word that does not resolve; an error about a named
    ///   port names the destination as written.
    /// - Complexity: O(p) for p peers, and O(p × n²) for names of length n when an endpoint names nothing (the
    ///   close matches).
    public init(source: String, destination: String, port: String?, in analysis: ReachabilityAnalysis)
        throws(ReachabilityQueryError)
    {
        self.source = try ReachabilityEndpoint(parsing: source, in: analysis)
        self.destination = try ReachabilityEndpoint(parsing: destination, in: analysis)
        guard let port else {
            self.port = .any
            return
        }
        self.port = try PortQuery(parsing: port, to: self.destination, named: destination, in: analysis)
    }
}
