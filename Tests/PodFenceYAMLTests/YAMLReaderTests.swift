import PodFenceModel
import Testing

@testable import PodFenceYAML

@Suite("YAML reader")
struct YAMLReaderTests {
    private func read(_ text: String, limits: ReadLimits = .default) -> YAMLReader.Result {
        YAMLReader(limits: limits).read(text, file: "test.yaml")
    }

    @Test("every node carries its 1-based line and column")
    func positions() throws {
        let result = read("a: 1\nb:\n  - x\n  - {c: d}\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root["a"]?.mark == SourceMark(line: 1, column: 4))
        #expect(root.mapping?.entry(forKey: "b")?.keyMark == SourceMark(line: 2, column: 1))
        #expect(root.node(at: "b[0]")?.mark == SourceMark(line: 3, column: 5))
        #expect(root.node(at: "b[1].c")?.mark == SourceMark(line: 4, column: 9))
        #expect(root.mark(at: "b[1].missing") == SourceMark(line: 4, column: 5))
    }

    @Test(
        "plain scalars resolve as kubectl's YAML 1.1 reader does",
        arguments: [
            ("yes", ManifestValue.scalar(ManifestScalar(text: "yes", kind: .bool))),
            ("On", .scalar(ManifestScalar(text: "On", kind: .bool))),
            ("n", .scalar(ManifestScalar(text: "n", kind: .bool))),
            ("true", .scalar(ManifestScalar(text: "true", kind: .bool))),
            ("~", .null),
            ("null", .null),
            ("", .null),
            ("80", .scalar(ManifestScalar(text: "80", kind: .int))),
            ("0x1F", .scalar(ManifestScalar(text: "0x1F", kind: .int))),
            ("017", .scalar(ManifestScalar(text: "017", kind: .int))),
            ("1_000", .scalar(ManifestScalar(text: "1_000", kind: .int))),
            ("1.5", .scalar(ManifestScalar(text: "1.5", kind: .float))),
            ("1e3", .scalar(ManifestScalar(text: "1e3", kind: .float))),
            (".inf", .scalar(ManifestScalar(text: ".inf", kind: .float))),
            ("10.0.0.0/8", .scalar(.string("10.0.0.0/8"))),
            ("ns-app1", .scalar(.string("ns-app1"))),
            ("'yes'", .scalar(.string("yes"))),
            ("\"80\"", .scalar(.string("80"))),
            ("!!str 80", .scalar(.string("80"))),
        ])
    func scalarResolution(text: String, expected: ManifestValue) throws {
        let result = read("v: \(text)\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.first?.root["v"]?.value == expected)
    }

    @Test("integers in every base YAML 1.1 accepts have their value")
    func integerValues() {
        #expect(ManifestScalar(text: "0x1F", kind: .int).intValue == 31)
        #expect(ManifestScalar(text: "017", kind: .int).intValue == 15)
        #expect(ManifestScalar(text: "0b101", kind: .int).intValue == 5)
        #expect(ManifestScalar(text: "-1_000", kind: .int).intValue == -1000)
        #expect(ManifestScalar(text: "123456789012345678901234", kind: .int).intValue == nil)
    }

    @Test("several documents, empty ones left out, each with its start")
    func multiDocument() {
        let result = read("---\na: 1\n---\n---\n# only a comment\n---\nb: 2\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.map(\.index) == [0, 1])
        #expect(result.documents.map(\.start.line) == [1, 6])
    }

    @Test("a duplicate key is an error at the duplicate, naming the first")
    func duplicateKeys() throws {
        let result = read("metadata:\n  name: a\n  labels: {}\n  name: b\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .duplicateMappingKey)
        #expect(diagnostic.location == SourceLocation(file: "test.yaml", line: 4, column: 3))
        #expect(diagnostic.message.contains("\"name\"") && diagnostic.message.contains("line 2"))
    }

    @Test("merge keys add the anchored mapping's keys unless the mapping sets them")
    func mergeKeys() throws {
        let result = read("base: &b {a: 1, b: 2}\nderived:\n  <<: *b\n  b: 3\n")
        #expect(result.diagnostics.isEmpty)
        let derived = try #require(result.documents.first?.root["derived"]?.mapping)
        #expect(derived.keys == ["b", "a"])
        #expect(derived["b"] == .int(3))
        #expect(derived["a"] == .int(1))
    }

    @Test("an alias bomb is refused before it expands")
    func aliasBomb() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 9).joined(separator: ", ") + "]\n"
        }
        let result = read(text)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .tooManyNodes)
        #expect(diagnostic.message.contains("1000000"))
        #expect(result.documents.isEmpty)
    }

    @Test("nesting beyond the limit is refused, in block and in flow style")
    func depthLimit() throws {
        var block = ""
        for level in 0..<300 { block += String(repeating: " ", count: level) + "k:\n" }
        let deep = try #require(read(block).diagnostics.first)
        #expect(deep.code == .nestingTooDeep)
        #expect(deep.location?.line == 201)
        #expect(deep.message.contains("ReadLimits.maxDepth"))
        let flow = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let flowDiagnostic = try #require(read(flow).diagnostics.first)
        #expect(flowDiagnostic.code == .nestingTooDeep)
    }

    @Test("input and document size limits are reported with the limit's name")
    func sizeLimits() throws {
        let big = "a: " + String(repeating: "x", count: 2_000) + "\n"
        let document = read(big, limits: ReadLimits(maxDocumentBytes: 1_000))
        #expect(document.diagnostics.first?.code == .documentTooLarge)
        #expect(document.diagnostics.first?.message.contains("maxDocumentBytes") == true)
        let input = read(big, limits: ReadLimits(maxInputBytes: 1_000))
        #expect(input.diagnostics.first?.code == .inputTooLarge)
    }

    @Test("invalid UTF-8 is an error with its position")
    func invalidUTF8() throws {
        let result = YAMLReader().read(bytes: Array("a: b\nc: ".utf8) + [0xFF, 0xFE, 0x41] + [0x0A], file: "bad.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .invalidEncoding)
        #expect(diagnostic.location?.line == 2)
    }

    @Test("JSON is read like YAML")
    func json() throws {
        let result = read(
            #"{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a", "labels": {"on": "yes"}}}"#)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root.node(at: "metadata.labels[on]")?.string == "yes")
    }

    @Test("the published step 2 gets an error at the podSelector line explaining AND and OR")
    func misindentedPeer() throws {
        let path = Paths.sharedFixtures + "/broken/02-allow-internal-ingress-as-published.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = YAMLReader().read(text, file: "step2.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.location == SourceLocation(file: "step2.yaml", line: 20, column: 12))
        #expect(diagnostic.message.contains("did not find expected key"))
        #expect(diagnostic.message.contains("AND"))
        #expect(diagnostic.message.contains("OR"))
        #expect(diagnostic.message.contains("- podSelector:"))
    }

    @Test("tabs in indentation get a hint")
    func tabs() throws {
        let result = read("a:\n\tb: 1\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.message.contains("tabs"))
    }
}
