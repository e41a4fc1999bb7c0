import PodFenceModel
import PodFenceYAML

/// The findings of one ``Linter`` run, and their text, JSON and SARIF forms.
public struct LintReport: Sendable, Hashable {
    /// The findings, sorted by location, then rule.
    public var findings: [LintFinding]

    /// Creates a report.
    /// - Parameter findings: The findings.
    public init(findings: [LintFinding]) {
        self.findings = findings
    }

    /// How many findings have each severity.
    public func count(_ severity: Diagnostic.Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// True when some finding is at least as serious as `severity`.
    /// - Parameter severity: The threshold.
    public func hasFindings(atLeast severity: Diagnostic.Severity) -> Bool {
        findings.contains { $0.severity <= severity }
    }

    /// One finding per paragraph (location, severity, rule, object, field, message, then the fix), and a
    /// summary line.
    public var text: String {
        var lines = findings.map(\.description)
        let counts = Diagnostic.Severity.allCases.map { "\(count($0)) \($0.rawValue)\(count($0) == 1 ? "" : "s")" }
        lines.append("\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(counts.joined(separator: ", "))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"findings": [{rule, severity, object, path, file, line, column, message, fix}], "summary": {...}}`.
    public var json: String {
        let items: [ManifestNode] = findings.map { finding in
            .mapping([
                "rule": .string(finding.rule.id), "severity": .string(finding.severity.rawValue),
                "object": .string(finding.object), "path": .string(finding.path.description),
                "file": .string(finding.location?.file ?? ""), "line": .int(finding.location?.line ?? 0),
                "column": .int(finding.location?.column ?? 0), "message": .string(finding.message),
                "fix": .string(finding.fix),
            ])
        }
        var summary = ManifestMapping()
        for severity in Diagnostic.Severity.allCases { summary[severity.rawValue] = .int(count(severity)) }
        return JSONWriter().write(.mapping(["findings": .sequence(items), "summary": .mapping(summary)]))
    }

    /// SARIF 2.1.0, so that CI systems (GitHub code scanning, GitLab, Azure DevOps) annotate the YAML lines:
    /// every rule of the catalogue described once, one result per finding with its physical location, and the
    /// fix in the message.
    /// - Parameter toolVersion: The version reported for the `podfence` driver.
    public func sarif(toolVersion: String = "0.1.0") -> String {
        let rules: [ManifestNode] = LintRule.catalogue.map { rule in
            .mapping([
                "id": .string(rule.id), "name": .string(rule.id),
                "shortDescription": .mapping(["text": .string(rule.title)]),
                "fullDescription": .mapping(["text": .string(rule.explanation)]),
                "defaultConfiguration": .mapping(["level": .string(Self.level(rule.severity))]),
            ])
        }
        let results: [ManifestNode] = findings.map { finding in
            var result: ManifestMapping = [
                "ruleId": .string(finding.rule.id),
                "ruleIndex": .int(LintRule.catalogue.firstIndex(of: finding.rule) ?? 0),
                "level": .string(Self.level(finding.severity)),
                "message": .mapping(["text": .string("\(finding.object): \(finding.message). Fix: \(finding.fix).")]),
            ]
            if let location = finding.location {
                var region = ManifestMapping()
                if location.line > 0 { region["startLine"] = .int(location.line) }
                if location.column > 0 { region["startColumn"] = .int(location.column) }
                var physical: ManifestMapping = ["artifactLocation": .mapping(["uri": .string(location.file)])]
                if !region.isEmpty { physical["region"] = .mapping(region) }
                var logical: ManifestMapping = ["fullyQualifiedName": .string(finding.object)]
                if !finding.path.isEmpty { logical["name"] = .string(finding.path.description) }
                result["locations"] = .sequence([
                    .mapping([
                        "physicalLocation": .mapping(physical), "logicalLocations": .sequence([.mapping(logical)]),
                    ])
                ])
            }
            return .mapping(result)
        }
        let run: ManifestNode = .mapping([
            "tool": .mapping([
                "driver": .mapping([
                    "name": .string("podfence"), "version": .string(toolVersion),
                    "informationUri": .string("https://podfence.dev"), "rules": .sequence(rules),
                ])
            ]),
            "results": .sequence(results),
        ])
        return JSONWriter().write(
            .mapping([
                "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"), "version": .string("2.1.0"),
                "runs": .sequence([run]),
            ]))
    }

    private static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
