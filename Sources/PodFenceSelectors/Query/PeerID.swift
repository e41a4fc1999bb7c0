/// A peer of a ``ReachabilityAnalysis``, found by name: a typed handle on its position in
/// ``ReachabilityAnalysis/peers``, so that a lookup that fails says why instead of trapping on `[0]`.
///
/// ```swift
/// let web = try analysis.peer(named: "shop/web")
/// let controller = try analysis.peer(named: "ingress-nginx/controller")
/// analysis.verdict(from: .peer(controller), to: .peer(web), port: .port(8080, .tcp)).outcome
/// analysis[web].labels                     // the peer's labels
/// ```
///
/// The handle belongs to the analysis it came from (and to analyses built from it with
/// ``ReachabilityAnalysis/replacingPolicies(_:clusterPolicies:calicoPolicies:calicoTiers:)``, which keep the
/// peers). Code that walks every peer, such as the matrix, keeps using the position itself (``index``).
public struct PeerID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The peer's position in ``ReachabilityAnalysis/peers``.
    public let index: Int

    /// Wraps a position in ``ReachabilityAnalysis/peers``.
    /// - Parameter index: The position.
    public init(_ index: Int) {
        self.index = index
    }

    /// By position, the order of ``ReachabilityAnalysis/peers`` (namespace, name, kind).
    public static func < (lhs: PeerID, rhs: PeerID) -> Bool { lhs.index < rhs.index }

    /// `#index`.
    public var description: String { "#\(index)" }
}

extension ReachabilityEndpoint {
    /// A peer of the cluster, by handle.
    /// - Parameter peer: The peer.
    public static func peer(_ peer: PeerID) -> ReachabilityEndpoint { .peer(peer.index) }
}

extension ReachabilityAnalysis {
    /// The peer named `namespace/name` (a bare pod or a workload).
    ///
    /// - Parameter name: `namespace/name`.
    /// - Returns: The peer's handle.
    /// - Throws: ``ReachabilityQueryError`` with code `unknownEndpoint` and the close matches when no peer has the
    ///   name, or `ambiguousEndpoint` listing them when a pod and a workload share it.
    public func peer(named name: String) throws(ReachabilityQueryError) -> PeerID {
        guard case .peer(let index) = try ReachabilityEndpoint(parsing: name, in: self) else {
            throw ReachabilityQueryError(
                code: .unknownEndpoint, message: "'\(name)' is an address, not a pod or workload", input: name)
        }
        return PeerID(index)
    }

    /// The peer a handle stands for.
    /// - Parameter peer: The handle.
    public subscript(peer: PeerID) -> ClusterPeer { peers[peer.index] }
}
