import Foundation
import PodFenceModel
import Testing

@testable import PodFenceYAML

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile and awkward input: each case gets a clear diagnostic (or loads correctly), never a crash, within
/// generous guard-rail bounds on time and memory growth that only a blow-up would cross. Speed itself is
/// measured by the benchmarks, not here.
@Suite("Hostile input")
struct HostileInputTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var bytes: @Sendable () -> [UInt8]
        /// Codes of the diagnostics expected, in order (empty: loads cleanly).
        var codes: [Diagnostic.Code]
        /// A text the first diagnostic's message must contain.
        var message: String = ""
        /// Objects expected when the input loads.
        var objects: Int = 0
        var description: String { name }
    }

    static let policyHead = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: a}\n"

    static let cases: [Case] = [
        Case(
            name: "alias bomb (10^9 leaves)",
            bytes: {
                var text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
                for level in 1...9 {
                    text +=
                        "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
                        + "]\n"
                }
                return Array(text.utf8)
            }, codes: [.tooManyNodes], message: "billion laughs"),
        Case(
            name: "nesting 10,000 deep",
            bytes: { Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8) },
            codes: [.nestingTooDeep], message: "nesting"),
        Case(
            name: "100 MB scalar",
            bytes: { Array("a: ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20) + [0x0A] },
            codes: [.inputTooLarge], message: "maxInputBytes"),
        Case(
            name: "100,000 documents",
            bytes: {
                Array(
                    String(repeating: "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: ns}\n", count: 100_000)
                        .utf8)
            }, codes: [], objects: 100_000),
        Case(
            name: "500,000 comment lines",
            bytes: { Array((String(repeating: "# c\n", count: 500_000) + policyHead + "spec: {}\n").utf8) },
            codes: [], objects: 1),
        Case(
            name: "a million '#' inside one quoted string",
            bytes: {
                Array((policyHead + "spec: {}\nstatus: \"" + String(repeating: " #", count: 1_000_000) + "\"\n").utf8)
            }, codes: [], objects: 1),
        Case(
            name: "duplicate keys", bytes: { Array((policyHead + "spec: {}\nspec: {}\n").utf8) },
            codes: [.duplicateMappingKey],
            message: "duplicate key \"spec\""),
        Case(
            name: "invalid UTF-8",
            bytes: {
                Array(policyHead.utf8) + Array("spec: {podSelector: {matchLabels: {a: ".utf8) + [0xC3, 0x28]
                    + Array("}}}\n".utf8)
            },
            codes: [.invalidEncoding], message: "UTF-8"),
        Case(
            name: "UTF-8 byte-order mark", bytes: { [0xEF, 0xBB, 0xBF] + Array((policyHead + "spec: {}\n").utf8) },
            codes: [],
            objects: 1),
        Case(
            name: "UTF-16 with a byte-order mark",
            bytes: {
                [0xFF, 0xFE] + (policyHead + "spec: {}\n").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            }, codes: [], objects: 1),
        Case(
            name: "CRLF line ends",
            bytes: {
                Array((policyHead + "spec:\n  podSelector: {}\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
            },
            codes: [], objects: 1),
        Case(
            name: "tabs in indentation", bytes: { Array((policyHead + "spec:\n\tpodSelector: {}\n").utf8) },
            codes: [.yamlSyntax],
            message: "tabs"),
        Case(
            name: "!!binary and custom tags",
            bytes: {
                Array((policyHead + "spec: {podSelector: {matchLabels: {a: !!binary aGVsbG8x, b: !custom x}}}\n").utf8)
            },
            codes: [.unknownTag, .unknownTag], message: "!!binary", objects: 1),
        Case(
            name: "a number that overflows",
            bytes: {
                Array((policyHead + "spec: {ingress: [{ports: [{port: 123456789012345678901234567890}]}]}\n").utf8)
            },
            codes: [.integerOverflow], message: "64-bit"),
        Case(
            name: "a port written as a float",
            bytes: { Array((policyHead + "spec: {ingress: [{ports: [{port: 80.0}]}]}\n").utf8) }, codes: [.wrongType],
            message: "expected an integer or a string, found the number 80.0"),
        Case(
            name: "port: \"80\" (a name, and an invalid one)",
            bytes: { Array((policyHead + "spec: {ingress: [{ports: [{port: \"80\"}]}]}\n").utf8) },
            codes: [.invalidPortName],
            message: "at least one letter"),
        Case(
            name: "YAML 1.1 booleans where strings belong",
            bytes: { Array((policyHead + "spec: {podSelector: {matchLabels: {enabled: on, debug: yes}}}\n").utf8) },
            codes: [.wrongType, .wrongType], message: "YAML 1.1"),
    ]

    /// The process's peak resident memory in KiB.
    static func peakResidentKiB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }

    @Test("each hostile input gets its diagnostic, no crash, in bounded time and memory", arguments: cases)
    func hostile(_ hostile: Case) {
        let bytes = hostile.bytes()
        let memoryBefore = Self.peakResidentKiB()
        let clock = ContinuousClock()
        var result = LoadResult()
        let elapsed = clock.measure {
            result = ManifestLoader().load(bytes: bytes, file: "hostile.yaml")
        }
        let growthMiB = (Self.peakResidentKiB() - memoryBefore) / 1024
        let reported = result.diagnostics.filter { $0.severity != .note }
        #expect(reported.map(\.code) == hostile.codes, "\(reported)")
        if let first = reported.first {
            #expect(first.message.contains(hostile.message), "\(first.message)")
            #expect(first.location?.file == "hostile.yaml")
        }
        #expect(result.objects.count == hostile.objects)
        // Guard rails against blow-ups, far above what these inputs take (debug build, shared CI machine).
        #expect(elapsed < .seconds(60), "took \(elapsed)")
        #expect(growthMiB < 1_500, "peak memory grew by \(growthMiB) MiB beyond the input")
    }
}
