import PodFenceModel
import Testing

/// Calico's selector grammar (docs/calico.md, "Selectors"), as libcalico-go's tokenizer and parser read it.
@Suite("Calico selector parsing")
struct CalicoSelectorParsingTests {
    private typealias E = CalicoSelector.Expression

    @Test(
        "valid selectors parse to their tree",
        arguments: [
            ("", E.all),
            ("   ", E.all),
            ("all()", E.all),
            ("all( )", E.all),
            ("global()", E.global),
            ("has(app)", E.has("app")),
            ("has( app )", E.has("app")),
            ("app == 'web'", E.equals("app", "web")),
            ("app=='web'", E.equals("app", "web")),
            ("app == \"it's\"", E.equals("app", "it's")),
            ("app == ''", E.equals("app", "")),
            ("a.b/c-d_e != 'x y'", E.notEquals("a.b/c-d_e", "x y")),
            ("app in {'a', \"b\"}", E.in("app", ["a", "b"])),
            ("app in{}", E.in("app", [])),
            ("app in {'a',}", E.in("app", ["a"])),
            ("app not in {'a'}", E.notIn("app", ["a"])),
            ("app notin {'a'}", E.notIn("app", ["a"])),
            ("app not\tin {'a'}", E.notIn("app", ["a"])),
            ("app contains 'x'", E.contains("app", "x")),
            ("app starts with 'x'", E.startsWith("app", "x")),
            ("app startswith 'x'", E.startsWith("app", "x")),
            ("app ends with 'x'", E.endsWith("app", "x")),
            ("in == 'x'", E.equals("in", "x")),
            ("all == 'x'", E.equals("all", "x")),
            ("!has(a)", E.not(.has("a"))),
            ("!!has(a)", E.not(.not(.has("a")))),
            ("! a == 'b'", E.not(.equals("a", "b"))),
            ("has(a) && has(b) && has(c)", E.and([.has("a"), .has("b"), .has("c")])),
            ("has(a) || has(b) && has(c)", E.or([.has("a"), .and([.has("b"), .has("c")])])),
            ("(has(a) || has(b)) && has(c)", E.and([.or([.has("a"), .has("b")]), .has("c")])),
            ("!(has(a) || has(b))", E.not(.or([.has("a"), .has("b")]))),
            ("((has(a)))", E.has("a")),
            (
                "! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'}",
                E.or([
                    .not(.has("my-label")),
                    .and([.startsWith("my-label", "prod"), .in("role", ["frontend", "business"])]),
                ])
            ),
        ])
    func valid(text: String, expected: CalicoSelector.Expression) throws {
        #expect(try CalicoSelector(parsing: text).expression == expected)
    }

    @Test(
        "selectors print in one canonical form that parses back",
        arguments: [
            ("", "all()"),
            ("app=='web'", "app == 'web'"),
            ("app == \"web\"", "app == 'web'"),
            ("app == \"it's\"", "app == \"it's\""),
            ("app in{'a','b',}", "app in {'a', 'b'}"),
            ("app notin {}", "app not in {}"),
            ("app   starts   with 'p'", "app starts with 'p'"),
            ("!(a == 'b')", "!a == 'b'"),
            ("!(has(a) && has(b))", "!(has(a) && has(b))"),
            ("(has(a) || has(b)) && has(c)", "(has(a) || has(b)) && has(c)"),
            ("has(a) || (has(b) && has(c))", "has(a) || has(b) && has(c)"),
            ("(has(a) && has(b)) && has(c)", "(has(a) && has(b)) && has(c)"),
            ("global() || all()", "global() || all()"),
        ])
    func printed(text: String, expected: String) throws {
        let selector = try CalicoSelector(parsing: text)
        #expect(selector.description == expected)
        #expect(try CalicoSelector(parsing: expected) == selector)
    }

