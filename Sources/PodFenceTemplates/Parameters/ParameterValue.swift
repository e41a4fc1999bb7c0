import PodFenceModel

/// A parameter's value after it was checked against its kind: what templates build objects from.
///
/// Text kinds (namespace and object names, label keys and values, CIDRs, strings) are ``string(_:)``; the
/// others keep their type, so that a port stays a number in the rendered manifest.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    /// A checked string (a name, a label key or value, a canonical CIDR, free text).
    case string(String)
    /// An integer.
    case integer(Int)
    /// A port number (1-65535) or a port name.
    case port(IntOrString)
    /// `TCP`, `UDP` or `SCTP`.
    case `protocol`(PortProtocol)
    /// A label selector (`matchLabels` only).
    case selector(LabelSelector)

    /// The value as text: what a placeholder inside a longer string becomes, and the form that parses back to
    /// the same value. A selector prints as `key=value` pairs sorted by key and joined by commas (empty for the
    /// selector that matches everything).
    public var description: String {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .port(let port): port.description
        case .protocol(let value): value.rawValue
        case .selector(let selector):
            selector.matchLabels.keys.sorted().map { "\($0)=\(selector.matchLabels[$0] ?? "")" }
                .joined(separator: ",")
        }
    }

    /// The value as a tree: what a scalar that is exactly one placeholder becomes. Strings become string scalars
    /// (never re-read, so `yes` or `080` stay strings), integers and port numbers integer scalars, port names
    /// strings, and a selector its `LabelSelector` mapping (`{}` or `matchLabels`).
    public var manifest: ManifestNode {
        switch self {
        case .string(let text): .string(text)
        case .integer(let number): .int(number)
        case .port(let port): port.manifest
        case .protocol(let value): .string(value.rawValue)
        case .selector(let selector): selector.manifest
        }
    }
}
