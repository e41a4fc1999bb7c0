import PodFenceModel

/// `empty-port-entry`: Port entries with no field at all (`ports: [{}]`), defaulted to TCP.
struct EmptyPortEntryCheck: LintCheck {
    static let rule = LintRule(
        id: "empty-port-entry", severity: .warning, title: "`ports: [{}]` allows TCP only",
        explanation: """
            An empty port entry is defaulted to protocol TCP, so it allows every TCP port and no UDP or SCTP; \
            leaving `ports` out allows every port of every protocol.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        context.policies.flatMap { entry in
            entry.portEntries.compactMap { _, path, port in
                guard port.protocol == nil && port.port == nil && port.endPort == nil else { return nil }
                return LintFinding(
                    Self.rule, object: entry.name, path: path, location: entry.location(path),
                    message: "an empty port entry is defaulted to TCP: it allows every TCP port and no UDP or SCTP",
                    fix: "remove `ports` to allow every protocol, or list each protocol explicitly")
            }
        }
    }
}

extension LintRule {
    /// `ports: [{}]`, which allows TCP only.
    public static var emptyPortEntry: LintRule { EmptyPortEntryCheck.rule }
}