    @Test(
        "invalid selectors fail with a code, a 1-based column and a message",
        arguments: [
            (
                "app = 'web'", CalicoSelectorError.Code.unexpectedCharacter, 5,
                "expected == (a single = is not an operator)"
            ),
            ("a == 'b' & has(c)", .unexpectedCharacter, 10, "expected &&"),
            ("a == 'b' | has(c)", .unexpectedCharacter, 10, "expected ||"),
            (
                "app == 'web", .unterminatedString, 8,
                "unterminated string: no closing ' (strings have no escapes)"
            ),
            (
                "a@b == 'c'", .expectedOperator, 2,
                "expected an operator after the label \"a\": ==, !=, in, not in, contains, starts with or ends with"
            ),
            ("has()", .malformedFunction, 5, "expected a label name in has(...)"),
            ("has(a b)", .malformedFunction, 7, "expected ) to close has("),
            ("all(x)", .malformedFunction, 5, "expected ) to close all("),
            ("global(", .malformedFunction, 8, "expected ) to close global("),
            (
                "has (a)", .expectedOperator, 5,
                "expected an operator after the label \"has\": ==, !=, in, not in, contains, starts with or ends with"
            ),
            (
                "app", .expectedOperator, 4,
                "expected an operator after the label \"app\": ==, !=, in, not in, contains, starts with or ends with"
            ),
            (
                "app starts 'x'", .expectedOperator, 5,
                "expected an operator after the label \"app\": ==, !=, in, not in, contains, starts with or ends with"
            ),
            ("app == web", .expectedString, 8, "expected a quoted string after ==, found 'web'"),
            ("app != ", .expectedString, 8, "expected a quoted string after !=, found the end of the selector"),
            ("app in ('a')", .expectedSet, 8, "expected { after in, found '('"),
            ("app in {'a' 'b'}", .expectedSet, 13, "expected a quoted string, ',' or } in the set, found ''b''"),
            ("app in {,}", .expectedSet, 9, "expected a quoted string, ',' or } in the set, found ','"),
            (
                "app in {'a'", .expectedSet, 12,
                "expected a quoted string, ',' or } in the set, found the end of the selector"
            ),
            (
                "(has(a) || has(b)", .expectedCloseParenthesis, 18,
                "expected ) to close the ( at column 1, found the end of the selector"
            ),
            (
                "has(a) has(b)", .unexpectedToken, 8,
                "unexpected 'has(b)' after a complete expression (join expressions with && or ||)"
            ),
            (
                "has(a) &&", .unexpectedToken, 10,
                "expected an operation (all(), global(), has(label), a comparison such as label == 'value', or '('), "
                    + "found the end of the selector"
            ),
            (
                "== 'a'", .unexpectedToken, 1,
                "expected an operation (all(), global(), has(label), a comparison such as label == 'value', or '('), "
                    + "found '=='"
            ),
            (
                "a == 'b'\nc == 'd'", .unexpectedCharacter, 9,
                "unexpected character \"\\n\": labels are made of letters, digits, '_', '.', '/' and '-'"
            ),
            (
                "é == 'x'", .unexpectedCharacter, 1,
                "unexpected character \"é\": labels are made of letters, digits, '_', '.', '/' and '-'"
            ),
        ])
    func invalid(text: String, code: CalicoSelectorError.Code, column: Int, message: String) {
        #expect(throws: CalicoSelectorError(code: code, message: message, input: text, column: column)) {
            try CalicoSelector(parsing: text)
        }
    }

    @Test("nesting is bounded: 512 levels of ( and ! parse, 513 fail where the 513th opens")
    func depth() throws {
        let deepest =
            String(repeating: "(", count: 256) + String(repeating: "!", count: 256) + "has(a)"
            + String(repeating: ")", count: 256)
        #expect(try CalicoSelector(parsing: deepest).description.hasPrefix(String(repeating: "!", count: 256)))
        let tooDeep = "!" + deepest
        #expect(
            throws: CalicoSelectorError(
                code: .tooDeep, message: "more than 512 nested parentheses and negations", input: tooDeep,
                column: 513)
        ) { try CalicoSelector(parsing: tooDeep) }
        let hostile = String(repeating: "(", count: 100_000)
        #expect(throws: CalicoSelectorError.self) { try CalicoSelector(parsing: hostile) }
    }

    @Test("the error prints its column")
    func errorDescription() {
        let error = CalicoSelectorError(code: .expectedString, message: "m", input: "x", column: 3)
        #expect(error.description == "column 3: m")
    }

    @Test("usesGlobal finds global() anywhere in the tree")
    func usesGlobal() throws {
        #expect(try CalicoSelector(parsing: "has(a) || !(global() && has(b))").usesGlobal)
        #expect(try !CalicoSelector(parsing: "global == 'x'").usesGlobal)
    }

    /// SplitMix64: the same seed gives the same selectors.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static let labels = ["app", "tier", "a.b/c", "x-y_z", "in", "all", "has", "not", "9"]
    private static let values = ["", "web", "it's", "a b", "{}", "&&", "\"q\"", "é"]

    private static func expression(depth: Int, using random: inout Generator) -> CalicoSelector.Expression {
        let label = labels.randomElement(using: &random)!
        let value = values.randomElement(using: &random)!
        let leaves = depth == 0 ? 10 : 13
        switch Int.random(in: 0..<leaves, using: &random) {
        case 0: return .all
        case 1: return .global
        case 2: return .has(label)
        case 3: return .equals(label, value)
        case 4: return .notEquals(label, value)
        case 5:
            return .in(
                label, (0..<Int.random(in: 0...3, using: &random)).map { _ in values.randomElement(using: &random)! })
        case 6: return .notIn(label, [value])
        case 7: return .contains(label, value)
        case 8: return .startsWith(label, value)
        case 9: return .endsWith(label, value)
        case 10: return .not(expression(depth: depth - 1, using: &random))
        case 11:
            return .and(
                (0..<Int.random(in: 2...3, using: &random)).map { _ in expression(depth: depth - 1, using: &random) })
        default:
            return .or(
                (0..<Int.random(in: 2...3, using: &random)).map { _ in expression(depth: depth - 1, using: &random) })
        }
    }

    @Test("parse(print(x)) == x for generated selectors", arguments: 0..<20)
    func roundTrip(seed: UInt64) throws {
        var random = Generator(state: seed)
        for _ in 0..<100 {
            let selector = CalicoSelector(Self.expression(depth: 4, using: &random))
            let printed = selector.description
            let parsed = try CalicoSelector(parsing: printed)
            #expect(parsed == selector, "printed as \(printed)")
        }
    }
}
