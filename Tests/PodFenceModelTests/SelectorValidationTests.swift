import PodFenceModel
import Testing

private let podSelector = "spec.podSelector"
private let expression0 = "spec.podSelector.matchExpressions[0]"

@Suite("Selector validation (S01-S08)")
struct SelectorValidationTests {
    @Test(
        "S01: matchLabels keys are qualified names",
        arguments: [
            ValidationCase(
                "NoUppercaseOrSpecialCharsLike=Equals (upstream)",
                selectorPolicy(LabelSelector(["NoUppercaseOrSpecialCharsLike=Equals": "b"])),
                [
                    err(
                        "S01", "\(podSelector).matchLabels[NoUppercaseOrSpecialCharsLike=Equals]",
                        prefix: "Invalid value: \"NoUppercaseOrSpecialCharsLike=Equals\": " + keyNameDetail + " (e.g. ")
                ]),
            ValidationCase(
                "/a", selectorPolicy(LabelSelector(["/a": "b"])),
                [
                    err("S01", "\(podSelector).matchLabels[/a]", "Invalid value: \"/a\": prefix part must be non-empty")
                ]),
            ValidationCase(
                "a/", selectorPolicy(LabelSelector(["a/": "b"])),
                [
                    err("S01", "\(podSelector).matchLabels[a/]", "Invalid value: \"a/\": name part must be non-empty"),
                    err("S01", "\(podSelector).matchLabels[a/]", prefix: "Invalid value: \"a/\": " + keyNameDetail),
                ]),
            ValidationCase(
                "a/b/c", selectorPolicy(LabelSelector(["a/b/c": "b"])),
                [
                    err(
                        "S01", "\(podSelector).matchLabels[a/b/c]",
                        prefix: "Invalid value: \"a/b/c\": " + keySlashDetail + " (e.g. 'MyName',  or 'my.name',  or ")
                ]),
            ValidationCase(
                "Example.com/x", selectorPolicy(LabelSelector(["Example.com/x": "b"])),
                [
                    err(
                        "S01", "\(podSelector).matchLabels[Example.com/x]",
                        prefix: "Invalid value: \"Example.com/x\": prefix part " + subdomainDetail)
                ]),
            ValidationCase(
                "64-byte name", selectorPolicy(LabelSelector([String(repeating: "k", count: 64): "b"])),
                [
                    err(
                        "S01", "\(podSelector).matchLabels[\(String(repeating: "k", count: 64))]",
                        "Invalid value: \"\(String(repeating: "k", count: 64))\": "
                            + "name part must be no more than 63 bytes"
                    )
                ]),
            ValidationCase(
                "valid keys",
                selectorPolicy(LabelSelector(["app": "a", "example.com/MyName": "b", "my.name": "c", "123-abc": "d"])),
                []),
        ])
    func s01(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("S01: the two-slash detail in full")
    func s01SlashText() {
        #expect(
            selectorPolicy(LabelSelector(["a/b/c": "v"])).validate().first?.message
                == "Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-', '_' or "
                + "'.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
                + "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an "
                + "optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")
    }

    @Test(
        "S02: matchLabels values",
        arguments: [
            ValidationCase(
                "-v", selectorPolicy(LabelSelector(["k": "-v"])),
                [
                    err("S02", "\(podSelector).matchLabels[k]", prefix: "Invalid value: \"-v\": " + labelValueDetail)
                ]),
            ValidationCase(
                "a b", selectorPolicy(LabelSelector(["k": "a b"])),
                [
                    err("S02", "\(podSelector).matchLabels[k]", prefix: "Invalid value: \"a b\": " + labelValueDetail)
                ]),
            ValidationCase(
                "64 chars", selectorPolicy(LabelSelector(["k": String(repeating: "v", count: 64)])),
                [
                    err(
                        "S02", "\(podSelector).matchLabels[k]",
                        "Invalid value: \"\(String(repeating: "v", count: 64))\": must be no more than 63 bytes")
                ]),
            ValidationCase("empty value", selectorPolicy(LabelSelector(["k": ""])), []),
            ValidationCase("63 chars", selectorPolicy(LabelSelector(["k": String(repeating: "v", count: 63)])), []),
        ])
    func s02(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("S02: the value detail in full")
    func s02Text() {
        #expect(
            selectorPolicy(LabelSelector(["k": "-v"])).validate().first?.message
                == "Invalid value: \"-v\": a valid label must be an empty string or consist of alphanumeric "
                + "characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. "
                + "'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")
    }

