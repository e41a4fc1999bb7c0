import ArgumentParser
import PodFence

/// `templates [--file FILE]... [NAME]`: list the templates with their parameters, kinds and defaults.
struct TemplatesCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the templates (built-in, and those of --file files) with their parameters.",
        discussion: """
            Each parameter shows its kind (what values it accepts), whether it is required or its default, \
            and what it is for. A default may refer to earlier parameters as {{ name }}.
            """)

    @Option(
        name: .customLong("file"), help: "Read the templates of a template file too (repeatable).",
        completion: .file())
    var files: [String] = []

    @Argument(help: "Show only this template.")
    var name: String?

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let catalog = try TemplateInvocation.catalog(files: files, in: context).catalog
        var templates = catalog.templates
        if let name {
            templates = templates.filter { $0.name == name }
            if templates.isEmpty {
                throw CommandFailure(
                    "no template named \(name); templates: " + catalog.templates.map(\.name).joined(separator: ", "))
            }
        }
        for (index, template) in templates.enumerated() {
            if index > 0 { context.print("") }
            let source = template.source == .code ? "" : " (\(template.source))"
            context.print("\(template.name)\(source): \(template.description)")
            for line in Self.parameterLines(template.parameters) { context.print(line) }
        }
    }

    /// One aligned line per parameter: name, kind, `required`/`optional`/`default: VALUE`, description.
    static func parameterLines(_ parameters: [TemplateParameter]) -> [String] {
        let rows = parameters.map { parameter in
            [parameter.name, parameter.kind.rawValue, requirement(parameter.requirement), parameter.description]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            "  "
                + (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }
                .joined(separator: "  ") + "  " + row[3]
        }
    }

    private static func requirement(_ requirement: TemplateParameter.Requirement) -> String {
        switch requirement {
        case .required: "required"
        case .optional: "optional"
        case .defaulted(let text):
            "default: " + (text.isEmpty || text.contains(" ") ? "\"\(text)\"" : text)
        }
    }
}
