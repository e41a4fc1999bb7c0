import PodFenceModel
import Testing

/// The small topology with one change.
private func changed(_ change: (inout Topology) -> Void) -> Topology {
    var topology = smallTopology()
    change(&topology)
    return topology
}

@Suite("Topology validation (E01-E20)")
struct TopologyValidationTests {
    @Test(
        "settings, VLANs and collections",
        arguments: [
            ValidationCase("valid", smallTopology(), []),
            ValidationCase(
                "E01 version", changed { $0.spec.version = UCPVersion(rawValue: "4.0") },
                [
                    err(
                        "E01", "spec.version",
                        "Unsupported value: \"4.0\": supported values: \"3.0\", \"3.1\", \"3.2\", \"mke3\"")
                ]),
            ValidationCase(
                "E02 encapsulation",
                changed { $0.spec.network.encapsulation = TopologyNetwork.Encapsulation(rawValue: "gre") },
                [
                    err(
                        "E02", "spec.network.encapsulation",
                        "Unsupported value: \"gre\": supported values: \"ipip\", \"vxlan\"")
                ]),
            ValidationCase(
                "E02 worker mesh",
                changed { $0.spec.network.workerMesh = TopologyNetwork.WorkerMesh(rawValue: "some") },
                [
                    err(
                        "E02", "spec.network.workerMesh",
                        "Unsupported value: \"some\": supported values: \"full\", \"required\", \"none\"")
                ]),
            ValidationCase(
                "E03 node port range", changed { $0.spec.network.nodePortRange = "35535-32768" },
                [
                    err(
                        "E03", "spec.network.nodePortRange",
                        "Invalid value: \"35535-32768\": must be first-last with 1 <= first <= last <= 65535 "
                            + "(e.g. 32768-35535)")
                ]),
            ValidationCase(
                "E02 link form", changed { $0.spec.scheduling.linkForm = NamespaceLinkForm(rawValue: "label") },
                [
                    err(
                        "E02", "spec.scheduling.linkForm",
                        "Unsupported value: \"label\": supported values: \"collection-label\", \"custom-label\"")
                ]),
            ValidationCase(
                "E14 cluster default selector", changed { $0.spec.scheduling.clusterDefaultNodeSelector = "zone" },
                [
                    err(
                        "E14", "spec.scheduling.clusterDefaultNodeSelector",
                        "Invalid value: \"zone\": invalid selector: \"zone\": expected key=value")
                ]),
            ValidationCase(
                "E04 VLAN id", changed { $0.spec.vlans[1].id = 5000 },
                [err("E04", "spec.vlans[1].id", "Invalid value: 5000: must be between 1 and 4094, inclusive")]),
            ValidationCase(
                "E06 VLAN id and name twice",
                changed { $0.spec.vlans.append(VLAN(id: 10, name: "prod", cidr: "10.30.0.0/24")) },
                [
                    err("E06", "spec.vlans[2].id", "Duplicate value: \"10\""),
                    err("E06", "spec.vlans[2].name", "Duplicate value: \"prod\""),
                ]),
            ValidationCase(
                "E05 VLAN name", changed { $0.spec.vlans[1].name = "Prod" },
                [
                    err("E05", "spec.vlans[1].name", prefix: "Invalid value: \"Prod\": a lowercase RFC 1123 label"),
                    err("E12", "spec.nodes[1].vlan", "Invalid value: \"prod\": no such VLAN in the topology"),
                    err("E12", "spec.nodes[2].vlan", "Invalid value: \"prod\": no such VLAN in the topology"),
                    err("E12", "spec.nodes[3].vlan", "Invalid value: \"prod\": no such VLAN in the topology"),
                ]),
            ValidationCase(
                "E07 overlapping VLANs",
                changed { $0.spec.vlans.append(VLAN(id: 30, name: "big", cidr: "10.20.0.0/16")) },
                [
                    err(
                        "E07", "spec.vlans[2].cidr",
                        "Invalid value: \"10.20.0.0/16\": overlaps VLAN \"prod\" (10.20.0.0/24)")
                ]),
            ValidationCase(
                "E07 CIDR", changed { $0.spec.vlans.append(VLAN(id: 30, name: "bad", cidr: "10.30.0/24")) },
                [
                    err(
                        "E07", "spec.vlans[2].cidr",
                        "Invalid value: \"10.30.0/24\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"
                    )
                ]),
            ValidationCase(
                "E02 VLAN purpose", changed { $0.spec.vlans[1].purpose = VLAN.Purpose(rawValue: "storage") },
                [
                    err(
                        "E02", "spec.vlans[1].purpose",
                        "Unsupported value: \"storage\": supported values: \"management\", \"application\"")
                ]),
            ValidationCase(
                "E09 collection path", changed { $0.spec.collections.append(UCPCollection("Prod/App2")) },
                [
                    err(
                        "E09", "spec.collections[2].path",
                        "Invalid value: \"Prod/App2\": must be / or /name/... with non-empty names and no trailing / "
                            + "(e.g. /Prod/App1)")
                ]),
            ValidationCase(
                "E06 collection twice", changed { $0.spec.collections.append(UCPCollection("/Prod")) },
                [err("E06", "spec.collections[2].path", "Duplicate value: \"/Prod\"")]),
            ValidationCase(
                "E10 missing parent", changed { $0.spec.collections.append(UCPCollection("/Test/App1")) },
                [
                    err(
                        "E10", "spec.collections[2].path",
                        "Invalid value: \"/Test/App1\": the parent collection /Test is neither built in nor declared")
                ]),
            ValidationCase(
                "E11 deep nesting (3.1)", changed { $0.spec.collections.append(UCPCollection("/Prod/App1/Web")) },
                [
                    warn(
                        "E11", "spec.collections[2].path",
                        "Invalid value: \"/Prod/App1/Web\": nesting collections more than 2 levels deep is deprecated "
                            + "since UCP 3.1")
                ]),
            ValidationCase(
                "E11 not before 3.1",
                changed {
                    $0.spec.version = .ucp30
                    $0.spec.collections.append(UCPCollection("/Prod/App1/Web"))
                }, []),
            ValidationCase(
                "E09 collection id", changed { $0.spec.collections[1].id = "app 1" },
                [
                    err(
                        "E09", "spec.collections[1].id",
                        prefix: "Invalid value: \"app 1\": as part of a lookup label key, name part must consist")
                ]),
            ValidationCase(
                "E14 collection nodeLabels", changed { $0.spec.collections[1].nodeLabels = ["zone": "a b"] },
                [
                    err(
                        "E14", "spec.collections[1].nodeLabels[zone]",
                        prefix: "Invalid value: \"a b\": a valid label must be an empty string"),
                    warn(
                        "E20", "spec.namespaceLinks[0].collection",
                        "Invalid value: \"/Prod/App1\": nodes of the collection lack its nodeLabels, so the "
                            + "namespace's pods cannot land on them: w1, w2"),
                ]),
        ])
    func settingsAndCollections(_ row: ValidationCase<Topology>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "nodes",
        arguments: [
            ValidationCase(
                "E05 node name", changed { $0.spec.nodes[3].name = "" },
                [err("E05", "spec.nodes[3].name", "Required value")]),
            ValidationCase(
                "E06 node name twice", changed { $0.spec.nodes[3].name = "mgr-1" },
                [err("E06", "spec.nodes[3].name", "Duplicate value: \"mgr-1\"")]),
            ValidationCase(
                "E02 role", changed { $0.spec.nodes[3].role = ClusterNode.Role(rawValue: "router") },
                [
                    err(
                        "E02", "spec.nodes[3].role",
                        "Unsupported value: \"router\": supported values: \"manager\", \"worker\"")
                ]),
            ValidationCase(
                "E12 unknown VLAN", changed { $0.spec.nodes[3].vlan = "dmz" },
                [err("E12", "spec.nodes[3].vlan", "Invalid value: \"dmz\": no such VLAN in the topology")]),
            ValidationCase(
                "E12 no VLAN", changed { $0.spec.nodes[3].vlan = nil },
                [err("E12", "spec.nodes[3].vlan", "Required value: the VLAN the node sits on")]),
            ValidationCase(
                "E08 address outside the VLAN", changed { $0.spec.nodes[3].addresses.append("10.30.0.5") },
                [
                    err(
                        "E08", "spec.nodes[3].addresses[1]",
                        "Invalid value: \"10.30.0.5\": outside the node's VLAN \"prod\" (10.20.0.0/24)")
                ]),
            ValidationCase(
                "E08 not an address", changed { $0.spec.nodes[3].addresses = ["10.20.0.300"] },
                [
                    err(
                        "E08", "spec.nodes[3].addresses[0]",
                        "Invalid value: \"10.20.0.300\": must be a valid IP address")
                ]),
            ValidationCase(
                "E06 address twice", changed { $0.spec.nodes[3].addresses = ["10.20.0.11"] },
                [
                    err(
                        "E06", "spec.nodes[3].addresses[0]",
                        "Invalid value: \"10.20.0.11\": already the address of node \"w1\"")
                ]),
            ValidationCase(
                "E12 unknown collection", changed { $0.spec.nodes[3] = $0.spec.nodes[3].inCollection("/Nowhere") },
                [
                    err(
                        "E12", "spec.nodes[3].labels[com.docker.ucp.access.label]",
                        "Invalid value: \"/Nowhere\": no such collection: declare it under spec.collections")
                ]),
            ValidationCase(
                "E13 manager moved", changed { $0.spec.nodes[0] = $0.spec.nodes[0].inCollection("/Prod") },
                [
                    err(
                        "E13", "spec.nodes[0].labels[com.docker.ucp.access.label]",
                        "Invalid value: \"/Prod\": managers are in /System, and UCP does not move nodes out of /System")
                ]),
            ValidationCase(
                "E14 node label", changed { $0.spec.nodes[3] = $0.spec.nodes[3].labeled(["tier": "a b"]) },
                [
                    err(
                        "E14", "spec.nodes[3].labels[tier]",
                        prefix: "Invalid value: \"a b\": a valid label must be an empty string")
                ]),
            ValidationCase(
                "E20 a node outside the collection carries its labels",
                changed { $0.spec.nodes[3] = $0.spec.nodes[3].labeled(["zone": "app1"]) },
                [
                    warn(
                        "E20", "spec.namespaceLinks[0].collection",
                        "Invalid value: \"/Prod/App1\": nodes outside the collection carry its nodeLabels, so the "
                            + "namespace's pods may land on them: w3")
                ]),
        ])
    func nodes(_ row: ValidationCase<Topology>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "teams, roles, groups, grants and links",
        arguments: [
            ValidationCase(
                "E05 team organization", changed { $0.spec.teams[0].organization = "" },
                [err("E05", "spec.teams[0].organization", "Required value")]),
            ValidationCase(
                "E18 custom role named like a default one",
                changed { $0.spec.roles.append(AccessRole("Scheduler", operations: [.nodeView])) },
                [
                    err(
                        "E18", "spec.roles[0].name",
                        "Invalid value: \"Scheduler\": the name of a default role; choose another")
                ]),
            ValidationCase(
                "E06 operation twice",
                changed { $0.spec.roles.append(AccessRole("Ops", operations: [.nodeView, .nodeView])) },
                [err("E06", "spec.roles[0].operations[1]", "Duplicate value: \"Node View\"")]),
            ValidationCase(
                "group references",
                changed {
                    $0.spec.applicationGroups.append(
                        ApplicationGroup("app1", collections: ["/Nope"], namespaces: ["App1"], vlans: ["dmz"]))
                },
                [
                    err(
                        "E12", "spec.applicationGroups[0].collections[0]",
                        "Invalid value: \"/Nope\": no such collection in the topology"),
                    err(
                        "E16", "spec.applicationGroups[0].namespaces[0]",
                        prefix: "Invalid value: \"App1\": a lowercase RFC 1123 label"),
                    err(
                        "E12", "spec.applicationGroups[0].vlans[0]",
                        "Invalid value: \"dmz\": no such VLAN in the topology"),
                ]),
            ValidationCase(
                "E15 grant on a collection and a namespace",
                changed {
                    $0.spec.grants.append(Grant(.user("x"), roleName: "Scheduler", collection: "/Prod", namespace: "a"))
                },
                [
                    err(
                        "E15", "spec.grants[2]",
                        "Required value: exactly one of `collection` and `namespace` must be set")
                ]),
            ValidationCase(
                "E12 unknown role", changed { $0.spec.grants[0].role = "Superuser" },
                [err("E12", "spec.grants[0].role", "Invalid value: \"Superuser\": no such role in the topology")]),
            ValidationCase(
                "E17 subject without a name", changed { $0.spec.grants[0].subject = .user("") },
                [err("E17", "spec.grants[0].subject.name", "Required value")]),
            ValidationCase(
                "E02 subject kind",
                changed { $0.spec.grants[0].subject = GrantSubject(kind: .init(rawValue: "robot"), name: "r2") },
                [
                    err(
                        "E02", "spec.grants[0].subject.kind",
                        "Unsupported value: \"robot\": supported values: \"user\", \"team\", \"organization\", "
                            + "\"serviceAccount\"")
                ]),
            ValidationCase(
                "E12 undeclared team (warning)", changed { $0.spec.grants[0].subject = .team("ghosts") },
                [
                    warn(
                        "E12", "spec.grants[0].subject.name",
                        "Invalid value: \"ghosts\": no such team under spec.teams: its members are unknown to the "
                            + "analyses"
                    )
                ]),
            ValidationCase(
                "E16 grant namespace", changed { $0.spec.grants[1].namespace = "App1" },
                [
                    err(
                        "E16", "spec.grants[1].namespace", prefix: "Invalid value: \"App1\": a lowercase RFC 1123 label"
                    )
                ]),
            ValidationCase(
                "E06 two links for a namespace",
                changed { $0.spec.namespaceLinks.append(NamespaceLink("app1", selecting: ["a": "b"])) },
                [err("E06", "spec.namespaceLinks[1].namespace", "Duplicate value: \"app1\"")]),
            ValidationCase(
                "E15 link with neither",
                changed {
                    var link = NamespaceLink("other", selecting: [:])
                    link.nodeSelector = nil
                    $0.spec.namespaceLinks.append(link)
                },
                [
                    err(
                        "E15", "spec.namespaceLinks[1]",
                        "Required value: exactly one of `collection` and `nodeSelector` must be set")
                ]),
            ValidationCase(
                "E19 custom-label link to a collection without nodeLabels",
                changed { $0.spec.namespaceLinks.append(NamespaceLink("other", to: "/Prod")) },
                [
                    err(
                        "E19", "spec.namespaceLinks[1].collection",
                        "Invalid value: \"/Prod\": the custom-label form needs the labels that pin this collection's "
                            + "nodes: set `nodeLabels` on the collection (or link with a nodeSelector)")
                ]),
            ValidationCase(
                "no E19 in the collection-label form",
                changed { $0.spec.namespaceLinks.append(NamespaceLink("other", to: "/Prod", form: .collectionLabel)) },
                []),
            ValidationCase(
                "E14 link selector",
                changed { $0.spec.namespaceLinks.append(NamespaceLink("other", selecting: ["a/b/c": "x"])) },
                [err("E14", "spec.namespaceLinks[1].nodeSelector[a/b/c]", prefix: "Invalid value: \"a/b/c\":")]),
            ValidationCase(
                "V01 metadata", changed { $0.metadata.name = nil },
                [err("V01", "metadata.name", "Required value: name or generateName is required")]),
        ])
    func accessAndLinks(_ row: ValidationCase<Topology>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("decoding reports wrong types with paths and keeps going")
    func decoding() {
        let node: ManifestNode = .mapping([
            "apiVersion": .string(Topology.apiVersion), "kind": .string(Topology.kind),
            "metadata": .mapping(["name": .string("t")]),
            "spec": .mapping([
                "vlans": .sequence([
                    .mapping(["id": .string("10"), "name": .string("a"), "cidr": .string("10.0.0.0/24")])
                ]),
                "network": .mapping(["encryptedOverlay": .string("yes")]),
            ]),
        ])
        let (_, diagnostics) = Topology.decode(from: node)
        #expect(diagnostics.map(\.path.description) == ["spec.network.encryptedOverlay", "spec.vlans[0].id"])
        #expect(diagnostics.allSatisfy { $0.code == .wrongType })
    }
}
