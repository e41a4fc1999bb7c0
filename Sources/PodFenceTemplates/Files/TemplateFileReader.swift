import Foundation
import PodFenceModel
import PodFenceYAML

/// Reads templates from template files: a header document declaring the template and its parameters, then the
/// manifest documents with `{{ name }}` placeholders in their values.
///
/// ```yaml
/// apiVersion: podfence.dev/v1alpha1
/// kind: Template
/// metadata:
///   name: allow-monitoring
/// description: Let Prometheus scrape the selected pods.
/// parameters:
/// - name: namespace
///   type: namespace
///   description: The namespace of the pods.
/// - name: port
///   type: port
///   default: 9090
///   description: The metrics port.
/// ---
/// apiVersion: networking.k8s.io/v1
/// kind: NetworkPolicy
/// metadata:
///   name: allow-monitoring
///   namespace: "{{ namespace }}"
/// spec:
///   podSelector: {}
///   ingress:
///   - from:
///     - namespaceSelector:
///         matchLabels:
///           kubernetes.io/metadata.name: monitoring
///     ports:
///     - port: "{{ port }}"
/// ```
///
/// A file may hold several templates: each header starts one. Everything that can be checked without values
/// is checked when the file is read: the header's fields, the parameters' kinds and literal defaults, the
/// placeholders' syntax, and that every placeholder names a declared parameter (the error gives the
/// placeholder's `file:line:col`). Placeholders are substituted in values only; one in a mapping key is an
/// error. docs/templates.md states the substitution rules.
public struct TemplateFileReader: Sendable {
    /// The `apiVersion` of a template header: `podfence.dev/v1alpha1`.
    public static let apiVersion = "podfence.dev/v1alpha1"
    /// The `kind` of a template header: `Template`.
    public static let kind = "Template"

    /// The limits applied when reading the YAML.
    public var limits: ReadLimits

    /// Creates a reader.
    /// - Parameter limits: The limits applied when reading the YAML.
    public init(limits: ReadLimits = .default) {
        self.limits = limits
    }

    /// Reads the templates of a file.
    /// - Parameter path: The file's path.
    /// - Returns: The templates, in file order.
    /// - Throws: ``TemplateError``: the file cannot be read, is not valid YAML, or defines a template badly.
    public func read(file path: String) throws(TemplateError) -> [Template] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateError(
                .unreadableFile, message: "the template file cannot be read", location: SourceLocation(file: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(
                .unreadableFile, message: "the template file is not UTF-8", location: SourceLocation(file: path))
        }
        return try read(text: text, file: path)
    }

    /// Reads the templates of a text.
    /// - Parameters:
    ///   - text: The YAML.
    ///   - file: The name used in locations.
    /// - Returns: The templates, in order.
    /// - Throws: ``TemplateError``: the text is not valid YAML, or defines a template badly.
    public func read(text: String, file: String) throws(TemplateError) -> [Template] {
        let result = YAMLReader(limits: limits).read(text, file: file)
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            var message = error.message
            if error.code == .nonScalarMappingKey {
                message += "; a value that starts with a placeholder must be quoted: write \"{{ name }}\""
            }
            throw TemplateError(.unreadableFile, message: message, location: error.location)
        }
        let substitution = TreeSubstitution(file: file, text: text)
        var templates: [Template] = []
        var header: Header?
        var documents: [ManifestDocument] = []
        func finish() throws(TemplateError) {
            guard let header else { return }
            if templates.contains(where: { $0.name == header.name }) {
                throw TemplateError(
                    .duplicateName, template: header.name, message: "defined twice in this file",
                    location: header.location)
            }
            templates.append(try makeTemplate(header, documents: documents, substitution: substitution))
        }
        for document in result.documents {
            if try isHeader(document) {
                try finish()
                header = try Header(document)
                documents = []
            } else if header == nil {
                throw TemplateError(
                    .invalidDefinition,
                    message: "a template file starts with a header: apiVersion: \(Self.apiVersion), kind: \(Self.kind)",
                    location: SourceLocation(file: file, mark: document.start))
            } else {
                documents.append(document)
            }
        }
        try finish()
        if templates.isEmpty {
            throw TemplateError(
                .invalidDefinition,
                message: "no template: a template file starts with apiVersion: \(Self.apiVersion), kind: \(Self.kind)",
                location: SourceLocation(file: file))
        }
        return templates
    }

    private func isHeader(_ document: ManifestDocument) throws(TemplateError) -> Bool {
        guard document.root["kind"]?.string == Self.kind else { return false }
        let apiVersion = document.root["apiVersion"]?.string ?? ""
        guard apiVersion == Self.apiVersion else {
            throw TemplateError(
                .invalidDefinition,
                message: "a Template's apiVersion is \(Self.apiVersion), not \(TemplateValues.quoted(apiVersion))",
                location: SourceLocation(file: document.file, mark: document.root["apiVersion"]?.mark ?? document.start)
            )
        }
        return true
    }

    private func makeTemplate(
        _ header: Header, documents: [ManifestDocument], substitution: TreeSubstitution
    ) throws(TemplateError) -> Template {
        guard !documents.isEmpty else {
            throw TemplateError(
                .invalidDefinition, template: header.name,
                message: "no manifest follows the header: add documents after a --- line", location: header.location)
        }
        let declared = header.parameters.map(\.name)
        for document in documents {
            let occurrences: [TreeSubstitution.Occurrence]
            do {
                occurrences = try substitution.occurrences(in: document.root)
            } catch {
                throw error.inTemplate(header.name)
            }
            for occurrence in occurrences where !declared.contains(occurrence.name) {
                throw TemplateError(
                    .unknownParameter, template: header.name, parameter: occurrence.name,
                    message: "the placeholder {{ \(occurrence.name) }} names no declared parameter; declared: "
                        + (declared.isEmpty ? "none" : declared.joined(separator: ", ")),
                    location: occurrence.location)
            }
        }
        return Template(
            name: header.name, description: header.description, parameters: header.parameters,
            file: substitution.file, documents: documents)
    }
}
