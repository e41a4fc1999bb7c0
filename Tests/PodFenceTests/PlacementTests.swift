import PodFence
import Testing

@Suite("Placement: PodNodeSelector and who may schedule where")
struct PlacementTests {
    @Test("a linked namespace's pods land on its collection's workers; conflicts are rejected, no match is Pending")
    func linkedNamespace() throws {
        let example = try ExampleTopology.load()
        let placement = example.topology.placement(of: "app1-prod", objects: example.objects)
        #expect(placement.selector == ["podfence.dev/collection": "prod-app1"])
        #expect(placement.annotationValue == "podfence.dev/collection=prod-app1")
        guard case .link(let link) = placement.source else {
            Issue.record("expected the link, got \(placement.source)")
            return
        }
        #expect(link.collection == "/Prod/App1")
        #expect(placement.nodes.map(\.name) == ["prod-app1-w1", "prod-app1-w2"])
        #expect(placement.vlans == ["prod"])
        let outcomes = Dictionary(uniqueKeysWithValues: placement.pods.map { ($0.name, $0.outcome) })
        #expect(outcomes["app1-prod/web"] == .schedulable(["prod-app1-w1", "prod-app1-w2"]))
        #expect(outcomes["app1-prod/gpu-batch"] == .pending)
        #expect(outcomes["app1-prod/misplaced"] == .rejected(conflicts: ["podfence.dev/collection"]))
        let pending = try #require(placement.pods.first { $0.name == "app1-prod/gpu-batch" })
        #expect(pending.mergedSelector == ["gpu": "true", "podfence.dev/collection": "prod-app1"])
    }

    @Test("who may deploy and schedule: namespace grants, and collection grants inherited down the tree")
    func rights() throws {
        let example = try ExampleTopology.load()
        let placement = example.topology.placement(of: "app1-prod", objects: example.objects)
        #expect(placement.deployers.map(\.grant.subject) == [.team("app1-devs")])
        #expect(placement.deployers.first?.principals == [.user("alice"), .user("bob")])
        // Scheduler on /Prod/App1 and, from above, Restricted Control on /Prod.
        #expect(placement.schedulers.map(\.grant.role) == ["Scheduler", "Restricted Control"])
        #expect(placement.schedulers.map(\.grant.resource) == [.collection("/Prod/App1"), .collection("/Prod")])
        // The implied /Shared grant reaches shared-w1 only.
        let tools = example.topology.placement(of: "tools", objects: example.objects)
        let shared = try #require(tools.schedulers.first { $0.isImplied })
        #expect(shared.grant.subject == .everybody && shared.nodes == ["shared-w1"])
        #expect(tools.deployers.isEmpty)  // frank has View Only
    }

    @Test("an unlinked namespace may land on every worker, never on managers; kube-system may use managers")
    func unlinked() throws {
        let example = try ExampleTopology.load()
        let tools = example.topology.placement(of: "tools", objects: example.objects)
        #expect(tools.source == .none && tools.selector.isEmpty)
        #expect(tools.nodes.count == 8)
        #expect(!tools.nodes.contains { $0.role == .manager })
        #expect(tools.vlans == ["prod", "test"])
        let system = example.topology.placement(of: "kube-system", objects: example.objects)
        #expect(system.nodes.count == 11)
    }

    @Test("a loaded Namespace's annotation wins over the link; an invalid one rejects every pod")
    func annotation() throws {
        let example = try ExampleTopology.load()
        var namespace = Namespace(name: "app1-prod")
        namespace.metadata.annotations[NodeSelectorAnnotation.key] = "podfence.dev/collection=prod-app2"
        let objects = [KubernetesObject.namespace(namespace)] + example.objects
        let placement = example.topology.placement(of: "app1-prod", objects: objects)
        #expect(placement.source == .annotation)
        #expect(placement.nodes.map(\.name) == ["prod-app2-w1"])
        namespace.metadata.annotations[NodeSelectorAnnotation.key] = "zone"
        let broken = example.topology.placement(of: "app1-prod", objects: [.namespace(namespace)] + example.objects)
        guard case .invalidAnnotation = broken.source else {
            Issue.record("expected an invalid annotation, got \(broken.source)")
            return
        }
        #expect(broken.nodes.isEmpty)
        #expect(broken.pods.allSatisfy { $0.outcome == .rejected(conflicts: []) })
    }

    @Test("the cluster default applies to namespaces without annotation or link")
    func clusterDefault() throws {
        var topology = try ExampleTopology.load().topology
        topology.spec.scheduling.clusterDefaultNodeSelector = "kubernetes.io/hostname=shared-w1"
        let placement = topology.placement(of: "tools")
        #expect(placement.source == .clusterDefault)
        #expect(placement.nodes.map(\.name) == ["shared-w1"])
        #expect(topology.placement(of: "app1-prod").nodes.count == 2)
    }

    @Test("the UCP 3.0 collection-label form pins to the collection's subtree through the lookup labels")
    func collectionLabelForm() throws {
        let topology = try ExampleTopology.load().topology.running(.ucp30)
            .withScheduling(TopologyScheduling())
            .linking("prod-all", to: "/Prod")
        let placement = topology.placement(of: "prod-all")
        #expect(placement.selector == ["com.docker.ucp.collection.prod": "true"])
        #expect(placement.nodes.map(\.name) == ["prod-app1-w1", "prod-app1-w2", "prod-app2-w1", "prod-app3-w1"])
        #expect(topology.placement(of: "app2-prod").selector == ["com.docker.ucp.collection.prod-app2": "true"])
    }

    @Test("per user: the collections they may schedule onto, the namespaces they may deploy into, the nodes")
    func principals() throws {
        let example = try ExampleTopology.load()
        let access = example.topology.principalAccess(objects: example.objects)
        #expect(access.map(\.principal.name) == ["alice", "bob", "carol", "dave", "erin", "frank"])
        let carol = try #require(access.first { $0.principal == .user("carol") })
        #expect(carol.scheduleCollections == ["/Prod", "/Shared"])
        #expect(carol.deployNamespaces.isEmpty)
        #expect(carol.nodes == ["prod-app1-w1", "prod-app1-w2", "prod-app2-w1", "prod-app3-w1", "shared-w1"])
        let alice = try #require(access.first { $0.principal == .user("alice") })
        #expect(alice.deployNamespaces == ["app1-prod", "app1-test"])
        #expect(alice.nodes == ["prod-app1-w1", "prod-app1-w2", "shared-w1", "test-app1-w1"])
    }
}
