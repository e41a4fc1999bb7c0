// swift-tools-version: 6.0
// libFuzzer targets for every parser, in their own package so the main build never pays for them.
// Build and run with `make fuzz` (a short bounded pass of each) or `make fuzz FUZZ_SECONDS=600`.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which depends on where the repository was cloned.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "PodFenceFuzz",
    dependencies: [.package(path: "../")],
    targets: [
        .executableTarget(
            name: "FuzzManifest", dependencies: [.product(name: "PodFence", package: root)], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzCIDR", dependencies: [.product(name: "PodFenceCIDR", package: root)], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzSelector", dependencies: [.product(name: "PodFence", package: root)], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzTemplate", dependencies: [.product(name: "PodFence", package: root)], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzScript", dependencies: [.product(name: "PodFencePlayground", package: root)],
            swiftSettings: fuzzerFlags),
    ]
)
