import PodFenceModel
import Testing

/// One probe of an upstream test: a port, a protocol and the expected matrix.
struct E2EProbe: Sendable {
    var port: Int
    var proto: PortProtocol
    var expected: [String]
}

/// One state of an upstream test: the policies in force, label changes, and the probes made in it.
struct E2EStep: Sendable {
    var policies: [NetworkPolicy]
    var namespaceLabels: [String: [String: String]] = [:]
    var podLabels: [String: [String: String]] = [:]
    var probes: [E2EProbe]
}

/// An upstream test (semantics §4.2), by number and name.
struct E2ECase: Sendable, CustomTestStringConvertible {
    var number: Int
    var title: String
    var steps: [E2EStep]

    var testDescription: String { "#\(number) \(title)" }

    init(_ number: Int, _ title: String, _ steps: [E2EStep]) {
        self.number = number
        self.title = title
        self.steps = steps
    }

    init(_ number: Int, _ title: String, policies: [NetworkPolicy], probes: [E2EProbe]) {
        self.init(number, title, [E2EStep(policies: policies, probes: probes)])
    }
}
