import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

extension ReachabilityAnalysis {
    /// Analyses loaded objects: their namespaces, pods, workloads and policies, each policy with the location
    /// it was read from (for explanations and findings).
    /// - Parameters:
    ///   - objects: The loaded objects (other kinds are ignored).
    ///   - options: The engine options.
    public init(objects: [LoadedObject], options: ReachabilityOptions = ReachabilityOptions()) {
        var namespaces: [Namespace] = []
        var pods: [Pod] = []
        var workloads: [Workload] = []
        var policies: [LocatedPolicy] = []
        for loaded in objects {
            switch loaded.object {
            case .namespace(let namespace): namespaces.append(namespace)
            case .pod(let pod): pods.append(pod)
            case .workload(let workload): workloads.append(workload)
            case .networkPolicy(let policy): policies.append(LocatedPolicy(policy, location: loaded.location))
            case .unmodelled: break
            }
        }
        self.init(namespaces: namespaces, pods: pods, workloads: workloads, policies: policies, options: options)
    }
}
