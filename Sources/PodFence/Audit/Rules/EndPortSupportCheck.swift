import PodFenceModel

/// `end-port-support`: Port ranges (`endPort`), which a plugin without endPort support narrows to their first port.
struct EndPortSupportCheck: LintCheck {
    static let rule = LintRule(
        id: "end-port-support", severity: .note, title: "A port range needs endPort support in the plugin",
        explanation: """
            endPort is GA since Kubernetes 1.25; a network plugin that does not implement it applies only `port`, \
            silently narrowing the range to one port.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        context.policies.flatMap { entry in
            entry.portEntries.compactMap { _, path, port in
                guard let endPort = port.endPort, case .int(let first)? = port.port, endPort > first else { return nil }
                let endPath = path.field("endPort")
                return LintFinding(
                    Self.rule, object: entry.name, path: endPath, location: entry.location(endPath),
                    message:
                        "the range \(first)-\(endPort) needs endPort support; a plugin without it allows \(first) only",
                    fix: "check that the network plugin supports endPort (Kubernetes 1.25 or later)")
            }
        }
    }
}

extension LintRule {
    /// A port range, which some plugins reduce to its first port.
    public static var endPortSupport: LintRule { EndPortSupportCheck.rule }
}
