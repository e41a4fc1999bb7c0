/// The answer to "may this connection be made?" under a set of NetworkPolicies.
public enum ReachabilityOutcome: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Every conforming plugin allows it (under the chosen ``ReachabilityOptions``).
    case allowed
    /// Every conforming plugin blocks it.
    case denied
    /// Kubernetes leaves it to the network plugin (semantics §2.8, §2.9): some plugins allow it, some block
    /// it. The verdict's notes say why.
    case implementationDefined

    /// `allowed`, `denied` or `implementation-defined`.
    public var description: String {
        switch self {
        case .allowed: "allowed"
        case .denied: "denied"
        case .implementationDefined: "implementation-defined"
        }
    }
}
