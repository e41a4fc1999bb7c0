import PodFence

/// The example cluster of the walkthrough (namespaces `ns-app1`, `ingress-nginx`, `other`, `kube-system`, their
/// workloads, and the three isolation steps), built into the binary for the REPL's demo.
public enum ExampleCluster {
    /// The manifests, read and decoded, named `example-cluster/<file>`.
    public static func load() -> LoadResult {
        load(files, folder: "example-cluster")
    }

    /// The built-in examples `load --example NAME` knows, in listing order: this cluster, and
    /// ``ClusterTiersExample``, the same cluster isolated by cluster policies.
    public static let exampleNames = ["example-cluster", "cluster-tiers"]

    /// A built-in example's manifests, read and decoded.
    /// - Parameter name: One of ``exampleNames``.
    /// - Returns: The objects, or nil for an unknown name.
    public static func load(example name: String) -> LoadResult? {
        switch name {
        case "example-cluster": load()
        case "cluster-tiers": ClusterTiersExample.load()
        default: nil
        }
    }

    /// Decodes embedded manifests (README files left out), each named `<folder>/<file>`.
    static func load(_ files: [(name: String, text: String)], folder: String) -> LoadResult {
        var result = LoadResult()
        let loader = ManifestLoader()
        for file in files where !file.name.hasSuffix(".md") {
            let part = loader.load(text: file.text, file: folder + "/" + file.name)
            result.objects += part.objects
            result.diagnostics += part.diagnostics
            result.files += part.files
        }
        return result
    }
}
