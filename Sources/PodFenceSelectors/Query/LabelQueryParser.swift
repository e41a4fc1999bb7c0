/// The lexer and recursive-descent parser of ``LabelQuery``, following apimachinery's `labels.Parse` token by
/// token so that errors name the same token with the same wording, and adding the column.
struct LabelQueryParser {
    /// The kinds of token.
    enum Kind: Equatable {
        case end, openParen, closeParen, comma, bang, equals, doubleEquals, notEquals, greaterThan, lessThan
        case identifier, inKeyword, notInKeyword
    }

    /// A token, its text and its 1-based column.
    struct Token {
        var kind: Kind
        var text: String
        var column: Int
    }

    /// Whether the parser reads keywords as operators or as plain identifiers (apimachinery's
    /// `ParserContext`): `in` and `notin` are operators only right after a key.
    enum Context {
        case keyAndOperator, values
    }

    private let input: String
    private var tokens: [Token] = []
    private var position = 0

    init(_ input: String) {
        self.input = input
        self.tokens = Self.scan(Array(input.unicodeScalars))
    }

    // MARK: Lexer

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n"
    }

    private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "!", "(", ")", ",", ">", "<": true
        default: false
        }
    }

    /// Splits the text into tokens, ending with one `end` token. Special characters form the longest operator
    /// they spell (`!=`, `==`), as upstream's `scanSpecialSymbol` does.
    private static func scan(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while true {
            while index < scalars.count && isWhitespace(scalars[index]) { index += 1 }
            let column = index + 1
            guard index < scalars.count else {
                tokens.append(Token(kind: .end, text: "", column: column))
                return tokens
            }
            let scalar = scalars[index]
            if isSpecial(scalar) {
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                if next == "=" && (scalar == "=" || scalar == "!") {
                    let kind: Kind = scalar == "=" ? .doubleEquals : .notEquals
                    tokens.append(Token(kind: kind, text: kind == .doubleEquals ? "==" : "!=", column: column))
                    index += 2
                    continue
                }
                let kind: Kind =
                    switch scalar {
                    case "=": .equals
                    case "!": .bang
                    case "(": .openParen
                    case ")": .closeParen
                    case ",": .comma
                    case ">": .greaterThan
                    default: .lessThan
                    }
                tokens.append(Token(kind: kind, text: String(scalar), column: column))
                index += 1
                continue
            }
            var text = ""
            while index < scalars.count && !isWhitespace(scalars[index]) && !isSpecial(scalars[index]) {
                text.unicodeScalars.append(scalars[index])
                index += 1
            }
            let kind: Kind = text == "in" ? .inKeyword : text == "notin" ? .notInKeyword : .identifier
            tokens.append(Token(kind: kind, text: text, column: column))
        }
    }

    // MARK: Parser

    private func lookahead(_ context: Context) -> Token {
        Self.reading(tokens[position], in: context)
    }

    private mutating func consume(_ context: Context) -> Token {
        let token = tokens[position]
        if token.kind != .end { position += 1 }
        return Self.reading(token, in: context)
    }

    private static func reading(_ token: Token, in context: Context) -> Token {
        guard context == .values, token.kind == .inKeyword || token.kind == .notInKeyword else { return token }
        var plain = token
        plain.kind = .identifier
        return plain
    }

    private func failure(_ message: String, at token: Token, code: LabelQueryError.Code = .unexpectedToken)
        -> LabelQueryError
    {
        LabelQueryError(code: code, message: message, input: input, column: token.column)
    }

    /// Parses the whole text into requirements, in the order written.
    mutating func parse() throws(LabelQueryError) -> [LabelRequirement] {
        var requirements: [LabelRequirement] = []
        while true {
            let token = lookahead(.values)
            switch token.kind {
            case .identifier, .bang:
                do {
                    requirements.append(try parseRequirement())
                } catch {
                    var wrapped = error
                    wrapped.message = "unable to parse requirement: " + error.message
                    throw wrapped
                }
                let separator = consume(.values)
                switch separator.kind {
                case .end:
                    return requirements
                case .comma:
                    let next = lookahead(.values)
                    if next.kind != .identifier && next.kind != .bang {
                        throw failure("found '\(next.text)', expected: identifier after ','", at: next)
                    }
                default:
                    throw failure("found '\(separator.text)', expected: ',' or 'end of string'", at: separator)
                }
            case .end:
                return requirements
            default:
                throw failure("found '\(token.text)', expected: !, identifier, or 'end of string'", at: token)
            }
        }
    }

    private mutating func parseRequirement() throws(LabelQueryError) -> LabelRequirement {
        var keyToken = consume(.values)
        var negated = false
        if keyToken.kind == .bang {
            negated = true
            keyToken = consume(.values)
        }
        guard keyToken.kind == .identifier else {
            throw failure("found '\(keyToken.text)', expected: identifier", at: keyToken)
        }
        let key = keyToken.text
        if let problem = LabelRequirement.problem(key: key, operator: .exists, values: []) {
            throw failure(problem.message, at: keyToken, code: problem.code)
        }
        let next = lookahead(.values)
        if negated || next.kind == .end || next.kind == .comma {
            // `!key` followed by anything but `,` or the end fails in `parse`, at that token, as upstream.
            return LabelRequirement(checkedKey: key, operator: negated ? .doesNotExist : .exists, sortedValues: [])
        }
        let operatorToken = consume(.keyAndOperator)
        let op: LabelRequirement.Operator
        switch operatorToken.kind {
        case .inKeyword: op = .in
        case .notInKeyword: op = .notIn
        case .equals, .doubleEquals: op = .equals
        case .notEquals: op = .notEquals
        case .greaterThan: op = .greaterThan
        case .lessThan: op = .lessThan
        default:
            throw failure(
                "found '\(operatorToken.text)', expected: '=', '!=', '==', 'in', 'notin'", at: operatorToken)
        }
        let values = op == .in || op == .notIn ? try parseValues() : try parseExactValue()
        let sorted = Array(Set(values.map(\.text))).sorted()
        if let problem = LabelRequirement.problem(key: key, operator: op, values: sorted) {
            let culprit = problem.valueIndex.flatMap { index in values.first { $0.text == sorted[index] } }
            throw failure(problem.message, at: culprit ?? operatorToken, code: problem.code)
        }
        return LabelRequirement(checkedKey: key, operator: op, sortedValues: sorted)
    }

    /// `( item, item, ... )` after `in` or `notin`. An empty item is the empty string: `()`, `(,)`, `(a,)`,
    /// `(a,,b)` and `(a,,)` all hold `""` (semantics §1.8).
    private mutating func parseValues() throws(LabelQueryError) -> [Token] {
        let open = consume(.values)
        guard open.kind == .openParen else {
            throw failure("found '\(open.text)', expected: '('", at: open)
        }
        var values: [Token] = []
        var atStart = true
        while true {
            let token = consume(.values)
            switch token.kind {
            case .identifier:
                values.append(token)
                let next = lookahead(.values)
                switch next.kind {
                case .comma:
                    _ = consume(.values)
                    atStart = false
                case .closeParen:
                    _ = consume(.values)
                    return values
                default:
                    throw failure("found '\(next.text)', expected: ',' or ')'", at: next)
                }
            case .comma:
                values.append(Token(kind: .identifier, text: "", column: token.column))
                atStart = false
            case .closeParen:
                values.append(Token(kind: .identifier, text: "", column: token.column))
                return values
            default:
                let expected = atStart ? "',', ')' or identifier" : "',', or identifier"
                throw failure("found '\(token.text)', expected: \(expected)", at: token)
            }
        }
    }

    /// The single value after `=`, `==`, `!=`, `>` or `<`; nothing before `,` or the end means `""`.
    private mutating func parseExactValue() throws(LabelQueryError) -> [Token] {
        let next = lookahead(.values)
        if next.kind == .end || next.kind == .comma {
            return [Token(kind: .identifier, text: "", column: next.column)]
        }
        let token = consume(.values)
        guard token.kind == .identifier else {
            throw failure("found '\(token.text)', expected: identifier", at: token)
        }
        return [token]
    }
}
