import PodFence
import Testing

private func ids(_ findings: [AuditFinding]) -> [String] { findings.map { "\($0.id) \($0.object)" } }

@Suite("Cross-layer audit (A01-A09)")
struct AuditTests {
    @Test("a clean topology has no finding")
    func clean() {
        #expect(ids(cleanTopology().audit(objects: cleanObjects())) == [])
    }

    @Test("the example: shared VLANs, an unlinked namespace, IP-in-IP between application VLANs, missing deny")
    func example() throws {
        let example = try ExampleTopology.load()
        let findings = example.topology.audit(objects: example.objects)
        #expect(
            ids(findings) == [
                "A02 vlan prod", "A02 vlan test", "A04 namespace tools", "A05 vlans prod <-> test",
                "A06 namespace app3-test", "A06 namespace tools", "A07 user carol", "A08 grant Scheduler on /Shared",
            ])
        let app3 = try #require(findings.first { $0.object == "namespace app3-test" })
        #expect(app3.severity == .error && app3.explanation.hasPrefix("no default-deny NetworkPolicy for Egress "))
        let carol = try #require(findings.first { $0.id == .principalReachesSeveralGroups })
        #expect(
            carol.explanation.hasSuffix(
                "Restricted Control on collection /Prod (via team ops) reaches app1, app2, app3"))
    }

    @Test("A01: a linked namespace whose nodes span two VLANs")
    func a01() {
        let topology = cleanTopology()
            .withVLAN(VLAN(id: 30, name: "b", cidr: "10.30.0.0/24"))
            .withNode(
                ClusterNode.worker("b1").onVLAN("b").addressed("10.30.0.11").inCollection("/A").labeled(["zone": "a"]))
        let findings = topology.audit(objects: cleanObjects(), firewall: FirewallPlanOptions(workerMesh: .none))
        #expect(ids(findings) == ["A01 namespace ns-a"])
        #expect(findings[0].explanation.contains("VLANs a, b"))
    }

    @Test("A02 and A03: groups sharing a VLAN, a collection (or nested ones), a namespace")
    func a02a03() {
        let sharingVLAN = cleanTopology().withCollection("/B")
            .withNode(ClusterNode.worker("a2").onVLAN("a").addressed("10.20.0.12").inCollection("/B"))
            .withGroup(ApplicationGroup("g2", collections: ["/B"]))
        #expect(ids(sharingVLAN.audit(objects: cleanObjects())) == ["A02 vlan a"])
        let nested = cleanTopology().withCollection("/A/Sub").withGroup(ApplicationGroup("g2", collections: ["/A/Sub"]))
        let findings = nested.audit(objects: cleanObjects())
        #expect(ids(findings).contains("A03 collection /A"))
        #expect(findings.first { $0.id == .groupsShareCollectionOrNamespace }?.severity == .error)
        let sharedNamespace = cleanTopology().withGroup(ApplicationGroup("g2", namespaces: ["ns-a"]))
        #expect(ids(sharedNamespace.audit(objects: cleanObjects())) == ["A03 namespace ns-a", "A07 user alice"])
    }

    @Test("A04: a namespace without a link may land on any worker; a cluster default silences it")
    func a04() {
        let objects = cleanObjects() + [.namespace(Namespace(name: "loose")), .networkPolicy(.denyAll(in: "loose"))]
        #expect(ids(cleanTopology().audit(objects: objects)) == ["A04 namespace loose"])
        let defaulted = cleanTopology().withScheduling(
            TopologyScheduling(sharedSchedulerGrant: false, clusterDefaultNodeSelector: "zone=a"))
        #expect(ids(defaulted.audit(objects: objects)) == [])
    }

    @Test("A05 and A06: IP-in-IP between application VLANs, and then every namespace needs a default deny")
    func a05a06() {
        let topology = cleanTopology()
            .withVLAN(VLAN(id: 30, name: "b", cidr: "10.30.0.0/24"))
            .withCollection(UCPCollection("/B").pinnedBy(["zone": "b"]))
            .withNode(
                ClusterNode.worker("b1").onVLAN("b").addressed("10.30.0.11").inCollection("/B").labeled(["zone": "b"])
            )
            .linking("ns-b", to: "/B")
        let ingressOnly = NetworkPolicy.denyIngress(in: "ns-b")
        let objects = cleanObjects() + [.namespace(Namespace(name: "ns-b")), .networkPolicy(ingressOnly)]
        let findings = topology.audit(objects: objects)
        #expect(ids(findings) == ["A05 vlans a <-> b", "A06 namespace ns-b"])
        #expect(findings[1].explanation.hasPrefix("no default-deny NetworkPolicy for Egress"))
        // A policy with rules is no default deny.
        let opened = NetworkPolicy.denyAll(in: "ns-b").allowingEgress()
        #expect(ids(topology.audit(objects: cleanObjects() + [.networkPolicy(opened)])).contains("A06 namespace ns-b"))
        // With a default deny everywhere only A05 remains; VXLAN is reported the same way.
        let denied = cleanObjects() + [.networkPolicy(.denyAll(in: "ns-b"))]
        #expect(ids(topology.audit(objects: denied)) == ["A05 vlans a <-> b"])
        let vxlan = topology.audit(objects: denied, firewall: FirewallPlanOptions(encapsulation: .vxlan))
        #expect(vxlan.first?.explanation.hasPrefix("VXLAN (UDP 4789) is open") == true)
        // When the application VLANs do not talk, neither fires.
        #expect(ids(topology.audit(objects: objects, firewall: FirewallPlanOptions(workerMesh: .none))) == [])
    }

    @Test("A07: a user whose grants reach two application groups")
    func a07() {
        let topology = cleanTopology().withCollection("/B")
            .withGroup(ApplicationGroup("g2", collections: ["/B"]))
            .withTeam(Team("other", organization: "acme", members: ["alice"]))
            .granting(.viewOnly, to: .team("other"), on: "/B")
        let findings = topology.audit(objects: cleanObjects())
        #expect(ids(findings) == ["A07 user alice"])
        // Role None gives no access.
        let none = cleanTopology().withCollection("/B").withGroup(ApplicationGroup("g2", collections: ["/B"]))
            .granting(.none, to: .user("alice"), on: "/B")
        #expect(ids(none.audit(objects: cleanObjects())) == [])
    }

    @Test("A08: the default Scheduler grant on /Shared, a warning with workers there, a note without")
    func a08() {
        let withGrant = cleanTopology().withScheduling(TopologyScheduling())
        let note = withGrant.audit(objects: cleanObjects())
        #expect(ids(note) == ["A08 grant Scheduler on /Shared"] && note[0].severity == .note)
        let warning = withGrant.withNode(ClusterNode.worker("s1").onVLAN("a").addressed("10.20.0.50"))
            .audit(objects: cleanObjects())
        #expect(ids(warning) == ["A08 grant Scheduler on /Shared"] && warning[0].severity == .warning)
        #expect(warning[0].explanation.hasSuffix("s1"))
    }

    @Test("A09: a Namespace's annotation that differs from the link")
    func a09() {
        var namespace = Namespace(name: "ns-a")
        namespace.metadata.annotations[NodeSelectorAnnotation.key] = "zone=b"
        let objects: [KubernetesObject] = [.namespace(namespace), .networkPolicy(.denyAll(in: "ns-a"))]
        #expect(ids(cleanTopology().audit(objects: objects)) == ["A09 namespace ns-a"])
        namespace.metadata.annotations[NodeSelectorAnnotation.key] = " zone = a "
        #expect(
            ids(cleanTopology().audit(objects: [.namespace(namespace), .networkPolicy(.denyAll(in: "ns-a"))])) == [])
    }
}
