import ArgumentParser
import PodFence

/// The arguments `render` and `template` share: template files to read, whether the name is a bundle's, and
/// the name followed by `name=value` arguments.
struct TemplateInvocation: ParsableArguments {
    @Option(
        name: .customLong("file"), help: "Read the templates of a template file first (repeatable).",
        completion: .file())
    var files: [String] = []

    @Flag(help: "The first word names a bundle (see `bundles`), not a template.")
    var bundle = false

    @Argument(
        help: ArgumentHelp(
            "The template or bundle, then its parameters as name=value.",
            discussion: "The name may be left out when --file gives exactly one template.",
            valueName: "name-and-parameters"))
    var words: [String] = []

    /// The built-in catalog plus the templates of `--file` files, and the latter alone.
    static func catalog(
        files: [String], in context: CommandContext
    ) throws(CommandFailure) -> (catalog: TemplateCatalog, fromFiles: [Template]) {
        var catalog = TemplateCatalog.builtIn
        var fromFiles: [Template] = []
        for file in files {
            do {
                for template in try TemplateFileReader().read(file: context.resolve(file)) {
                    try catalog.add(template)
                    fromFiles.append(template)
                }
            } catch {
                throw failure(error)
            }
        }
        return (catalog, fromFiles)
    }

    /// Renders what the words name, printing warnings on standard error.
    /// - Returns: The rendering and what it was: `template NAME` or `bundle NAME`.
    func render(in context: inout CommandContext) throws(CommandFailure) -> (TemplateRendering, String) {
        let (catalog, fromFiles) = try Self.catalog(files: files, in: context)
        var remaining = words[...]
        let name: String
        if let first = remaining.first, !first.contains("=") {
            name = first
            remaining = remaining.dropFirst()
        } else if !bundle, fromFiles.count == 1 {
            name = fromFiles[0].name
        } else {
            throw CommandFailure(
                "name a \(bundle ? "bundle" : "template") first (`\(bundle ? "bundles" : "templates")` lists them), "
                    + "then its parameters as name=value")
        }
        var arguments: [String: String] = [:]
        for word in remaining {
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
                throw CommandFailure("\"\(word)\" is not a parameter: write name=value (quote values with spaces)")
            }
            let key = String(word[..<equals])
            guard arguments[key] == nil else { throw CommandFailure("the parameter \(key) is given twice") }
            arguments[key] = String(word[word.index(after: equals)...])
        }
        let rendering: TemplateRendering
        do {
            rendering = try bundle ? catalog.renderBundle(name, arguments) : catalog.render(name, arguments)
        } catch {
            throw Self.failure(error, printingTo: &context)
        }
        for diagnostic in rendering.diagnostics { context.printError(diagnostic.description) }
        return (rendering, "\(bundle ? "bundle" : "template") \(name)")
    }

    /// A template error as a command failure: the diagnostics of invalid output on standard error first,
    /// then the error's own line.
    static func failure(_ error: TemplateError, printingTo context: inout CommandContext) -> CommandFailure {
        for diagnostic in error.diagnostics { context.printError(diagnostic.description) }
        return failure(error)
    }

    /// A template error as a command failure, `file:line:col: template NAME: parameter P: message`.
    static func failure(_ error: TemplateError) -> CommandFailure {
        CommandFailure(error.location.map { "\($0): \(error.summary)" } ?? error.summary)
    }
}
