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
        for use in context.namedPortUses where !use.declared.contains(where: { $0.protocol == use.proto }) {
            let other = Set(use.declared.map(\.protocol.rawValue)).sorted()
            let (name, proto) = (use.name, use.proto)
            findings.append(
                LintFinding(
                    Self.rule, object: use.entry.name, path: use.path.field("port"),
                    location: use.entry.location(use.path.field("port")),
                    message: other.isEmpty
                        ? "no destination (\(context.names(use.destinations))) declares a port named \(name), so this entry matches nothing"
                        : "the destinations declare \(name) for \(other.joined(separator: ", ")), not \(proto.rawValue), so this entry matches nothing",
                    fix: other.isEmpty
                        ? "use a port name the containers declare, or the number"
                        : "add `protocol: \(other[0])`"))
        }
        return findings
    }
}

extension LintRule {
    /// A named port no destination declares, or declares for another protocol.
    public static var unresolvedNamedPort: LintRule { UnresolvedNamedPortCheck.rule }
}
