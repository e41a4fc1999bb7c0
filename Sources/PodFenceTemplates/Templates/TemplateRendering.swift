import PodFenceModel

/// What rendering a template or a bundle produced: valid model objects, in order, and the warnings and notes
/// that validation found about them (errors never reach a rendering: they make rendering throw).
public struct TemplateRendering: Sendable, Hashable {
    /// The template or bundle rendered.
    public var name: String
    /// The objects, in the template's (or the bundle's steps') order.
    public var objects: [KubernetesObject]
    /// Warnings and notes about the objects (for example a CIDR with host bits, or a kind PodFence does not
    /// model).
    public var diagnostics: [Diagnostic]
    /// The comments of each object, in the same order as ``objects``: what a template file's author wrote
    /// beside its fields (never filled in from parameter values); empty for built-in templates.
    public var comments: [ManifestComments]

    /// Creates a rendering.
    /// - Parameters:
    ///   - name: The template or bundle.
    ///   - objects: The objects.
    ///   - diagnostics: Warnings and notes.
    ///   - comments: Each object's comments (missing entries mean none).
    public init(
        name: String, objects: [KubernetesObject], diagnostics: [Diagnostic] = [], comments: [ManifestComments] = []
    ) {
        self.name = name
        self.objects = objects
        self.diagnostics = diagnostics
        self.comments = objects.indices.map { $0 < comments.count ? comments[$0] : ManifestComments() }
    }

    /// The objects as manifest trees, for `YAMLWriter` or `JSONWriter`.
    public var manifests: [ManifestNode] { objects.map(\.manifest) }

    /// Refuses two objects with the same kind and `namespace/name`: applying them would keep only the last.
    func checkingUniqueNames() throws(TemplateError) -> TemplateRendering {
        var seen: Set<String> = []
        for object in objects {
            let identity = "\(object.kind) \(object.qualifiedName)"
            if !seen.insert(identity).inserted {
                throw TemplateError(
                    .duplicateName, template: name,
                    message: "renders \(identity) twice; give the objects different names")
            }
        }
        return self
    }
}
