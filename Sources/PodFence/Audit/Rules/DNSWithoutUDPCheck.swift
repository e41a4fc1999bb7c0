import PodFenceModel

/// `dns-tcp-only`: Egress port entries for 53 without a protocol, which allow DNS over TCP only.
struct DNSWithoutUDPCheck: LintCheck {
    static let rule = LintRule(
        id: "dns-tcp-only", severity: .warning, title: "A port 53 rule without protocol allows TCP only",
        explanation: "The protocol defaults to TCP; DNS needs UDP (and TCP for large answers).")

    func findings(in context: LintContext) -> [LintFinding] {
        context.policies.flatMap { entry in
            entry.portEntries.compactMap { direction, path, port in
                guard direction == "egress", port.protocol == nil, port.port == .int(53) else { return nil }
                return LintFinding(
                    Self.rule, object: entry.name, path: path, location: entry.location(path),
                    message: "port 53 without a protocol allows DNS over TCP only; most lookups use UDP",
                    fix: "write two entries: `{protocol: UDP, port: 53}` and `{protocol: TCP, port: 53}`")
            }
        }
    }
}

extension LintRule {
    /// A DNS rule on port 53 with the TCP default only.
    public static var dnsWithoutUDP: LintRule { DNSWithoutUDPCheck.rule }
}