    @Test(
        "S03: In and NotIn need values",
        arguments: [
            ValidationCase(
                "In", selectorPolicy(expression("k", "In")),
                [
                    err(
                        "S03", "\(expression0).values",
                        "Required value: must be specified when `operator` is 'In' or 'NotIn'")
                ]),
            ValidationCase(
                "NotIn", selectorPolicy(expression("k", "NotIn")),
                [
                    err(
                        "S03", "\(expression0).values",
                        "Required value: must be specified when `operator` is 'In' or 'NotIn'")
                ]),
            ValidationCase("In with a value", selectorPolicy(expression("k", "In", ["a"])), []),
            ValidationCase("NotIn with an empty value", selectorPolicy(expression("k", "NotIn", [""])), []),
        ])
    func s03(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "S04: Exists and DoesNotExist take no values",
        arguments: [
            ValidationCase(
                "Exists", selectorPolicy(expression("k", "Exists", ["x"])),
                [
                    err(
                        "S04", "\(expression0).values",
                        "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'")
                ]),
            ValidationCase(
                "DoesNotExist", selectorPolicy(expression("k", "DoesNotExist", ["x", "y"])),
                [
                    err(
                        "S04", "\(expression0).values",
                        "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'")
                ]),
            ValidationCase("Exists", selectorPolicy(expression("k", "Exists")), []),
            ValidationCase("DoesNotExist", selectorPolicy(expression("k", "DoesNotExist")), []),
        ])
    func s04(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("S05: operators are case-sensitive", arguments: ["in", "Gt", "abc", "", "exists", "notin"])
    func s05(_ op: String) {
        expectDiagnostics(
            selectorPolicy(expression("k", op, ["1"])).validate(),
            [err("S05", "\(expression0).operator", "Invalid value: \"\(op)\": not a valid selector operator")])
    }

    @Test(
        "S06: expression keys",
        arguments: [
            ValidationCase(
                "-key", selectorPolicy(expression("-key", "Exists")),
                [
                    err("S06", "\(expression0).key", prefix: "Invalid value: \"-key\": " + keyNameDetail)
                ]),
            ValidationCase(
                "empty key", selectorPolicy(expression("", "Exists")),
                [
                    err("S06", "\(expression0).key", "Invalid value: \"\": name part must be non-empty"),
                    err("S06", "\(expression0).key", prefix: "Invalid value: \"\": " + keyNameDetail),
                ]),
            ValidationCase(
                "operator before key", selectorPolicy(expression("-key", "Bad")),
                [
                    err("S05", "\(expression0).operator", "Invalid value: \"Bad\": not a valid selector operator"),
                    err("S06", "\(expression0).key", prefix: "Invalid value: \"-key\": " + keyNameDetail),
                ]),
            ValidationCase("prefixed key", selectorPolicy(expression("kubernetes.io/metadata.name", "Exists")), []),
        ])
    func s06(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "S07: expression values",
        arguments: [
            ValidationCase(
                "-value", selectorPolicy(expression("k", "In", ["-value"])),
                [
                    err("S07", "\(expression0).values[0]", prefix: "Invalid value: \"-value\": " + labelValueDetail)
                ]),
            ValidationCase(
                "second value", selectorPolicy(expression("k", "NotIn", ["ok", "a b"])),
                [
                    err("S07", "\(expression0).values[1]", prefix: "Invalid value: \"a b\": " + labelValueDetail)
                ]),
            ValidationCase("valid", selectorPolicy(expression("k", "In", ["a", "b", ""])), []),
        ])
    func s07(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("S07: skipped on update when the old spec.podSelector was already invalid")
    func s07Ratchet() {
        let invalidOld = selectorPolicy(expression("k", "In", ["-old"]))
        let validOld = selectorPolicy(LabelSelector(["k": "v"]))
        let update = selectorPolicy(expression("k", "In", ["-new"]))
        expectDiagnostics(update.validateUpdate(from: invalidOld), [])
        expectDiagnostics(
            update.validateUpdate(from: validOld),
            [err("S07", "\(expression0).values[0]", prefix: "Invalid value: \"-new\": " + labelValueDetail)])
        // The ratchet covers every selector of the policy, but not matchLabels values or keys.
        let peers = ingressPolicy(from: [NetworkPolicyPeer(namespaceSelector: expression("k", "In", ["-x"]))])
        expectDiagnostics(peers.validateUpdate(from: invalidOld), [])
        let labels = selectorPolicy(LabelSelector(["k": "-v"]))
        expectDiagnostics(
            labels.validateUpdate(from: invalidOld),
            [err("S02", "\(podSelector).matchLabels[k]", prefix: "Invalid value: \"-v\": " + labelValueDetail)])
        // Any problem of the old selector opens the ratchet, an operator too.
        expectDiagnostics(update.validateUpdate(from: selectorPolicy(expression("k", "bad", ["x"]))), [])
        // Create never ratchets.
        #expect(update.validate().count == 1)
    }

    @Test(
        "S08: every selector of the policy is checked",
        arguments: [
            ValidationCase(
                "ingress podSelector",
                ingressPolicy(from: [NetworkPolicyPeer(podSelector: LabelSelector(["-k": "v"]))]),
                [err("S01", "spec.ingress[0].from[0].podSelector.matchLabels[-k]", prefix: "Invalid value: \"-k\": ")]),
            ValidationCase(
                "ingress namespaceSelector",
                ingressPolicy(from: [NetworkPolicyPeer(namespaceSelector: expression("k", "In"))]),
                [err("S03", "spec.ingress[0].from[0].namespaceSelector.matchExpressions[0].values", prefix: "Required")]
            ),
            ValidationCase(
                "egress both selectors",
                egressPolicy(to: [
                    .pods(["app": "web"]),
                    NetworkPolicyPeer(
                        podSelector: expression("k", "Exists", ["x"]), namespaceSelector: LabelSelector(["k": "-"])),
                ]),
                [
                    err("S04", "spec.egress[0].to[1].podSelector.matchExpressions[0].values", prefix: "Forbidden"),
                    err("S02", "spec.egress[0].to[1].namespaceSelector.matchLabels[k]", prefix: "Invalid value: \"-\""),
                ]),
            ValidationCase(
                "valid peers",
                ingressPolicy(from: [.pods(["a": "b"], inNamespaces: ["c": "d"]), .namespaces([:]), .pods([:])]), []),
        ])
    func s08(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }
}
