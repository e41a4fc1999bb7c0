import PodFenceModel

/// Why a template or a bundle could not be read or rendered: one struct with an extensible ``Code``, the
/// template and parameter concerned, a message that says what would be valid, and where in a template file the
/// problem is, when it comes from one.
///
/// Printed like a compiler diagnostic:
/// `team.yaml:14:18: error: template allow-monitoring: unknown parameter {{ prot }}; declared: namespace, port`.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem a ``TemplateError`` is.
    public struct Code: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The code text.
        public var rawValue: String
        /// Creates a code.
        /// - Parameter rawValue: The code text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Creates a code from a literal.
        /// - Parameter value: The code text.
        public init(stringLiteral value: String) { self.rawValue = value }
        /// The code text.
        public var description: String { rawValue }

        /// No template or bundle has the name asked for.
        public static let unknownTemplate: Code = "unknown-template"
        /// An argument names no parameter of the template, or a placeholder names no declared parameter.
        public static let unknownParameter: Code = "unknown-parameter"
        /// A required parameter was given no value.
        public static let missingParameter: Code = "missing-parameter"
        /// A value is not valid for its parameter's kind.
        public static let invalidValue: Code = "invalid-value"
        /// A template or bundle definition is malformed (a template file's header, a placeholder's syntax).
        public static let invalidDefinition: Code = "invalid-definition"
        /// A template file cannot be read or is not valid YAML.
        public static let unreadableFile: Code = "unreadable-file"
        /// A rendered object fails decoding or the API server's validation; ``TemplateError/diagnostics`` says
        /// how.
        public static let invalidOutput: Code = "invalid-output"
        /// Two templates, bundles or rendered objects have the same name.
        public static let duplicateName: Code = "duplicate-name"
    }

    /// What kind of problem this is.
    public var code: Code
    /// The bundle concerned, when the problem is in a bundle or in one of its steps.
    public var bundle: String?
    /// The template concerned, when known.
    public var template: String?
    /// The parameter concerned, when there is one.
    public var parameter: String?
    /// What is wrong and what would be valid.
    public var message: String
    /// Where in a template file, when the problem comes from one.
    public var location: SourceLocation?
    /// The findings about the rendered objects, for ``Code/invalidOutput`` (errors and warnings, with the
    /// template file's positions when the template came from a file).
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    /// - Parameters:
    ///   - code: What kind of problem it is.
    ///   - bundle: The bundle concerned.
    ///   - template: The template concerned.
    ///   - parameter: The parameter concerned.
    ///   - message: What is wrong and what would be valid.
    ///   - location: Where in a template file.
    ///   - diagnostics: Findings about rendered objects.
    public init(
        _ code: Code, bundle: String? = nil, template: String? = nil, parameter: String? = nil, message: String,
        location: SourceLocation? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.code = code
        self.bundle = bundle
        self.template = template
        self.parameter = parameter
        self.message = message
        self.location = location
        self.diagnostics = diagnostics
    }

    /// `file:line:col: error: bundle B: template T: parameter P: message`, the parts that are unknown left out,
    /// followed by one line per diagnostic.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "error: " + summary
        for diagnostic in diagnostics { text += "\n" + diagnostic.description }
        return text
    }

    /// `bundle B: template T: parameter P: message`: the message with what it is about, without the location,
    /// the severity or the diagnostics (for command-line failures, which print those separately).
    public var summary: String {
        var text = ""
        if let bundle { text += "bundle \(bundle): " }
        if let template { text += "template \(template): " }
        if let parameter { text += "parameter \(parameter): " }
        return text + message
    }

    /// A copy that names a template, unless it already names one.
    func inTemplate(_ name: String) -> TemplateError {
        var copy = self
        if copy.template == nil { copy.template = name }
        return copy
    }

    /// A copy that names a bundle; an error about the bundle's own parameters names the bundle only.
    func inBundle(_ name: String) -> TemplateError {
        var copy = self
        copy.bundle = name
        if copy.template == name { copy.template = nil }
        return copy
    }
}
