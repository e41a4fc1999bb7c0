import PodFenceModel
import PodFenceYAML

/// A trusted, parameterised recipe for Kubernetes objects: typed, documented parameters in, validated model
/// objects out, never text.
///
/// Templates come from Swift (the built-ins in ``TemplateCatalog/builtIn``, or your own with
/// ``init(name:description:parameters:build:)``) or from template files (``TemplateFileReader``), whose
/// placeholders are substituted in the parsed YAML tree.
///
/// ```swift
/// let rendering = try Template.denyAll.render(["namespace": "ns-app1"])
/// rendering.objects   // [.networkPolicy(deny-all in ns-app1, ingress and egress isolated)]
/// ```
public struct Template: Sendable {
    /// Where a template was defined.
    public enum Source: Sendable, Hashable, CustomStringConvertible {
        /// In Swift code (the built-ins, or a template an SDK user builds).
        case code
        /// In a template file, by path.
        case file(String)

        /// `built-in` or the file's path.
        public var description: String {
            switch self {
            case .code: "built-in"
            case .file(let path): path
            }
        }
    }

    /// How a template makes its objects.
    enum Body: Sendable {
        /// Swift code building model objects.
        case build(@Sendable (TemplateValues) -> [KubernetesObject])
        /// Manifest trees with placeholders in their scalar values, read from a template file.
        case documents([ManifestDocument])
    }

    /// The name used to render it (a DNS-1123 label by convention, such as `deny-all`).
    public var name: String
    /// What it produces and when to use it.
    public var description: String
    /// Its parameters, in the order defaults are computed and listings show them.
    public var parameters: [TemplateParameter]
    /// Where it was defined.
    public var source: Source
    let body: Body

    /// Creates a template whose objects are built in Swift.
    ///
    /// ```swift
    /// let denyIngress = Template(
    ///     name: "deny-ingress", description: "Isolate ingress of every pod of a namespace.",
    ///     parameters: [TemplateParameter("namespace", .namespaceName, description: "The namespace.")]
    /// ) { values in
    ///     [.networkPolicy(.denyIngress(in: values.text("namespace")))]
    /// }
    /// ```
    /// - Parameters:
    ///   - name: The template's name.
    ///   - description: What it produces.
    ///   - parameters: Its parameters.
    ///   - build: Builds the objects from checked values; every object is validated before a rendering is
    ///     returned, so the closure need not check anything itself.
    public init(
        name: String, description: String, parameters: [TemplateParameter],
        build: @escaping @Sendable (TemplateValues) -> [KubernetesObject]
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.source = .code
        self.body = .build(build)
    }

    /// Creates a template from the manifest documents of a template file.
    init(
        name: String, description: String, parameters: [TemplateParameter], file: String, documents: [ManifestDocument]
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.source = .file(file)
        self.body = .documents(documents)
    }

    /// The parameter with a name.
    /// - Parameter name: The parameter's name.
    public func parameter(named name: String) -> TemplateParameter? {
        parameters.first { $0.name == name }
    }
}
