import Benchmark
import PodFence
import SyntheticCluster

// Parse + decode + validate a 10 MB stream of 16,000 NetworkPolicies (the foundation issue's goal: under
// 1 s in a release build). The stream is generated once, deterministically, outside the measurement.
let benchmarks: @Sendable () -> Void = {
    let stream = PolicyStream(policies: 16_000).yaml()
    let bytes = Array(stream.utf8)
    let megabytes = "\(bytes.count / 1_000_000).\(bytes.count / 100_000 % 10)"

    Benchmark(
        "Load 16,000 policies (\(megabytes) MB): parse + decode + validate",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(20),
            maxIterations: 5)
    ) { benchmark in
        let result = ManifestLoader().load(bytes: bytes, file: "stream.yaml")
        precondition(result.objects.count == 16_000 && result.isComplete)
        blackHole(result)
    }

    // The same stream with three comments a policy, as Helm writes them: comments are found and attached.
    let commentedBytes = Array(PolicyStream(policies: 16_000, commented: true).yaml().utf8)
    Benchmark(
        "Load 16,000 policies with 48,000 comments: parse + decode + validate",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        let result = ManifestLoader().load(bytes: commentedBytes, file: "stream.yaml")
        precondition(result.objects.count == 16_000 && result.objects.last?.comments.lineCount == 3)
        blackHole(result)
    }

    Benchmark(
        "Read 16,000 policies (\(megabytes) MB): YAML trees only",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        blackHole(YAMLReader().read(bytes: bytes, file: "stream.yaml"))
    }

    Benchmark(
        "Write 16,000 policies as YAML",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        let loaded = ManifestLoader().load(bytes: bytes, file: "stream.yaml")
        benchmark.startMeasurement()
        blackHole(YAMLWriter().write(documents: loaded.objects.map(\.object.manifest)))
    }

    Benchmark(
        "Write 16,000 policies with 48,000 comments as YAML",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        let loaded = ManifestLoader().load(bytes: commentedBytes, file: "stream.yaml")
        benchmark.startMeasurement()
        blackHole(
            YAMLWriter().write(
                documents: loaded.objects.map(\.object.manifest), comments: loaded.objects.map(\.comments)))
    }

    Benchmark(
        "Validate 16,000 policies built with the fluent API",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 20)
    ) { benchmark in
        let policies = (0..<16_000).map { index in
            NetworkPolicy.denyAll(in: "ns-\(index % 50)", name: "policy-\(index)")
                .selecting(
                    LabelSelector(
                        ["app": "app-\(index % 100)"],
                        expressions: [.init(key: "tier", operator: .in, values: ["web", "api"])])
                )
                .allowingIngress(
                    from: [
                        .pods(["role": "frontend"], inNamespaces: ["kubernetes.io/metadata.name": "edge"]),
                        .namespaces(["team": "ops"]),
                    ],
                    ports: [.tcp(80), .tcp(8000, through: 8080), .named("metrics")]
                )
                .allowingEgress(to: [.ipBlock("10.0.0.0/8", except: ["10.1.0.0/16"]), .namespace(named: "kube-system")])
        }
        benchmark.startMeasurement()
        var reported = 0
        for policy in policies { reported += policy.validate().count }
        precondition(reported == 0)
    }
}
