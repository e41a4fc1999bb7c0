import Foundation
import SyntheticCluster

// Writes a generated cluster as manifests, one file a namespace, for measuring the commands a user runs:
//   swift run -c release --package-path Benchmarks generate-cluster DIR [--pods N] [--namespaces N]
//       [--policies N] [--admin N] [--baseline N] [--calico N] [--seed N] [--shape messy|tidy]
// --admin and --baseline add that many Admin- and Baseline-tier ClusterNetworkPolicies (messy shape):
// random ones, or with --tiers governance the shape platform teams write.
// `messy` is MessyCluster (issue 15's shape), `tidy` the ReachabilityCluster of the engine benchmarks.
var arguments = Array(CommandLine.arguments.dropFirst())
var settings = [
    "pods": 5_000, "namespaces": 250, "policies": 1_000, "seed": 15, "admin": 0, "baseline": 0, "calico": 0,
]
var shape = "messy"
var tiers = "random"
var directory: String?
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    if argument.hasPrefix("--") {
        let name = String(argument.dropFirst(2))
        guard let value = arguments.first else {
            FileHandle.standardError.write(Data("generate-cluster: \(argument) needs a value\n".utf8))
            exit(2)
        }
        arguments.removeFirst()
        if name == "shape", ["messy", "tidy"].contains(value) {
            shape = value
        } else if name == "tiers", ["random", "governance"].contains(value) {
            tiers = value
        } else if settings[name] != nil, let number = Int(value),
            number > 0 || (number == 0 && ["admin", "baseline", "calico"].contains(name))
        {
            settings[name] = number
        } else {
            FileHandle.standardError.write(
                Data(
                    "generate-cluster: \(argument) \(value): expected --pods, --namespaces, --policies, --admin, --baseline, --calico or --seed with a number, --shape messy|tidy or --tiers random|governance\n"
                        .utf8))
            exit(2)
        }
    } else if directory == nil {
        directory = argument
    } else {
        FileHandle.standardError.write(Data("generate-cluster: one folder only (got \(argument))\n".utf8))
        exit(2)
    }
}
guard let directory else {
    FileHandle.standardError.write(
        Data(
            "usage: generate-cluster DIR [--pods N] [--namespaces N] [--policies N] [--admin N] [--baseline N] [--tiers random|governance] [--calico N] [--seed N] [--shape messy|tidy]\n"
                .utf8))
    exit(2)
}

let files =
    shape == "messy"
    ? MessyCluster(
        pods: settings["pods"]!, namespaces: settings["namespaces"]!, policies: settings["policies"]!,
        admin: settings["admin"]!, baseline: settings["baseline"]!, governance: tiers == "governance",
        calico: settings["calico"]!, seed: UInt64(settings["seed"]!)
    ).files()
    : ReachabilityCluster(
        pods: settings["pods"]!, namespaces: settings["namespaces"]!, policies: settings["policies"]!,
        seed: UInt64(settings["seed"]!)
    ).files()
do {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var bytes = 0
    for file in files {
        try file.text.write(toFile: directory + "/" + file.name, atomically: false, encoding: .utf8)
        bytes += file.text.utf8.count
    }
    print("wrote \(files.count) files, \(bytes) bytes, to \(directory)")
} catch {
    FileHandle.standardError.write(Data("generate-cluster: \(error)\n".utf8))
    exit(1)
}
