import PodFenceModel

/// An ordered list of templates rendered together with shared parameters: what a portal applies when it
/// creates a team's namespace (`onboarding`) or what a pipeline applies at deployment (`deployment`).
///
/// A bundle declares its own parameters; each step names a template and binds that template's parameters to
/// text that may hold `{{ name }}` placeholders of the bundle's parameters. A template parameter a step does
/// not bind takes the template's default. A bundle parameter bound in several steps is shared: one value,
/// checked once against the bundle's kind and again against each template's.
///
/// ```swift
/// let rendering = try TemplateCatalog.builtIn.renderBundle("onboarding", ["namespace": "ns-app1"])
/// rendering.objects.count   // 3: the Namespace, deny-all, allow-dns-egress
/// ```
public struct TemplateBundle: Sendable, Hashable {
    /// One template of a bundle, with its parameters bound.
    public struct Step: Sendable, Hashable {
        /// The template's name.
        public var template: String
        /// Template parameter name → text, with `{{ name }}` placeholders of the bundle's parameters.
        public var arguments: [String: String]

        /// Creates a step.
        /// - Parameters:
        ///   - template: The template's name.
        ///   - arguments: Its bound parameters.
        public init(_ template: String, _ arguments: [String: String] = [:]) {
            self.template = template
            self.arguments = arguments
        }
    }

    /// The bundle's name.
    public var name: String
    /// What it is for.
    public var description: String
    /// Its parameters (shared by the steps).
    public var parameters: [TemplateParameter]
    /// The templates, in rendering order.
    public var steps: [Step]

    /// Creates a bundle.
    /// - Parameters:
    ///   - name: The bundle's name.
    ///   - description: What it is for.
    ///   - parameters: Its parameters.
    ///   - steps: The templates, in order.
    public init(name: String, description: String, parameters: [TemplateParameter], steps: [Step]) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.steps = steps
    }

    /// Checks the arguments, renders every step in order and returns all the objects.
    /// - Parameters:
    ///   - arguments: The bundle's parameter values as text, by name.
    ///   - templates: Where the steps' templates are looked up.
    ///   - validation: The validation choices for the rendered objects.
    /// - Returns: The objects of every step, in order, and their warnings.
    /// - Throws: ``TemplateError``: for the bundle's own parameters, or for a step (naming its template), or
    ///   when two steps render objects with the same kind and name.
    public func render(
        _ arguments: [String: String], templates: TemplateCatalog,
        validation: ValidationOptions = ValidationOptions()
    ) throws(TemplateError) -> TemplateRendering {
        do {
            let values = try TemplateValues.resolve(parameters, arguments: arguments, for: name)
            return try render(values: values, templates: templates, validation: validation).checkingUniqueNames()
        } catch {
            throw error.inBundle(name)
        }
    }

    private func render(
        values: TemplateValues, templates: TemplateCatalog, validation: ValidationOptions
    ) throws(TemplateError) -> TemplateRendering {
        var rendering = TemplateRendering(name: name, objects: [])
        for step in steps {
            guard let template = templates.template(named: step.template) else {
                throw TemplateError(.unknownTemplate, message: "the step \(step.template) names no known template")
            }
            var bound: [String: String] = [:]
            for (parameter, pattern) in step.arguments {
                do {
                    bound[parameter] = try PlaceholderText(parsing: pattern).interpolated { values[$0]?.description }
                } catch {
                    throw TemplateError(
                        .invalidDefinition, template: template.name, parameter: parameter,
                        message: "the binding \(TemplateValues.quoted(pattern)) has a \(error.message)")
                }
            }
            let part = try template.render(bound, validation: validation)
            rendering.objects += part.objects
            rendering.comments += part.comments
            rendering.diagnostics += part.diagnostics
        }
        return rendering
    }
}
