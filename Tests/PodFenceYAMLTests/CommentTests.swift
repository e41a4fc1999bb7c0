import Foundation
import PodFenceModel
import Testing

@testable import PodFenceYAML

@Suite("Comments on a round trip")
struct CommentTests {
    private func rewritten(_ text: String) -> String {
        let loaded = ManifestLoader().load(text: text, file: "in.yaml")
        return YAMLWriter().write(
            documents: loaded.objects.map(\.object.manifest), comments: loaded.objects.map(\.comments))
    }

    @Test("comments stay beside the fields they describe when keys are reordered kubectl-style")
    func placement() {
        let input = """
            # Rendered by helm
            ---
            # Source: app/templates/netpol.yaml
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy   # the kind
            metadata:
              name: web   # its name
              labels:
                # the app label
                app: web
            spec:
              # select web pods
              podSelector:
                matchLabels:
                  app: web
              ingress:
              # from the ingress controller
              - from:
                - namespaceSelector:   # controller namespace
                    matchLabels:
                      kubernetes.io/metadata.name: ingress-nginx
                ports:
                - port: 8080  # http
              policyTypes: [Ingress]  # only ingress
            # end of the policy
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: app
              annotations:
                note: |  # a note
                  line one # not a comment
                  line two
                quoted: "a # b" # real
                url: http://example.com/#anchor
            # final

            """
        let expected = """
            # Rendered by helm
            # Source: app/templates/netpol.yaml
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy # the kind
            metadata:
              labels:
                # the app label
                app: web
              name: web # its name
            spec:
              ingress:
              # from the ingress controller
              - from:
                - namespaceSelector: # controller namespace
                    matchLabels:
                      kubernetes.io/metadata.name: ingress-nginx
                ports:
                - port: 8080 # http
              # select web pods
              podSelector:
                matchLabels:
                  app: web
              policyTypes:
              - Ingress # only ingress
            # end of the policy
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              annotations:
                note: | # a note
                  line one # not a comment
                  line two
                quoted: 'a # b' # real
                url: http://example.com/#anchor
              name: app
            # final

            """
        let output = rewritten(input)
        #expect(output == expected)
        #expect(rewritten(output) == output, "writing the output again changes it")
    }

