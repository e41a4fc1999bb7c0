/// A selector string that cannot be parsed, or a parsed selector that cannot become a `LabelSelector`.
///
/// The message follows apimachinery's wording: grammar errors are bare (`found '', expected: identifier
/// after ','`), errors inside one requirement are wrapped (`unable to parse requirement: key: Invalid value:
/// ...`). The column is 1-based and counts Unicode scalars; the end of the string is one past its last
/// character.
///
/// ```swift
/// do { _ = try LabelQuery(parsing: "a in (x),") } catch {
///     error.column     // 10
///     error.message    // "found '', expected: identifier after ','"
/// }
/// ```
public struct LabelQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is. Extensible: compare with the static members.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code from its name.
        /// - Parameter rawValue: The name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A token where the grammar expects another one.
        public static let unexpectedToken = Code(rawValue: "unexpectedToken")
        /// A key that is not a valid label key.
        public static let invalidKey = Code(rawValue: "invalidKey")
        /// A value that is not a valid label value.
        public static let invalidValue = Code(rawValue: "invalidValue")
        /// A wrong number of values for the operator.
        public static let invalidValueCount = Code(rawValue: "invalidValueCount")
        /// A `>` or `<` requirement whose value is not an integer.
        public static let notAnInteger = Code(rawValue: "notAnInteger")
        /// An operator that a `LabelSelector` cannot hold (`>` and `<`).
        public static let unsupportedOperator = Code(rawValue: "unsupportedOperator")
        /// The code's name.
        public var description: String { rawValue }
    }

    /// What kind of problem it is.
    public var code: Code
    /// The message, in apimachinery's wording.
    public var message: String
    /// The text that was parsed.
    public var input: String
    /// The 1-based column of the problem, or nil when it has no position (a requirement built in code).
    public var column: Int?

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: The message.
    ///   - input: The text that was parsed.
    ///   - column: The 1-based column.
    public init(code: Code, message: String, input: String, column: Int?) {
        self.code = code
        self.message = message
        self.input = input
        self.column = column
    }

    /// `column N: message`, or the message alone when there is no column.
    public var description: String {
        column.map { "column \($0): \(message)" } ?? message
    }
}
