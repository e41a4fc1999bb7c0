import Foundation
import PodFence
import Testing

/// One row of a port table as `../shared/docs/docker-enterprise.md` §3 lists it, written out here
/// independently of `UCPPortTable`.
struct FactRow: Sendable, CustomTestStringConvertible {
    var transport: UCPPort.Transport
    var port: Int
    var managers: Bool
    var workers: Bool
    var scopes: [UCPPort.Scope]

    var testDescription: String { "\(transport) \(port)" }
}

private func row(_ transport: UCPPort.Transport, _ port: Int, _ hosts: String, _ scopes: UCPPort.Scope...) -> FactRow {
    FactRow(transport: transport, port: port, managers: true, workers: hosts == "managers, workers", scopes: scopes)
}

/// §3.1: UCP 3.1/3.2.
let ucp31Facts: [FactRow] = [
    row(.tcp, 179, "managers, workers", .internal),
    row(.tcp, 443, "managers", .external, .internal),
    row(.tcp, 2376, "managers", .internal),
    row(.tcp, 2377, "managers", .internal),
    row(.udp, 4789, "managers, workers", .internal),
    row(.tcp, 6443, "managers", .external, .internal),
    row(.tcp, 6444, "managers, workers", .local),
    row(.tcp, 7946, "managers, workers", .internal),
    row(.udp, 7946, "managers, workers", .internal),
    row(.tcp, 9099, "managers, workers", .local),
    row(.tcp, 10250, "managers, workers", .internal),
    row(.tcp, 12376, "managers, workers", .internal),
    row(.tcp, 12378, "managers, workers", .local),
    row(.tcp, 12379, "managers", .internal),
    row(.tcp, 12380, "managers", .internal),
    row(.tcp, 12381, "managers", .internal),
    row(.tcp, 12382, "managers", .internal),
    row(.tcp, 12383, "managers", .internal),
    row(.tcp, 12384, "managers", .internal),
    row(.tcp, 12385, "managers", .internal),
    row(.tcp, 12386, "managers", .internal),
    row(.tcp, 12388, "managers", .internal),
]

/// §3.2: UCP 3.0 is 3.1 without 9099 and 12388, with 12387.
let ucp30Facts: [FactRow] =
    ucp31Facts.filter { $0.port != 9099 && $0.port != 12388 } + [row(.tcp, 12387, "managers", .internal)]

/// §3.5: MKE 3.x (3.7 page): the core rows plus 9055, 9091, 9094, 9100, 10248, 12387.
let mke3Facts: [FactRow] =
    ucp31Facts.filter { $0.port != 12388 } + [
        row(.tcp, 9055, "managers", .internal),
        row(.tcp, 9091, "managers, workers", .internal),
        row(.tcp, 9094, "managers", .local),
        row(.tcp, 9100, "managers, workers", .internal),
        row(.tcp, 10248, "managers, workers", .local),
        row(.tcp, 12387, "managers", .internal),
    ]

