import ArgumentParser
import PodFence

/// The choices Kubernetes leaves to the network plugin, as flags shared by `can`, `explain`, `assert` and
/// `matrix` (semantics §2.7-§2.9). Without flags: the upstream e2e behaviour.
struct ReachabilityFlags: ParsableArguments {
    @Flag(
        name: .customLong("no-ipblock-pod-ips"),
        help: "ipBlocks never match pod IPs (as Cilium); verdicts that depend on it are implementation-defined.")
    var noIPBlockPodIPs = false

    @Flag(help: "Treat hostNetwork pods as pods that selectors see (default: as their node's traffic).")
    var hostNetworkAsPods = false

    @Flag(help: "Resolve named ports on regular containers only (default: also restartable init containers).")
    var noInitContainerPorts = false

    /// The engine options the flags select.
    var options: ReachabilityOptions {
        ReachabilityOptions(
            ipBlockMatchesPodIPs: !noIPBlockPodIPs, hostNetworkPods: hostNetworkAsPods ? .pods : .nodeTraffic,
            resolvesSidecarPorts: !noInitContainerPorts)
    }
}
