import Foundation
import PodFence
import Testing

@testable import PodFencePlayground

/// Runs one line (with an optional heredoc body) in a fresh interpreter.
private func run(_ line: String, inline: String? = nil, demo: Bool = false) -> (
    status: Int32, output: String, errors: String
) {
    var interpreter = Interpreter()
    if demo {
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
    }
    let status = interpreter.execute(line: line, inlineInput: inline)
    let (output, errors) = interpreter.takeOutput()
    return (status, output, errors)
}

/// The seed's case as flags: UCP's defaults, hosts in 10.30.4.0/24, servers pods must reach.
private let seedFlags = "--nodes 20 --node-network 10.30.4.0/24 --reach 192.168.10.0/24 10.10.0.0/16"

/// The seed's case as a plan file.
private let seedPlan = """
    apiVersion: podfence.dev/v1alpha1
    kind: PodCIDRPlan
    metadata:
      name: seed
    spec:
      podCIDR: 192.168.0.0/16
      serviceCIDR: 10.96.0.0/16
      nodeNetworks: [10.30.4.0/24]
      swarmAddressPools: [10.0.0.0/8]
      bridgeNetworks:
        - {name: docker0, cidr: 172.17.0.0/16}
        - {name: docker_gwbridge, cidr: 172.18.0.0/16}
      mustReach:
        - {name: file servers, cidr: 192.168.10.0/24}
        - 10.10.0.0/16
      nodes: 20
      podsPerNode: 110
      blockSize: 26
      calico:
        currentPoolName: default-ipv4-ippool
        ipipMode: Always
        natOutgoing: true

    """

/// The two IP pools of the seed's migration, as `--format manifests` prints them.
private let seedManifests = """
    apiVersion: projectcalico.org/v3
    kind: IPPool
    metadata:
      name: pod-pool-172-16-0-0-20
    spec:
      blockSize: 26
      cidr: 172.16.0.0/20
      ipipMode: Always
      natOutgoing: true
      nodeSelector: all()
      vxlanMode: Never
    ---
    apiVersion: projectcalico.org/v3
    kind: IPPool
    metadata:
      name: default-ipv4-ippool
    spec:
      blockSize: 26
      cidr: 192.168.0.0/16
      disabled: true
      ipipMode: Always
      natOutgoing: true
      nodeSelector: all()
      vxlanMode: Never

    """

@Suite("cidr commands")
struct CIDRCommandTests {
    @Test(
        "contains and overlaps print yes or no",
        arguments: [
            ("cidr contains 10.0.0.0/8 10.1.0.0/16", "yes"),
            ("cidr contains 10.1.0.0/16 10.0.0.0/8", "no"),
            ("cidr contains 10.0.0.0/8 10.0.0.0/8", "yes"),
            ("cidr contains 10.0.0.0/8 10.9.8.7", "yes"),
            ("cidr contains 0.0.0.0/0 ::1", "no"),
            ("cidr contains 2001:db8::/32 2001:DB8:1::/48", "yes"),
            ("cidr overlaps 10.1.0.0/16 10.0.0.0/8", "yes"),
            ("cidr overlaps 10.0.0.0/24 10.0.1.0/24", "no"),
            ("cidr overlaps 192.168.0.0/16 192.168.10.7", "yes"),
        ]
    )
    func relations(line: String, answer: String) {
        let result = run(line)
        #expect(result.status == 0)
        #expect(result.output == answer + "\n")
        #expect(result.errors == "")
    }

