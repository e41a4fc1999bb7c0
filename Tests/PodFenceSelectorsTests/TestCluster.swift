import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import PodFenceTestSupport
import PodFenceYAML

/// Builds analyses for tests and asks questions by name.
struct TestCluster {
    /// The shared example cluster of the walkthrough.
    static let seed = RepositoryRoot.path + "/Examples/example-cluster"

    let analysis: ReachabilityAnalysis

    init(_ analysis: ReachabilityAnalysis) {
        self.analysis = analysis
    }

    /// Loads manifests from paths, failing the test on a load error.
    init(paths: [String], options: ReachabilityOptions = ReachabilityOptions()) throws {
        let result = ManifestLoader().load(paths: paths)
        guard result.isComplete else { throw LoadFailure(diagnostics: result.diagnostics.map(\.description)) }
        var namespaces: [Namespace] = []
        var pods: [Pod] = []
        var workloads: [Workload] = []
        var policies: [LocatedPolicy] = []
        for loaded in result.objects {
            switch loaded.object {
            case .namespace(let namespace): namespaces.append(namespace)
            case .pod(let pod): pods.append(pod)
            case .workload(let workload): workloads.append(workload)
            case .networkPolicy(let policy): policies.append(LocatedPolicy(policy, location: loaded.location))
            case .clusterNetworkPolicy, .adminNetworkPolicy, .baselineAdminNetworkPolicy, .calicoNetworkPolicy,
                .calicoGlobalNetworkPolicy, .calicoTier, .topology, .unmodelled:
                continue
            }
        }
        self.init(
            ReachabilityAnalysis(
                namespaces: namespaces, pods: pods, workloads: workloads, policies: policies, options: options))
    }

    /// Builds from model values.
    init(
        namespaces: [Namespace] = [], pods: [Pod] = [], workloads: [Workload] = [], policies: [NetworkPolicy],
        options: ReachabilityOptions = ReachabilityOptions()
    ) {
        self.init(
            ReachabilityAnalysis(
                namespaces: namespaces, pods: pods, workloads: workloads, policies: policies.map { LocatedPolicy($0) },
                options: options))
    }

    struct LoadFailure: Error {
        var diagnostics: [String]
    }

    /// The endpoint a name or an address stands for.
    func endpoint(_ text: String) -> ReachabilityEndpoint {
        if let address = try? IPAddress(parsing: text) { return .address(address) }
        let found = analysis.peers(named: text)
        precondition(found.count == 1, "test names one peer: \(text)")
        return .peer(found[0])
    }

    func verdict(_ source: String, _ destination: String, _ port: PortQuery = .any) -> ReachabilityVerdict {
        analysis.verdict(from: endpoint(source), to: endpoint(destination), port: port)
    }

    /// The names of the peers of a namespace.
    func peers(in namespace: String) -> [String] {
        analysis.peers.filter { $0.namespace == namespace }.map(\.name)
    }
}
