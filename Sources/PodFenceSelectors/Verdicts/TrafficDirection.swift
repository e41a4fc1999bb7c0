/// A direction of traffic as NetworkPolicy sees it from a pod: into it (ingress) or out of it (egress).
public enum TrafficDirection: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Traffic into the subject pod; the peer is the source.
    case ingress
    /// Traffic out of the subject pod; the peer is the destination.
    case egress

    /// `ingress` or `egress`, as in a policy's field names.
    public var description: String { rawValue }
}
