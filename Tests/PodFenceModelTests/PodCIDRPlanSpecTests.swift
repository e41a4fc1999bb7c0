import PodFenceCIDR
import PodFenceModel
import Testing

/// A plan file document with the given `spec` fields.
private func document(_ spec: ManifestMapping) -> ManifestNode {
    .mapping([
        "apiVersion": .string("podfence.dev/v1alpha1"),
        "kind": .string("PodCIDRPlan"),
        "metadata": .mapping(["name": .string("seed")]),
        "spec": .mapping(spec),
    ])
}

/// Each diagnostic as `severity code path: message`.
private func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.severity) \($0.code) \($0.path): \($0.message)" }
}

/// A prefix from text known to be valid.
private func prefix(_ text: String) throws -> IPPrefix { try IPPrefix(parsing: text) }

/// The `PodCIDRPlan` plan file: its decoding with the plan file's own diagnostics, and its request.
@Suite("Pod CIDR plan spec")
struct PodCIDRPlanSpecTests {
    @Test("a valid plan file sets every field")
    func validFile() throws {
        let (spec, diagnostics) = PodCIDRPlanSpec.decode(
            document: document([
                "podCIDR": .string("192.168.0.0/16"),
                "serviceCIDR": .string("10.96.0.0/16"),
                "nodeNetworks": .sequence([.string("10.30.4.0/24")]),
                "bridgeNetworks": .sequence([
                    .mapping(["name": .string("docker0"), "cidr": .string("172.17.0.0/16")])
                ]),
                "swarmAddressPools": .sequence([.string("10.0.0.0/8")]),
                "engineAddressPools": .sequence([.string("172.20.0.0/14")]),
                "mustReach": .sequence([
                    .mapping(["name": .string("file servers"), "cidr": .string("192.168.10.0/24")]),
                    .string("10.10.0.0/16"),
                ]),
                "nodes": .int(20),
                "podsPerNode": .int(100),
                "blockSize": .int(27),
                "candidatePools": .sequence([.string("172.16.0.0/12")]),
                "target": .string("172.16.0.0/20"),
                "candidates": .int(3),
                "namespaces": .sequence([.string("ns-app1"), .string("kube-system")]),
                "nodeCIDRMaskSize": .int(25),
                "calico": .mapping([
                    "currentPoolName": .string("old-pool"),
                    "currentBlockSize": .int(26),
                    "newPoolName": .string("new-pool"),
                    "ipipMode": .string("CrossSubnet"),
                    "vxlanMode": .string("Never"),
                    "natOutgoing": .bool(false),
                ]),
            ]))
        #expect(diagnostics.isEmpty)
        #expect(spec.podCIDR == (try prefix("192.168.0.0/16")))
        #expect(spec.serviceNetworks == [NetworkRange(.serviceNetwork, try prefix("10.96.0.0/16"))])
        #expect(spec.nodeNetworks == [NetworkRange(.nodeNetwork, try prefix("10.30.4.0/24"))])
        #expect(spec.bridgeNetworks == [NetworkRange(.bridgeNetwork, try prefix("172.17.0.0/16"), name: "docker0")])
        #expect(spec.swarmAddressPools == [NetworkRange(.swarmAddressPool, try prefix("10.0.0.0/8"))])
        #expect(spec.engineAddressPools == [NetworkRange(.engineAddressPool, try prefix("172.20.0.0/14"))])
        #expect(
            spec.destinations == [
                NetworkRange(.destination, try prefix("192.168.10.0/24"), name: "file servers"),
                NetworkRange(.destination, try prefix("10.10.0.0/16")),
            ])
        #expect(spec.nodeCount == 20)
        #expect(spec.podsPerNode == 100)
        #expect(spec.blockSize == 27)
        #expect(spec.candidatePools == [try prefix("172.16.0.0/12")])
        #expect(spec.target == (try prefix("172.16.0.0/20")))
        #expect(spec.maximumCandidates == 3)
        #expect(spec.namespaces == ["ns-app1", "kube-system"])
        #expect(spec.nodeCIDRMaskSize == 25)
        #expect(spec.currentPoolName == "old-pool")
        #expect(spec.currentBlockSize == 26)
        #expect(spec.newPoolName == "new-pool")
        #expect(spec.ipipMode == .crossSubnet)
        #expect(spec.vxlanMode == .never)
        #expect(spec.natOutgoing == false)

