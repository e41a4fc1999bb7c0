import Foundation
import PodFence
import PodFenceTestSupport
import Testing

/// Diagnostic codes are a letter (or two) and two digits, declared as named constants of `Diagnostic.Code` in one
/// file per module, raised by name, and each one is documented (docs/design.md, "Three kinds of code").
@Suite("Diagnostic codes")
struct DiagnosticCodeTests {
    /// The files that declare codes, each with the public list of the codes it declares.
    static let declarations: [(file: String, codes: [Diagnostic.Code])] = [
        ("Sources/PodFenceModel/Core/Diagnostic+Codes.swift", Diagnostic.Code.modelCodes),
        ("Sources/PodFenceYAML/Diagnostic+ReadingCodes.swift", Diagnostic.Code.readingCodes),
        ("Sources/PodFence/DockerEnterprise/Diagnostic+AuditCodes.swift", Diagnostic.Code.auditCodes),
    ]

    /// Every declared code, module by module.
    static var declaredCodes: [Diagnostic.Code] { declarations.flatMap(\.codes) }

    static func text(of file: String) throws -> String {
        try String(contentsOf: RepositoryRoot.url.appendingPathComponent(file), encoding: .utf8)
    }

    /// The constants a declaration file declares, in order: name and raw value.
    static func constants(in file: String) throws -> [(name: String, rawValue: String)] {
        try text(of: file).matches(of: #/public static let (\w+) = Diagnostic\.Code\(rawValue: "([^"]*)"\)/#)
            .map { (String($0.1), String($0.2)) }
    }

    /// The Swift files of `Sources` other than the declaration files, as paths relative to the root.
    static func otherSourceFiles() -> [String] {
        let declarationFiles = Set(declarations.map(\.file))
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(
            atPath: RepositoryRoot.url.appendingPathComponent("Sources").path)
        while let file = enumerator?.nextObject() as? String {
            let path = "Sources/" + file
            if file.hasSuffix(".swift") && !declarationFiles.contains(path) { files.append(path) }
        }
        return files.sorted()
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

    @Test("every declared code is documented")
    func documented() throws {
        let declared = Self.declaredCodes.map(\.rawValue)
        #expect(declared.count > 150)
        let missing = Set(declared).subtracting(try Self.documentedCodes()).sorted()
        #expect(missing.isEmpty, "undocumented diagnostic codes: \(missing)")
    }

    @Test("each public list holds the constants of its file, in order")
    func listsMatchDeclarations() throws {
        for (file, codes) in Self.declarations {
            let constants = try Self.constants(in: file)
            #expect(!constants.isEmpty, "\(file) declares no code")
            #expect(constants.map(\.rawValue) == codes.map(\.rawValue), "\(file): the list and the constants differ")
        }
    }

    @Test("codes are a letter or two and two digits, and no two constants share one")
    func distinct() throws {
        let constants = try Self.declarations.flatMap { try Self.constants(in: $0.file) }
        for constant in constants {
            #expect(constant.rawValue.wholeMatch(of: #/[A-Z]{1,2}[0-9]{2}/#) != nil, "\(constant)")
        }
        let byCode = Dictionary(grouping: constants, by: \.rawValue).filter { $0.value.count > 1 }
        #expect(byCode.isEmpty, "codes declared more than once: \(byCode.mapValues { $0.map(\.name) })")
        let byName = Dictionary(grouping: constants, by: \.name).filter { $0.value.count > 1 }
        #expect(byName.isEmpty, "names declared more than once: \(byName.keys.sorted())")
    }

    @Test("the sources raise codes by name, never by their text")
    func noLiterals() throws {
        var literals: [String] = []
        for file in Self.otherSourceFiles() {
            for (number, line) in try Self.text(of: file).split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                && line.contains(#/"[A-Z]{1,2}[0-9]{2}"/#)
            {
                literals.append("\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(literals.isEmpty, "name the constant of Diagnostic.Code instead:\n\(literals.joined(separator: "\n"))")
    }

    @Test("every declared code is raised somewhere")
    func raised() throws {
        var members = Set<String>()
        for file in Self.otherSourceFiles() {
            for match in try Self.text(of: file).matches(of: #/\.(\w+)/#) { members.insert(String(match.1)) }
        }
        let unused = try Self.declarations.flatMap { try Self.constants(in: $0.file) }.map(\.name)
            .filter { !members.contains($0) }
        #expect(unused.isEmpty, "declared but never raised: \(unused)")
    }
}
