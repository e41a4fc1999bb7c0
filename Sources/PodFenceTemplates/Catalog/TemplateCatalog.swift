import PodFenceModel

/// The templates and bundles available by name: the built-ins, plus templates read from files.
///
/// ```swift
/// var catalog = TemplateCatalog.builtIn
/// for template in try TemplateFileReader().read(file: "governance/allow-monitoring.yaml") {
///     try catalog.add(template)
/// }
/// let rendering = try catalog.render("allow-monitoring", ["namespace": "ns-app1"])
/// ```
public struct TemplateCatalog: Sendable {
    /// The templates, in listing order.
    public private(set) var templates: [Template]
    /// The bundles, in listing order.
    public private(set) var bundles: [TemplateBundle]

    /// Creates an empty catalog.
    public init() {
        self.templates = []
        self.bundles = []
    }

    /// The built-in templates (``Template/builtIns``) and bundles (``TemplateBundle/builtIns``).
    public static let builtIn: TemplateCatalog = {
        var catalog = TemplateCatalog()
        catalog.templates = Template.builtIns
        catalog.bundles = TemplateBundle.builtIns
        return catalog
    }()

    /// The template with a name.
    /// - Parameter name: The template's name.
    public func template(named name: String) -> Template? {
        templates.first { $0.name == name }
    }

    /// The bundle with a name.
    /// - Parameter name: The bundle's name.
    public func bundle(named name: String) -> TemplateBundle? {
        bundles.first { $0.name == name }
    }

    /// Adds a template.
    /// - Parameter template: The template.
    /// - Throws: ``TemplateError`` with code ``TemplateError/Code/duplicateName`` when a template of that name
    ///   exists (a file cannot silently replace a built-in).
    public mutating func add(_ template: Template) throws(TemplateError) {
        if let existing = self.template(named: template.name) {
            throw TemplateError(
                .duplicateName, template: template.name,
                message: "defined twice: in \(existing.source) and in \(template.source); rename one")
        }
        templates.append(template)
    }

    /// Adds a bundle.
    /// - Parameter bundle: The bundle.
    /// - Throws: ``TemplateError`` with code ``TemplateError/Code/duplicateName`` when a bundle of that name
    ///   exists.
    public mutating func add(_ bundle: TemplateBundle) throws(TemplateError) {
        if self.bundle(named: bundle.name) != nil {
            throw TemplateError(.duplicateName, template: bundle.name, message: "a bundle with this name exists")
        }
        bundles.append(bundle)
    }

    /// Renders a template by name.
    /// - Parameters:
    ///   - name: The template's name.
    ///   - arguments: Its parameter values as text, by name.
    ///   - validation: The validation choices for the rendered objects.
    /// - Returns: The objects and their warnings.
    /// - Throws: ``TemplateError``, ``TemplateError/Code/unknownTemplate`` when no template has the name.
    public func render(
        _ name: String, _ arguments: [String: String] = [:], validation: ValidationOptions = ValidationOptions()
    ) throws(TemplateError) -> TemplateRendering {
        guard let template = template(named: name) else {
            throw TemplateError(
                .unknownTemplate,
                message: "no template named \(name); templates: " + templates.map(\.name).joined(separator: ", "))
        }
        return try template.render(arguments, validation: validation)
    }

    /// Renders a bundle by name, its steps' templates looked up in this catalog.
    /// - Parameters:
    ///   - name: The bundle's name.
    ///   - arguments: Its parameter values as text, by name.
    ///   - validation: The validation choices for the rendered objects.
    /// - Returns: The objects of every step and their warnings.
    /// - Throws: ``TemplateError``, ``TemplateError/Code/unknownTemplate`` when no bundle has the name.
    public func renderBundle(
        _ name: String, _ arguments: [String: String] = [:], validation: ValidationOptions = ValidationOptions()
    ) throws(TemplateError) -> TemplateRendering {
        guard let bundle = bundle(named: name) else {
            throw TemplateError(
                .unknownTemplate,
                message: "no bundle named \(name); bundles: " + bundles.map(\.name).joined(separator: ", "))
        }
        return try bundle.render(arguments, templates: self, validation: validation)
    }
}
