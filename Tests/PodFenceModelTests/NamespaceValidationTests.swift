import PodFenceModel
import Testing

@Suite("Namespace validation (V01-V08 with a DNS label name, N01)")
struct NamespaceValidationTests {
    @Test(
        "names are DNS-1123 labels",
        arguments: [
            ValidationCase("ns-a", Namespace(name: "ns-a"), []),
            ValidationCase(
                "a.b", Namespace(name: "a.b"),
                [
                    err("V02", "metadata.name", "Invalid value: \"a.b\": must not contain dots")
                ]),
            ValidationCase(
                "Prod", Namespace(name: "Prod"),
                [
                    err(
                        "V02", "metadata.name",
                        prefix: "Invalid value: \"Prod\": " + labelDetail + " (e.g. 'my-name',  or ")
                ]),
            ValidationCase(
                "64 chars", Namespace(name: String(repeating: "x", count: 64)),
                [
                    err(
                        "V03", "metadata.name",
                        "Invalid value: \"\(String(repeating: "x", count: 64))\": must be no more than 63 characters")
                ]),
            ValidationCase(
                "empty", Namespace(name: ""),
                [
                    err("V01", "metadata.name", "Required value: name or generateName is required")
                ]),
            ValidationCase(
                "bad label", Namespace(name: "ns", labels: ["team": "a b"]),
                [
                    err("V07", "metadata.labels[team]", prefix: "Invalid value: \"a b\": " + labelValueDetail)
                ]),
        ])
    func names(_ row: ValidationCase<Namespace>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("a Namespace needs no metadata.namespace, and one given is ignored")
    func clusterScoped() {
        var namespace = Namespace(name: "ns-a")
        expectDiagnostics(namespace.validate(options: ValidationOptions(requireNamespace: true)), [])
        namespace.metadata.namespace = "Whatever"
        expectDiagnostics(namespace.validate(), [])
    }

    @Test("N01: a written kubernetes.io/metadata.name other than the name is overwritten (warning)")
    func n01() {
        expectDiagnostics(
            Namespace(name: "ns-a", labels: ["kubernetes.io/metadata.name": "other"]).validate(),
            [
                warn(
                    "N01", "metadata.labels[kubernetes.io/metadata.name]",
                    "Invalid value: \"other\": the API server overwrites this label with the namespace's name, \"ns-a\""
                )
            ])
        expectDiagnostics(Namespace(name: "ns-a", labels: ["kubernetes.io/metadata.name": "ns-a"]).validate(), [])
        expectDiagnostics(Namespace(name: "ns-a", labels: ["ns": "x"]).validate(), [])
        // An invalid value is an error and also overwritten.
        expectDiagnostics(
            Namespace(name: "ns-a", labels: ["kubernetes.io/metadata.name": "-bad"]).validate(),
            [
                err("V07", "metadata.labels[kubernetes.io/metadata.name]", prefix: "Invalid value: \"-bad\": "),
                warn("N01", "metadata.labels[kubernetes.io/metadata.name]", prefix: "Invalid value: \"-bad\": the API"),
            ])
        #expect(
            Namespace(name: "ns-a", labels: ["kubernetes.io/metadata.name": "other"]).effectiveLabels == [
                "kubernetes.io/metadata.name": "ns-a"
            ])
    }
}
