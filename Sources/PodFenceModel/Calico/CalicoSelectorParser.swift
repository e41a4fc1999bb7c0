/// The tokenizer and recursive-descent parser of ``CalicoSelector``, following Calico's own
/// (`libcalico-go/lib/selector`) so that the same strings are accepted, and adding the column of each problem.
///
/// Calico's tokenizer decides by context: the operator words (`in`, `not in`, `contains`, `starts with`,
/// `ends with`) are read only right after a label, and as prefixes (`notin` is `not in`); `has(`, `all(` and
/// `global(` only with the parenthesis right after the word.
struct CalicoSelectorParser {
    /// The kinds of token.
    enum Kind: Equatable {
        case label, string, openBrace, closeBrace, comma, equals, notEquals, inKeyword, notIn
        case contains, startsWith, endsWith, all, global, has, openParenthesis, closeParenthesis
        case and, or, not, end
    }

    /// A token: its kind, its value (the label, or the string without quotes), its text as written and its
    /// 1-based column.
    struct Token {
        var kind: Kind
        var value: String
        var text: String
        var column: Int
    }

    /// The deepest nesting of parentheses and `!` accepted: every selector that fits in the 1024 characters the
    /// CRDs allow, and a bound on the recursion of the parser and of the tree's users.
    static let maxDepth = 512

    private let input: String
    private let scalars: [Unicode.Scalar]
    private var tokens: [Token] = []
    private var position = 0
    private var depth = 0

    init(_ input: String) {
        self.input = input
        self.scalars = Array(input.unicodeScalars)
    }

