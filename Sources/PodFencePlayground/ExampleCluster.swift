import PodFence

/// The example cluster of the walkthrough (namespaces `ns-app1`, `ingress-nginx`, `other`, `kube-system`, their
/// workloads, and the three isolation steps), built into the binary for the REPL's demo.
public enum ExampleCluster {
    /// The manifests, read and decoded, named `example-cluster/<file>`.
    public static func load() -> LoadResult {
        var result = LoadResult()
        let loader = ManifestLoader()
        for file in files where !file.name.hasSuffix(".md") {
            let part = loader.load(text: file.text, file: "example-cluster/" + file.name)
            result.objects += part.objects
            result.diagnostics += part.diagnostics
            result.files += part.files
        }
        return result
    }
}
