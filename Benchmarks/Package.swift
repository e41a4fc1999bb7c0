// swift-tools-version: 6.1
// Benchmarks live in their own package so that the main build never pays for the benchmark harness.
// Run them with `make bench` (or `swift package -c release benchmark` in this folder).
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which depends on where the repository was cloned.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "PodFenceBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "SyntheticCluster", dependencies: [.product(name: "PodFence", package: root)], path: "Sources/SyntheticCluster"),
        .executableTarget(
            name: "generate-cluster", dependencies: ["SyntheticCluster"], path: "Sources/generate-cluster"),
        .executableTarget(
            name: "ManifestLoading",
            dependencies: [
                "SyntheticCluster",
                .product(name: "PodFence", package: root),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ManifestLoading",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Reachability",
            dependencies: [
                "SyntheticCluster",
                .product(name: "PodFence", package: root),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Reachability",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "EndToEnd",
            dependencies: [
                "SyntheticCluster",
                .product(name: "PodFence", package: root),
                .product(name: "PodFencePlayground", package: root),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EndToEnd",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "CIDRSets",
            dependencies: [
                .product(name: "PodFenceCIDR", package: root),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CIDRSets",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
