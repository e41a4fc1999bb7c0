import PodFence
import Testing

/// A topology document with errors at known places (line numbers in the comments).
private let broken = """
    apiVersion: podfence.dev/v1alpha1
    kind: Topology
    metadata:
      name: broken
    spec:
      vlans:
      - id: 10
        name: mgmt
        cidr: 10.10.0.0/24
      - id: 5000
        name: prod
        cidr: 10.20.0.0/33
      nodes:
      - name: mgr-1
        role: manager
        vlan: mgmt
        addresses: [10.10.0.11, 10.99.0.1]
      - name: w1
        role: worker
        vlan: dmz

    """

/// A topology document with fields PodFence does not know, at every level.
private let future = """
    apiVersion: podfence.dev/v1alpha1
    kind: Topology
    metadata:
      name: future
      uid: 1234
    spec:
      version: mke3
      firewallVendor: acme
      network:
        encapsulation: vxlan
        mtu: 1450
      scheduling:
        sharedSchedulerGrant: false
        note: reviewed
      vlans:
      - id: 10
        name: mgmt
        cidr: 10.10.0.0/24
        gateway: 10.10.0.1
      collections:
      - path: /Prod
        owner: ops
      nodes:
      - name: mgr-1
        role: manager
        vlan: mgmt
        addresses: [10.10.0.11]
        rack: r1
      teams:
      - name: ops
        organization: acme
        slack: "#ops"
      roles:
      - name: Node Operator
        operations: [Node View, Node Schedule]
        color: blue
      applicationGroups:
      - name: app1
        collections: [/Prod]
        costCenter: 42
      grants:
      - subject: {kind: team, name: ops, id: 7}
        role: Node Operator
        collection: /Prod
        expires: 2030-01-01
      namespaceLinks:
      - namespace: app1
        nodeSelector: {zone: a}
        ticket: OPS-1
    status:
      reviewed: true

    """

@Suite("Topology manifests: reading, writing, locations")
struct TopologyManifestTests {
    @Test("the example topology loads, validates and round-trips through YAML byte for byte")
    func exampleRoundTrip() throws {
        let result = ManifestLoader().load(paths: [exampleTopologyFolder + "/topology.yaml"])
        #expect(result.diagnostics.isEmpty)
        let loaded = try #require(result.objects.first)
        #expect(
            result.objects.count == 1 && loaded.object.kind == "Topology" && loaded.object.qualifiedName == "acme-ee")
        let topology = Topology.decode(from: loaded.source).value
        #expect(topology.manifest == loaded.source)
        let written = YAMLWriter().write(topology.manifest)
        let reread = ManifestLoader().load(text: written, file: "written.yaml")
        #expect(reread.diagnostics.isEmpty)
        let again = try #require(reread.objects.first)
        #expect(Topology.decode(from: again.source).value == topology)
        #expect(YAMLWriter().write(again.source) == written)
    }

    @Test("fields PodFence does not know survive reading and writing, at every level")
    func unknownFields() throws {
        let result = ManifestLoader().load(text: future, file: "future.yaml")
        #expect(result.diagnostics.isEmpty)
        let source = try #require(result.objects.first?.source)
        let topology = Topology.decode(from: source).value
        #expect(topology.spec.unknownFields["firewallVendor"] == .string("acme"))
        #expect(topology.spec.nodes[0].unknownFields["rack"] == .string("r1"))
        #expect(topology.spec.grants[0].subject.unknownFields["id"] == .int(7))
        #expect(topology.manifest == source)
        let written = YAMLWriter().write(topology.manifest)
        for text in [
            "firewallVendor: acme", "mtu: 1450", "gateway: 10.10.0.1", "rack: r1", "slack: '#ops'",
            "color: blue", "costCenter: 42", "ticket: OPS-1", "reviewed: true", "uid: 1234", "note: reviewed",
        ] {
            #expect(written.contains(text), "\(text) is lost")
        }
        // JSON keeps them too.
        let json = JSONWriter().write(topology.manifest)
        let fromJSON = ManifestLoader().load(text: json, file: "future.json")
        #expect(fromJSON.objects.first.map { Topology.decode(from: $0.source).value } == topology)
    }

    @Test("validation errors carry field paths and file:line:col, and the topology is not loaded")
    func locations() {
        let result = ManifestLoader().load(text: broken, file: "broken.yaml")
        #expect(result.objects.isEmpty && !result.isComplete)
        #expect(
            result.diagnostics.map(\.description) == [
                "broken.yaml:10:9: error: spec.vlans[1].id: Invalid value: 5000: must be between 1 and 4094, inclusive",
                "broken.yaml:12:11: error: spec.vlans[1].cidr: Invalid value: \"10.20.0.0/33\": must be a valid CIDR "
                    + "value, (e.g. 10.9.8.0/24 or 2001:db8::/64)",
                "broken.yaml:17:29: error: spec.nodes[0].addresses[1]: Invalid value: \"10.99.0.1\": outside the "
                    + "node's VLAN \"mgmt\" (10.10.0.0/24)",
                "broken.yaml:20:11: error: spec.nodes[1].vlan: Invalid value: \"dmz\": no such VLAN in the topology",
            ])
    }

    @Test("decoding errors are located too; other podfence.dev kinds are unchanged")
    func decodingErrors() {
        let text = """
            apiVersion: podfence.dev/v1alpha1
            kind: Topology
            metadata:
              name: t
            spec:
              network:
                encryptedOverlay: maybe
            ---
            apiVersion: podfence.dev/v1alpha1
            kind: Template
            metadata:
              name: other
            """
        let result = ManifestLoader().load(text: text, file: "t.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "t.yaml:7:23: error: spec.network.encryptedOverlay: expected a boolean, found the string \"maybe\"",
                "t.yaml:9:1: note: skipped Template other (podfence.dev/v1alpha1): PodFence does not analyse this "
                    + "kind; it is kept as written",
            ])
    }

    @Test("a topology written by the SDK loads back valid, and its namespaces pass validation")
    func builtInCode() throws {
        let example = try ExampleTopology.load().topology
        let rebuilt = ManifestLoader().load(text: YAMLWriter().write(example.manifest), file: "rebuilt.yaml")
        #expect(rebuilt.isComplete && rebuilt.diagnostics.isEmpty)
        let namespaces = example.spec.namespaceLinks.compactMap(example.annotatedNamespace(for:))
        #expect(namespaces.count == 6)
        #expect(namespaces.allSatisfy { $0.validate().isEmpty })
        #expect(namespaces[0].metadata.annotations[NodeSelectorAnnotation.key] == "podfence.dev/collection=prod-app1")
    }
}

