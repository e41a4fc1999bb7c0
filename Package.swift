// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PodFence",
    products: [
        .library(name: "PodFence", targets: ["PodFence"]),
        .library(name: "PodFenceCIDR", targets: ["PodFenceCIDR"]),
        .library(name: "PodFenceModel", targets: ["PodFenceModel"]),
        .library(name: "PodFenceYAML", targets: ["PodFenceYAML"]),
        .library(name: "PodFenceSelectors", targets: ["PodFenceSelectors"]),
        .library(name: "PodFenceTemplates", targets: ["PodFenceTemplates"]),
        .library(name: "PodFencePlayground", targets: ["PodFencePlayground"]),
        .executable(name: "podfence", targets: ["podfence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "PodFenceCIDR"),
        .target(name: "PodFenceModel", dependencies: ["PodFenceCIDR"]),
        .target(
            name: "PodFenceYAML",
            dependencies: ["PodFenceModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "PodFenceSelectors", dependencies: ["PodFenceModel"]),
        .target(name: "PodFenceTemplates", dependencies: ["PodFenceCIDR", "PodFenceModel", "PodFenceYAML"]),
        .target(
            name: "PodFence",
            dependencies: ["PodFenceCIDR", "PodFenceModel", "PodFenceYAML", "PodFenceSelectors", "PodFenceTemplates"]
        ),
        .target(
            name: "PodFencePlayground",
            dependencies: ["PodFence", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .executableTarget(name: "podfence", dependencies: ["PodFencePlayground", "CEditLine"]),
        // Examples: built by `swift build`, run with their output checked by Tests/PodFenceTests/ExamplesTests.
        .executableTarget(
            name: "onboarding-portal", dependencies: ["PodFence"], path: "Examples/onboarding-portal",
            exclude: ["README.md"]),
        .executableTarget(
            name: "pipeline-gate", dependencies: ["PodFence"], path: "Examples/pipeline-gate",
            exclude: ["README.md", "ns-app1.assertions", "corrected"]),
        .executableTarget(
            name: "pod-cidr-migration", dependencies: ["PodFence"], path: "Examples/pod-cidr-migration",
            exclude: ["README.md"]),
        // What several test targets share (the repository's root); only test targets depend on it.
        .target(name: "PodFenceTestSupport", path: "Tests/PodFenceTestSupport"),
        .testTarget(
            name: "PodFenceCIDRTests",
            dependencies: ["PodFenceCIDR", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "PodFenceModelTests", dependencies: ["PodFenceModel"]),
        .testTarget(
            name: "PodFenceYAMLTests", dependencies: ["PodFenceYAML", "PodFenceTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PodFenceSelectorsTests", dependencies: ["PodFenceSelectors", "PodFenceYAML", "PodFenceTestSupport"]),
        .testTarget(
            name: "PodFenceTemplatesTests", dependencies: ["PodFenceTemplates", "PodFenceTestSupport"],
            exclude: ["Golden"]),
        .testTarget(name: "PodFenceTests", dependencies: ["PodFence", "PodFenceTestSupport"]),
        .testTarget(name: "PodFencePlaygroundTests", dependencies: ["PodFencePlayground", "PodFenceTestSupport"]),
    ]
)
