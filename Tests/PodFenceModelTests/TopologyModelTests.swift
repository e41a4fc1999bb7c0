import PodFenceModel
import Testing

@Suite("Docker Enterprise model: collections, nodes, roles, links")
struct TopologyModelTests {
    @Test("collection paths navigate like directories")
    func collectionPaths() {
        let path: CollectionPath = "/Prod/App1"
        #expect(path.components == ["Prod", "App1"])
        #expect(path.parent == "/Prod")
        #expect(path.ancestors == ["/", "/Prod"])
        #expect(CollectionPath.root.parent == nil)
        #expect(CollectionPath.root.contains(path))
        #expect(CollectionPath("/Prod").isAncestor(of: path))
        #expect(!path.isAncestor(of: path) && path.contains(path))
        #expect(!CollectionPath("/Pro").contains(path))
        #expect(CollectionPath.privateCollection(of: "hans") == "/Shared/Private/hans")
        #expect(CollectionPath("/Shared/Private/hans").privateOwner == "hans")
        #expect(CollectionPath("/Shared/Private/hans").isBuiltIn && CollectionPath.sharedLegacy.isBuiltIn)
        #expect(!path.isBuiltIn)
        #expect(CollectionPath("Prod//App1/").normalized == path)
        for bad in ["Prod", "/Prod/", "//Prod", "/ Prod", ""] { #expect(!CollectionPath(rawValue: bad).isWellFormed) }
        #expect(CollectionPath.root.isWellFormed && path.isWellFormed)
    }

    @Test("the tree holds the built-ins, the custom collections and one private collection per user")
    func tree() {
        let tree = smallTopology().collectionTree
        #expect(
            tree.paths == [
                "/", "/Prod", "/Prod/App1", "/Shared", "/Shared/Legacy", "/Shared/Private", "/Shared/Private/alice",
                "/Shared/Private/bob", "/System",
            ])
        #expect(tree.children(of: .root) == ["/Prod", "/Shared", "/System"])
        #expect(tree.subtree(of: "/Prod") == ["/Prod", "/Prod/App1"])
        #expect(tree.subtree(of: "/Nowhere").isEmpty)
    }

    @Test("a node's collection is its access label, else /System for managers and /Shared for workers")
    func nodeCollections() {
        let topology = smallTopology()
        #expect(topology.node(named: "mgr-1")?.collection == .system)
        #expect(topology.node(named: "w1")?.collection == "/Prod/App1")
        #expect(topology.node(named: "w3")?.collection == .shared)
        #expect(topology.node(named: "w1")?.labels[ClusterNode.accessLabelKey] == "/Prod/App1")
        #expect(topology.nodes(in: "/Prod").map(\.name) == ["w1", "w2"])
        #expect(topology.nodes(in: .root).count == 4)
    }

