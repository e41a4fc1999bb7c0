import Foundation
import PodFenceTestSupport
import Testing

/// Diagnostic codes are a letter (or two) and two digits, and each one the sources raise is documented
/// (docs/design.md, "Three kinds of code").
@Suite("Diagnostic codes")
struct DiagnosticCodeTests {
    /// Every `"X00"` string literal of the sources: the codes diagnostics are raised with.
    static func raisedCodes() throws -> Set<String> {
        let sources = RepositoryRoot.url.appendingPathComponent("Sources")
        var codes = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: #/"([A-Z]{1,2}[0-9]{2})"/#) { codes.insert(String(match.1)) }
        }
        return codes
    }

    /// The codes the docs name, one by one or as ranges (`V01`-`V08`, `P04-P07`).
    static func documentedCodes() throws -> Set<String> {
        let docs = RepositoryRoot.url.appendingPathComponent("docs")
        var codes = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: docs.path) where file.hasSuffix(".md") {
            let text = try String(contentsOf: docs.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: #/\b([A-Z]{1,2})([0-9]{2})\b/#) { codes.insert("\(match.1)\(match.2)") }
            for match in text.matches(of: #/\b([A-Z]{1,2})([0-9]{2})`?\s*-\s*`?([A-Z]{1,2})([0-9]{2})\b/#)
            where match.1 == match.3 {
                guard let first = Int(match.2), let last = Int(match.4), first <= last else { continue }
                for number in first...last {
                    codes.insert("\(match.1)\(number < 10 ? "0" : "")\(number)")
                }
            }
        }
        return codes
    }

    @Test("every code the sources raise is documented")
    func documented() throws {
        let raised = try Self.raisedCodes()
        #expect(raised.count > 150)
        let missing = raised.subtracting(try Self.documentedCodes()).sorted()
        #expect(missing.isEmpty, "undocumented diagnostic codes: \(missing)")
    }
}
