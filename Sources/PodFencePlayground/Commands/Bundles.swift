import ArgumentParser
import PodFence

/// `bundles [NAME]`: list the bundles with their steps and parameters.
struct BundlesCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundles",
        abstract: "List the bundles (ordered templates with shared parameters) with their parameters.",
        discussion: """
            Render one with `render --bundle NAME name=value...`, or add its objects to the session with \
            `template --bundle NAME name=value...`.
            """)

    @Argument(help: "Show only this bundle.")
    var name: String?

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let catalog = TemplateCatalog.builtIn
        var bundles = catalog.bundles
        if let name {
            bundles = bundles.filter { $0.name == name }
            if bundles.isEmpty {
                throw CommandFailure(
                    "no bundle named \(name); bundles: " + catalog.bundles.map(\.name).joined(separator: ", "))
            }
        }
        for (index, bundle) in bundles.enumerated() {
            if index > 0 { context.print("") }
            context.print("\(bundle.name): \(bundle.description)")
            context.print("  steps: " + bundle.steps.map(\.template).joined(separator: ", "))
            for line in TemplatesCommand.parameterLines(bundle.parameters) { context.print(line) }
        }
    }
}
