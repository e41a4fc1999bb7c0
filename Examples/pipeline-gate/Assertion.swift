import PodFence

/// One line of an assertion file: `assert SRC can|cannot reach DST [on PORT[/PROTO]]`, the syntax of the
/// playground's `assert` command, so that the same file runs with `podfence run` after `load`.
///
/// SRC and DST are `namespace/name` of a pod or workload, or an IP address outside the cluster. PORT is a number
/// or a port name the destination declares; PROTO is TCP (the default), UDP or SCTP.
struct Assertion {
    /// The line as written, without `assert`.
    var text: String
    /// Where it was read, `file:line`.
    var location: String
    /// Where the connection starts.
    var source: String
    /// Where it goes.
    var destination: String
    /// True for `can`, false for `cannot`.
    var expectsReach: Bool
    /// `PORT[/PROTO]` as written, or nil for "any port".
    var port: String?

    /// Reads an assertion line.
    /// - Parameters:
    ///   - line: The line, starting with `assert`.
    ///   - location: `file:line`, for messages.
    /// - Throws: A ``GateError`` when the line is not an assertion.
    init(_ line: String, location: String) throws(GateError) {
        let words = line.split(separator: " ").map(String.init)
        guard words.first == "assert", words.count == 5 || words.count == 7,
            words[2] == "can" || words[2] == "cannot", words[3] == "reach", words.count == 5 || words[5] == "on"
        else {
            throw GateError("\(location): expected `assert SRC can|cannot reach DST [on PORT[/PROTO]]`")
        }
        self.text = words.dropFirst().joined(separator: " ")
        self.location = location
        self.source = words[1]
        self.destination = words[4]
        self.expectsReach = words[2] == "can"
        self.port = words.count == 7 ? words[6] : nil
    }

    /// Reads every assertion of a file's text: `#` comments and blank lines are skipped.
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: Its name, for messages.
    static func parse(_ text: String, file: String) throws(GateError) -> [Assertion] {
        var assertions: [Assertion] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            assertions.append(try Assertion(String(trimmed), location: "\(file):\(index + 1)"))
        }
        return assertions
    }

    /// Checks the assertion against an analysis.
    /// - Parameter analysis: The cluster.
    /// - Returns: nil when it holds, else why not.
    /// - Throws: A ``GateError`` when an endpoint or a port names nothing, with the SDK's message
    ///   (``ReachabilityQueryError``).
    func failure(in analysis: ReachabilityAnalysis) throws(GateError) -> String? {
        let query: ReachabilityQuery
        do {
            query = try ReachabilityQuery(source: source, destination: destination, port: port, in: analysis)
        } catch {
            throw GateError("\(location): \(error.message)")
        }
        let verdict = analysis.verdict(from: query.source, to: query.destination, port: query.port)
        switch (verdict.outcome, expectsReach) {
        case (.allowed, true), (.denied, false):
            return nil
        case (.implementationDefined, _):
            return "the answer depends on the network plugin"
        case (.allowed, false):
            let rules = (verdict.egress.matches + verdict.ingress.matches).map(\.rule.description)
            return rules.isEmpty
                ? "it is allowed: no policy isolates either side" : "it is allowed by " + rules.joined(separator: ", ")
        case (.denied, true):
            let sides = [(verdict.egress, source), (verdict.ingress, destination)].filter { !$0.0.allows }
            return sides.map { side, name in
                let policies = side.isolatingPolicies.map(\.description).joined(separator: ", ")
                return "\(side.direction) of \(name) is isolated by \(policies) and no rule allows it"
            }.joined(separator: "; ")
        }
    }
}
