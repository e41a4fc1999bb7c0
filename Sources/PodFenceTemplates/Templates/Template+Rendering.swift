import PodFenceModel
import PodFenceYAML

extension Template {
    /// Checks the arguments, renders the objects and validates them as the API server would.
    ///
    /// ```swift
    /// let rendering = try Template.allowInternalIngress.render(["namespace": "ns-app1", "project": "project-app1"])
    /// print(YAMLWriter().write(documents: rendering.manifests))
    /// ```
    /// - Parameters:
    ///   - arguments: Parameter values as text, by name (what `name=value` arguments give).
    ///   - validation: The validation choices for the rendered objects.
    /// - Returns: The objects, with any warnings.
    /// - Throws: ``TemplateError``: an unknown or missing parameter, a value invalid for its kind, or (code
    ///   ``TemplateError/Code/invalidOutput``) rendered objects that fail validation, with every diagnostic.
    public func render(
        _ arguments: [String: String] = [:], validation: ValidationOptions = ValidationOptions()
    ) throws(TemplateError) -> TemplateRendering {
        let values = try TemplateValues.resolve(parameters, arguments: arguments, for: name)
        return try render(values: values, validation: validation)
    }

    /// Renders from values already checked against this template's parameters.
    func render(values: TemplateValues, validation: ValidationOptions) throws(TemplateError) -> TemplateRendering {
        var objects: [KubernetesObject] = []
        var diagnostics: [Diagnostic] = []
        var comments: [ManifestComments] = []
        switch body {
        case .build(let build):
            for object in build(values) {
                let location = SourceLocation(file: "<template \(name): \(object.kind) \(object.qualifiedName)>")
                diagnostics += object.validate(options: validation).map { diagnostic in
                    var located = diagnostic
                    located.location = located.location ?? location
                    return located
                }
                objects.append(object)
            }
        case .documents(let documents):
            var rendered: [ManifestDocument] = []
            for document in documents {
                var copy = document
                do {
                    copy.root = try TreeSubstitution(file: document.file).substitute(document.root, values: values)
                } catch {
                    throw error.inTemplate(name)
                }
                rendered.append(copy)
            }
            let result = ManifestLoader(validation: validation).decode(documents: rendered)
            objects = result.objects.map(\.object)
            comments = result.objects.map(\.comments)
            diagnostics = result.diagnostics
        }
        if diagnostics.containsErrors {
            let count = diagnostics.filter { $0.severity == .error }.count
            throw TemplateError(
                .invalidOutput, template: name,
                message: "the rendered objects are not valid (\(count) error\(count == 1 ? "" : "s")); nothing was "
                    + "rendered", diagnostics: diagnostics)
        }
        return try TemplateRendering(name: name, objects: objects, diagnostics: diagnostics, comments: comments)
            .checkingUniqueNames()
    }
}
