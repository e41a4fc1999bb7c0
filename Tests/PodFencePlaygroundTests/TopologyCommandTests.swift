import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

private let exampleTopology = RepositoryRoot.path + "/Examples/topology"

/// An interpreter with the example topology loaded, its output taken.
private func loaded() -> Interpreter {
    var interpreter = Interpreter()
    _ = interpreter.execute(line: "topology load \(exampleTopology)")
    _ = interpreter.takeOutput()
    return interpreter
}

@Suite("Docker Enterprise commands: topology, placement, firewall plan, audit")
struct TopologyCommandTests {
    @Test("topology load reads the folder and summarises the topology")
    func load() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "topology load \(exampleTopology)") == 0)
        let (output, errors) = interpreter.takeOutput()
        #expect(
            output == """
                loaded 18 objects from 4 files
                topology acme-ee (UCP 3.1/3.2): 3 VLANs, 8 collections, 11 nodes, 4 teams, 3 application groups, \
                15 grants, 6 namespace links

                """)
        #expect(errors == "")
        #expect(interpreter.context.session.topologyDocuments.count == 1)
        // A folder without a topology is refused.
        #expect(interpreter.execute(line: "topology load \(exampleTopology)/policies.yaml") == 1)
        #expect(interpreter.takeOutput().errors.hasPrefix("no Topology document"))
    }

    @Test("without a topology the analyses say how to load one")
    func missing() {
        var interpreter = Interpreter()
        for line in ["topology show", "placement app1-prod", "firewall plan", "audit"] {
            #expect(interpreter.execute(line: line) == 1)
            #expect(interpreter.takeOutput().errors.hasPrefix("no topology loaded: `topology load FILE`"))
        }
    }

    @Test("topology show prints tables, YAML that loads back, and the annotated Namespaces")
    func show() throws {
        var interpreter = loaded()
        #expect(interpreter.execute(line: "topology show") == 0)
        let tables = interpreter.takeOutput().output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(tables.contains("VLAN  ID  CIDR          ENVIRONMENT  PURPOSE      NODES"))
        #expect(tables.contains("mgmt  10  10.10.0.0/24  -            management   3"))
        #expect(tables.contains { $0.hasPrefix("/Prod/App1") && $0.hasSuffix("podfence.dev/collection=prod-app1") })
        #expect(tables.contains { $0.hasPrefix("organization docker-datacenter (UCP default)") })
        #expect(
            tables.contains("app1-prod  collection /Prod/App1  custom-label  podfence.dev/collection=prod-app1"))
        // `topology` alone is `topology show`.
        #expect(interpreter.execute(line: "topology") == 0)
        #expect(interpreter.takeOutput().output.split(separator: "\n") == tables.split(separator: "").flatMap { $0 })

        #expect(interpreter.execute(line: "topology show --format yaml") == 0)
        let yaml = interpreter.takeOutput().output
        let reread = ManifestLoader().load(text: yaml, file: "shown.yaml")
        #expect(reread.isComplete && reread.objects.count == 1)

        #expect(interpreter.execute(line: "topology show --format namespaces") == 0)
        let namespaces = ManifestLoader().load(text: interpreter.takeOutput().output, file: "namespaces.yaml")
        #expect(namespaces.diagnostics.isEmpty)
        #expect(namespaces.objects.map(\.object.qualifiedName).first == "app1-prod")
        #expect(
            namespaces.objects.first?.object.metadata.annotations
                == ["scheduler.alpha.kubernetes.io/node-selector": "podfence.dev/collection=prod-app1"])
    }

    @Test("placement NAMESPACE: selector, nodes, each pod's fate, who may deploy and schedule")
    func placement() {
        var interpreter = loaded()
        #expect(interpreter.execute(line: "placement app1-prod") == 0)
        #expect(
            interpreter.takeOutput().output == """
                namespace:  app1-prod
                selector:   podfence.dev/collection=prod-app1 (from the link to collection /Prod/App1)
                annotation: scheduler.alpha.kubernetes.io/node-selector: podfence.dev/collection=prod-app1
                nodes:      prod-app1-w1 (prod), prod-app1-w2 (prod)

                POD                  KIND        OUTCOME      DETAIL
                app1-prod/gpu-batch  Job         pending      no worker matches \
                gpu=true,podfence.dev/collection=prod-app1
                app1-prod/misplaced  Pod         rejected     nodeSelector conflicts with the namespace's on \
                podfence.dev/collection
                app1-prod/web        Deployment  schedulable  prod-app1-w1, prod-app1-w2

                MAY DEPLOY INTO IT  ROLE          RESOURCE             USERS
                team app1-devs      Full Control  namespace app1-prod  alice, bob

                MAY SCHEDULE ONTO ITS NODES  ROLE                RESOURCE               USERS
                team app1-devs               Scheduler           collection /Prod/App1  alice, bob
                team ops                     Restricted Control  collection /Prod       carol

                """)
        #expect(interpreter.execute(line: "placement tools") == 0)
        let tools = interpreter.takeOutput().output
        #expect(tools.contains("selector:   none (no annotation, no link, no cluster default)\n"))
        #expect(tools.contains("organization docker-datacenter (UCP default)  Scheduler"))
        #expect(interpreter.execute(line: "placement") == 2)
        #expect(interpreter.takeOutput().errors == "placement needs a NAMESPACE, or --users\n")
    }

    @Test("placement --users: per user, where they may schedule and deploy")
    func users() {
        var interpreter = loaded()
        #expect(interpreter.execute(line: "placement --users") == 0)
        let lines = interpreter.takeOutput().output.split(separator: "\n")
        #expect(lines.first == "USER        SCHEDULE ON                      DEPLOY IN             NODES")
        #expect(
            lines.contains(
                "user carol  /Prod, /Shared                   -                     "
                    + "prod-app1-w1, prod-app1-w2, prod-app2-w1, prod-app3-w1, shared-w1"))
        #expect(lines.count == 7)
    }

    @Test("firewall plan in every format and with every option")
    func firewall() throws {
        var interpreter = loaded()
        #expect(interpreter.execute(line: "firewall plan") == 0)
        let table = interpreter.takeOutput().output
        #expect(table.hasPrefix("SOURCE    DESTINATION  HOSTS     PROTOCOL  PORTS        SCOPE     PURPOSE\n"))
        #expect(table.contains("note: ports: docker/docs ee/ucp/admin/install/system-requirements.md (UCP 3.1/3.2)"))
        // `firewall` alone is `firewall plan`.
        #expect(interpreter.execute(line: "firewall") == 0)
        #expect(interpreter.takeOutput().output == table)

        #expect(interpreter.execute(line: "firewall plan --format csv --version 3.0") == 0)
        let csv = interpreter.takeOutput().output
        #expect(csv.contains(",TCP,12387,internal,metrics service\n") && !csv.contains(",9099,"))
        #expect(interpreter.execute(line: "firewall plan --format csv --version mke3") == 0)
        let mke = interpreter.takeOutput().output
        #expect(mke.contains(",TCP,9100,internal,ucp-node-exporter\n") && !mke.contains(",12388,"))

        #expect(interpreter.execute(line: "firewall plan --format json --encapsulation vxlan --encrypted") == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(interpreter.takeOutput().output.utf8)) as? [String: Any])
        #expect(json["encapsulation"] as? String == "vxlan" && json["encryptedOverlay"] as? Bool == true)
        let protocols = Set((json["rules"] as? [[String: Any]] ?? []).compactMap { $0["protocol"] as? String })
        #expect(protocols == ["TCP", "UDP", "ESP"])

        #expect(interpreter.execute(line: "firewall plan --format iptables --worker-mesh none") == 0)
        let iptables = interpreter.takeOutput().output
        #expect(iptables.hasSuffix("COMMIT\n"))
        #expect(!iptables.contains("-s 10.20.0.0/24 -d 10.30.0.0/24 -p"))
        #expect(iptables.contains("-A PODFENCE-UCP -s 10.20.0.0/24 -d 10.30.0.0/24 -m comment"))

        #expect(interpreter.execute(line: "firewall plan --format nft") == 0)
        #expect(interpreter.takeOutput().output.contains("table inet podfence_ucp {\n"))

        #expect(interpreter.execute(line: "firewall plan --version 4.0") == 2)
        _ = interpreter.takeOutput()
    }

    @Test("audit lists the findings and fails on errors; JSON too; paths audit a fresh session")
    func audit() throws {
        var interpreter = loaded()
        #expect(interpreter.execute(line: "audit") == 1)
        let (output, errors) = interpreter.takeOutput()
        let heads = output.split(separator: "\n").filter { !$0.hasPrefix("  fix: ") }.map { line in
            line.split(separator: ":").first.map(String.init) ?? ""
        }
        #expect(
            heads == [
                "A02 warning vlan prod", "A02 warning vlan test", "A04 warning namespace tools",
                "A05 warning vlans prod <-> test", "A06 error namespace app3-test", "A06 error namespace tools",
                "A07 warning user carol", "A08 warning grant Scheduler on /Shared",
                "8 findings",
            ])
        #expect(output.hasSuffix("8 findings: 2 errors, 6 warnings, 0 notes\n"))
        #expect(errors == "")

        #expect(interpreter.execute(line: "audit --format json") == 1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(interpreter.takeOutput().output.utf8)) as? [[String: Any]])
        #expect(json.count == 8 && json[0]["id"] as? String == "A02" && json[0]["fix"] is String)

        var fresh = Interpreter()
        #expect(fresh.execute(arguments: ["audit", exampleTopology]) == 1)
        #expect(fresh.takeOutput().output.hasSuffix("8 findings: 2 errors, 6 warnings, 0 notes\n"))
        #expect(fresh.context.session.objects.isEmpty)
    }

    @Test("a script runs the whole walkthrough and stops at the failing audit")
    func script() {
        var interpreter = Interpreter()
        let script = """
            # the Docker Enterprise walkthrough
            topology load \(exampleTopology)
            placement app2-test
            firewall plan --format csv
            audit
            show
            """
        #expect(interpreter.runScript(script, file: "walkthrough.pf") == 1)
        let (output, errors) = interpreter.takeOutput()
        #expect(output.contains("namespace:  app2-test\n"))
        #expect(output.contains("source,source_cidrs,destination"))
        #expect(!output.contains("namespaces:"))
        #expect(errors == "walkthrough.pf:5: `audit` failed\n")
    }

    @Test("help lists the new commands")
    func help() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "help") == 0)
        let help = interpreter.takeOutput().output
        for command in ["topology", "placement", "firewall", "audit"] { #expect(help.contains("  \(command) ")) }
        #expect(interpreter.execute(line: "help firewall") == 0)
        #expect(interpreter.takeOutput().output.contains("plan"))
    }
}
