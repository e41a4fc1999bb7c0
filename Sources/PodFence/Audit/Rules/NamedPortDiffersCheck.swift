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
        for use in context.namedPortUses {
            let numbers = Set(use.declared.filter { $0.protocol == use.proto }.flatMap(\.numbers)).sorted()
            guard numbers.count > 1 else { continue }
            findings.append(
                LintFinding(
                    Self.rule, object: use.entry.name, path: use.path.field("port"),
                    location: use.entry.location(use.path.field("port")),
                    message: "\(use.name)/\(use.proto.rawValue) is \(numbers.map(String.init).joined(separator: ", ")) "
                        + "depending on the destination pod",
                    fix: "use one number for the name across these pods, or write the numbers"))
        }
        return findings
    }
}

extension LintRule {
    /// A named port that resolves to different numbers on different destinations.
    public static var namedPortDiffers: LintRule { NamedPortDiffersCheck.rule }
}
