import PodFenceModel
import Testing

@testable import PodFenceYAML

@Suite("The loader decodes through the kind registry")
struct KindRegistryLoadingTests {
    @Test(
        "a modelled kind at another version is a D05 error naming the version it is served at; others are D06 notes",
        arguments: [
            (
                "NetworkPolicy", "extensions/v1beta1",
                "NetworkPolicy is served as networking.k8s.io/v1, not extensions/v1beta1"
            ),
            ("Deployment", "apps/v1beta2", "Deployment is served as apps/v1, not apps/v1beta2"),
            (
                "ClusterNetworkPolicy", "policy.networking.k8s.io/v1alpha1",
                "ClusterNetworkPolicy is served as policy.networking.k8s.io/v1alpha2, not policy.networking.k8s.io/v1alpha1"
            ),
            (
                "Tier", "crd.projectcalico.org/v1",
                "Tier is served as projectcalico.org/v3, not crd.projectcalico.org/v1"
            ),
            ("Tier", "crd.antrea.io/v1beta1", nil),
            ("Topology", "podfence.dev/v1alpha2", nil),
        ] as [(String, String, String?)])
    func wrongVersion(kind: String, apiVersion: String, message: String?) {
        let text = "apiVersion: \(apiVersion)\nkind: \(kind)\nmetadata:\n  name: x\n"
        let result = ManifestLoader().load(text: text, file: "k.yaml")
        if let message {
            #expect(result.diagnostics.map(\.description) == ["k.yaml:1:13: error: apiVersion: \(message)"])
            #expect(result.objects.isEmpty)
        } else {
            #expect(
                result.diagnostics.map(\.description) == [
                    "k.yaml:1:1: note: skipped \(kind) x (\(apiVersion)): PodFence does not analyse this kind; it is "
                        + "kept as written"
                ])
            #expect(result.objects.map(\.object) == [.unmodelled(UnmodelledObject(manifest: result.objects[0].source))])
        }
    }
}
