import PodFenceModel

/// What a template parameter holds. Every value is checked against its kind before anything is rendered, with
/// the API server's own rules where Kubernetes has one.
///
/// The raw value is the spelling used in template files (`type: label-selector`) and in listings.
public enum ParameterKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A namespace name: a DNS-1123 label (at most 63 characters of `a-z`, `0-9` and `-`, alphanumeric at both
    /// ends).
    case namespaceName = "namespace"
    /// An object name, such as a NetworkPolicy's: a DNS-1123 subdomain (at most 253 characters, dot-separated
    /// DNS-1123 labels).
    case objectName = "name"
    /// A label key: an optional DNS-1123 subdomain prefix and `/`, then a name of at most 63 characters.
    case labelKey = "label-key"
    /// A label value: empty, or at most 63 characters of `A-Za-z0-9-_.`, alphanumeric at both ends.
    case labelValue = "label-value"
    /// A label selector written `key=value,key=value` (`==` also accepted); empty selects everything. Each
    /// pair becomes a `matchLabels` entry.
    case labelSelector = "label-selector"
    /// A port: a number from 1 to 65535, or a port name (an IANA service name: at most 15 characters of
    /// `a-z`, `0-9` and `-`, with a letter).
    case port
    /// A protocol: `TCP`, `UDP` or `SCTP`, in capitals as Kubernetes requires.
    case `protocol`
    /// A CIDR in canonical form, such as `10.0.0.0/8` or `2001:db8::/32` (strict parsing: no host bits, no
    /// leading zeros, no IPv4-mapped IPv6).
    case cidr
    /// Any text, kept as a plain string (newlines and YAML syntax included: it never becomes YAML structure).
    case string
    /// A decimal integer.
    case integer

    /// The most UTF-8 bytes a value may have: 256 KiB, the API server's limit on all annotations of an object.
    public static let maxValueBytes = 256 * 1024

    /// The spelling used in template files and listings.
    public var description: String { rawValue }

    /// What a valid value looks like, for listings and error messages.
    public var expectation: String {
        switch self {
        case .namespaceName:
            "a namespace name (a DNS-1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending "
                + "with a letter or digit, such as ns-app1)"
        case .objectName:
            "an object name (a DNS-1123 subdomain: at most 253 characters of a-z, 0-9, '-' and '.', such as "
                + "allow-web)"
        case .labelKey: "a label key (such as project or app.kubernetes.io/name)"
        case .labelValue: "a label value (empty, or at most 63 characters of A-Z, a-z, 0-9, '-', '_' and '.')"
        case .labelSelector: "a label selector written key=value,key=value (empty: every pod or namespace)"
        case .port: "a port number from 1 to 65535 or a port name (such as 8080 or http)"
        case .protocol: "TCP, UDP or SCTP"
        case .cidr: "a CIDR in canonical form (such as 10.0.0.0/8 or 2001:db8::/32)"
        case .string: "any text"
        case .integer: "a decimal integer"
        }
    }
}