    @Test(
        "set operations print canonical prefixes one a line, ascending",
        arguments: [
            ("cidr merge 10.0.0.128/25 10.0.1.0/24 10.0.0.0/25", "10.0.0.0/23\n"),
            ("cidr merge 2001:db8:8000::/33 10.0.0.0/8 2001:db8::/33,10.1.0.0/16", "10.0.0.0/8\n2001:db8::/32\n"),
            ("cidr merge 10.0.0.1 10.0.0.2", "10.0.0.1/32\n10.0.0.2/32\n"),
            (
                "cidr subtract 10.0.0.0/8 10.1.0.0/16",
                "10.0.0.0/16\n10.2.0.0/15\n10.4.0.0/14\n10.8.0.0/13\n10.16.0.0/12\n10.32.0.0/11\n10.64.0.0/10\n"
                    + "10.128.0.0/9\n"
            ),
            ("cidr subtract 10.0.0.0/24 10.0.0.0/25 10.0.0.192/26", "10.0.0.128/26\n"),
            ("cidr subtract 10.0.0.0/24 10.0.0.0/23", ""),
            ("cidr subtract 10.0.0.0/24", "10.0.0.0/24\n"),
            ("cidr split 10.0.0.0/24 /26", "10.0.0.0/26\n10.0.0.64/26\n10.0.0.128/26\n10.0.0.192/26\n"),
            (
                "cidr split 2001:db8::/32 34",
                "2001:db8::/34\n2001:db8:4000::/34\n2001:db8:8000::/34\n2001:db8:c000::/34\n"
            ),
            ("cidr split 10.0.0.0/24 /24", "10.0.0.0/24\n"),
            ("cidr free --within 10.244.0.0/16 --size /24 --avoid 10.244.0.0/24 10.244.2.0/23", "10.244.1.0/24\n"),
            (
                "cidr free --within 10.244.0.0/21 --size /24 --avoid 10.244.0.0/24 --avoid 10.244.2.0/23 --all",
                "10.244.1.0/24\n10.244.4.0/24\n10.244.5.0/24\n10.244.6.0/24\n10.244.7.0/24\n"
            ),
            (
                "cidr free --within 10.0.0.0/24 --size 26 --avoid 10.0.0.70 --all",
                "10.0.0.0/26\n10.0.0.128/26\n10.0.0.192/26\n"
            ),
        ]
    )
    func setOperations(line: String, expected: String) {
        let result = run(line)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == expected)
        #expect(result.errors == "")
    }

    @Test("info describes a prefix")
    func info() {
        #expect(
            run("cidr info 192.168.10.0/24").output == """
                cidr:     192.168.10.0/24
                family:   IPv4
                first:    192.168.10.0
                last:     192.168.10.255
                size:     256
                netmask:  255.255.255.0
                hostmask: 0.0.0.255
                previous: 192.168.9.0/24
                next:     192.168.11.0/24
                supernet: 192.168.10.0/23
                special:  inside 192.168.0.0/16 Private-Use (RFC 1918, private networks)

                """)
        #expect(
            run("cidr info ffff:ffff:ffff:ffff::/64").output == """
                cidr:     ffff:ffff:ffff:ffff::/64
                family:   IPv6
                first:    ffff:ffff:ffff:ffff::
                last:     ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
                size:     18446744073709551616
                previous: ffff:ffff:ffff:fffe::/64
                next:     none (end of the IPv6 space)
                supernet: ffff:ffff:ffff:fffe::/63
                special:  inside ff00::/8 Multicast (RFC 4291, never assigned)

                """)
        let origin = run("cidr info 0.0.0.0/32").output
        #expect(origin.contains("previous: none (start of the IPv4 space)\n"))
        #expect(origin.contains("special:  inside 0.0.0.0/8 This network (RFC 791, never assigned)\n"))
        #expect(run("cidr info 8.8.8.0/24").output.hasSuffix("special:  none\n"))
    }

    @Test("lenient CIDRs are masked with a warning; --strict refuses them")
    func leniency() {
        let lenient = run("cidr contains 10.0.0.1/8 010.2.0.0/16")
        #expect(lenient.status == 0)
        #expect(lenient.output == "yes\n")
        #expect(
            lenient.errors == """
                warning: A "10.0.0.1/8" has bits set beyond /8; using the network 10.0.0.0/8 (--strict refuses it)
                warning: B "010.2.0.0/16" has leading zeros, read as decimal; using 10.2.0.0/16

                """)
        let mapped = run("cidr merge ::ffff:10.0.0.0/104")
        #expect(mapped.output == "10.0.0.0/8\n")
        #expect(
            mapped.errors
                == "warning: CIDR \"::ffff:10.0.0.0/104\" is IPv4-mapped IPv6; using the IPv4 prefix 10.0.0.0/8\n")
        let strict = run("cidr contains --strict 10.0.0.1/8 10.2.0.0/16")
        #expect(strict.status == 1)
        #expect(strict.output == "")
        #expect(
            strict.errors
                == "A \"10.0.0.1/8\": bits are set beyond the prefix length /8; use \"10.0.0.0/8\" for the network or "
                + "\"10.0.0.1/32\" for the single address\n")
    }

    @Test(
        "bad input fails with status 1 and names the argument",
        arguments: [
            (
                "cidr contains 10.0.0.300/8 10.0.0.0/8",
                "A \"10.0.0.300/8\": IPv4 octet \"300\" is larger than 255; expected an IPv4 or IPv6 CIDR such as "
                    + "10.9.8.0/24 or 2001:db8::/64"
            ),
            (
                "cidr overlaps 10.0.0.0/8 10.0.0.0/33",
                "B \"10.0.0.0/33\": prefix length 33 is out of range: an IPv4 prefix length is between 0 and 32; "
                    + "expected an IPv4 or IPv6 CIDR such as 10.9.8.0/24 or 2001:db8::/64"
            ),
            (
                "cidr merge 10.0.0.0/8 fe80::1%eth0/64",
                "CIDR \"fe80::1%eth0/64\": IPv6 zone identifier \"%eth0\" is not allowed: addresses and CIDRs here are "
                    + "not tied to a network interface; remove it, as in \"fe80::1/64\""
            ),
            (
                "cidr subtract 10.0.0.0/8 nonsense",
                "B \"nonsense\": unexpected character 'n'; expected an IPv4 or IPv6 CIDR such as 10.9.8.0/24 or "
                    + "2001:db8::/64"
            ),
            (
                "cidr split 10.0.0.0/16 /8",
                "/N \"/8\": cannot split 10.0.0.0/16 into /8 subnets: the subnet length must be between 16 and 32"
            ),
            (
                "cidr split 10.0.0.0/16 /x",
                "/N \"/x\": expected an IPv4 prefix length from 0 to 32, written /N or N, such as /24"
            ),
            (
                "cidr split 10.0.0.0/8 /32",
                "10.0.0.0/8 splits into 16777216 /32 subnets, more than --limit 65536; raise --limit or split into a "
                    + "shorter length"
            ),
            (
                "cidr free --within 10.0.0.0/16 --size /8",
                "--size \"/8\": a /8 block does not fit in --within 10.0.0.0/16; use /16 to /32"
            ),
            (
                "cidr free --within 10.0.0.0/16 --size /24 --avoid 10.0.0.0/16",
                "no /24 block of 10.0.0.0/16 is free of the --avoid CIDRs"
            ),
            (
                "cidr free --within 10.0.0.0/16 --size /24 --all --avoid 10.0.0.0/16",
                "no /24 block of 10.0.0.0/16 is free of the --avoid CIDRs"
            ),
            (
                "cidr free --within 10.0.0.0/8 --size /30 --all --limit 3",
                "there are more than 3 free /30 blocks in 10.0.0.0/8; raise --limit or ask for a shorter prefix length"
            ),
            (
                "cidr free --within 10.0.0.0/8 --size /30 --limit 0",
                "--limit \"0\": expected a whole number of at least 1"
            ),
            (
                "cidr info 10.0.0.0/8/8",
                "A \"10.0.0.0/8/8\": unexpected character '/'; expected an IPv4 or IPv6 CIDR such as 10.9.8.0/24 or "
                    + "2001:db8::/64"
            ),
        ]
    )
    func badInput(line: String, message: String) {
        let result = run(line)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == message + "\n")
    }

    @Test("a missing argument or subcommand is a usage error (status 2)")
    func usage() {
        let missing = run("cidr contains 10.0.0.0/8")
        #expect(missing.status == 2)
        #expect(missing.errors.contains("Missing expected argument '<b>'"))
        let parent = run("cidr")
        #expect(parent.status == 2)
        #expect(parent.errors.contains("SUBCOMMANDS:"))
        #expect(parent.errors.contains("plan"))
        let help = run("help cidr")
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: podfence cidr <subcommand>"))
        let plan = run("cidr help plan")
        #expect(plan.status == 0)
        #expect(plan.output.contains("USAGE: podfence cidr plan <options>"))
        #expect(plan.output.contains("--nat-outgoing/--no-nat-outgoing"))
        let unknown = run("cidr help nope")
        #expect(unknown.status == 1)
        #expect(
            unknown.errors
                == "no cidr subcommand named nope; they are contains, overlaps, merge, subtract, split, free, info "
                + "and plan\n")
    }
}