    /// Whole-line comments of a text, found naively (lines whose first non-blank character is `#`).
    private func wholeLineComments(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("#") }
    }

    @Test(
        "every comment of the fixtures and the example cluster is written back, in order",
        arguments: RoundTripTests.files.filter { $0.hasSuffix(".yaml") })
    func nothingLost(file: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let loaded = ManifestLoader().load(text: text, file: file)
        let output = YAMLWriter().write(
            documents: loaded.objects.map(\.object.manifest), comments: loaded.objects.map(\.comments))
        #expect(wholeLineComments(output) == wholeLineComments(text))
        let count = loaded.objects.reduce(0) { $0 + $1.comments.lineCount }
        let reread = ManifestLoader().load(text: output, file: "out.yaml")
        #expect(reread.objects.reduce(0) { $0 + $1.comments.lineCount } == count)
        #expect(count >= wholeLineComments(text).count)
    }

    @Test("a comment stays with its field after a change through the model; one whose field is gone moves to the end")
    func edits() {
        let input = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: web # the web tier
              namespace: app
            spec:
              podSelector: {}
              ingress:
              - ports:
                - port: 80 # plain http, to be removed
              policyTypes: [Ingress]

            """
        let loaded = ManifestLoader().load(text: input, file: "in.yaml")
        guard let object = loaded.objects.first, case .networkPolicy(var policy) = object.object else {
            Issue.record("no policy read")
            return
        }
        policy.metadata.name = "web-tier"
        policy.spec.ingress?[0].ports = nil
        let output = YAMLWriter().write(policy.manifest, comments: object.comments)
        #expect(output.contains("  name: web-tier # the web tier\n"))
        #expect(output.hasSuffix("policyTypes:\n  - Ingress\n# plain http, to be removed\n"))
    }

    @Test("a list's comments go with its items; the list's own header goes to the first")
    func lists() {
        let input = """
            # exported with kubectl
            apiVersion: v1
            kind: List
            items:
            # the namespace
            - apiVersion: v1
              kind: Namespace
              metadata:
                name: one # first
            - apiVersion: v1
              kind: Namespace
              metadata:
                # second one
                name: two

            """
        let loaded = ManifestLoader().load(text: input, file: "list.yaml")
        #expect(loaded.objects.count == 2)
        #expect(loaded.objects.first?.comments[FieldPath()].above == ["# exported with kubectl", "# the namespace"])
        #expect(loaded.objects.first?.comments["metadata.name"].trailing == "# first")
        #expect(loaded.objects.last?.comments["metadata.name"].above == ["# second one"])
    }

    @Test("CRLF line ends and a byte-order mark do not move or change comments")
    func lineEndsAndBOM() {
        let input = "\u{FEFF}# head\r\napiVersion: v1\r\nkind: Namespace # ns\r\nmetadata:\r\n  name: a\r\n"
        let output = rewritten(input)
        #expect(output == "# head\napiVersion: v1\nkind: Namespace # ns\nmetadata:\n  name: a\n")
    }

    @Test("comments given through the API are written as valid comment lines and read back")
    func apiComments() {
        var comments = ManifestComments()
        comments.add(above: "metadata.labels[app]", "the app\nlabel")
        comments.setTrailing("metadata.name", "bell \u{7} and #hash")
        comments.footer = ["#"]
        let node: ManifestNode = .mapping([
            "apiVersion": .string("v1"), "kind": .string("Namespace"),
            "metadata": .mapping(["name": .string("a"), "labels": .mapping(["app": .string("x")])]),
        ])
        let output = YAMLWriter().write(node, comments: comments)
        #expect(
            output == """
                apiVersion: v1
                kind: Namespace
                metadata:
                  labels:
                    # the app label
                    app: x
                  name: a # bell \\u{7} and #hash
                #

                """)
        let read = YAMLReader().read(output, file: "out.yaml")
        #expect(read.diagnostics.isEmpty)
        #expect(read.documents.first?.comments["metadata.labels.app"].above == ["# the app label"])
        #expect(read.documents.first?.comments.footer == ["#"])
    }

    @Test("every one of many comments is kept, and '#' inside strings are not comments")
    func many() {
        let lines = (0..<10_000).map { "# line \($0)\n" }.joined()
        let text =
            lines + "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n    x: \""
            + String(repeating: " #", count: 10_000) + "\" # after\n"
        let loaded = ManifestLoader().load(text: text, file: "many.yaml")
        let comments = loaded.objects.first?.comments
        #expect(comments?[FieldPath()].above.count == 10_000)
        #expect(comments?[FieldPath()].above.last == "# line 9999")
        #expect(comments?["metadata.annotations.x"].trailing == "# after")
        #expect(comments?.lineCount == 10_001)
    }

    @Test("comments around empty documents and lists of lists are kept, and the output is stable")
    func emptyDocumentsAndNestedLists() {
        let input = """
            # before an empty document
            ---
            # in an empty document
            ---
            apiVersion: v1
            kind: Rules
            metadata:
              name: r
            rules:
            -
              # above the inner item
              - a # after a
              - # a lone dash
                - b
            """
        let expected = """
            # before an empty document
            # in an empty document
            apiVersion: v1
            kind: Rules
            metadata:
              name: r
            rules:
            # above the inner item
            - - a # after a
              # a lone dash
              - - b

            """
        let output = rewritten(input)
        #expect(output == expected)
        #expect(rewritten(output) == output)
    }

    @Test("a comment above a scalar list item stays above it")
    func scalarItems() {
        let input = "apiVersion: v1\nkind: Namespace\nmetadata:\n  finalizers:\n  # the first\n  - x\n  name: a\n"
        #expect(rewritten(input) == input)
    }

    @Test("inputs without comments record none, and JSON output has none")
    func noComments() throws {
        let read = YAMLReader().read("a: '#not'\nb: \"x #y\"\nc: d#e\n", file: "t")
        #expect(read.documents.first?.comments.isEmpty == true)
        let json = JSONWriter().write(.mapping(["a": .string("b")]))
        #expect(!json.contains("#"))
    }
}
