import PodFenceModel
import Testing

/// One diagnostic a test expects: severity, code, printed path, and the message (exact, or a prefix when the
/// message embeds apimachinery's long regular-expression example text).
struct ExpectedDiagnostic: Sendable, CustomStringConvertible {
    var severity: Diagnostic.Severity
    var code: String
    var path: String
    var message: String
    var isPrefix: Bool

    var description: String { "\(severity) \(code) \(path): \(message)\(isPrefix ? "…" : "")" }

    func matches(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.severity == severity, diagnostic.code.rawValue == code,
            diagnostic.path.description == path
        else { return false }
        return isPrefix ? diagnostic.message.hasPrefix(message) : diagnostic.message == message
    }
}

/// An error with an exact message.
func err(_ code: String, _ path: String, _ message: String) -> ExpectedDiagnostic {
    ExpectedDiagnostic(severity: .error, code: code, path: path, message: message, isPrefix: false)
}

/// An error whose message starts with `prefix`.
func err(_ code: String, _ path: String, prefix: String) -> ExpectedDiagnostic {
    ExpectedDiagnostic(severity: .error, code: code, path: path, message: prefix, isPrefix: true)
}

/// A warning with an exact message.
func warn(_ code: String, _ path: String, _ message: String) -> ExpectedDiagnostic {
    ExpectedDiagnostic(severity: .warning, code: code, path: path, message: message, isPrefix: false)
}

/// A warning whose message starts with `prefix`.
func warn(_ code: String, _ path: String, prefix: String) -> ExpectedDiagnostic {
    ExpectedDiagnostic(severity: .warning, code: code, path: path, message: prefix, isPrefix: true)
}

/// Asserts that `actual` is exactly `expected`, element by element and in order.
func expectDiagnostics(
    _ actual: [Diagnostic], _ expected: [ExpectedDiagnostic],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let rendered = actual.map { "\($0.severity) \($0.code) \($0.path): \($0.message)" }.joined(separator: "\n")
    #expect(
        actual.count == expected.count, "expected \(expected.count) diagnostics, got:\n\(rendered)",
        sourceLocation: sourceLocation)
    for (index, (diagnostic, expectation)) in zip(actual, expected).enumerated() {
        let got = "\(diagnostic.severity) \(diagnostic.code) \(diagnostic.path): \(diagnostic.message)"
        #expect(
            expectation.matches(diagnostic), "diagnostic \(index): expected \(expectation), got \(got)",
            sourceLocation: sourceLocation)
    }
}

/// A table row: a named input and the diagnostics it must produce.
struct ValidationCase<Input: Sendable>: Sendable, CustomTestStringConvertible {
    var name: String
    var input: Input
    var expected: [ExpectedDiagnostic]

    init(_ name: String, _ input: Input, _ expected: [ExpectedDiagnostic]) {
        self.name = name
        self.input = input
        self.expected = expected
    }

    var testDescription: String { name }
}

// MARK: - Message texts, written out independently of the implementation

/// The start of the DNS-1123 subdomain format detail.
let subdomainDetail =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
    + "and end with an alphanumeric character"
/// The start of the DNS-1123 label format detail.
let labelDetail =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
    + "with an alphanumeric character"
/// The start of the label-key name format detail.
let keyNameDetail =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    + "alphanumeric character"
/// The start of the label-value format detail.
let labelValueDetail =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start "
    + "and end with an alphanumeric character"
/// The start of the detail for a key with two or more slashes.
let keySlashDetail =
    "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    + "alphanumeric character"
/// The port range detail.
let portRange = "must be between 1 and 65535, inclusive"
/// The unparseable-CIDR detail.
let invalidCIDR = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"

// MARK: - Builders for test inputs

/// A valid policy named `p` in `ns` with the given spec.
func makePolicy(_ spec: NetworkPolicySpec = NetworkPolicySpec()) -> NetworkPolicy {
    NetworkPolicy(name: "p", namespace: "ns", spec: spec)
}

/// A policy with one ingress rule.
func ingressPolicy(from peers: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil) -> NetworkPolicy {
    makePolicy(NetworkPolicySpec(ingress: [NetworkPolicyIngressRule(from: peers, ports: ports)]))
}

/// A policy with one egress rule.
func egressPolicy(to peers: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil) -> NetworkPolicy {
    makePolicy(NetworkPolicySpec(egress: [NetworkPolicyEgressRule(to: peers, ports: ports)]))
}

/// A policy whose `spec.podSelector` is `selector`.
func selectorPolicy(_ selector: LabelSelector) -> NetworkPolicy {
    makePolicy(NetworkPolicySpec(podSelector: selector))
}

/// A policy with one ingress peer holding an ipBlock.
func ipBlockPolicy(_ cidr: String, except: [String]? = nil) -> NetworkPolicy {
    ingressPolicy(from: [.ipBlock(cidr, except: except)])
}

/// A selector with one expression.
func expression(_ key: String, _ op: String, _ values: [String] = []) -> LabelSelector {
    LabelSelector(expressions: [
        LabelSelectorRequirement(key: key, operator: LabelSelectorOperator(rawValue: op), values: values)
    ])
}