@Suite("cidr plan")
struct CIDRPlanCommandTests {
    @Test("the seed's case by flags: the IP pool manifests, exact")
    func manifestsFromFlags() {
        let result = run("cidr plan \(seedFlags) --format manifests")
        #expect(result.status == 0)
        #expect(result.output == seedManifests)
        #expect(result.errors == "")
    }

    @Test("the seed's case by a plan file gives the same pools")
    func manifestsFromFile() throws {
        let heredoc = run("cidr plan --format manifests", inline: seedPlan)
        #expect(heredoc.status == 0, "\(heredoc.errors)")
        #expect(heredoc.output == seedManifests)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podfence-cidr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.yaml")
        try seedPlan.write(to: file, atomically: true, encoding: .utf8)
        let fromFile = run("cidr plan --file \(file.path) --format manifests")
        #expect(fromFile.output == seedManifests)
        // Flags win over the file.
        let overridden = run(
            "cidr plan --file \(file.path) --format manifests --new-pool-name pods-v2 --target 172.16.64.0/18")
        #expect(overridden.status == 0)
        #expect(
            overridden.output.hasPrefix(
                "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: pods-v2\nspec:\n  blockSize: 26\n"
                    + "  cidr: 172.16.64.0/18\n"
            ))
    }

    @Test("the text report explains the conflict, the candidates, the steps in order, and UCP's support")
    func textReport() {
        let report = run("cidr plan \(seedFlags)")
        #expect(report.status == 0)
        let text = report.output
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.first
                == "Pod CIDR plan for 192.168.0.0/16 (Calico pool default-ipv4-ippool): 20 nodes, 110 pods a node, "
                + "Calico blocks of /26"
        )
        #expect(lines.contains("Conflicts: 1 error, 5 warnings"))
        #expect(
            lines.contains(
                "  error: pod network default-ipv4-ippool (192.168.0.0/16) contains destination 192.168.10.0/24: pods "
                    + "cannot reach 192.168.10.0/24: traffic to it is routed inside the pod network"))
        #expect(
            lines.contains(
                "  110 pods a node take 2 blocks of /26 (64 addresses each); 20 nodes take 40: at least a /20"))
        #expect(lines.contains("  1. 172.16.0.0/20"))
        #expect(
            lines.contains(
                "  engine address pools 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16: the engine's defaults"))
        let migration = lines.drop { !$0.hasPrefix("Migration to 172.16.0.0/20") }.prefix { !$0.hasPrefix("Docker") }
        let steps = migration.filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true }
        #expect(
            steps == [
                "  1. Prepare: check the prerequisites and back up the IP pools",
                "  2. Create the new IP pool pod-pool-172-16-0-0-20 (172.16.0.0/20)",
                "  3. Disable the old IP pool default-ipv4-ippool (192.168.0.0/16)",
                "  4. Make UCP's pod_cidr name 172.16.0.0/20 (unsupported upstream)",
                "  5. Recreate the pods that hold old addresses, namespace by namespace",
                "  6. Verify that no pod holds an address from 192.168.0.0/16 and that new pods reach the destinations",
                "  7. Delete the old IP pool default-ipv4-ippool (192.168.0.0/16)",
            ])
        #expect(text.contains("     new-ippool.yaml:\n       apiVersion: projectcalico.org/v3\n"))
        #expect(text.contains("       disabled: true\n"))
        #expect(text.contains("changing the pod CIDR of a running UCP cluster is unsupported upstream"))
        #expect(report.errors == "")
    }

    @Test("JSON output has the conflicts, candidates, steps and notes")
    func json() throws {
        let result = run("cidr plan \(seedFlags) --format json")
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(root["target"] as? String == "172.16.0.0/20")
        #expect(root["changeNeeded"] as? Bool == true)
        let steps = try #require(root["steps"] as? [[String: Any]])
        #expect(steps.map { $0["kind"] as? String } == PodCIDRMigrationStep.Kind.allCases.map(\.rawValue))
        let manifest = try #require(steps[1]["manifest"] as? [String: Any])
        #expect((manifest["spec"] as? [String: Any])?["cidr"] as? String == "172.16.0.0/20")
        let conflicts = try #require(root["conflicts"] as? [[String: Any]])
        #expect(conflicts.first?["severity"] as? String == "error")
        #expect(conflicts.first?["overlap"] as? String == "192.168.10.0/24")
        let candidates = try #require(root["candidates"] as? [[String: Any]])
        #expect(candidates.first?["blocks"] as? Int == 64)
        let notes = try #require(root["notes"] as? [[String: Any]])
        #expect((notes.first?["text"] as? String)?.contains("unsupported upstream") == true)
    }

    @Test("pods are recreated in the session's namespaces, kube-system first")
    func sessionNamespaces() {
        let result = run("cidr plan \(seedFlags)", demo: true)
        #expect(result.status == 0)
        #expect(
            result.output.contains(
                "     $ kubectl -n kube-system rollout restart deployment\n"
                    + "     $ kubectl -n kube-system rollout restart statefulset\n"
                    + "     $ kubectl -n kube-system rollout restart daemonset\n"
                    + "     $ kubectl -n ingress-nginx rollout restart deployment\n"))
        #expect(
            result.output.contains(
                "  namespaces ingress-nginx, kube-system, ns-app1, other: the ones loaded in the session"))
    }

    @Test("no change needed: candidates, but no migration unless --target")
    func noChange() {
        let result = run("cidr plan --nodes 20 --pod-cidr 172.16.0.0/20 --swarm-pool none --pool 100.64.0.0/10")
        #expect(result.status == 0)
        #expect(result.output.contains("Conflicts: none\n"))
        #expect(
            result.output.contains(
                "Migration: none needed: the pod network conflicts with nothing and holds enough blocks"))
        let manifests = run("cidr plan --nodes 20 --pod-cidr 172.16.0.0/20 --format manifests")
        #expect(manifests.status == 1)
        #expect(
            manifests.errors == "no change is needed, so there are no manifests; give --target to plan a move anyway\n")
    }

    @Test(
        "bad plan input fails with status 1 and says what is wrong",
        arguments: [
            ("cidr plan", "cidr plan needs the number of nodes: give --nodes N, or spec.nodes in the plan file"),
            ("cidr plan --nodes x", "--nodes \"x\": expected a whole number of at least 1"),
            ("cidr plan --nodes 0", "--nodes \"0\": expected a whole number of at least 1"),
            (
                "cidr plan --nodes 3 --reach 192.168.1.0/33",
                "--reach \"192.168.1.0/33\": prefix length 33 is out of range: an IPv4 prefix length is between 0 and "
                    + "32; expected an IPv4 or IPv6 CIDR such as 10.9.8.0/24 or 2001:db8::/64"
            ),
            (
                "cidr plan --nodes 3 --block-size /x",
                "--block-size \"/x\": expected a prefix length, written /N or N, such as /26"
            ),
            (
                "cidr plan --nodes 3 --block-size /33",
                "Calico block size /33 is out of range: an IPv4 pool's blockSize is between 20 and 32 (default 26)"
            ),
            (
                "cidr plan --nodes 3 --block-size 19",
                "Calico block size /19 is out of range: an IPv4 pool's blockSize is between 20 and 32 (default 26)"
            ),
            (
                "cidr plan --nodes 3 --ipip-mode sometimes",
                "--ipip-mode \"sometimes\": expected Always, CrossSubnet or Never"
            ),
            (
                "cidr plan --nodes 3 --ipip-mode Always --vxlan-mode Always",
                "ipipMode Always and vxlanMode Always are both enabled: Calico allows one encapsulation per pool; set "
                    + "the other to Never"
            ),
            (
                "cidr plan --nodes 3 --target 192.168.10.0/24",
                "target 192.168.10.0/24 overlaps pod network default-ipv4-ippool (192.168.0.0/16): Calico refuses IP "
                    + "pools that overlap, and pods hold addresses from the current pool until the migration ends; "
                    + "engine address pool 192.168.0.0/16: once the engine creates a bridge network in 192.168.10.0/24 "
                    + "(docker network create, compose), its host routes those addresses to the bridge and not to the "
                    + "pods"
            ),
            (
                "cidr plan --nodes 3 --file /nonexistent/plan.yaml",
                "--file \"/nonexistent/plan.yaml\": no such file, or it cannot be read as UTF-8 text"
            ),
        ]
    )
    func badInput(line: String, message: String) {
        let result = run(line)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == message + "\n")
    }

    @Test("a plan file's errors point at the line and column")
    func fileErrors() {
        let broken = """
            apiVersion: podfence.dev/v1alpha1
            kind: PodCIDRPlan
            spec:
              podCIDR: 192.168.0.1/16
              nodes: many
              mustReach: [192.168.10.0/24, {name: hq, cidr: 10.300.0.0/16}]
              nodeCount: 3
              calico: {ipipMode: Sometimes}

            """
        let result = run("cidr plan", inline: broken)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(
            result.errors == """
                <inline>:4:12: warning: spec.podCIDR: the CIDR "192.168.0.1/16" has bits set beyond /16; using the \
                network 192.168.0.0/16 (--strict refuses it)
                <inline>:5:10: error: spec.nodes: expected a whole number of at least 1, not the string "many"
                <inline>:6:49: error: spec.mustReach[1].cidr: IPv4 octet "300" is larger than 255; expected an IPv4 \
                or IPv6 CIDR such as 10.9.8.0/24 or 2001:db8::/64
                <inline>:7:3: error: spec[nodeCount]: unknown field; the known ones are podCIDR, serviceCIDR, \
                nodeNetworks, bridgeNetworks, swarmAddressPools, engineAddressPools, mustReach, nodes, podsPerNode, \
                blockSize, candidatePools, target, candidates, namespaces, nodeCIDRMaskSize, calico
                <inline>:8:22: error: spec.calico.ipipMode: expected Always, CrossSubnet or Never, not "Sometimes"
                the plan file <inline> has 4 errors

                """)
        let wrongKind = run("cidr plan", inline: "apiVersion: v1\nkind: ConfigMap\nspec: {nodes: 3}\n")
        #expect(wrongKind.status == 1)
        #expect(
            wrongKind.errors.hasPrefix(
                "<inline>:1:13: error: apiVersion: a plan file has apiVersion podfence.dev/v1alpha1 and kind "
                    + "PodCIDRPlan\n"))
    }
}
