import PodFenceModel
import PodFenceSelectors

/// `port-not-listening`: Numbered ports that no destination declares while the destinations declare others (a Service
/// port written where the container port is meant).
struct PortNotListeningCheck: LintCheck {
    static let rule = LintRule(
        id: "port-not-listening", severity: .note, title: "No destination declares this port",
        explanation: """
            Policies see the container (target) port, never the Service port: a rule for 80 does not open a pod \
            that listens on 8080 behind a Service on 80.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        guard context.hasInventory else { return [] }
        var findings: [LintFinding] = []
        for use in context.destinationPorts {
            guard case .int(let number) = use.port.port, use.port.endPort == nil else { continue }
            let proto = use.port.protocol ?? .tcp
            let declared = use.destinations.map { context.analysis.declaredPorts(of: $0) }
            guard declared.contains(where: { !$0[proto].isEmpty }),
                !declared.contains(where: { $0.contains(number, proto) })
            else { continue }
            let listening = Set(declared.flatMap { $0[proto].map(PortSet.text) }).sorted()
            findings.append(
                LintFinding(
                    Self.rule, object: use.entry.name, path: use.path.field("port"),
                    location: use.entry.location(use.path.field("port")),
                    message: "no destination declares \(number)/\(proto.rawValue); they declare "
                        + "\(listening.joined(separator: ", ")). Policies see the container port, not the Service port",
                    fix: "use the container (target) port"))
        }
        return findings
    }
}

extension LintRule {
    /// A numeric port no destination listens on, while they listen on others.
    public static var portNotListening: LintRule { PortNotListeningCheck.rule }
}
