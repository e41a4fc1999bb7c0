import PodFenceModel
import PodFenceYAML

extension TemplateFileReader {
    /// A template file's header document, checked field by field.
    struct Header: Sendable {
        static let fields = ["apiVersion", "kind", "metadata", "description", "parameters"]
        static let parameterFields = ["name", "type", "description", "required", "default"]

        /// The template's name.
        var name: String
        /// Its description (empty when absent).
        var description: String
        /// Its parameters, in order.
        var parameters: [TemplateParameter]
        /// Where the header starts.
        var location: SourceLocation

        /// Reads a header.
        /// - Parameter document: The header document.
        /// - Throws: ``TemplateError`` for a missing, unknown or malformed field.
        init(_ document: ManifestDocument) throws(TemplateError) {
            let file = document.file
            func failure(_ message: String, _ node: ManifestNode?, template: String? = nil) -> TemplateError {
                TemplateError(
                    .invalidDefinition, template: template, message: message,
                    location: SourceLocation(file: file, mark: node?.mark ?? document.start))
            }
            let root = document.root
            try Self.refuseUnknownKeys(root, allowed: Self.fields, what: "a Template header", file: file)
            guard let metadata = root["metadata"], metadata.mapping != nil else {
                throw failure("the header needs metadata.name, the template's name", root)
            }
            try Self.refuseUnknownKeys(metadata, allowed: ["name"], what: "a Template's metadata", file: file)
            guard let name = metadata["name"]?.string else {
                throw failure("metadata.name must be a string, the template's name", metadata["name"] ?? metadata)
            }
            let nameErrors = NameValidation.dns1123LabelErrors(name)
            if !nameErrors.isEmpty {
                throw failure(
                    "metadata.name \(TemplateValues.quoted(name)): " + nameErrors.joined(separator: "; "),
                    metadata["name"])
            }
            self.name = name
            self.location = SourceLocation(file: file, mark: root.mark ?? document.start)
            switch root["description"] {
            case nil: self.description = ""
            case let node?:
                guard let text = node.string else {
                    throw failure("description must be a string", node, template: name)
                }
                self.description = text
            }
            var parameters: [TemplateParameter] = []
            switch root["parameters"]?.value {
            case nil, .null?:
                break
            case .sequence(let items)?:
                for item in items {
                    let parameter: TemplateParameter
                    do {
                        parameter = try Self.parameter(item, declared: parameters, file: file)
                    } catch {
                        throw error.inTemplate(name)
                    }
                    parameters.append(parameter)
                }
            default:
                throw failure("parameters must be a list", root["parameters"], template: name)
            }
            self.parameters = parameters
        }

        private static func parameter(
            _ node: ManifestNode, declared: [TemplateParameter], file: String
        ) throws(TemplateError) -> TemplateParameter {
            func failure(_ message: String, _ at: ManifestNode?, parameter: String? = nil) -> TemplateError {
                TemplateError(
                    .invalidDefinition, parameter: parameter, message: message,
                    location: (at?.mark ?? node.mark).map { SourceLocation(file: file, mark: $0) })
            }
            guard node.mapping != nil else {
                throw failure("a parameter is a mapping with name, type and description", node)
            }
            try refuseUnknownKeys(node, allowed: parameterFields, what: "a parameter", file: file)
            guard let name = node["name"]?.string, TemplateParameter.isValidName(name) else {
                throw failure(
                    "a parameter's name is a letter, then letters, digits, '-' or '_' (at most 63)", node["name"])
            }
            if declared.contains(where: { $0.name == name }) {
                throw failure("declared twice", node["name"], parameter: name)
            }
            let kinds = ParameterKind.allCases.map(\.rawValue).joined(separator: ", ")
            guard let typeName = node["type"]?.string, let kind = ParameterKind(rawValue: typeName) else {
                throw failure("type must be one of: \(kinds)", node["type"], parameter: name)
            }
            var description = ""
            if let text = node["description"] {
                guard let string = text.string else {
                    throw failure("description must be a string", text, parameter: name)
                }
                description = string
            }
            var required: Bool?
            if let flag = node["required"] {
                guard let value = flag.scalar?.boolValue else {
                    throw failure("required must be true or false", flag, parameter: name)
                }
                required = value
            }
            guard let defaultNode = node["default"] else {
                if required == false {
                    throw failure(
                        "a parameter that is not required needs a default: every placeholder of a template file "
                            + "needs a value", node, parameter: name)
                }
                return TemplateParameter(name, kind, .required, description: description)
            }
            if required == true {
                throw failure("a required parameter has no default: remove one of them", defaultNode, parameter: name)
            }
            guard let scalar = defaultNode.scalar else {
                throw failure("a default is a single value (a string or a number)", defaultNode, parameter: name)
            }
            let text = scalar.kind == .int ? scalar.intValue.map(String.init) ?? scalar.text : scalar.text
            try checkDefault(
                text, kind: kind, declared: declared, failure: { failure($0, defaultNode, parameter: name) })
            return TemplateParameter(name, kind, .defaulted(text), description: description)
        }

        /// A literal default must be a valid value; one with placeholders may only name earlier parameters.
        private static func checkDefault(
            _ text: String, kind: ParameterKind, declared: [TemplateParameter], failure: (String) -> TemplateError
        ) throws(TemplateError) {
            let pattern: PlaceholderText
            do {
                pattern = try PlaceholderText(parsing: text)
            } catch {
                throw failure("the default has a " + error.message)
            }
            let placeholders = pattern.placeholders
            for (name, _) in placeholders where !declared.contains(where: { $0.name == name }) {
                throw failure("the default refers to {{ \(name) }}, which is not a parameter declared before this one")
            }
            guard placeholders.isEmpty else { return }
            do {
                _ = try kind.parse(text)
            } catch {
                throw failure(
                    "invalid default value \(TemplateValues.quoted(text)): " + error.details.joined(separator: "; ")
                        + "; expected \(kind.expectation)")
            }
        }

        private static func refuseUnknownKeys(
            _ node: ManifestNode, allowed: [String], what: String, file: String
        ) throws(TemplateError) {
            guard let mapping = node.mapping else { return }
            for entry in mapping where !allowed.contains(entry.key) {
                throw TemplateError(
                    .invalidDefinition,
                    message: "unknown field \(TemplateValues.quoted(entry.key)) in \(what); fields: "
                        + allowed.joined(separator: ", "),
                    location: (entry.keyMark ?? node.mark).map { SourceLocation(file: file, mark: $0) })
            }
        }
    }
}
