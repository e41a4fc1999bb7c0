/// Why ``PodCIDRPlanSpec/request(defaultNamespaces:)`` could not make a request. The ``code`` is stable for
/// programs; the ``message`` names the input at fault.
public struct PodCIDRPlanSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of the kind of problem, open to codes this module does not list.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code text.
        public var rawValue: String

        /// Creates a code.
        ///
        /// - Parameter rawValue: The code text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The code text.
        public var description: String { rawValue }

        /// The node count, which has no default, is left out.
        public static let missingNodeCount = Code(rawValue: "missingNodeCount")
    }

    /// What kind of problem this is.
    public var code: Code
    /// What is wrong and what would be valid.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of problem this is.
    ///   - message: What is wrong and what would be valid.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