    // MARK: Tokenizer

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func isLabelCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "/", "-": true
        default: false
        }
    }

    private func failure(_ code: CalicoSelectorError.Code, _ message: String, column: Int) -> CalicoSelectorError {
        CalicoSelectorError(code: code, message: message, input: input, column: column)
    }

    private func skipBlanks(from index: Int) -> Int {
        var index = index
        while index < scalars.count && Self.isBlank(scalars[index]) { index += 1 }
        return index
    }

    private func hasWord(_ word: String, at index: Int) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private func text(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[range])
        return result
    }

    private func labelEnd(from index: Int) -> Int {
        var end = index
        while end < scalars.count && Self.isLabelCharacter(scalars[end]) { end += 1 }
        return end
    }

    private mutating func tokenize() throws(CalicoSelectorError) {
        var index = 0
        while true {
            index = skipBlanks(from: index)
            let column = index + 1
            guard index < scalars.count else {
                tokens.append(Token(kind: .end, value: "", text: "", column: column))
                return
            }
            let start = index
            func add(_ kind: Kind, length: Int, value: String = "") {
                tokens.append(Token(kind: kind, value: value, text: text(start..<(start + length)), column: column))
                index = start + length
            }
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "(": add(.openParenthesis, length: 1)
            case ")": add(.closeParenthesis, length: 1)
            case "{": add(.openBrace, length: 1)
            case "}": add(.closeBrace, length: 1)
            case ",": add(.comma, length: 1)
            case "\"", "'":
                guard let close = scalars[(index + 1)...].firstIndex(of: scalar) else {
                    throw failure(
                        .unterminatedString, "unterminated string: no closing \(scalar) (strings have no escapes)",
                        column: column)
                }
                add(.string, length: close - index + 1, value: text((index + 1)..<close))
            case "=":
                guard next == "=" else {
                    throw failure(.unexpectedCharacter, "expected == (a single = is not an operator)", column: column)
                }
                add(.equals, length: 2)
            case "!":
                if next == "=" { add(.notEquals, length: 2) } else { add(.not, length: 1) }
            case "&":
                guard next == "&" else { throw failure(.unexpectedCharacter, "expected &&", column: column) }
                add(.and, length: 2)
            case "|":
                guard next == "|" else { throw failure(.unexpectedCharacter, "expected ||", column: column) }
                add(.or, length: 2)
            default:
                if let last = tokens.last, last.kind == .label {
                    index = try tokenizeOperator(at: index, after: last)
                } else if hasWord("has(", at: index) {
                    let labelStart = skipBlanks(from: index + 4)
                    let end = labelEnd(from: labelStart)
                    guard end > labelStart else {
                        throw failure(.malformedFunction, "expected a label name in has(...)", column: labelStart + 1)
                    }
                    let close = skipBlanks(from: end)
                    guard close < scalars.count, scalars[close] == ")" else {
                        throw failure(.malformedFunction, "expected ) to close has(", column: close + 1)
                    }
                    add(.has, length: close + 1 - index, value: text(labelStart..<end))
                } else if hasWord("all(", at: index) || hasWord("global(", at: index) {
                    let isAll = hasWord("all(", at: index)
                    let close = skipBlanks(from: index + (isAll ? 4 : 7))
                    guard close < scalars.count, scalars[close] == ")" else {
                        throw failure(
                            .malformedFunction, "expected ) to close \(isAll ? "all(" : "global(")",
                            column: close + 1)
                    }
                    add(isAll ? .all : .global, length: close + 1 - index)
                } else {
                    let end = labelEnd(from: index)
                    guard end > index else {
                        throw failure(
                            .unexpectedCharacter,
                            "unexpected character \(ValidationMessage.quoted(String(scalar))): labels are made of "
                                + "letters, digits, '_', '.', '/' and '-'", column: column)
                    }
                    add(.label, length: end - index, value: text(index..<end))
                }
            }
        }
    }

    /// Reads the operator after a label; the words are matched as prefixes, as Calico does.
    /// - Returns: The index after the operator.
    private mutating func tokenizeOperator(at index: Int, after label: Token) throws(CalicoSelectorError) -> Int {
        let column = index + 1
        let kind: Kind
        var end: Int
        if hasWord("contains", at: index) {
            (kind, end) = (.contains, index + 8)
        } else if hasWord("starts", at: index) {
            (kind, end) = (.startsWith, skipBlanks(from: index + 6))
            guard hasWord("with", at: end) else { throw expectedOperator(label, column: column) }
            end += 4
        } else if hasWord("ends", at: index) {
            (kind, end) = (.endsWith, skipBlanks(from: index + 4))
            guard hasWord("with", at: end) else { throw expectedOperator(label, column: column) }
            end += 4
        } else if hasWord("not", at: index) {
            (kind, end) = (.notIn, skipBlanks(from: index + 3))
            guard hasWord("in", at: end) else { throw expectedOperator(label, column: column) }
            end += 2
        } else if hasWord("in", at: index) {
            (kind, end) = (.inKeyword, index + 2)
        } else {
            throw expectedOperator(label, column: column)
        }
        tokens.append(Token(kind: kind, value: "", text: text(index..<end), column: column))
        return end
    }

    private func expectedOperator(_ label: Token, column: Int) -> CalicoSelectorError {
        failure(
            .expectedOperator,
            "expected an operator after the label \(ValidationMessage.quoted(label.value)): ==, !=, in, not in, "
                + "contains, starts with or ends with", column: column)
    }

    // MARK: Parser

    /// Parses the whole text.
    mutating func parse() throws(CalicoSelectorError) -> CalicoSelector.Expression {
        try tokenize()
        if tokens[0].kind == .end { return .all }
        let expression = try parseOr()
        let leftover = tokens[position]
        guard leftover.kind == .end else {
            throw failure(
                .unexpectedToken,
                "unexpected \(Self.describe(leftover)) after a complete expression (join expressions with && or ||)",
                column: leftover.column)
        }
        return expression
    }

    private mutating func consume() -> Token {
        let token = tokens[position]
        if token.kind != .end { position += 1 }
        return token
    }

    private mutating func parseOr() throws(CalicoSelectorError) -> CalicoSelector.Expression {
        var operands = [try parseAnd()]
        while tokens[position].kind == .or {
            position += 1
            operands.append(try parseAnd())
        }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    private mutating func parseAnd() throws(CalicoSelectorError) -> CalicoSelector.Expression {
        var operands = [try parseOperation()]
        while tokens[position].kind == .and {
            position += 1
            operands.append(try parseOperation())
        }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    private mutating func parseOperation() throws(CalicoSelectorError) -> CalicoSelector.Expression {
        var negations = 0
        while tokens[position].kind == .not {
            negations += 1
            position += 1
            try deepen(at: tokens[position - 1])
        }
        defer { depth -= negations }
        var expression = try parsePrimary()
        for _ in 0..<negations { expression = .not(expression) }
        return expression
    }

    private mutating func parsePrimary() throws(CalicoSelectorError) -> CalicoSelector.Expression {
        let token = consume()
        switch token.kind {
        case .all: return .all
        case .global: return .global
        case .has: return .has(token.value)
        case .openParenthesis:
            try deepen(at: token)
            defer { depth -= 1 }
            let inner = try parseOr()
            let close = tokens[position]
            guard close.kind == .closeParenthesis else {
                throw failure(
                    .expectedCloseParenthesis,
                    "expected ) to close the ( at column \(token.column), found \(Self.describe(close))",
                    column: close.column)
            }
            position += 1
            return inner
        case .label:
            return try parseComparison(label: token.value, labelToken: token)
        default:
            throw failure(
                .unexpectedToken,
                "expected an operation (all(), global(), has(label), a comparison such as label == 'value', or "
                    + "'('), found \(Self.describe(token))", column: token.column)
        }
    }

    private mutating func parseComparison(label: String, labelToken: Token) throws(CalicoSelectorError)
        -> CalicoSelector.Expression
    {
        let op = consume()
        switch op.kind {
        case .inKeyword, .notIn:
            let values = try parseSet(after: op)
            return op.kind == .inKeyword ? .in(label, values) : .notIn(label, values)
        case .equals, .notEquals, .contains, .startsWith, .endsWith:
            let value = consume()
            guard value.kind == .string else {
                throw failure(
                    .expectedString,
                    "expected a quoted string after \(op.text), found \(Self.describe(value))", column: value.column)
            }
            switch op.kind {
            case .equals: return .equals(label, value.value)
            case .notEquals: return .notEquals(label, value.value)
            case .contains: return .contains(label, value.value)
            case .startsWith: return .startsWith(label, value.value)
            default: return .endsWith(label, value.value)
            }
        default:
            throw expectedOperator(labelToken, column: op.column)
        }
    }

    /// `{ 'a', 'b' }` after `in` or `not in`: empty, or strings separated by commas, a trailing comma allowed.
    private mutating func parseSet(after op: Token) throws(CalicoSelectorError) -> [String] {
        let open = consume()
        guard open.kind == .openBrace else {
            throw failure(
                .expectedSet, "expected { after \(op.text), found \(Self.describe(open))", column: open.column)
        }
        var values: [String] = []
        while tokens[position].kind == .string {
            values.append(consume().value)
            guard tokens[position].kind == .comma else { break }
            position += 1
        }
        let close = consume()
        guard close.kind == .closeBrace else {
            throw failure(
                .expectedSet, "expected a quoted string, ',' or } in the set, found \(Self.describe(close))",
                column: close.column)
        }
        return values
    }

    /// Enters one more level of `(` or `!`, refusing more than ``maxDepth``.
    private mutating func deepen(at token: Token) throws(CalicoSelectorError) {
        depth += 1
        guard depth <= Self.maxDepth else {
            throw failure(
                .tooDeep, "more than \(Self.maxDepth) nested parentheses and negations", column: token.column)
        }
    }

    private static func describe(_ token: Token) -> String {
        token.kind == .end ? "the end of the selector" : "'\(token.text)'"
    }
}
