/// Words of a reachability question that do not resolve against an analysis: an endpoint that names no peer or
/// several, or a port that is not `PORT[/PROTO]` or that the destination does not declare.
///
/// The message says what was written and what would be valid, as the playground prints it:
///
/// ```swift
/// do { _ = try ReachabilityQuery(source: "ns-app1/wbe", destination: "ns-app1/db", port: nil, in: analysis) }
/// catch {
///     error.code       // .unknownEndpoint
///     error.message    // "no pod or workload named 'ns-app1/wbe'; close matches: ns-app1/web, ns-app1/db"
/// }
/// ```
public struct ReachabilityQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is. Extensible: compare with the static members.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code from its name.
        /// - Parameter rawValue: The name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// An endpoint that is neither an IP address nor the name of a pod or workload.
        public static let unknownEndpoint = Code(rawValue: "unknownEndpoint")
        /// An endpoint `namespace/name` that names a pod and a workload: `kind/namespace/name` chooses.
        public static let ambiguousEndpoint = Code(rawValue: "ambiguousEndpoint")
        /// A port that is not `PORT` or `PORT/PROTO`.
        public static let invalidPort = Code(rawValue: "invalidPort")
        /// A protocol other than TCP, UDP and SCTP.
        public static let unsupportedProtocol = Code(rawValue: "unsupportedProtocol")
        /// A port number outside 1-65535.
        public static let portOutOfRange = Code(rawValue: "portOutOfRange")
        /// A named port asked of an address, which declares no port names.
        public static let namedPortNeedsPeer = Code(rawValue: "namedPortNeedsPeer")
        /// A named port that the destination does not declare for the protocol.
        public static let undeclaredNamedPort = Code(rawValue: "undeclaredNamedPort")
        /// The code's name.
        public var description: String { rawValue }
    }

    /// What kind of problem it is.
    public var code: Code
    /// What is wrong and what would be valid, such as `port 0 is out of range: a port is between 1 and 65535`.
    public var message: String
    /// The word that does not resolve, as written.
    public var input: String

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: What is wrong and what would be valid.
    ///   - input: The word as written.
    public init(code: Code, message: String, input: String) {
        self.code = code
        self.message = message
        self.input = input
    }

    /// The message.
    public var description: String { message }
}