        let (request, assumptions) = try spec.request(defaultNamespaces: ["ignored"])
        #expect(assumptions.isEmpty)
        #expect(request.podCIDR == (try prefix("192.168.0.0/16")))
        #expect(request.ranges.count == 7)
        #expect(request.nodeCount == 20)
        #expect(request.podsPerNode == 100)
        #expect(request.blockSize == 27)
        #expect(request.maximumCandidates == 3)
        #expect(request.namespaces == ["ns-app1", "kube-system"])
        #expect(request.ipipMode == .crossSubnet)
        #expect(request.natOutgoing == false)
        #expect(request.nodeCIDRMaskSize == 25)
    }

    @Test("unknown fields are reported with their key, first in each mapping")
    func unknownFields() {
        var top = document(["nodeCount": .int(3), "nodes": .string("x")]).mapping ?? ManifestMapping()
        top["status"] = .mapping([:])
        let (_, diagnostics) = PodCIDRPlanSpec.decode(document: .mapping(top))
        #expect(
            lines(diagnostics) == [
                "error CP01 [status]: unknown field; the known ones are apiVersion, kind, metadata, spec",
                "error CP01 spec[nodeCount]: unknown field; the known ones are "
                    + PodCIDRPlanSpec.fieldNames.joined(separator: ", "),
                "error CP02 spec.nodes: expected a whole number of at least 1, not the string \"x\"",
            ])
        let (_, nested) = PodCIDRPlanSpec.decode(
            document: document([
                "mustReach": .sequence([.mapping(["cidr": .string("10.0.0.0/8"), "port": .int(80)])]),
                "calico": .mapping(["mtu": .int(1440)]),
            ]))
        #expect(
            lines(nested) == [
                "error CP01 spec.mustReach[0][port]: unknown field; the known ones are name, cidr",
                "error CP01 spec.calico[mtu]: unknown field; the known ones are currentPoolName, currentBlockSize, "
                    + "newPoolName, ipipMode, vxlanMode, natOutgoing",
            ])
    }

    @Test(
        "a value of the wrong type is an error that says what the field takes",
        arguments: [
            ("podCIDR", ManifestNode.int(10), "spec.podCIDR: expected a CIDR such as 10.9.8.0/24, not the number 10"),
            (
                "nodeNetworks", .string("10.30.4.0/24"),
                "spec.nodeNetworks: expected a list of CIDRs (or of {name, cidr} mappings), not the string "
                    + "\"10.30.4.0/24\""
            ),
            (
                "bridgeNetworks", .mapping(["name": .string("docker0")]),
                "spec.bridgeNetworks: expected a list of CIDRs (or of {name, cidr} mappings), not a mapping"
            ),
            ("mustReach", .sequence([.null]), "spec.mustReach[0]: expected a CIDR such as 10.9.8.0/24, not null"),
            (
                "swarmAddressPools", .sequence([.mapping(["name": .string("s")])]),
                "spec.swarmAddressPools[0]: a {name, cidr} entry needs its cidr"
            ),
            (
                "engineAddressPools", .sequence([.mapping(["name": .int(5), "cidr": .string("10.0.0.0/8")])]),
                "spec.engineAddressPools[0].name: expected a string, not the number 5"
            ),
            ("nodes", .string("20"), "spec.nodes: expected a whole number of at least 1, not the string \"20\""),
            ("podsPerNode", .int(0), "spec.podsPerNode: expected a whole number of at least 1, not the number 0"),
            ("blockSize", .sequence([]), "spec.blockSize: expected a whole number of at least 1, not a list"),
            ("namespaces", .null, "spec.namespaces: expected a list of names, not null"),
            ("namespaces", .sequence([.bool(true)]), "spec.namespaces[0]: expected a string, not the boolean true"),
            (
                "calico", .null,
                "spec.calico: expected a mapping of currentPoolName, currentBlockSize, newPoolName, ipipMode, "
                    + "vxlanMode, natOutgoing"
            ),
            (
                "calico", .mapping(["ipipMode": .string("always")]),
                "spec.calico.ipipMode: expected Always, CrossSubnet or Never, not \"always\""
            ),
            (
                "calico", .mapping(["natOutgoing": .string("yes")]),
                "spec.calico.natOutgoing: expected true or false, not the string \"yes\""
            ),
        ])
    func wrongTypes(field: String, value: ManifestNode, message: String) {
        let (_, diagnostics) = PodCIDRPlanSpec.decode(document: document([field: value]))
        #expect(diagnostics.map(\.code) == [.invalidPlanValue])
        #expect(diagnostics.map { "\($0.path): \($0.message)" } == [message])
    }

    @Test("an empty list means none, a list left out means the default")
    func emptyVersusAbsent() throws {
        let (empty, emptyDiagnostics) = PodCIDRPlanSpec.decode(
            document: document([
                "nodes": .int(3), "serviceCIDR": .sequence([]), "swarmAddressPools": .sequence([]),
                "bridgeNetworks": .null, "engineAddressPools": .sequence([]), "namespaces": .sequence([]),
            ]))
        #expect(emptyDiagnostics.isEmpty)
        #expect(empty.serviceNetworks == [])
        #expect(empty.swarmAddressPools == [])
        #expect(empty.bridgeNetworks == [])
        #expect(empty.engineAddressPools == [])
        #expect(empty.namespaces == [])
        #expect(empty.nodeNetworks == nil)
        let (none, noneAssumed) = try empty.request(defaultNamespaces: ["ns-app1"])
        #expect(none.ranges.isEmpty)
        #expect(none.namespaces.isEmpty)
        #expect(
            noneAssumed == [
                .podCIDR(DockerEnterpriseDefaults.podCIDR), .noNodeNetwork, .noDestination, .podsPerNode(110),
                .blockSize(26),
            ])

        let (absent, absentDiagnostics) = PodCIDRPlanSpec.decode(document: document(["nodes": .int(3)]))
        #expect(absentDiagnostics.isEmpty)
        #expect(absent.serviceNetworks == nil)
        #expect(absent.swarmAddressPools == nil)
        let (defaults, assumed) = try absent.request(defaultNamespaces: ["ns-app1"])
        #expect(
            assumed == [
                .podCIDR(DockerEnterpriseDefaults.podCIDR), .serviceNetwork(DockerEnterpriseDefaults.serviceCIDR),
                .noNodeNetwork, .swarmAddressPool(DockerEnterpriseDefaults.swarmAddressPool),
                .bridgeNetworks(DockerEnterpriseDefaults.bridgeNetworks),
                .engineAddressPools(DockerEnterpriseDefaults.engineAddressPools), .noDestination, .podsPerNode(110),
                .blockSize(26), .defaultNamespaces(["ns-app1"]),
            ])
        #expect(defaults.ranges.contains(NetworkRange(.serviceNetwork, DockerEnterpriseDefaults.serviceCIDR)))
        #expect(defaults.namespaces == ["ns-app1"])
        #expect(defaults.ipipMode == .always)
    }

    @Test("a CIDR that does not parse is an error with the parser's message")
    func unparsableCIDR() {
        let (spec, diagnostics) = PodCIDRPlanSpec.decode(
            document: document([
                "mustReach": .sequence([
                    .string("192.168.10.0/24"),
                    .mapping(["name": .string("hq"), "cidr": .string("10.300.0.0/16")]),
                ])
            ]))
        #expect(
            lines(diagnostics) == [
                "error CP02 spec.mustReach[1].cidr: IPv4 octet \"300\" is larger than 255; expected an IPv4 or IPv6 "
                    + "CIDR such as 10.9.8.0/24 or 2001:db8::/64"
            ])
        #expect(spec.destinations?.count == 1)
    }

    @Test("CIDRs are read leniently with a warning for each non-canonical one, or strictly")
    func lenientVersusStrict() throws {
        let plan = document(["podCIDR": .string("192.168.0.1/16"), "serviceCIDR": .string("010.96.0.0/16")])
        let (lenient, warnings) = PodCIDRPlanSpec.decode(document: plan)
        #expect(lenient.podCIDR == (try prefix("192.168.0.0/16")))
        #expect(lenient.serviceNetworks == [NetworkRange(.serviceNetwork, try prefix("10.96.0.0/16"))])
        #expect(
            lines(warnings) == [
                "warning CP04 spec.podCIDR: the CIDR \"192.168.0.1/16\" has bits set beyond /16; using the network "
                    + "192.168.0.0/16 (--strict refuses it)",
                "warning CP04 spec.serviceCIDR: the CIDR \"010.96.0.0/16\" has leading zeros, read as decimal; using "
                    + "10.96.0.0/16",
            ])
        let (strict, errors) = PodCIDRPlanSpec.decode(document: plan, strict: true)
        #expect(strict.podCIDR == nil)
        #expect(strict.serviceNetworks == [])
        #expect(errors.map(\.code) == [.invalidPlanValue, .invalidPlanValue])
        #expect(errors.allSatisfy { $0.severity == .error })
        let (canonical, none) = PodCIDRPlanSpec.decode(
            document: document(["podCIDR": .string("192.168.0.0/16")]), strict: true)
        #expect(none.isEmpty)
        #expect(canonical.podCIDR == (try prefix("192.168.0.0/16")))
    }

    @Test("the document must be a PodCIDRPlan mapping with a spec mapping")
    func documentShape() {
        #expect(
            lines(PodCIDRPlanSpec.decode(document: .sequence([])).diagnostics) == [
                "error CP02 : a plan file is a mapping with apiVersion, kind and spec"
            ])
        let wrongKind: ManifestNode = .mapping(["apiVersion": .string("v1"), "kind": .string("ConfigMap")])
        #expect(
            lines(PodCIDRPlanSpec.decode(document: wrongKind).diagnostics) == [
                "error CP02 apiVersion: a plan file has apiVersion podfence.dev/v1alpha1 and kind PodCIDRPlan",
                "error CP02 spec: spec is missing or not a mapping; it holds the plan's inputs (podCIDR, nodes, ...)",
            ])
        let wrongSpec: ManifestNode = .mapping([
            "apiVersion": .string(PodCIDRPlanSpec.apiVersion), "kind": .string("Plan"), "spec": .int(3),
        ])
        #expect(
            lines(PodCIDRPlanSpec.decode(document: wrongSpec).diagnostics) == [
                "error CP02 kind: a plan file has apiVersion podfence.dev/v1alpha1 and kind PodCIDRPlan",
                "error CP02 spec: spec is missing or not a mapping; it holds the plan's inputs (podCIDR, nodes, ...)",
            ])
    }

    @Test("a request needs the node count; VXLAN turns the default IP-in-IP off; overrides win")
    func request() throws {
        var spec = PodCIDRPlanSpec()
        #expect(throws: PodCIDRPlanError.self) { try spec.request() }
        do throws(PodCIDRPlanError) {
            _ = try spec.request()
        } catch {
            #expect(error.code == .missingNodeCount)
        }
        var flags = PodCIDRPlanSpec()
        flags.nodeCount = 4
        flags.vxlanMode = .always
        spec.nodeCount = 2
        spec.podsPerNode = 50
        spec.override(with: flags)
        #expect(spec.nodeCount == 4)
        #expect(spec.podsPerNode == 50)
        let (request, _) = try spec.request()
        #expect(request.vxlanMode == .always)
        #expect(request.ipipMode == .never)
    }
}
