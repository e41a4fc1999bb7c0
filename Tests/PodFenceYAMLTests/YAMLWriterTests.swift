import PodFenceModel
import Testing

@testable import PodFenceYAML

@Suite("YAML writer")
struct YAMLWriterTests {
    @Test(
        "strings that a YAML 1.1 or 1.2 reader would read as something else are quoted",
        arguments: [
            ("yes", "'yes'"), ("on", "'on'"), ("n", "'n'"), ("True", "'True'"), ("null", "'null'"), ("~", "'~'"),
            ("", "''"), ("80", "'80'"), ("080", "'080'"), ("1.10", "'1.10'"), ("1e3", "'1e3'"), ("1:30", "'1:30'"),
            ("2024-01-01", "'2024-01-01'"), ("*", "'*'"), ("#x", "'#x'"), ("a: b", "'a: b'"), ("a #b", "'a #b'"),
            ("- x", "'- x'"), ("it's", "it's"), ("'q'", "'''q'''"), (" lead", "' lead'"), ("{a}", "'{a}'"),
            ("tab\there", "\"tab\\there\""), ("ns-app1", "ns-app1"), ("10.0.0.0/8", "10.0.0.0/8"),
            ("nginx:1.27", "nginx:1.27"), ("app.kubernetes.io/name", "app.kubernetes.io/name"),
        ])
    func quoting(text: String, expected: String) {
        #expect(YAMLWriter.quoted(text) == expected)
        // Whatever the form, reading it back gives the same string.
        let read = YAMLReader().read("v: \(YAMLWriter.quoted(text))\n", file: "t")
        #expect(read.documents.first?.root["v"]?.string == text)
    }

    @Test("kubectl layout: leading keys first, others sorted, lists at the key's column, YAML 1.1 booleans quoted")
    func layout() {
        let node: ManifestNode = .mapping([
            "spec": .mapping(["b": .sequence([.mapping(["y": .int(1), "x": .string("on")])]), "a": .mapping([:])]),
            "zeta": .bool(true),
            "kind": .string("Thing"),
            "apiVersion": .string("v1"),
            "metadata": .mapping(["name": .string("n")]),
        ])
        #expect(
            YAMLWriter().write(node) == """
                apiVersion: v1
                kind: Thing
                metadata:
                  name: 'n'
                spec:
                  a: {}
                  b:
                  - x: 'on'
                    'y': 1
                zeta: true

                """)
    }

    @Test("multi-line strings become literal blocks with the right chomping")
    func literalBlocks() {
        for text in ["line one\nline two\n", "no final newline\nx", "two finals\n\n", "a\n\nb\n"] {
            let written = YAMLWriter().write(.mapping(["k": .string(text)]))
            #expect(written.hasPrefix("k: |"))
            #expect(YAMLReader().read(written, file: "t").documents.first?.root["k"]?.string == text)
        }
        #expect(YAMLWriter().write(.mapping(["k": .string("trailing \nspace")])) == "k: \"trailing \\nspace\"\n")
    }

    @Test(
        "keys too long for an implicit key (YAML's 1024 characters) use the explicit form and read back",
        arguments: [1_001, 1_100, 5_000])
    func longKeys(length: Int) {
        let key = String(repeating: "k\t", count: length / 2)
        let node: ManifestNode = .mapping([
            key: .string("v"), "short": .mapping([key: .sequence([.mapping([key: .int(1), "a": .int(2)])])]),
        ])
        let written = YAMLWriter().write(node)
        #expect(written.contains("? \""))
        let read = YAMLReader().read(written, file: "t")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.documents.first?.root == node)
        #expect(YAMLWriter().write(read.documents.first?.root ?? .null) == written)
    }

    @Test("a key of exactly the longest implicit length stays implicit")
    func longestImplicitKey() {
        let key = String(repeating: "x", count: YAMLWriter.longestImplicitKey)
        let written = YAMLWriter().write(.mapping([key: .string("v")]))
        #expect(written == key + ": v\n")
        #expect(YAMLReader().read(written, file: "t").documents.first?.root == .mapping([key: .string("v")]))
    }

    @Test("mapping keys that look like other types are quoted")
    func ambiguousKeys() {
        let written = YAMLWriter().write(.mapping(["on": .string("x"), "null": .string("y"), "plain": .string("z")]))
        #expect(written == "'null': 'y'\n'on': x\nplain: z\n")
    }
}

@Suite("Awkward characters")
struct AwkwardCharacterTests {
    @Test(
        "strings with control characters, NEL, LS, PS and BOM survive YAML and JSON round trips",
        arguments: ["a\u{7F}b", "a\u{85}b", "a\u{2028}b", "a\u{2029}b", "\u{FEFF}x", "tab\tand\nnewline", "bell\u{7}"])
    func roundTrip(text: String) {
        let node: ManifestNode = .mapping(["k": .string(text)])
        for written in [YAMLWriter().write(node), JSONWriter().write(node)] {
            let read = YAMLReader().read(written, file: "t")
            #expect(read.diagnostics.isEmpty, "\(written)")
            #expect(read.documents.first?.root["k"]?.string == text, "\(written)")
        }
    }
}
