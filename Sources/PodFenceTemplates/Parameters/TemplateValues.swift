import PodFenceModel

/// The checked values of a template's parameters, by name: what a template builds its objects from.
///
/// Every required and defaulted parameter has a value; an optional parameter the caller left out has none.
///
/// ```swift
/// let values = try TemplateValues.resolve(Template.denyAll.parameters, arguments: ["namespace": "ns-app1"],
///                                         for: "deny-all")
/// values.text("namespace")   // "ns-app1"
/// values.text("name")        // "deny-all" (the default)
/// ```
public struct TemplateValues: Sendable, Hashable {
    /// The values by parameter name.
    public private(set) var values: [String: ParameterValue]

    /// Creates values.
    /// - Parameter values: The values by parameter name.
    public init(_ values: [String: ParameterValue] = [:]) {
        self.values = values
    }

    /// The value of a parameter, if it has one.
    /// - Parameter name: The parameter's name.
    public subscript(name: String) -> ParameterValue? { values[name] }

    /// The value of a parameter as text (``ParameterValue/description``), or the empty string when it has none.
    /// - Parameter name: The parameter's name.
    public func text(_ name: String) -> String { values[name]?.description ?? "" }

    /// The value of an integer parameter.
    /// - Parameter name: The parameter's name.
    public func integer(_ name: String) -> Int? {
        if case .integer(let number)? = values[name] { return number }
        return nil
    }

    /// The value of a port parameter.
    /// - Parameter name: The parameter's name.
    public func port(_ name: String) -> IntOrString? {
        if case .port(let port)? = values[name] { return port }
        return nil
    }

    /// The value of a protocol parameter.
    /// - Parameter name: The parameter's name.
    public func `protocol`(_ name: String) -> PortProtocol? {
        if case .protocol(let value)? = values[name] { return value }
        return nil
    }

    /// The value of a label-selector parameter (the empty selector when it has none).
    /// - Parameter name: The parameter's name.
    public func selector(_ name: String) -> LabelSelector {
        if case .selector(let selector)? = values[name] { return selector }
        return LabelSelector()
    }

    /// Checks arguments against parameters and fills in defaults, in declaration order.
    ///
    /// Unknown argument names are refused first (a typo is the likeliest cause of a missing parameter), then
    /// each parameter in order: a given value is checked against its kind; a default has its placeholders
    /// replaced by the values of earlier parameters and is then checked the same way; a required parameter
    /// without a value is refused.
    /// - Parameters:
    ///   - parameters: The declared parameters.
    ///   - arguments: The values given, as text, by parameter name.
    ///   - owner: The template or bundle, named in errors.
    /// - Returns: The values.
    /// - Throws: ``TemplateError`` naming the template, the parameter and what would be valid.
    public static func resolve(
        _ parameters: [TemplateParameter], arguments: [String: String], for owner: String
    ) throws(TemplateError) -> TemplateValues {
        let declared = parameters.map(\.name)
        for name in arguments.keys.sorted() where !declared.contains(name) {
            throw TemplateError(
                .unknownParameter, template: owner, parameter: name,
                message: "no such parameter; \(owner) takes " + declared.joined(separator: ", "))
        }
        var values = TemplateValues()
        for parameter in parameters {
            let text: String
            let origin: String
            if let given = arguments[parameter.name] {
                text = given
                origin = "invalid value"
            } else {
                switch parameter.requirement {
                case .required:
                    throw TemplateError(
                        .missingParameter, template: owner, parameter: parameter.name,
                        message: "required, give \(parameter.name)=VALUE with \(parameter.kind.expectation)")
                case .optional:
                    continue
                case .defaulted(let pattern):
                    text = try interpolate(pattern, of: parameter, in: parameters, values: values, owner: owner)
                    origin = "invalid default value"
                }
            }
            do {
                values.values[parameter.name] = try parameter.kind.parse(text)
            } catch {
                throw TemplateError(
                    .invalidValue, template: owner, parameter: parameter.name,
                    message: "\(origin) \(Self.quoted(text)): " + error.details.joined(separator: "; ")
                        + "; expected \(parameter.kind.expectation)")
            }
        }
        return values
    }

    /// A default with its placeholders replaced by the values of the parameters declared before it.
    private static func interpolate(
        _ pattern: String, of parameter: TemplateParameter, in parameters: [TemplateParameter],
        values: TemplateValues, owner: String
    ) throws(TemplateError) -> String {
        let text: PlaceholderText
        do {
            text = try PlaceholderText(parsing: pattern)
        } catch {
            throw TemplateError(
                .invalidDefinition, template: owner, parameter: parameter.name,
                message: "the default \(quoted(pattern)) has a \(error.message)")
        }
        let earlier = parameters.prefix { $0.name != parameter.name }.map(\.name)
        for (name, _) in text.placeholders where !earlier.contains(name) {
            throw TemplateError(
                .invalidDefinition, template: owner, parameter: parameter.name,
                message: "the default \(quoted(pattern)) refers to {{ \(name) }}, which is not a parameter declared "
                    + "before \(parameter.name)")
        }
        return text.interpolated { values.values[$0]?.description }
    }

    /// A value quoted for a message, shortened when long and with line breaks shown as `\n`.
    static func quoted(_ text: String) -> String {
        var shown = text.count > 80 ? String(text.prefix(77)) + "..." : text
        shown = shown.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
        return "\"" + shown + "\""
    }
}