/// A topology document with comments in its header, on fields and in lists, and keys in another order.
private let commented = """
    # The cluster of the acme team.
    kind: Topology
    apiVersion: podfence.dev/v1alpha1
    metadata:
      name: commented  # the cluster's name
    spec:
      # VLANs first.
      vlans:
      - id: 10  # management
        name: mgmt
        cidr: 10.10.0.0/24
      nodes:
      # The only manager.
      - name: mgr-1
        role: manager
        vlan: mgmt
        addresses: [10.10.0.11]
    # the end

    """

extension TopologyManifestTests {
    @Test(
        "a topology loads once as the decoded .topology case and is written back byte for byte as it was read",
        arguments: ["topology.yaml", "future", "commented"])
    func decodedOnce(name: String) throws {
        let result =
            switch name {
            case "future": ManifestLoader().load(text: future, file: "future.yaml")
            case "commented": ManifestLoader().load(text: commented, file: "commented.yaml")
            default: ManifestLoader().load(paths: [exampleTopologyFolder + "/" + name])
            }
        #expect(result.diagnostics.isEmpty)
        let loaded = try #require(result.objects.first)
        guard case .topology(let topology) = loaded.object else {
            Issue.record("\(name) is not loaded as a topology: \(loaded.object)")
            return
        }
        #expect(topology == Topology.decode(from: loaded.source).value)
        #expect(loaded.object.manifest == loaded.source)
        #expect(loaded.object.kind == Topology.kind && loaded.object.qualifiedKind == Topology.kind)
        let asRead = YAMLWriter().write(documents: [loaded.source], comments: [loaded.comments])
        let written = YAMLWriter().write(documents: [loaded.object.manifest], comments: [loaded.comments])
        #expect(written == asRead)
        let reread = ManifestLoader().load(text: written, file: "written.yaml")
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.objects.map(\.object) == [.topology(topology)])
        #expect(
            YAMLWriter().write(
                documents: reread.objects.map(\.object.manifest), comments: reread.objects.map(\.comments)) == written)
    }
}

extension TopologyManifestTests {
    /// Documents the model would write otherwise: an unquoted version, an empty list, no spec, a hexadecimal
    /// VLAN id and empty mappings.
    static let spelled = [
        "apiVersion: podfence.dev/v1alpha1\nkind: Topology\nmetadata:\n  name: a\nspec:\n  version: 3.1\n",
        "apiVersion: podfence.dev/v1alpha1\nkind: Topology\nmetadata:\n  name: a\nspec:\n  vlans: []\n",
        "apiVersion: podfence.dev/v1alpha1\nkind: Topology\nmetadata:\n  name: a\n",
        "apiVersion: podfence.dev/v1alpha1\nkind: Topology\nmetadata:\n  name: a\n  labels: {}\nspec:\n  vlans:\n"
            + "  - {id: 0x0A, name: m, cidr: 10.0.0.0/24}\n  network: {}\n",
    ]

    @Test(
        "a loaded topology is written back as it was spelled until it is changed through the model", arguments: spelled)
    func writtenAsSpelled(text: String) throws {
        let result = ManifestLoader().load(text: text, file: "t.yaml")
        #expect(result.diagnostics.isEmpty)
        let loaded = try #require(result.objects.first)
        let written = YAMLWriter().write(documents: [loaded.object.manifest], comments: [loaded.comments])
        #expect(written == YAMLWriter().write(documents: [loaded.source], comments: [loaded.comments]))
        guard case .topology(let topology) = loaded.object else {
            Issue.record("not loaded as a topology")
            return
        }
        var renamed = topology
        renamed.metadata.name = "b"
        #expect(renamed.manifest == Topology(name: "b", spec: topology.spec).manifest)
        let merged = try #require(Topology.merged([topology]))
        #expect(
            YAMLWriter().write(merged.manifest) == YAMLWriter().write(Topology(name: "a", spec: topology.spec).manifest)
        )
    }
}
