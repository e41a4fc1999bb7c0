import Foundation
import PodFence
import Testing

@testable import PodFencePlayground

@Suite("Completion")
struct CompleterTests {
    private func session() -> Session {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        return interpreter.context.session
    }

    @Test("command names come from the command tree")
    func commands() {
        let completion = Completer().complete("s", session: Session())
        #expect(completion.candidates == ["save", "show"])
        #expect(Completer().complete("", session: Session()).candidates.contains("check"))
        #expect(Completer().complete("help ch", session: Session()).candidates == ["check"])
    }

    @Test("flags and option values come from the command's definition")
    func flags() {
        #expect(Completer().complete("check --f", session: Session()).candidates == ["--format"])
        #expect(Completer().complete("check --format j", session: Session()).candidates == ["json"])
        #expect(Completer().complete("show -o ", session: Session()).candidates == ["json", "table", "yaml"])
    }

    @Test("object arguments complete to the session's namespace/name")
    func objects() {
        let completion = Completer().complete("show ns-app1/", session: session())
        #expect(
            completion.candidates == [
                "ns-app1/allow-ingress-app1", "ns-app1/allow-internal-ingress", "ns-app1/api", "ns-app1/db",
                "ns-app1/deny-all", "ns-app1/web",
            ])
        #expect(completion.commonPrefix == "ns-app1/")
        #expect(Completer().complete("show ns-app1/w", session: session()).candidates == ["ns-app1/web"])
        #expect(Completer().complete("show pol", session: session()).candidates == ["policies"])
    }

    @Test("template and bundle names, then the parameters not given yet")
    func templates() {
        #expect(Completer().complete("render deny", session: Session()).candidates == ["deny-all"])
        #expect(Completer().complete("template --bundle on", session: Session()).candidates == ["onboarding"])
        #expect(Completer().complete("render deny-all ", session: Session()).candidates == ["name=", "namespace="])
        #expect(Completer().complete("render deny-all namespace=a n", session: Session()).candidates == ["name="])
        #expect(Completer().complete("bundles d", session: Session()).candidates == ["deployment"])
        #expect(Completer().complete("render -o j", session: Session()).candidates == ["json"])
    }

    @Test("file arguments complete to paths, folders ending in a slash")
    func paths() throws {
        let folder = NSTemporaryDirectory() + "podfence-complete-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder + "/manifests", withIntermediateDirectories: true)
        try "x".write(toFile: folder + "/main.yaml", atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let completion = Completer().complete("load ma", session: Session(), workingDirectory: folder)
        #expect(completion.candidates == ["main.yaml", "manifests/"])
        #expect(Completer().complete("load manifests/", session: Session(), workingDirectory: folder).candidates == [])
    }
}

@Suite("History and save")
struct HistoryTests {
    @Test("history lists the commands that changed the session, not the ones that looked at it or failed")
    func history() {
        var interpreter = Interpreter()
        _ = interpreter.execute(line: "apply", inlineInput: "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n")
        _ = interpreter.execute(line: "show")
        _ = interpreter.execute(line: "show nothing")
        _ = interpreter.execute(line: "reset")
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(line: "history") == 0)
        #expect(interpreter.takeOutput().output == "   1  apply (+ 3 lines of YAML)\n   2  reset\n")
    }

    @Test("save --script writes a script that rebuilds the same session")
    func replay() throws {
        var interpreter = Interpreter()
        // A body with a line that reads EOF must get another terminator.
        let yaml =
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  annotations:\n    note: |\n      EOF\n"
        _ = interpreter.execute(line: "apply", inlineInput: "apiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n")
        _ = interpreter.execute(line: "apply", inlineInput: yaml)
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(line: "save --script -") == 0)
        let script = interpreter.takeOutput().output
        #expect(script.hasPrefix("# podfence session script"))
        #expect(script.contains("apply <<EOF_\n"))
        var replayed = Interpreter()
        #expect(replayed.runScript(script, file: "saved.pf") == 0)
        #expect(replayed.context.session.objects.map(\.object) == interpreter.context.session.objects.map(\.object))
    }

    @Test("save writes the session's objects as manifests that load back")
    func manifests() throws {
        var interpreter = Interpreter()
        interpreter.loadExampleCluster()
        let path = NSTemporaryDirectory() + "podfence-save-\(UInt32.random(in: 0...UInt32.max)).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = interpreter.takeOutput()
        #expect(interpreter.execute(arguments: ["save", path]) == 0)
        #expect(interpreter.takeOutput().output == "wrote 13 objects to \(path)\n")
        let reloaded = ManifestLoader().load(paths: [path])
        #expect(reloaded.isComplete)
        #expect(reloaded.objects.map(\.object) == interpreter.context.session.objects.map(\.object))
    }
}
