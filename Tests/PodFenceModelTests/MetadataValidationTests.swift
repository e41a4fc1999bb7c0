import PodFenceModel
import Testing

/// A policy with the given metadata and an empty (valid) spec.
private func policy(
    name: String? = "p", generateName: String? = nil, namespace: String? = "ns", labels: [String: String] = [:],
    annotations: [String: String] = [:]
) -> NetworkPolicy {
    var metadata = ObjectMeta(name: name, namespace: namespace, labels: labels, annotations: annotations)
    metadata.generateName = generateName
    return NetworkPolicy(metadata: metadata)
}

@Suite("Metadata validation (V01-V09)")
struct MetadataValidationTests {
    @Test(
        "V01: name required unless generateName",
        arguments: [
            ValidationCase(
                "nil name", policy(name: nil),
                [
                    err("V01", "metadata.name", "Required value: name or generateName is required")
                ]),
            ValidationCase(
                "empty name", policy(name: ""),
                [
                    err("V01", "metadata.name", "Required value: name or generateName is required")
                ]),
            ValidationCase("generateName only", policy(name: nil, generateName: "web-"), []),
            ValidationCase("name", policy(name: "allow-web"), []),
        ])
    func v01(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "V02: name is a DNS-1123 subdomain",
        arguments: [
            ValidationCase(
                "Allow_All", policy(name: "Allow_All"),
                [
                    err("V02", "metadata.name", prefix: "Invalid value: \"Allow_All\": " + subdomainDetail + " (e.g. ")
                ]),
            ValidationCase(
                "-x", policy(name: "-x"),
                [
                    err("V02", "metadata.name", prefix: "Invalid value: \"-x\": " + subdomainDetail)
                ]),
            ValidationCase(
                "x.", policy(name: "x."),
                [
                    err("V02", "metadata.name", prefix: "Invalid value: \"x.\": " + subdomainDetail)
                ]),
            ValidationCase("dots are fine", policy(name: "allow.web.v2"), []),
            ValidationCase("digits first", policy(name: "0-allow"), []),
        ])
    func v02(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("V02: the full upstream detail, regex and double spaces included")
    func v02FullText() {
        let diagnostics = policy(name: "Allow_All").validate()
        #expect(
            diagnostics.first?.message
                == "Invalid value: \"Allow_All\": a lowercase RFC 1123 subdomain must consist of lower case "
                + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. "
                + "'example.com', regex used for validation is "
                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")
    }

    @Test(
        "V03: name at most 253 characters",
        arguments: [
            ValidationCase(
                "254 a", policy(name: String(repeating: "a", count: 254)),
                [
                    err(
                        "V03", "metadata.name",
                        "Invalid value: \"\(String(repeating: "a", count: 254))\": must be no more than 253 characters")
                ]),
            ValidationCase("253 a", policy(name: String(repeating: "a", count: 253)), []),
            ValidationCase(
                "254 A: both", policy(name: String(repeating: "A", count: 254)),
                [
                    err("V03", "metadata.name", prefix: "Invalid value: \"AAAA"),
                    err("V02", "metadata.name", prefix: "Invalid value: \"AAAA"),
                ]),
        ])
    func v03(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
        if row.expected.count == 2 {
            let diagnostics = row.input.validate()
            #expect(diagnostics[0].message.hasSuffix(": must be no more than 253 characters"))
            #expect(diagnostics[1].message.contains(subdomainDetail))
        }
    }

    @Test(
        "V04: generateName is a subdomain once a trailing dash is allowed",
        arguments: [
            ValidationCase(
                "Bad_", policy(name: nil, generateName: "Bad_"),
                [
                    err("V04", "metadata.generateName", prefix: "Invalid value: \"Bad_\": " + subdomainDetail)
                ]),
            ValidationCase(
                "Bad-", policy(name: nil, generateName: "Bad-"),
                [
                    err("V04", "metadata.generateName", prefix: "Invalid value: \"Bad-\": " + subdomainDetail)
                ]),
            ValidationCase("web-", policy(name: nil, generateName: "web-"), []),
            ValidationCase("web", policy(name: nil, generateName: "web"), []),
            ValidationCase(
                "with a name too", policy(name: "ok", generateName: "Bad_"),
                [
                    err("V04", "metadata.generateName", prefix: "Invalid value: \"Bad_\": " + subdomainDetail)
                ]),
        ])
    func v04(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("V05: a missing namespace is a warning by default")
    func v05Warning() {
        for namespace in [nil, ""] as [String?] {
            expectDiagnostics(
                policy(namespace: namespace).validate(),
                [
                    warn(
                        "V05", "metadata.namespace",
                        "Required value: no namespace is set, so the object will land in whatever namespace kubectl "
                            + "targets (--namespace or the current context's namespace)")
                ])
        }
    }

    @Test("V05: a missing namespace is an error with requireNamespace, as on the API server")
    func v05Error() {
        let options = ValidationOptions(requireNamespace: true)
        expectDiagnostics(
            policy(namespace: nil).validate(options: options), [err("V05", "metadata.namespace", "Required value")])
        expectDiagnostics(policy(namespace: "prod").validate(options: options), [])
        #expect(policy(namespace: nil).validate(options: options).containsErrors)
        #expect(!policy(namespace: nil).validate().containsErrors)
    }

    @Test(
        "V06: namespace is a DNS-1123 label",
        arguments: [
            ValidationCase(
                "a.b", policy(namespace: "a.b"),
                [
                    err("V06", "metadata.namespace", "Invalid value: \"a.b\": must not contain dots")
                ]),
            ValidationCase(
                "Prod", policy(namespace: "Prod"),
                [
                    err("V06", "metadata.namespace", prefix: "Invalid value: \"Prod\": " + labelDetail + " (e.g. ")
                ]),
            ValidationCase(
                "64 chars", policy(namespace: String(repeating: "n", count: 64)),
                [
                    err(
                        "V06", "metadata.namespace",
                        "Invalid value: \"\(String(repeating: "n", count: 64))\": must be no more than 63 characters")
                ]),
            ValidationCase("63 chars", policy(namespace: String(repeating: "n", count: 63)), []),
            ValidationCase("kube-system", policy(namespace: "kube-system"), []),
        ])
    func v06(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "V07: label keys and values",
        arguments: [
            ValidationCase(
                "bad key", policy(labels: ["bad key": "v"]),
                [
                    err("V07", "metadata.labels[bad key]", prefix: "Invalid value: \"bad key\": " + keyNameDetail)
                ]),
            ValidationCase(
                "bad value", policy(labels: ["k": "-v"]),
                [
                    err("V07", "metadata.labels[k]", prefix: "Invalid value: \"-v\": " + labelValueDetail)
                ]),
            ValidationCase(
                "two slashes", policy(labels: ["a/b/c": "v"]),
                [
                    err("V07", "metadata.labels[a/b/c]", prefix: "Invalid value: \"a/b/c\": " + keySlashDetail)
                ]),
            ValidationCase(
                "sorted by key, key before value", policy(labels: ["z z": "ok", "a": "b c", "m": ""]),
                [
                    err("V07", "metadata.labels[a]", prefix: "Invalid value: \"b c\": " + labelValueDetail),
                    err("V07", "metadata.labels[z z]", prefix: "Invalid value: \"z z\": " + keyNameDetail),
                ]),
            ValidationCase(
                "valid", policy(labels: ["app.kubernetes.io/name": "web", "tier": "", "Team_1": "A.b-c_9"]), []),
        ])
    func v07(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "V08: annotation keys (case-insensitive) and total size",
        arguments: [
            ValidationCase(
                "bad key", policy(annotations: ["bad key": "x"]),
                [
                    err("V08", "metadata.annotations[bad key]", prefix: "Invalid value: \"bad key\": " + keyNameDetail)
                ]),
            ValidationCase("upper-case prefix is fine", policy(annotations: ["Example.COM/Key": "x"]), []),
            ValidationCase("any value", policy(annotations: ["note": "anything: at all, even spaces"]), []),
            ValidationCase(
                "300 KiB", policy(annotations: ["big": String(repeating: "x", count: 300 * 1024)]),
                [
                    err("V08", "metadata.annotations", "Too long: may not be more than 262144 bytes")
                ]),
            ValidationCase("exactly 256 KiB", policy(annotations: ["k": String(repeating: "x", count: 262_143)]), []),
        ])
    func v08(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("V09: name and namespace are immutable on update")
    func v09() {
        let old = policy(name: "old", namespace: "ns")
        expectDiagnostics(
            policy(name: "new", namespace: "ns").validateUpdate(from: old),
            [err("V09", "metadata.name", "Invalid value: \"new\": field is immutable")])
        expectDiagnostics(
            policy(name: "old", namespace: "other").validateUpdate(from: old),
            [err("V09", "metadata.namespace", "Invalid value: \"other\": field is immutable")])
        expectDiagnostics(policy(name: "old", namespace: "ns", labels: ["a": "b"]).validateUpdate(from: old), [])
        expectDiagnostics(
            policy(name: "old", namespace: "ns", labels: ["a": "-"]).validateUpdate(from: old),
            [err("V07", "metadata.labels[a]", prefix: "Invalid value: \"-\": " + labelValueDetail)])
    }
}
