import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"
private let brokenStep2 = RepositoryRoot.path + "/Tests/Fixtures/broken/02-allow-internal-ingress-as-published.yaml"

@Suite("Interpreter")
struct InterpreterTests {
    @Test("load adds objects and reports what it read")
    func load() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "load \(exampleCluster)") == 0)
        let (output, errors) = interpreter.takeOutput()
        #expect(output == "loaded 13 objects from 5 files\n")
        #expect(errors == "")
        #expect(interpreter.context.session.policies.count == 3)
        // Loading again replaces rather than duplicates.
        #expect(interpreter.execute(line: "load \(exampleCluster)/01-deny-all.yaml") == 0)
        #expect(interpreter.takeOutput().output == "loaded 1 object from 1 file (1 replaced)\n")
        #expect(interpreter.context.session.objects.count == 13)
    }

    @Test("load of an input with errors loads nothing and fails with the diagnostics")
    func loadErrors() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "load \(brokenStep2)") == 1)
        let (output, errors) = interpreter.takeOutput()
        #expect(output == "")
        #expect(errors.contains("\(brokenStep2):20:12: error: did not find expected key"))
        #expect(errors.hasSuffix("nothing loaded: 1 error\n"))
        #expect(interpreter.context.session.objects.isEmpty)
    }

    @Test("check prints compiler-style diagnostics and fails on errors; passes on the example cluster")
    func check() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(arguments: ["check", exampleCluster]) == 0)
        #expect(interpreter.takeOutput().output == "")
        #expect(interpreter.execute(arguments: ["check", brokenStep2]) == 1)
        let output = interpreter.takeOutput().output
        #expect(output.hasPrefix("\(brokenStep2):20:12: error: "))
        #expect(output.contains("AND") && output.contains("OR"))
    }

    @Test("check --format json gives one object per diagnostic")
    func checkJSON() throws {
        var interpreter = Interpreter()
        #expect(interpreter.execute(arguments: ["check", "--format", "json", brokenStep2]) == 1)
        let output = interpreter.takeOutput().output
        let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]]
        let first = try #require(parsed?.first)
        #expect(first["line"] as? Int == 20)
        #expect(first["column"] as? Int == 12)
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "Y01")
    }

    @Test("show lists objects and prints one back as YAML, with its comments")
    func show() {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(line: "show") == 0)
        #expect(interpreter.takeOutput().output == "namespaces: 4\nworkloads:  6\npods:       0\npolicies:   3\n")
        #expect(interpreter.execute(line: "show policies") == 0)
        let table = interpreter.takeOutput().output.split(separator: "\n")
        #expect(table.count == 4)
        #expect(table[1].hasPrefix("NetworkPolicy  ns-app1/deny-all"))
        #expect(table[1].hasSuffix("example-cluster/01-deny-all.yaml:2:1"))
        #expect(interpreter.execute(line: "show ns-app1/deny-all") == 0)
        #expect(
            interpreter.takeOutput().output == """
                # Step 1, applied at onboarding: deny all ingress and egress for every pod.
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: deny-all
                  namespace: ns-app1
                spec:
                  podSelector: {}
                  policyTypes:
                  - Ingress
                  - Egress

                """)
        #expect(interpreter.execute(line: "show nothing/here") == 1)
        #expect(interpreter.takeOutput().errors.contains("no object named nothing/here"))
    }

    @Test("save and show keep comments in YAML, and say how many JSON leaves out")
    func comments() {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(line: "save -") == 0)
        let saved = interpreter.takeOutput().output
        #expect(saved.contains("# Step 1, applied at onboarding: deny all ingress and egress for every pod.\n"))
        #expect(interpreter.execute(line: "save -o json -") == 0)
        let json = interpreter.takeOutput()
        #expect(!json.output.contains("Step 1"))
        #expect(json.errors == "note: JSON has no comments: 7 comment lines are not written (-o yaml keeps them)\n")
        #expect(interpreter.execute(line: "show ns-app1/deny-all -o json") == 0)
        #expect(interpreter.takeOutput().errors.contains("1 comment line is not written"))
    }

    @Test("a usage error exits 2 with ArgumentParser's message")
    func usageError() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "show --output xml") == 2)
        #expect(interpreter.takeOutput().errors.contains("xml"))
        #expect(interpreter.execute(line: "frobnicate") == 2)
    }

    @Test("help lists the commands and describes one")
    func help() {
        var interpreter = Interpreter()
        #expect(interpreter.execute(line: "help") == 0)
        let overview = interpreter.takeOutput().output
        for command in ["load", "apply", "check", "show", "reset", "run"] { #expect(overview.contains(command)) }
        #expect(interpreter.execute(line: "help check") == 0)
        #expect(interpreter.takeOutput().output.contains("--format"))
        #expect(interpreter.execute(line: "check --help") == 0)
        #expect(interpreter.takeOutput().output.contains("file:line:col"))
    }

    @Test("a script runs line by line with comments and heredocs, and stops at the first failure")
    func script() {
        var interpreter = Interpreter()
        let script = """
            # set up
            apply <<EOF
            apiVersion: v1
            kind: Namespace
            metadata:
              name: team-a
            EOF
            show namespaces
            show team-b
            show namespaces
            """
        #expect(interpreter.runScript(script, file: "checks.pf") == 1)
        let (output, errors) = interpreter.takeOutput()
        #expect(
            output.hasPrefix(
                "loaded 1 object from 1 file\nKIND       NAME    SOURCE\nNamespace  team-a  <inline>:1:1\n"))
        #expect(errors == "checks.pf:9: no object named team-b; `show all` lists what is loaded\n")
    }

    @Test("a pasted document is applied when a blank line ends it")
    func pastedDocument() {
        var interpreter = Interpreter()
        let script = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: pasted\n\nshow pasted\n"
        #expect(interpreter.runScript(script, file: "s") == 0)
        #expect(interpreter.takeOutput().output.contains("name: pasted"))
    }

    @Test("an unclosed heredoc fails at its first line")
    func unclosedHeredoc() {
        var interpreter = Interpreter()
        #expect(interpreter.runScript("apply <<END\nkind: x\n", file: "s.pf") == 1)
        #expect(interpreter.takeOutput().errors == "s.pf:1: the heredoc is never closed by a line END\n")
    }

    @Test("run executes a script file in the current session")
    func run() throws {
        let path = NSTemporaryDirectory() + "podfence-run-\(UInt32.random(in: 0...UInt32.max)).pf"
        try "load \(exampleCluster)\nshow ns-app1/nope\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var interpreter = Interpreter()
        #expect(interpreter.execute(arguments: ["run", path]) == 1)
        let errors = interpreter.takeOutput().errors
        #expect(errors == "\(path):2: no object named ns-app1/nope; `show all` lists what is loaded\n")
        #expect(interpreter.context.session.objects.count == 13)
    }

    @Test("reset empties the session")
    func reset() {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        #expect(interpreter.execute(line: "reset") == 0)
        #expect(interpreter.takeOutput().output.hasSuffix("removed 13 objects\n"))
        #expect(interpreter.context.session.objects.isEmpty)
    }

    @Test("the built-in example cluster is the repository's Examples/example-cluster")
    func embeddedExample() throws {
        for file in ExampleCluster.files {
            let onDisk = try String(contentsOfFile: exampleCluster + "/" + file.name, encoding: .utf8)
            #expect(file.text == onDisk, "\(file.name) differs: run `make embed`")
        }
        let onDiskNames = try FileManager.default.contentsOfDirectory(atPath: exampleCluster).sorted()
        #expect(ExampleCluster.files.map(\.name) == onDiskNames)
    }
}

@Suite("Command line splitting")
struct CommandLineSplitterTests {
    @Test(
        "words, quotes, escapes and comments",
        arguments: [
            ("can a/b reach c/d", ["can", "a/b", "reach", "c/d"]),
            ("  spaced   out  ", ["spaced", "out"]),
            ("say 'single # quoted'", ["say", "single # quoted"]),
            ("say \"double \\\" quote\"", ["say", "double \" quote"]),
            ("a\\ b c", ["a b", "c"]),
            ("load x # a comment", ["load", "x"]),
            ("label a#b", ["label", "a#b"]),
            ("empty '' arg", ["empty", "", "arg"]),
        ])
    func split(line: String, expected: [String]) throws {
        #expect(try CommandLineSplitter.split(line) == expected)
    }

    @Test("unterminated quotes are errors at the quote's column")
    func unterminated() {
        #expect(throws: CommandLineSplitter.SplitError(message: "unterminated single quote", column: 6)) {
            try CommandLineSplitter.split("load 'x")
        }
    }
}