    @Test("Kubernetes labels of a node: written labels, hostname, and UCP's lookup labels (inferred)")
    func lookupLabels() throws {
        let topology = smallTopology()
        let worker = try #require(topology.node(named: "w1"))
        #expect(
            topology.kubernetesLabels(of: worker) == [
                "zone": "app1", "kubernetes.io/hostname": "w1", "com.docker.ucp.collection": "app1",
                "com.docker.ucp.collection.root": "true", "com.docker.ucp.collection.swarm": "true",
                "com.docker.ucp.collection.prod": "true", "com.docker.ucp.collection.app1": "true",
            ])
        let manager = try #require(topology.node(named: "mgr-1"))
        let labels = topology.kubernetesLabels(of: manager)
        #expect(labels["com.docker.ucp.collection"] == "system")
        #expect(labels["com.docker.ucp.collection.system"] == "true")
        #expect(labels[ClusterNode.accessLabelKey] == nil)
    }

    @Test("default roles and what they permit")
    func roles() {
        #expect(
            AccessRole.builtIns.map(\.name) == ["None", "View Only", "Restricted Control", "Scheduler", "Full Control"])
        #expect(AccessRole.scheduler.operations == [.nodeView, .nodeSchedule])
        #expect(AccessRole.scheduler.permitsScheduling && !AccessRole.scheduler.permitsDeploying)
        #expect(AccessRole.restrictedControl.permitsScheduling && AccessRole.restrictedControl.permitsDeploying)
        #expect(!AccessRole.restrictedControl.operations.contains(.containerExec))
        #expect(AccessRole.fullControl.operations.contains(.privilegedContainer))
        #expect(!AccessRole.viewOnly.permitsScheduling && !AccessRole.none.grantsAccess)
        let custom = AccessRole("Deployer", operations: [.resourceCreate])
        let topology = smallTopology().withRole(custom)
        #expect(topology.role(named: "Deployer") == custom && topology.role(named: "Scheduler") == .scheduler)
        #expect(topology.role(named: "Nobody") == nil)
    }

    @Test("grants reach users through teams and organizations; docker-datacenter is everybody")
    func principals() {
        let topology = smallTopology().withGrant(Grant(.user("carol"), role: .viewOnly, inNamespace: "app1"))
        #expect(topology.users == ["alice", "bob", "carol"])
        #expect(topology.principals(of: .team("devs")) == [.user("alice"), .user("bob")])
        #expect(topology.principals(of: .organization("acme")) == [.user("alice"), .user("bob")])
        #expect(topology.principals(of: .everybody).map(\.name) == ["alice", "bob", "carol"])
        #expect(topology.principals(of: .serviceAccount("ns/sa")) == [.serviceAccount("ns/sa")])
        #expect(topology.impliedGrants == [Grant(.everybody, role: .scheduler, on: .shared)])
        let withoutDefault = topology.withScheduling(TopologyScheduling(sharedSchedulerGrant: false))
        #expect(withoutDefault.impliedGrants.isEmpty)
        #expect(Grant(.user("x"), roleName: "Scheduler", collection: "/Prod", namespace: "ns").resource == nil)
    }

    @Test("a collection link in the 3.1+ custom-label form is the collection's nodeLabels")
    func customLabelLink() throws {
        let topology = smallTopology()
        let link = try #require(topology.link(of: "app1"))
        #expect(topology.form(of: link) == .customLabel)
        #expect(topology.nodeSelector(of: link) == ["zone": "app1"])
        #expect(topology.annotationValue(of: link) == "zone=app1")
        let namespace = try #require(topology.annotatedNamespace(for: link))
        #expect(namespace.metadata.annotations == ["scheduler.alpha.kubernetes.io/node-selector": "zone=app1"])
        #expect(namespace.validate().isEmpty)
    }

    @Test("a collection link in the UCP 3.0 collection-label form selects the lookup label, prefix configurable")
    func collectionLabelLink() throws {
        let topology = smallTopology().running(.ucp30)
        let link = try #require(topology.link(of: "app1"))
        #expect(topology.form(of: link) == .collectionLabel)
        #expect(topology.annotationValue(of: link) == "com.docker.ucp.collection.app1=true")
        let custom = topology.withScheduling(TopologyScheduling(collectionLabelPrefix: "example.com/collection-"))
        #expect(custom.annotationValue(of: link) == "example.com/collection-app1=true")
        // A per-link form wins over the version's.
        let pinned = smallTopology().linking("app2", to: "/Prod", form: .collectionLabel)
        #expect(
            pinned.annotationValue(of: try #require(pinned.link(of: "app2"))) == "com.docker.ucp.collection.prod=true")
        // The inferred id of a custom collection without one.
        #expect(CollectionPath("/Prod/App 2").inferredID == "prod-app-2")
    }

    @Test("a link with a node selector is that selector in both forms; a custom-label link without labels has none")
    func selectorLinks() throws {
        let topology = smallTopology().linking("tools", selecting: ["zone": "tools", "tier": "ops"])
            .linking("bare", to: "/Prod")
        #expect(topology.annotationValue(of: try #require(topology.link(of: "tools"))) == "tier=ops,zone=tools")
        #expect(
            topology.running(.ucp30).annotationValue(of: try #require(topology.link(of: "tools")))
                == "tier=ops,zone=tools")
        #expect(topology.nodeSelector(of: try #require(topology.link(of: "bare"))) == nil)
    }

    @Test("the node-selector annotation text: format, parse, conflicts")
    func annotationText() throws {
        #expect(NodeSelectorAnnotation.format(["b": "2", "a": "1"]) == "a=1,b=2")
        #expect(NodeSelectorAnnotation.format([:]) == "")
        #expect(try NodeSelectorAnnotation.parse("") == [:])
        #expect(try NodeSelectorAnnotation.parse(" zone = a ,tier=web") == ["zone": "a", "tier": "web"])
        #expect(try NodeSelectorAnnotation.parse("a=1,a=2") == ["a": "2"])
        #expect(throws: NodeSelectorAnnotation.ParseError.self) { try NodeSelectorAnnotation.parse("zone") }
        #expect(throws: NodeSelectorAnnotation.ParseError.self) { try NodeSelectorAnnotation.parse("a=b=c") }
        #expect(throws: NodeSelectorAnnotation.ParseError.self) { try NodeSelectorAnnotation.parse("zone=a b") }
        #expect(throws: NodeSelectorAnnotation.ParseError.self) { try NodeSelectorAnnotation.parse("a/b/c=1") }
        #expect(
            NodeSelectorAnnotation.conflicts(["zone": "a", "tier": "web"], ["zone": "b", "tier": "web", "x": "1"]) == [
                "zone"
            ])
    }

    @Test("VLAN purpose is explicit, else management when a manager sits on it")
    func purposes() {
        let topology = smallTopology().withVLAN(VLAN(id: 30, name: "other", cidr: "10.30.0.0/24"))
            .withNode(ClusterNode.manager("mgr-2").onVLAN("other"))
        #expect(topology.spec.vlans.map(topology.purpose(of:)) == [.management, .application, .management])
        #expect(topology.vlan(named: "prod")?.prefix?.description == "10.20.0.0/24")
    }

    @Test("documents merge: first settings win, lists concatenate")
    func merging() throws {
        let first = Topology(name: "one").withVLAN(VLAN(id: 10, name: "a", cidr: "10.0.0.0/24"))
        var second = Topology(name: "two").running(.mke3).withVLAN(VLAN(id: 20, name: "b", cidr: "10.1.0.0/24"))
        second.spec.network.encapsulation = .vxlan
        let merged = try #require(Topology.merged([first, second]))
        #expect(merged.name == "one")
        #expect(merged.spec.effectiveVersion == .mke3)
        #expect(merged.spec.network.effectiveEncapsulation == .vxlan)
        #expect(merged.spec.vlans.map(\.name) == ["a", "b"])
        #expect(Topology.merged([]) == nil)
    }

    @Test("encoding and decoding give the same topology, unknown fields kept")
    func manifestRoundTrip() throws {
        var topology = smallTopology()
        topology.spec.unknownFields["futureField"] = .string("kept")
        topology.spec.vlans[0].unknownFields["mtu"] = .int(9000)
        topology.spec.nodes[1].unknownFields["rack"] = .string("r1")
        let (decoded, diagnostics) = Topology.decode(from: topology.manifest)
        #expect(diagnostics.isEmpty)
        #expect(decoded == topology)
        #expect(decoded.manifest == topology.manifest)
        #expect(Topology.isTopology(topology.manifest))
        #expect(topology.validate().isEmpty)
    }

    @Test("an unquoted version number is read as its text")
    func numericVersion() {
        let node: ManifestNode = .mapping([
            "apiVersion": .string(Topology.apiVersion), "kind": .string(Topology.kind),
            "metadata": .mapping(["name": .string("t")]),
            "spec": .mapping(["version": ManifestNode(.scalar(ManifestScalar(text: "3.0", kind: .float)))]),
        ])
        let (topology, diagnostics) = Topology.decode(from: node)
        #expect(diagnostics.isEmpty)
        #expect(topology.spec.effectiveVersion == .ucp30)
    }
}
