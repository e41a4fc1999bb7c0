/// A typed, documented parameter of a template or a bundle.
///
/// ```swift
/// let project = TemplateParameter("project", .labelValue, description: "The project's label value.")
/// let label = TemplateParameter("project-label", .labelKey, .defaulted("project"),
///                               description: "The label key that carries the project.")
/// ```
public struct TemplateParameter: Sendable, Hashable {
    /// Whether a parameter must be given, and what it is when it is not.
    public enum Requirement: Sendable, Hashable {
        /// The caller must give a value.
        case required
        /// The value used when the caller gives none. It may hold `{{ name }}` placeholders naming parameters
        /// declared *before* this one, which are replaced by their values' text; the result is then checked
        /// against the kind like any value (`allow-ingress-from-{{ from-namespace }}`).
        case defaulted(String)
        /// The parameter may stay without a value; the template leaves out what it would have set. Only
        /// templates written in Swift use this: in a template file every placeholder needs a value.
        case optional
    }

    /// The name used in `name=value` arguments and `{{ name }}` placeholders.
    public var name: String
    /// What the parameter holds.
    public var kind: ParameterKind
    /// Whether it must be given.
    public var requirement: Requirement
    /// What it is for, shown by listings.
    public var description: String

    /// Creates a parameter.
    /// - Parameters:
    ///   - name: The name: a letter, then letters, digits, `-` or `_` (``isValidName(_:)``).
    ///   - kind: What it holds.
    ///   - requirement: Whether it must be given (required by default).
    ///   - description: What it is for.
    public init(_ name: String, _ kind: ParameterKind, _ requirement: Requirement = .required, description: String) {
        self.name = name
        self.kind = kind
        self.requirement = requirement
        self.description = description
    }

    /// The most characters a parameter name may have.
    public static let maxNameLength = 63

    /// True when `name` can name a parameter: 1-63 characters, a letter first, then letters, digits, `-` or
    /// `_`.
    /// - Parameter name: The candidate.
    public static func isValidName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard let first = scalars.first, scalars.count <= maxNameLength,
            ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        else { return false }
        return scalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
        }
    }

    /// The default's text, when the parameter has one.
    public var defaultText: String? {
        if case .defaulted(let text) = requirement { return text }
        return nil
    }

    /// True when a caller must give the parameter.
    public var isRequired: Bool { requirement == .required }
}
