import Benchmark
import PodFence
import SyntheticCluster

// The reachability engine on the goal cluster: 5,000 pods in 250 namespaces under 1,000 policies
// (goal: full matrix in under 2 s and 1 GB; one can/explain under 1 ms once loaded). The cluster is
// generated once, deterministically, outside the measurements.
let benchmarks: @Sendable () -> Void = {
    let cluster = ReachabilityCluster(pods: 5_000, namespaces: 250, policies: 1_000)
    let analysis = cluster.analysis()
    let peers = analysis.peers
    let api = peers.firstIndex { $0.namespace == "team-007" && $0.labels["app"] == "api" } ?? 0
    let db = peers.firstIndex { $0.namespace == "team-124" && $0.labels["app"] == "db" } ?? 1

    Benchmark(
        "Build the analysis (5,000 pods, 250 namespaces, 1,000 policies)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 20)
    ) { benchmark in
        blackHole(cluster.analysis())
    }

    Benchmark(
        "Full matrix and its summary (5,000 pods, 250 namespaces, 1,000 policies)",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(30),
            maxIterations: 5)
    ) { benchmark in
        let matrix = analysis.matrix()
        blackHole(matrix.summary)
    }

    Benchmark(
        "Full matrix with ipBlocks not matching pod IPs (two readings)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)
    ) { benchmark in
        let matrix = cluster.analysis(options: ReachabilityOptions(ipBlockMatchesPodIPs: false)).matrix()
        blackHole(matrix.summary)
    }

    // Issue 14's budget: the same cluster with 50 Admin and 50 Baseline ClusterNetworkPolicies added stays
    // within twice the time of the row above.
    let tiers = TierPolicies.generate(
        admin: 50, baseline: 50, namespaces: cluster.namespaces, pods: cluster.pods,
        networks: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "0.0.0.0/0", "2001:db8::/32"], seed: 14)
    let tiered = cluster.analysis(clusterPolicies: tiers)
    Benchmark(
        "Full matrix and its summary with 50 Admin and 50 Baseline ClusterNetworkPolicies",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)
    ) { benchmark in
        blackHole(tiered.matrix().summary)
    }

    let adversarial = ReachabilityCluster(pods: 5_000, namespaces: 250, policies: 1_000, distinctPods: true).analysis()
    Benchmark(
        "Full matrix, worst case: policies name single pods, so nearly every pod is its own class",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(60), maxIterations: 3)
    ) { benchmark in
        blackHole(adversarial.matrix().summary)
    }

    Benchmark(
        "One can: api to db on a port, on the loaded cluster",
        configuration: .init(metrics: [.wallClock], scalingFactor: .kilo, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(analysis.verdict(from: .peer(api), to: .peer(db), port: .port(5432, .tcp)))
        }
    }

    Benchmark(
        "One explain: api to db on any port (every allowing rule), on the loaded cluster",
        configuration: .init(metrics: [.wallClock], scalingFactor: .kilo, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(analysis.verdict(from: .peer(api), to: .peer(db)))
        }
    }
}
