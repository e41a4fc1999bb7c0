/// A Calico selector string that cannot be parsed.
///
/// The column is 1-based and counts Unicode scalars; the end of the string is one past its last character.
///
/// ```swift
/// do { _ = try CalicoSelector(parsing: "env == prod") } catch {
///     error.code      // .expectedString
///     error.column    // 8
///     error.message   // "expected a quoted string after ==, found 'prod'"
/// }
/// ```
public struct CalicoSelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is. Extensible: compare with the static members.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code from its name.
        /// - Parameter rawValue: The name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A character that starts no token (`=` alone, `&` alone, `@`, a newline).
        public static let unexpectedCharacter = Code(rawValue: "unexpectedCharacter")
        /// A string without its closing quote.
        public static let unterminatedString = Code(rawValue: "unterminatedString")
        /// `has(`, `all(` or `global(` without what must follow (a label, then `)`).
        public static let malformedFunction = Code(rawValue: "malformedFunction")
        /// A label followed by something that is not an operator.
        public static let expectedOperator = Code(rawValue: "expectedOperator")
        /// An operator not followed by a quoted string.
        public static let expectedString = Code(rawValue: "expectedString")
        /// `in` or `not in` not followed by `{`, or a set not closed by `}`.
        public static let expectedSet = Code(rawValue: "expectedSet")
        /// A `(` without its `)`.
        public static let expectedCloseParenthesis = Code(rawValue: "expectedCloseParenthesis")
        /// A token where an operation must start, or one left over after a complete selector.
        public static let unexpectedToken = Code(rawValue: "unexpectedToken")
        /// More than 512 nested parentheses and negations (a selector Calico accepts is at most 1024 characters,
        /// so never that deep).
        public static let tooDeep = Code(rawValue: "tooDeep")
        /// The code's name.
        public var description: String { rawValue }
    }

    /// What kind of problem it is.
    public var code: Code
    /// What is wrong and what would be valid.
    public var message: String
    /// The text that was parsed.
    public var input: String
    /// The 1-based column of the problem.
    public var column: Int

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: The message.
    ///   - input: The text that was parsed.
    ///   - column: The 1-based column.
    public init(code: Code, message: String, input: String, column: Int) {
        self.code = code
        self.message = message
        self.input = input
        self.column = column
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }
}