@Suite("Firewall plan")
struct FirewallPlanTests {
    /// Every row of a version's table is in the plan of the example, for the right host roles: from every
    /// other VLAN with hosts when internal (full mesh), from outside when external, as local-only when self.
    @Test(
        "every port of the facts tables appears for the right host roles",
        arguments: [(UCPVersion.ucp31, ucp31Facts), (.ucp32, ucp31Facts), (.ucp30, ucp30Facts), (.mke3, mke3Facts)])
    func everyPort(_ version: UCPVersion, _ facts: [FactRow]) throws {
        let example = try ExampleTopology.load()
        let topology = example.topology
        let plan = topology.firewallPlan(options: FirewallPlanOptions(version: version))
        let vlansWith: [ClusterNode.Role: [String]] = [.manager: ["mgmt"], .worker: ["prod", "test"]]
        let hosts = ["mgmt", "prod", "test"]
        for fact in facts {
            let roles: [ClusterNode.Role] = (fact.managers ? [.manager] : []) + (fact.workers ? [.worker] : [])
            for role in roles {
                for destination in vlansWith[role] ?? [] {
                    let matching = plan.rules.filter { rule in
                        rule.port.transport == fact.transport && rule.port.ports == fact.port...fact.port
                            && rule.destination == destination && rule.hosts.contains(role)
                    }
                    for scope in fact.scopes {
                        let sources: [FirewallRule.Source]
                        switch scope {
                        case .internal: sources = hosts.filter { $0 != destination }.map { .vlan($0) }
                        case .external: sources = [.external]
                        case .local: sources = [.local]
                        }
                        for source in sources {
                            #expect(
                                matching.contains { $0.source == source && $0.scope == scope },
                                "\(version) \(fact.testDescription) from \(source) to \(destination) \(role)")
                        }
                    }
                }
            }
            // Never opened on hosts the table does not name.
            if !fact.workers {
                #expect(!plan.rules.contains { $0.port.ports == fact.port...fact.port && $0.hosts.contains(.worker) })
            }
        }
        // Nothing beyond the table but the extras (IP-in-IP, NodePorts).
        let tablePorts = Set(facts.map { "\($0.transport) \($0.port)" })
        let planPorts = Set(
            plan.rules.compactMap { rule -> String? in
                guard let ports = rule.port.ports, ports.count == 1 else { return nil }
                return "\(rule.port.transport) \(ports.lowerBound)"
            })
        #expect(planPorts == tablePorts)
        #expect(plan.rules.contains { $0.port.transport == .ipInIP })
    }

    @Test("the built-in tables are the facts tables")
    func tables() {
        func rows(_ ports: [UCPPort]) -> [String] {
            ports.map { port in
                let hosts = port.openOn.map(\.rawValue).joined(separator: "+")
                return "\(port.transport) \(port.portText) \(hosts) \(port.scopes.map(\.rawValue))"
            }.sorted()
        }
        func facts(_ rows: [FactRow]) -> [String] {
            rows.map { fact in
                let hosts = fact.workers ? "manager+worker" : "manager"
                return "\(fact.transport) \(fact.port) \(hosts) \(fact.scopes.map(\.rawValue))"
            }.sorted()
        }
        #expect(rows(UCPPortTable.ports(for: .ucp31)) == facts(ucp31Facts))
        #expect(rows(UCPPortTable.ports(for: .ucp30)) == facts(ucp30Facts))
        #expect(rows(UCPPortTable.ports(for: .mke3)) == facts(mke3Facts))
    }

    @Test("IP-in-IP by default, ESP when encrypted, VXLAN drops IP-in-IP and BGP")
    func encapsulation() throws {
        let topology = try ExampleTopology.load().topology
        let ipip = topology.firewallPlan()
        #expect(
            ipip.rules.contains {
                $0.port.transport == .ipInIP && $0.source == .vlan("mgmt") && $0.destination == "prod"
            })
        #expect(!ipip.rules.contains { $0.port.transport == .esp })
        let encrypted = topology.firewallPlan(options: FirewallPlanOptions(encryptedOverlay: true))
        let esp = encrypted.rules.filter { $0.port.transport == .esp }
        #expect(esp.count == 6)
        let vxlan = topology.firewallPlan(options: FirewallPlanOptions(encapsulation: .vxlan))
        #expect(!vxlan.rules.contains { $0.port.transport == .ipInIP || $0.port.ports == 179...179 })
        #expect(vxlan.rules.contains { $0.port.transport == .udp && $0.port.ports == 4789...4789 })
        #expect(vxlan.notes.contains { $0.hasPrefix("VXLAN") })
    }

    @Test("NodePorts: the topology's range, TCP and UDP, from outside to every VLAN with hosts")
    func nodePorts() throws {
        var topology = try ExampleTopology.load().topology
        topology.spec.network.nodePortRange = "30000-32767"
        let rules = topology.firewallPlan().rules.filter { $0.port.ports == 30000...32767 }
        #expect(rules.count == 6)
        #expect(rules.allSatisfy { $0.source == .external && $0.scope == .external })
        #expect(Set(rules.map(\.destination)) == ["mgmt", "prod", "test"])
    }

    @Test("worker mesh: full opens application VLAN pairs, required only where a namespace spans, none never")
    func workerMesh() throws {
        let example = try ExampleTopology.load()
        func pairs(_ plan: FirewallPlan) -> Set<String> {
            Set(
                plan.enforcedRules.compactMap { rule in
                    guard case .vlan(let source) = rule.source else { return nil }
                    return "\(source)->\(rule.destination)"
                })
        }
        let full = example.topology.firewallPlan(objects: example.objects)
        #expect(pairs(full) == ["mgmt->prod", "mgmt->test", "prod->mgmt", "test->mgmt", "prod->test", "test->prod"])
        // `tools` has no link: its pods may land on both application VLANs, so they must talk.
        let required = FirewallPlanOptions(workerMesh: .required)
        #expect(
            pairs(example.topology.firewallPlan(options: required, objects: example.objects)).contains("prod->test"))
        #expect(example.topology.requiredPairs(objects: example.objects) == [["prod", "test"]])
        let pinned = example.topology.linking("tools", to: "/Test/App1")
        #expect(pinned.requiredPairs(objects: example.objects).isEmpty)
        #expect(
            pairs(pinned.firewallPlan(options: required, objects: example.objects)) == [
                "mgmt->prod", "mgmt->test", "prod->mgmt", "test->mgmt",
            ])
        let none = example.topology.firewallPlan(
            options: FirewallPlanOptions(workerMesh: .none), objects: example.objects)
        #expect(pairs(none) == ["mgmt->prod", "mgmt->test", "prod->mgmt", "test->mgmt"])
        #expect(none.notes.contains { $0.hasPrefix("worker mesh `none`") })
    }

    @Test("a VLAN shared by managers and workers gets manager-only ports on the managers' addresses only")
    func mixedVLAN() {
        let topology = Topology(name: "mixed")
            .withVLAN(VLAN(id: 10, name: "core", cidr: "10.10.0.0/24"))
            .withVLAN(VLAN(id: 20, name: "apps", cidr: "10.20.0.0/24"))
            .withNode(ClusterNode.manager("m1").onVLAN("core").addressed("10.10.0.11"))
            .withNode(ClusterNode.manager("m2").onVLAN("core").addressed("10.10.0.12"))
            .withNode(ClusterNode.worker("w1").onVLAN("core").addressed("10.10.0.21"))
            .withNode(ClusterNode.worker("w2").onVLAN("apps").addressed("10.20.0.21"))
        let plan = topology.firewallPlan()
        let etcd = plan.rules.filter { $0.port.ports == 12379...12379 }
        #expect(etcd.map { $0.destinationPrefixes.map(\.description) } == [["10.10.0.11/32", "10.10.0.12/32"]])
        #expect(etcd.map(\.source) == [.vlan("apps")])
        let kubelet = plan.rules.filter { $0.port.ports == 10250...10250 && $0.destination == "core" }
        #expect(kubelet.first?.destinationPrefixes.map(\.description) == ["10.10.0.0/24"])
        #expect(kubelet.first?.hostsText == "managers+workers")
        #expect(topology.purpose(of: topology.spec.vlans[0]) == .management)
    }

    @Test("table, CSV and JSON list every rule; local-only rows say so")
    func textFormats() throws {
        let plan = try ExampleTopology.load().topology.firewallPlan()
        let table = plan.table().split(separator: "\n")
        #expect(table.count == plan.rules.count + 1)
        #expect(table[0] == "SOURCE    DESTINATION  HOSTS     PROTOCOL  PORTS        SCOPE     PURPOSE")
        #expect(
            table.contains(
                "prod      mgmt         managers  TCP       2377         internal  Swarm control-plane communication "
                    + "between nodes"
            ))
        let last = "local     test         workers   TCP       12378        self      etcd reverse proxy "
        #expect(table.last.map(String.init) == last + "(no rule needed)")
        let csv = plan.csv().split(separator: "\n")
        #expect(csv[0] == "source,source_cidrs,destination,destination_cidrs,hosts,protocol,ports,scope,purpose")
        #expect(csv.count == plan.rules.count + 1)
        #expect(
            csv.contains(
                "prod,10.20.0.0/24,mgmt,10.10.0.0/24,managers,TCP,2377,internal,Swarm control-plane communication "
                    + "between nodes"
            ))
        #expect(
            csv.contains(
                "prod,10.20.0.0/24,mgmt,10.10.0.0/24,managers,TCP,2376,internal,\"Docker Swarm manager (classic, "
                    + "backwards compatibility)\""
            ))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.json().utf8)) as? [String: Any])
        #expect(json["version"] as? String == "3.1")
        #expect(json["encapsulation"] as? String == "ipip")
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(rules.count == plan.rules.count)
        let ipip = try #require(rules.first { $0["protocol"] as? String == "IPIP" })
        #expect(ipip["ports"] is NSNull)
        #expect(ipip["hosts"] as? [String] == ["worker"])
    }

    @Test("iptables-restore and nft outputs hold every enforced rule and drop the rest between VLANs")
    func firewallFormats() throws {
        let plan = try ExampleTopology.load().topology.firewallPlan()
        let iptables = plan.iptablesRestore()
        let lines = iptables.split(separator: "\n")
        #expect(lines[1] == "*filter" && lines[2] == ":PODFENCE-UCP - [0:0]" && lines.last == "COMMIT")
        #expect(lines.filter { $0.hasSuffix("-j ACCEPT") }.count == plan.enforcedRules.count + 1)
        #expect(lines.filter { $0.hasSuffix("-j DROP") }.count == 6)
        #expect(lines.filter { $0.hasPrefix("# local only") }.count == plan.rules.count - plan.enforcedRules.count)
        #expect(
            lines.contains(
                "-A PODFENCE-UCP -s 10.20.0.0/24 -d 10.10.0.0/24 -p tcp -m tcp --dport 12379 -m comment --comment "
                    + "\"prod -> mgmt managers: etcd control API\" -j ACCEPT"))
        #expect(
            lines.contains(
                "-A PODFENCE-UCP -s 10.10.0.0/24 -d 10.20.0.0/24 -p 4 -m comment --comment "
                    + "\"mgmt -> prod workers: Calico IP-in-IP encapsulation of pod traffic\" -j ACCEPT"))
        #expect(lines.contains { $0.contains("-d 10.30.0.0/24 -p udp -m udp --dport 32768:35535") })
        let nft = plan.nftables()
        #expect(nft.filter { $0 == "{" }.count == nft.filter { $0 == "}" }.count)
        #expect(nft.contains("\t\tip saddr 10.20.0.0/24 ip daddr 10.30.0.0/24 meta l4proto 4 accept comment"))
        #expect(nft.contains("\t\tip daddr 10.10.0.0/24 tcp dport 443 accept comment"))
        #expect(nft.contains("tcp dport 32768-35535"))
        #expect(nft.contains("\t\tjump between_vlans\n"))
    }
}
