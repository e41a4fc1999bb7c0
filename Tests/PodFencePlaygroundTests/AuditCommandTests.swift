import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"

@Suite("lint and diff commands")
struct LintDiffCommandTests {
    @Test("lint of the session prints findings with locations and fixes, and exits 1 on warnings")
    func lintSession() {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(line: "lint") == 1)
        let output = interpreter.takeOutput().output
        #expect(
            output.contains(
                "example-cluster/02-allow-internal-ingress.yaml:13:5: warning: [policy-types-cannot-undo-isolation]"))
        #expect(output.contains("  fix: "))
        #expect(output.hasSuffix("6 findings: 0 errors, 5 warnings, 1 note\n"))
        #expect(interpreter.execute(line: "lint --fail-on error") == 0)
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(line: "lint --disable egress-without-dns --fail-on never") == 0)
        #expect(!interpreter.takeOutput().output.contains("egress-without-dns"))
    }

    @Test("lint --format sarif and json parse; unknown rules and bad CIDRs are errors")
    func lintFormats() throws {
        var interpreter = Interpreter()
        _ = interpreter.execute(arguments: ["lint", "--format", "sarif", "--fail-on", "never", exampleCluster])
        let sarif = interpreter.takeOutput().output
        let parsed = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        #expect(parsed?["version"] as? String == "2.1.0")
        _ = interpreter.execute(arguments: ["lint", "--format", "json", "--fail-on", "never", exampleCluster])
        let json = try JSONSerialization.jsonObject(with: Data(interpreter.takeOutput().output.utf8)) as? [String: Any]
        #expect((json?["findings"] as? [[String: Any]])?.count == 6)
        #expect(interpreter.execute(line: "lint --disable no-such-rule") == 1)
        #expect(interpreter.takeOutput().errors.contains("no such rule"))
        #expect(interpreter.execute(line: "lint --pod-cidr 10.0.0.0/33") == 1)
        #expect(interpreter.takeOutput().errors.contains("--pod-cidr"))
        #expect(interpreter.execute(line: "lint --rules") == 0)
        #expect(interpreter.takeOutput().output.split(separator: "\n").count == LintRule.catalogue.count)
    }

    @Test("diff OLD NEW lists the changes and exits 1; the same sets exit 0")
    func diffPaths() throws {
        let folder = NSTemporaryDirectory() + "podfence-diff-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in ["00-namespaces.yaml", "00-workloads.yaml", "01-deny-all.yaml", "02-allow-internal-ingress.yaml"] {
            try FileManager.default.copyItem(atPath: exampleCluster + "/" + file, toPath: folder + "/" + file)
        }
        var interpreter = Interpreter()
        #expect(interpreter.execute(arguments: ["diff", folder, exampleCluster]) == 1)
        #expect(
            interpreter.takeOutput().output == """
                + ingress-nginx/controller -> ns-app1/web  all ports
                    ns-app1/allow-ingress-app1 ingress[0] from[0]
                1 connection newly allowed, 0 newly denied

                """)
        #expect(interpreter.execute(arguments: ["diff", exampleCluster, exampleCluster]) == 0)
        #expect(interpreter.takeOutput().output == "0 connections newly allowed, 0 newly denied\n")
    }

    @Test("diff PATH in a session is a what-if that leaves the session alone")
    func diffWhatIf() {
        var interpreter = Interpreter()
        _ = interpreter.execute(arguments: [
            "load", exampleCluster + "/00-namespaces.yaml", exampleCluster + "/00-workloads.yaml",
        ])
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(arguments: ["diff", exampleCluster + "/01-deny-all.yaml"]) == 1)
        let output = interpreter.takeOutput().output
        #expect(output.contains("- ingress-nginx/controller -> ns-app1/web  all ports"))
        #expect(output.contains("now isolated by ns-app1/deny-all"))
        #expect(interpreter.context.session.policies.isEmpty)
    }
}
