/// Why an address, a prefix or a range could not be made, and where in the input the problem is.
///
/// Thrown (as a typed error) by every parser and checked initialiser of this module. The ``code`` is stable
/// for programs; the ``message`` says what is wrong and what would be valid, in words fit for a user:
///
/// ```swift
/// do {
///     _ = try IPPrefix(parsing: "10.0.0.0/33")
/// } catch {
///     error.code      // .prefixLengthOutOfRange
///     error.column    // 9, where "33" starts
///     error.message   // "prefix length 33 is out of range: an IPv4 prefix length is between 0 and 32; ..."
/// }
/// ```
public struct CIDRError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is.
    public var code: Code
    /// What is wrong and, where possible, what would be valid.
    public var message: String
    /// The text that was being parsed, or `nil` when the error did not come from text.
    public var input: String?
    /// The 0-based offset in ``input`` where the problem is, counted in Unicode scalars (the same as characters
    /// for the ASCII text of addresses), or `nil` when the error did not come from text.
    public var column: Int?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of problem this is.
    ///   - message: What is wrong and what would be valid.
    ///   - input: The text that was being parsed, if any.
    ///   - column: The 0-based offset of the problem in `input`, if any.
    public init(code: Code, message: String, input: String? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.input = input
        self.column = column
    }

    /// The message, followed by the input and the column when the error came from text:
    /// `IPv4 octet "300" is larger than 255; ... (in "300.0.0.0/8" at column 0)`.
    public var description: String {
        guard let input, let column else { return message }
        return "\(message) (in \"\(input)\" at column \(column))"
    }
}
