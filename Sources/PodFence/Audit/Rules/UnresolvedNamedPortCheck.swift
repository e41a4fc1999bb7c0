import PodFenceModel

/// `unresolved-named-port`: Named ports that no destination declares, or declares for another protocol.
struct UnresolvedNamedPortCheck: LintCheck {
    static let rule = LintRule(
        id: "unresolved-named-port", severity: .warning, title: "A named port that no destination declares",
        explanation: """
            Named ports resolve on the destination pod, with the rule's protocol. A name that no destination \
            declares, or declares for another protocol, matches nothing.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        var findings: [LintFinding] = []
        for entry in context.policies {
            for (path, port, destinations) in context.destinationPorts(of: entry) {
                guard case .string(let name) = port.port else { continue }
                let proto = port.protocol ?? .tcp
                let declared = destinations.flatMap { context.analysis.namedPorts(of: $0) }.filter { $0.name == name }
                guard !declared.contains(where: { $0.protocol == proto }) else { continue }
                let other = Set(declared.map(\.protocol.rawValue)).sorted()
                findings.append(
                    LintFinding(
                        Self.rule, object: entry.name, path: path.field("port"),
                        location: entry.location(path.field("port")),
                        message: other.isEmpty
                            ? "no destination (\(context.names(destinations))) declares a port named \(name), so this entry matches nothing"
                            : "the destinations declare \(name) for \(other.joined(separator: ", ")), not \(proto.rawValue), so this entry matches nothing",
                        fix: other.isEmpty
                            ? "use a port name the containers declare, or the number"
                            : "add `protocol: \(other[0])`"))
            }
        }
        return findings
    }
}

extension LintRule {
    /// A named port no destination declares, or declares for another protocol.
    public static var unresolvedNamedPort: LintRule { UnresolvedNamedPortCheck.rule }
}
