/// A finding about a manifest or an object: an error, a warning or a note, with a stable code, the field path,
/// the message and, when known, where in the source it is.
///
/// Printed like a compiler diagnostic: `deny.yaml:7:12: error: spec.ingress[0].ports[0].port: Invalid value: 0:
/// must be between 1 and 65535, inclusive`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        /// The object would be refused (by the API server, or because it cannot be read).
        case error
        /// The object is accepted but probably not what was meant.
        case warning
        /// Information, such as an object of a kind PodFence does not model being skipped.
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Errors sort before warnings, warnings before notes.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A stable identifier of the rule that produced a diagnostic: a letter or two and two digits, grouped by letter.
    /// Validation codes are the rule ids of the semantics reference (`V02`, `P03`, `I05`, ...); reading codes
    /// start with `Y` (YAML), `F` (files) or `D` (decoding).
    ///
    /// Every code PodFence raises is a named constant (``invalidName``, ``portOutOfRange``, ...), declared in one
    /// file per module that raises codes and listed in ``modelCodes`` (this module), `readingCodes`
    /// (`PodFenceYAML`) and `auditCodes` (`PodFence`). Compare with them: `diagnostic.code == .portOutOfRange`.
    /// Not a string literal, so that the compiler refuses a code written as text; `Diagnostic.Code(rawValue:)` makes
    /// a code of your own.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code text.
        public var rawValue: String
        /// Creates a code.
        /// - Parameter rawValue: The code text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code text.
        public var description: String { rawValue }
    }

    /// How serious this is.
    public var severity: Severity
    /// The rule that produced it.
    public var code: Code
    /// The field it is about, relative to the object's root (empty for file-level problems).
    public var path: FieldPath
    /// What is wrong and, where possible, what would be valid.
    public var message: String
    /// Where in the source, when known.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    /// - Parameters:
    ///   - severity: How serious it is.
    ///   - code: The rule that produced it.
    ///   - path: The field path (empty for file-level problems).
    ///   - message: What is wrong and what would be valid.
    ///   - location: Where in the source, when known.
    public init(
        _ severity: Severity, code: Code, path: FieldPath = FieldPath(), message: String,
        location: SourceLocation? = nil
    ) {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: path: message`; the location and the path are left out when unknown or empty.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): "
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}

extension Array where Element == Diagnostic {
    /// True when any element is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
