/// The choices Kubernetes leaves to the network plugin, with the upstream e2e behaviour as default
/// (semantics §2.7-§2.9). Every verdict says which choice applied (``VerdictNote``).
///
/// ```swift
/// var options = ReachabilityOptions()
/// options.ipBlockMatchesPodIPs = false      // as Cilium: ipBlocks never match pod IPs
/// options.hostNetworkPods = .pods           // plugins that see hostNetwork pods as pods
/// ```
public struct ReachabilityOptions: Sendable, Hashable {
    /// How `hostNetwork: true` pods are seen (semantics §2.9).
    public enum HostNetworkTreatment: String, Sendable, Hashable, CaseIterable {
        /// The common behaviour (b): selectors never match them, as subjects or as peers; their traffic is
        /// their node's, matched only by ipBlocks on the node's address or by an empty peer list.
        case nodeTraffic
        /// Behaviour (a): they are pods like any other.
        case pods
    }

    /// Whether ipBlocks match pod IPs (semantics §2.8). Default true, as Calico and the e2e suite (cases
    /// #34-#36 build ipBlocks from pod IPs). When false, as Cilium, a verdict that only an ipBlock on a pod IP
    /// would allow is ``ReachabilityOutcome/implementationDefined``.
    public var ipBlockMatchesPodIPs: Bool
    /// How `hostNetwork` pods are seen. Default ``HostNetworkTreatment/nodeTraffic``.
    public var hostNetworkPods: HostNetworkTreatment
    /// Whether named ports also resolve against restartable init containers (`restartPolicy: Always`,
    /// sidecars), besides regular containers (semantics §2.7). Default true. Other init containers never count.
    public var resolvesSidecarPorts: Bool

    /// Creates options; the defaults are the upstream e2e behaviour.
    /// - Parameters:
    ///   - ipBlockMatchesPodIPs: Whether ipBlocks match pod IPs.
    ///   - hostNetworkPods: How hostNetwork pods are seen.
    ///   - resolvesSidecarPorts: Whether sidecar container ports count for named ports.
    public init(
        ipBlockMatchesPodIPs: Bool = true, hostNetworkPods: HostNetworkTreatment = .nodeTraffic,
        resolvesSidecarPorts: Bool = true
    ) {
        self.ipBlockMatchesPodIPs = ipBlockMatchesPodIPs
        self.hostNetworkPods = hostNetworkPods
        self.resolvesSidecarPorts = resolvesSidecarPorts
    }
}
