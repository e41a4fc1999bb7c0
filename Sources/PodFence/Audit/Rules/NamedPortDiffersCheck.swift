import PodFenceModel

/// `named-port-differs`: Named ports that resolve to different numbers on different destination pods.
struct NamedPortDiffersCheck: LintCheck {
    static let rule = LintRule(
        id: "named-port-differs", severity: .note, title: "A named port means different numbers on different pods",
        explanation: """
            Named ports resolve on each destination pod. A name shared by pods with different numbers is correct \
            but easy to misread, and some plugins handle it badly.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        var findings: [LintFinding] = []
        for entry in context.policies {
            for (path, port, destinations) in context.destinationPorts(of: entry) {
                guard case .string(let name) = port.port else { continue }
                let proto = port.protocol ?? .tcp
                let declared = destinations.flatMap { context.analysis.namedPorts(of: $0) }.filter { $0.name == name }
                let numbers = Set(declared.filter { $0.protocol == proto }.flatMap(\.numbers)).sorted()
                guard numbers.count > 1 else { continue }
                findings.append(
                    LintFinding(
                        Self.rule, object: entry.name, path: path.field("port"),
                        location: entry.location(path.field("port")),
                        message: "\(name)/\(proto.rawValue) is \(numbers.map(String.init).joined(separator: ", ")) "
                            + "depending on the destination pod",
                        fix: "use one number for the name across these pods, or write the numbers"))
            }
        }
        return findings
    }
}

extension LintRule {
    /// A named port that resolves to different numbers on different destinations.
    public static var namedPortDiffers: LintRule { NamedPortDiffersCheck.rule }
}
