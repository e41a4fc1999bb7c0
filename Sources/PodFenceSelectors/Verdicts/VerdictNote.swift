import PodFenceCIDR
import PodFenceModel

/// A special case that a verdict went through (semantics §2.7-§2.9, §2.13): what applied and, where
/// Kubernetes leaves a choice to the plugin, which choice.
public enum VerdictNote: Sendable, Hashable {
    /// Source and destination are the same peer: a pod can always reach itself through its own IP. The sides
    /// still show what the rules say, which is what applies between two pods of one workload.
    case selfTraffic
    /// The source is the destination pod's own node: ingress from it is always allowed (kubelet probes).
    case ownNodeIngress
    /// The destination is the source pod's own node: the egress rules apply, but some plugins never block
    /// it, so a denial is implementation-defined.
    case ownNodeEgress
    /// One end is a `hostNetwork` pod: treated as its node's traffic, invisible to selectors (the default), or
    /// as a pod (``ReachabilityOptions/hostNetworkPods``).
    case hostNetwork(peer: String, treatedAsPod: Bool)
    /// An ipBlock matched a pod IP, which plugins treat differently (Calico and the e2e suite: it matches;
    /// Cilium: it does not).
    case ipBlockMatchedPodIP(rule: RuleReference, address: IPAddress)
    /// ipBlocks are set not to match pod IPs (``ReachabilityOptions/ipBlockMatchesPodIPs``), and these ports
    /// would be allowed if they did.
    case ipBlockPodIPsIgnored(wouldAllow: PortSet)
    /// A named port of a rule whose peer matched is not declared by the destination pod for that protocol, so
    /// the entry allows nothing there.
    case namedPortUnresolved(rule: RuleReference, name: String, protocol: PortProtocol)
    /// Allowed by policy, but no container of the destination declares this port: nothing may be listening.
    case nothingListening(port: Int, protocol: PortProtocol)
    /// Cluster policies of equal priority in one tier apply to this side, and evaluating them in the other
    /// order would allow these ports instead (of the question's): Kubernetes leaves their order to the
    /// implementation. PodFence evaluates them by name.
    case equalPriorityOverlap(policies: [ClusterPolicyReference], wouldAllow: PortSet)
    /// Rules with peers that cannot be evaluated offline (`nodes` with a label selector, `domainNames`)
    /// could match this connection. PodFence reads them closed, as the API asks of peers it cannot use: such a
    /// peer never matches for `Accept`, and makes `Deny` and `Pass` rules deny. If they matched as written,
    /// these ports (of the question's) would be allowed instead.
    case clusterPeerNotEvaluated(rules: [ClusterRuleReference], wouldAllow: PortSet)
}
