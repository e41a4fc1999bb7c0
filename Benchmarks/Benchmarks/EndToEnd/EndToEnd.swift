import Benchmark
import Foundation
import PodFence
import PodFencePlayground
import SyntheticCluster

// What a user runs, input to output: `podfence matrix DIR --format summary` (load the folder, analyse, print)
// and `podfence can SRC reach DST -f DIR`, through the playground's interpreter, on MessyCluster folders of
// three sizes written once before the measurements. `scripts/measure-commands.sh` measures the same
// commands as separate processes, with their peak memory.
let benchmarks: @Sendable () -> Void = {
    let sizes: [(pods: Int, policies: Int, namespaces: Int)] = [
        (500, 100, 25), (5_000, 1_000, 250), (20_000, 4_000, 1_000),
    ]
    for size in sizes {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("podfence-bench-\(size.pods)-\(size.policies)").path
        let cluster = MessyCluster(pods: size.pods, namespaces: size.namespaces, policies: size.policies)
        let (source, destination) = (MessyCluster.name(cluster.pods[0]), MessyCluster.name(cluster.pods[1]))
        cluster.write(to: directory)
        let label = "\(size.pods) pods / \(size.policies) policies"
        matrixBenchmark(label, directory)

        Benchmark(
            "can SRC reach DST -f DIR, \(label)",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)
        ) { benchmark in
            var interpreter = Interpreter()
            let status = interpreter.execute(arguments: ["can", source, "reach", destination, "-f", directory])
            precondition(status == 0, interpreter.takeOutput().errors)
            blackHole(interpreter.takeOutput())
        }
    }

    // Issue 14's budget: the 5,000-pod cluster above with cluster-scoped tiers added (at most twice its time).
    let tiered: [(label: String, name: String, cluster: MessyCluster)] = [
        ("50 Admin + 50 Baseline random ClusterNetworkPolicies", "random", MessyCluster(admin: 50, baseline: 50)),
        (
            "50 Admin + 50 Baseline governance ClusterNetworkPolicies", "governance",
            MessyCluster(admin: 50, baseline: 50, governance: true)
        ),
        ("100 Calico policies", "calico", MessyCluster(calico: 100)),
    ]
    for variant in tiered {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("podfence-bench-5000-1000-\(variant.name)").path
        variant.cluster.write(to: directory)
        matrixBenchmark("5000 pods / 1000 policies and \(variant.label)", directory)
    }

    // The REPL after its first question: the session's analysis is kept, so a question costs a lookup.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("podfence-bench-5000-1000").path
    let cluster = MessyCluster()
    let (source, destination) = (MessyCluster.name(cluster.pods[0]), MessyCluster.name(cluster.pods[1]))
    let questions = [
        ("can", "can \(source) reach \(destination) on http"),
        ("explain", "explain \(source) to \(destination) on http"),
    ]
    var session = Interpreter()
    precondition(session.execute(arguments: ["load", directory]) == 0)
    precondition(session.execute(line: questions[0].1) == 0)
    _ = session.takeOutput()
    let warmed = session
    for (command, question) in questions {
        Benchmark(
            "\(command) in a session after the first question (5,000 pods / 1,000 policies)",
            configuration: .init(metrics: [.wallClock], scalingFactor: .kilo, maxDuration: .seconds(5))
        ) { benchmark in
            var interpreter = warmed
            for _ in benchmark.scaledIterations {
                blackHole(interpreter.execute(line: question))
                blackHole(interpreter.takeOutput())
            }
        }
    }
}

/// `matrix DIR --format summary` through the interpreter, as a user runs it.
private func matrixBenchmark(_ label: String, _ directory: String) {
    Benchmark(
        "matrix DIR --format summary, \(label)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(60), maxIterations: 5)
    ) { benchmark in
        var interpreter = Interpreter()
        let status = interpreter.execute(arguments: ["matrix", directory, "--format", "summary"])
        precondition(status == 0, interpreter.takeOutput().errors)
        blackHole(interpreter.takeOutput())
    }
}

extension MessyCluster {
    /// Writes the cluster's files into a fresh folder.
    fileprivate func write(to directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for file in files() {
            try? file.text.write(toFile: directory + "/" + file.name, atomically: false, encoding: .utf8)
        }
    }

    /// `namespace/name` of a pod.
    fileprivate static func name(_ pod: Pod) -> String {
        (pod.metadata.namespace ?? "default") + "/" + (pod.metadata.name ?? "")
    }
}
