import PodFence
import Testing

@Suite("The umbrella module")
struct UmbrellaTests {
    @Test("one import builds, validates, writes and reads back a policy")
    func endToEnd() throws {
        let policy = NetworkPolicy.denyAll(in: "ns-app1")
            .named("allow-internal-ingress")
            .selecting(["project": "project-app1"])
            .applying(to: [.ingress])
            .allowingIngress(from: [.pods(["project": "project-app1"], inNamespaces: ["ns-id": "ns-app1"])])
        #expect(policy.validate().isEmpty)
        let yaml = YAMLWriter().write(policy.manifest)
        let loaded = ManifestLoader().load(text: yaml, file: "built.yaml")
        #expect(loaded.isComplete)
        #expect(loaded.objects.map(\.object) == [.networkPolicy(policy)])
        let block = try #require(policy.spec.ingress?.first?.from?.first)
        #expect(block.podSelector?.matchLabels == ["project": "project-app1"])
        #expect(IPPrefix("10.0.0.0/8")?.contains(IPPrefix("10.1.0.0/16")!) == true)
    }
}
