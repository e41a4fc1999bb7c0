/// A transport protocol of a port: `TCP`, `UDP` or `SCTP`. Other spellings are kept so that validation can
/// report them (`tcp` is invalid: the API server is case-sensitive).
public struct PortProtocol: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The protocol as written.
    public var rawValue: String
    /// Creates a protocol from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// TCP, the default when a port gives no protocol.
    public static let tcp = PortProtocol(rawValue: "TCP")
    /// UDP.
    public static let udp = PortProtocol(rawValue: "UDP")
    /// SCTP.
    public static let sctp = PortProtocol(rawValue: "SCTP")
    /// The three protocols NetworkPolicy defines, in Kubernetes' order.
    public static let supported: [PortProtocol] = [.tcp, .udp, .sctp]
    /// True for TCP, UDP and SCTP.
    public var isSupported: Bool { Self.supported.contains(self) }
    /// Orders TCP, UDP, SCTP first, then other spellings alphabetically.
    public static func < (lhs: PortProtocol, rhs: PortProtocol) -> Bool {
        let order = { (value: PortProtocol) in Self.supported.firstIndex(of: value) ?? Self.supported.count }
        return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
    }
    /// The spelling.
    public var description: String { rawValue }
}

/// A direction a NetworkPolicy applies to: `Ingress` or `Egress`. Other spellings are kept for diagnostics.
public struct PolicyType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The policy type as written.
    public var rawValue: String
    /// Creates a policy type from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Traffic into the selected pods.
    public static let ingress = PolicyType(rawValue: "Ingress")
    /// Traffic out of the selected pods.
    public static let egress = PolicyType(rawValue: "Egress")
    /// The two policy types Kubernetes accepts.
    public static let supported: [PolicyType] = [.ingress, .egress]
    /// The spelling.
    public var description: String { rawValue }
}

/// A value that is an integer or a string, as Kubernetes' `IntOrString`: a port number or a port name.
///
/// The distinction follows the YAML type: `port: 80` is a number, `port: "80"` is a (invalid) name.
public enum IntOrString: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral
{
    /// A number.
    case int(Int)
    /// A name.
    case string(String)

    /// A number from a literal.
    /// - Parameter value: The number.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A name from a literal.
    /// - Parameter value: The name.
    public init(stringLiteral value: String) { self = .string(value) }

    /// The number, if this is one.
    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The name, if this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number or the name as text.
    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .string(let value): value
        }
    }

    /// Decodes an integer or a string.
    /// - Parameters:
    ///   - node: The value.
    ///   - decoder: Collects diagnostics.
    public static func decode(_ node: ManifestNode, decoder: inout ManifestDecoder) -> IntOrString? {
        if case .scalar(let scalar) = node.value {
            switch scalar.kind {
            case .string:
                return .string(scalar.text)
            case .int:
                return decoder.int(node).map(IntOrString.int)
            case .bool, .float:
                decoder.report(.wrongType, "expected an integer or a string, found \(scalar.summary)")
                return nil
            }
        }
        decoder.report(.wrongType, "expected an integer or a string")
        return nil
    }

    /// The value as a tree.
    public var manifest: ManifestNode {
        switch self {
        case .int(let value): .int(value)
        case .string(let value): .string(value)
        }
    }
}
