import PodFenceModel

/// The port part of a reachability question: one destination port and protocol, or any.
///
/// With ``any`` the question is "is anything allowed?": a verdict is allowed when at least one port of one
/// protocol is, and it lists what is (``ReachabilityVerdict/allowedPorts``).
public enum PortQuery: Sendable, Hashable, CustomStringConvertible {
    /// Any port of any protocol.
    case any
    /// One destination port (the container port at the pod, never a Service port) and its protocol.
    case port(Int, PortProtocol)

    /// `any port`, or `8080/TCP`.
    public var description: String {
        switch self {
        case .any: "any port"
        case .port(let number, let proto): "\(number)/\(proto.rawValue)"
        }
    }

    /// The ports the question is about, as a set: everything, or the one port.
    public var ports: PortSet {
        switch self {
        case .any: .all
        case .port(let number, let proto): PortSet(proto, [number...number])
        }
    }
}
