import PodFenceModel
import Testing

@Suite("The kind registry")
struct KindRegistryTests {
    /// Every kind PodFence decodes: its apiVersion, kind and name in listings.
    static let kinds: [(apiVersion: String, kind: String, qualifiedKind: String)] = [
        ("networking.k8s.io/v1", "NetworkPolicy", "NetworkPolicy"),
        ("v1", "Namespace", "Namespace"),
        ("v1", "Pod", "Pod"),
        ("apps/v1", "Deployment", "Deployment"),
        ("apps/v1", "ReplicaSet", "ReplicaSet"),
        ("apps/v1", "StatefulSet", "StatefulSet"),
        ("apps/v1", "DaemonSet", "DaemonSet"),
        ("batch/v1", "Job", "Job"),
        ("batch/v1", "CronJob", "CronJob"),
        ("policy.networking.k8s.io/v1alpha2", "ClusterNetworkPolicy", "ClusterNetworkPolicy"),
        ("policy.networking.k8s.io/v1alpha1", "AdminNetworkPolicy", "AdminNetworkPolicy"),
        ("policy.networking.k8s.io/v1alpha1", "BaselineAdminNetworkPolicy", "BaselineAdminNetworkPolicy"),
        ("projectcalico.org/v3", "NetworkPolicy", "NetworkPolicy.projectcalico.org"),
        ("projectcalico.org/v3", "GlobalNetworkPolicy", "GlobalNetworkPolicy.projectcalico.org"),
        ("projectcalico.org/v3", "Tier", "Tier.projectcalico.org"),
        ("podfence.dev/v1alpha1", "Topology", "Topology"),
    ]

    private static func document(apiVersion: String, kind: String) -> ManifestNode {
        .mapping([
            "apiVersion": .string(apiVersion), "kind": .string(kind), "metadata": .mapping(["name": .string("x")]),
        ])
    }

    @Test("the registry holds exactly the modelled kinds, once each")
    func entries() {
        let entries = KindRegistry.standard.entries
        #expect(entries.count == Self.kinds.count)
        for (apiVersion, kind, qualifiedKind) in Self.kinds {
            let entry = KindRegistry.standard.entry(apiVersion: apiVersion, kind: kind)
            #expect(entry?.apiVersion == apiVersion && entry?.kind == kind, "\(apiVersion) \(kind)")
            #expect(entry?.qualifiedKind == qualifiedKind)
        }
    }

    @Test("each kind decodes to its own case, once, with the registry's names")
    func decodes() {
        for (apiVersion, kind, qualifiedKind) in Self.kinds {
            var decoder = ManifestDecoder()
            let object = KubernetesObject.decode(Self.document(apiVersion: apiVersion, kind: kind), decoder: &decoder)
            #expect(decoder.diagnostics == [], "\(apiVersion) \(kind)")
            if case .unmodelled = object { Issue.record("\(apiVersion) \(kind) is not decoded") }
            #expect(object.apiVersion == apiVersion && object.kind == kind)
            #expect(object.qualifiedKind == qualifiedKind)
            #expect(object.metadata.name == "x")
        }
    }

    @Test("a Topology decodes as .topology, the value Topology's own decoding gives")
    func topology() {
        let node = Self.document(apiVersion: Topology.apiVersion, kind: Topology.kind)
        var decoder = ManifestDecoder()
        guard case .topology(let topology) = KubernetesObject.decode(node, decoder: &decoder) else {
            Issue.record("not decoded as a topology")
            return
        }
        #expect(topology == Topology.decode(from: node).value)
        #expect(topology.name == "x")
        #expect(KubernetesObject.topology(topology).manifest == node)
    }

    @Test("kinds the registry does not hold, or holds at another version, stay unmodelled")
    func unmodelled() {
        for (apiVersion, kind) in [
            ("v1", "Service"), ("extensions/v1beta1", "NetworkPolicy"), ("podfence.dev/v1alpha2", "Topology"),
            ("crd.antrea.io/v1beta1", "Tier"), ("projectcalico.org/v3", "IPPool"),
        ] {
            var decoder = ManifestDecoder()
            let object = KubernetesObject.decode(Self.document(apiVersion: apiVersion, kind: kind), decoder: &decoder)
            #expect(
                object == .unmodelled(UnmodelledObject(manifest: Self.document(apiVersion: apiVersion, kind: kind))))
            #expect(object.qualifiedKind == kind)
        }
    }

    @Test(
        "a kind at another version is refused with its served version (Calico kinds only in Calico groups)",
        arguments: [
            ("NetworkPolicy", "extensions/v1beta1", "networking.k8s.io/v1"),
            ("NetworkPolicy", "example.com/v1", "networking.k8s.io/v1"),
            ("Namespace", "v2", "v1"),
            ("Pod", "example.com/v1", "v1"),
            ("Deployment", "apps/v1beta2", "apps/v1"),
            ("CronJob", "batch/v1beta1", "batch/v1"),
            ("ClusterNetworkPolicy", "policy.networking.k8s.io/v1alpha1", "policy.networking.k8s.io/v1alpha2"),
            ("AdminNetworkPolicy", "policy.networking.k8s.io/v1alpha2", "policy.networking.k8s.io/v1alpha1"),
            ("BaselineAdminNetworkPolicy", "policy.networking.k8s.io/v1", "policy.networking.k8s.io/v1alpha1"),
            ("NetworkPolicy", "crd.projectcalico.org/v1", "projectcalico.org/v3"),
            ("GlobalNetworkPolicy", "crd.projectcalico.org/v1", "projectcalico.org/v3"),
            ("Tier", "projectcalico.org/v2", "projectcalico.org/v3"),
            ("Tier", "crd.antrea.io/v1beta1", nil),
            ("GlobalNetworkPolicy", "example.com/v1", nil),
            ("Namespace", "projectcalico.org/v3", nil),
            ("IPPool", "projectcalico.org/v3", nil),
            ("Topology", "podfence.dev/v1alpha2", nil),
            ("Topology", "example.com/v1", nil),
            ("Service", "v1", nil),
        ] as [(String, String, String?)])
    func servedVersion(kind: String, writtenAs apiVersion: String, expected: String?) {
        #expect(KindRegistry.standard.servedAPIVersion(of: kind, writtenAs: apiVersion) == expected)
    }
}
