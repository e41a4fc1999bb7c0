import Foundation
import PodFence
import PodFenceTestSupport
import Testing

@testable import PodFencePlayground

/// What a session keeps between commands (its analysis and matrix), answering from files without a
/// session (`-f`), and output handed over while a command runs.
@Suite("Session analysis, -f and streamed output")
struct SessionAnalysisTests {
    private static let seed = RepositoryRoot.path + "/Examples/example-cluster"

    private func demo() -> Interpreter {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        _ = interpreter.takeOutput()
        return interpreter
    }

    private func run(_ interpreter: inout Interpreter, _ line: String, input: String? = nil) -> (Int32, String, String)
    {
        let status = interpreter.execute(line: line, inlineInput: input)
        let (output, errors) = interpreter.takeOutput()
        return (status, output, errors)
    }

    static let allowAPIToDB = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: allow-internal-egress, namespace: ns-app1}
        spec:
          podSelector: {matchLabels: {project: project-app1}}
          policyTypes: [Egress]
          egress:
          - to: [{podSelector: {matchLabels: {project: project-app1}}}]
        """

    @Test("questions on an unchanged session reuse one analysis; options get their own")
    func reuse() {
        var interpreter = demo()
        #expect(run(&interpreter, "can ingress-nginx/controller reach ns-app1/web").1 == "yes\n")
        #expect(run(&interpreter, "can ns-app1/api reach ns-app1/db").1 == "no\n")
        #expect(run(&interpreter, "explain ns-app1/api to ns-app1/db on 5432").0 == 0)
        #expect(run(&interpreter, "assert ns-app1/api cannot reach ns-app1/db").0 == 0)
        #expect(run(&interpreter, "matrix --format summary").0 == 0)
        #expect(run(&interpreter, "matrix --format csv").0 == 0)
        #expect(interpreter.context.analyses.builds == 1)
        #expect(run(&interpreter, "can ns-app1/api reach ns-app1/db --no-ipblock-pod-ips").1 == "no\n")
        #expect(interpreter.context.analyses.builds == 2)
        #expect(run(&interpreter, "can ns-app1/api reach ns-app1/db").1 == "no\n")
        #expect(interpreter.context.analyses.builds == 2, "both option sets stay cached")
    }

    @Test("apply of a policy changes the answer and keeps the peers; a new pod rebuilds everything")
    func invalidation() {
        var interpreter = demo()
        let before = run(&interpreter, "matrix --format csv").1
        #expect(run(&interpreter, "can ns-app1/api reach ns-app1/db on 5432").1 == "no\n")
        #expect(run(&interpreter, "apply <<EOF", input: Self.allowAPIToDB).0 == 0)
        #expect(run(&interpreter, "can ns-app1/api reach ns-app1/db on 5432").1 == "yes\n")
        #expect(interpreter.context.analyses.builds == 2)
        #expect(interpreter.context.analyses.policyOnlyBuilds == 1)
        let after = run(&interpreter, "matrix --format csv").1
        #expect(after != before)

        // The policies-only analysis equals one built from scratch.
        var fresh = Interpreter(context: CommandContext(session: interpreter.context.session))
        #expect(run(&fresh, "matrix --format csv").1 == after)
        #expect(
            run(&fresh, "explain ns-app1/api to ns-app1/db").1
                == run(&interpreter, "explain ns-app1/api to ns-app1/db").1)

        #expect(
            run(
                &interpreter, "apply <<EOF",
                input: """
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: probe, namespace: ns-app1, labels: {project: project-app1}}
                    spec: {containers: [{name: probe, image: busybox}]}
                    """
            ).0 == 0)
        #expect(run(&interpreter, "can ns-app1/probe reach ns-app1/db on 5432").1 == "yes\n")
        #expect(interpreter.context.analyses.builds == 3)
        #expect(interpreter.context.analyses.policyOnlyBuilds == 1, "a pod changes the peers")
        #expect(run(&interpreter, "reset").0 == 0)
        #expect(run(&interpreter, "can ns-app1/api reach ns-app1/db").0 == 1, "nothing is left to answer from")
    }

    @Test("sessions never share a revision; every change makes a new one")
    func revisions() {
        var first = Session()
        let second = Session()
        #expect(first.revision != second.revision)
        let start = first.revision
        first.add([])
        #expect(first.revision == start, "adding nothing changes nothing")
        first.add(ExampleCluster.load().objects.filter { if case .networkPolicy = $0.object { true } else { false } })
        #expect(first.revision != start)
        #expect(first.peersRevision == start, "policies alone leave the peers")
        let policiesOnly = first.revision
        first.add(ExampleCluster.load().objects)
        #expect(first.peersRevision == first.revision && first.revision != policiesOnly)
    }

    @Test("loading objects that replace each other keeps one of each, in first-load order, at any size")
    func replacement() {
        var session = Session()
        let objects = ExampleCluster.load().objects
        let first = session.add(objects)
        #expect(first.added == objects.count && first.replaced == 0)
        let second = session.add(objects.reversed())
        #expect(second.added == 0 && second.replaced == objects.count)
        #expect(session.objects.map(\.object.qualifiedName) == objects.map(\.object.qualifiedName))
    }

    @Test(
        "can, explain and assert answer from files with -f, leaving the session alone",
        arguments: [
            ("can ingress-nginx/controller reach ns-app1/web on http -f SEED", 0, "yes\n"),
            ("can -f SEED ns-app1/api reach ns-app1/db", 0, "no\n"),
            ("assert ns-app1/api cannot reach ns-app1/db -f SEED", 0, ""),
            ("assert ns-app1/api can reach ns-app1/db --file SEED", 1, ""),
        ])
    func files(line: String, status: Int32, output: String) {
        var interpreter = Interpreter()
        let (code, printed, errors) = run(&interpreter, line.replacingOccurrences(of: "SEED", with: Self.seed))
        #expect(code == status)
        #expect(printed == output)
        #expect(status == 0 ? errors.isEmpty : errors.hasPrefix("assertion failed: expected ns-app1/api can reach"))
        #expect(interpreter.context.session.objects.isEmpty)
    }

    @Test("explain -f prints what explain on the loaded session prints")
    func explainFromFiles() {
        var loaded = demo()
        var bare = Interpreter()
        let line = "explain ns-app1/api to ns-app1/db on 5432"
        let expected = run(&loaded, line).1
        let fromFiles = run(&bare, line + " -f \(Self.seed)").1
        // The demo's locations name the embedded files as example-cluster/...; -f names the paths given.
        #expect(
            fromFiles.replacingOccurrences(of: Self.seed + "/", with: "example-cluster/") == expected)
    }

    @Test("-f with a path that does not load fails with the loader's diagnostics")
    func filesThatFail() {
        var interpreter = Interpreter()
        let (status, output, errors) = run(&interpreter, "can a/b reach c/d -f /nonexistent/manifests")
        #expect(status == 1)
        #expect(output.isEmpty)
        #expect(errors.contains("/nonexistent/manifests"))
        #expect(errors.contains("nothing analysed"))
    }

    /// Collects what the sink is handed, for the test.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func append(_ text: String) { lock.withLock { parts.append(text) } }
        var all: [String] { lock.withLock { parts } }
    }

    @Test("with a sink, large output is handed over in parts as it is written, and nothing is lost")
    func streamed() {
        var plain = demo()
        var expected = ""
        for _ in 0..<300 { expected += run(&plain, "matrix --format csv").1 }

        var streaming = demo()
        let collected = Collected()
        streaming.context.outputSink = { collected.append($0) }
        for _ in 0..<300 { _ = streaming.execute(line: "matrix --format csv") }
        let rest = streaming.takeOutput().output
        #expect(collected.all.count >= 2, "handed over before the end")
        #expect(collected.all.allSatisfy { $0.utf8.count >= 1 << 16 })
        #expect(collected.all.joined() + rest == expected)
    }
}
