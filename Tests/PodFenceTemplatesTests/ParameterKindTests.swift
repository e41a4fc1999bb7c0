import PodFenceModel
import PodFenceTemplates
import Testing

/// Every parameter kind accepts what Kubernetes accepts for it and refuses the rest, with the reason.
@Suite("Parameter kinds")
struct ParameterKindTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var kind: ParameterKind
        var text: String
        var expected: ParameterValue?
        var testDescription: String { "\(kind) \(text.debugDescription)" }
    }

    static let valid: [Case] = [
        Case(kind: .namespaceName, text: "ns-app1", expected: .string("ns-app1")),
        Case(kind: .objectName, text: "allow.web-1", expected: .string("allow.web-1")),
        Case(kind: .labelKey, text: "app.kubernetes.io/name", expected: .string("app.kubernetes.io/name")),
        Case(kind: .labelValue, text: "", expected: .string("")),
        Case(kind: .labelValue, text: "Project_1.a", expected: .string("Project_1.a")),
        Case(kind: .labelSelector, text: "", expected: .selector(LabelSelector())),
        Case(kind: .labelSelector, text: " b = 2 ,a==1", expected: .selector(LabelSelector(["a": "1", "b": "2"]))),
        Case(kind: .labelSelector, text: "a=", expected: .selector(LabelSelector(["a": ""]))),
        Case(kind: .port, text: "53", expected: .port(.int(53))),
        Case(kind: .port, text: "65535", expected: .port(.int(65535))),
        Case(kind: .port, text: "dns-tcp", expected: .port(.string("dns-tcp"))),
        Case(kind: .protocol, text: "SCTP", expected: .protocol(.sctp)),
        Case(kind: .cidr, text: "10.0.0.0/8", expected: .string("10.0.0.0/8")),
        Case(kind: .cidr, text: "2001:DB8::/32", expected: .string("2001:db8::/32")),
        Case(kind: .string, text: "a: b\n- c", expected: .string("a: b\n- c")),
        Case(kind: .integer, text: "-12", expected: .integer(-12)),
    ]

    static let invalid: [Case] = [
        Case(kind: .namespaceName, text: "Ns_App1"),
        Case(kind: .namespaceName, text: "ns.app1"),
        Case(kind: .namespaceName, text: ""),
        Case(kind: .namespaceName, text: String(repeating: "a", count: 64)),
        Case(kind: .objectName, text: "-web"),
        Case(kind: .labelKey, text: "a/b/c"),
        Case(kind: .labelKey, text: ""),
        Case(kind: .labelValue, text: "a b"),
        Case(kind: .labelSelector, text: "a in (b)"),
        Case(kind: .labelSelector, text: "a!=b"),
        Case(kind: .labelSelector, text: "a"),
        Case(kind: .labelSelector, text: "a=b,"),
        Case(kind: .labelSelector, text: "a=b,a=c"),
        Case(kind: .labelSelector, text: "a=b c"),
        Case(kind: .port, text: "0"),
        Case(kind: .port, text: "65536"),
        Case(kind: .port, text: "080"),
        Case(kind: .port, text: "http--x"),
        Case(kind: .port, text: "a-very-long-port-name"),
        Case(kind: .protocol, text: "tcp"),
        Case(kind: .protocol, text: "ICMP"),
        Case(kind: .cidr, text: "10.0.0.1/8"),
        Case(kind: .cidr, text: "10.0.0.0"),
        Case(kind: .cidr, text: "010.0.0.0/8"),
        Case(kind: .integer, text: "1e3"),
        Case(kind: .integer, text: "007"),
        Case(kind: .integer, text: ""),
        Case(kind: .string, text: String(repeating: "x", count: ParameterKind.maxValueBytes + 1)),
    ]

    @Test("valid values parse to typed values", arguments: valid)
    func parsesValid(_ test: Case) throws {
        #expect(try test.kind.parse(test.text) == test.expected)
    }

    @Test("invalid values are refused with a reason", arguments: invalid)
    func refusesInvalid(_ test: Case) {
        do {
            let value = try test.kind.parse(test.text)
            Issue.record("accepted as \(value)")
        } catch {
            #expect(!error.details.isEmpty)
            #expect(error.details.allSatisfy { !$0.isEmpty })
        }
    }

    @Test("the reasons are the API server's where Kubernetes has a rule")
    func reasons() {
        #expect(throws: ParameterKind.Rejection([NameValidation.dns1123LabelFormatError])) {
            try ParameterKind.namespaceName.parse("Ns_App1")
        }
        #expect(throws: ParameterKind.Rejection([NameValidation.portNumberRangeError])) {
            try ParameterKind.port.parse("70000")
        }
        #expect(throws: ParameterKind.Rejection(["protocols are case-sensitive in Kubernetes: write UDP"])) {
            try ParameterKind.protocol.parse("udp")
        }
    }

    @Test("a value's text parses back to the same value", arguments: valid)
    func textRoundTrip(_ test: Case) throws {
        let value = try test.kind.parse(test.text)
        #expect(try test.kind.parse(value.description) == value)
    }
}
