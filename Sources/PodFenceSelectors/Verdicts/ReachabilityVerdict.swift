/// The answer to one reachability question, with its reasons: the outcome, what each side decided and why,
/// and the special cases it went through.
///
/// A connection needs the source's egress AND the destination's ingress (semantics §2.4). An address outside
/// the cluster has no side of its own (``SideVerdict/Status/notGoverned(_:)``).
public struct ReachabilityVerdict: Sendable, Hashable {
    /// The source.
    public var source: ReachabilityEndpoint
    /// The destination.
    public var destination: ReachabilityEndpoint
    /// The port asked about.
    public var port: PortQuery
    /// The answer users see: ``policyOutcome``, except that a peer always reaches itself.
    public var outcome: ReachabilityOutcome
    /// The answer of the rules alone (for the same peer: between two of its pods).
    public var policyOutcome: ReachabilityOutcome
    /// The ports both sides allow, within the query (the one port, or everything for ``PortQuery/any``).
    public var allowedPorts: PortSet
    /// The source's egress.
    public var egress: SideVerdict
    /// The destination's ingress.
    public var ingress: SideVerdict
    /// The special cases that applied, in a fixed order.
    public var notes: [VerdictNote]

    /// Creates a verdict.
    /// - Parameters:
    ///   - source: The source.
    ///   - destination: The destination.
    ///   - port: The port asked about.
    ///   - outcome: The answer.
    ///   - policyOutcome: The answer of the rules alone.
    ///   - allowedPorts: What both sides allow.
    ///   - egress: The source's side.
    ///   - ingress: The destination's side.
    ///   - notes: The special cases.
    public init(
        source: ReachabilityEndpoint, destination: ReachabilityEndpoint, port: PortQuery,
        outcome: ReachabilityOutcome, policyOutcome: ReachabilityOutcome, allowedPorts: PortSet,
        egress: SideVerdict, ingress: SideVerdict, notes: [VerdictNote]
    ) {
        self.source = source
        self.destination = destination
        self.port = port
        self.outcome = outcome
        self.policyOutcome = policyOutcome
        self.allowedPorts = allowedPorts
        self.egress = egress
        self.ingress = ingress
        self.notes = notes
    }

    /// True when the outcome is ``ReachabilityOutcome/allowed``.
    public var isAllowed: Bool { outcome == .allowed }
}
