import ArgumentParser
import PodFence

/// The output formats of `render`.
enum RenderFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml
    case json
}

/// `render [--file FILE]... [--bundle] [-o yaml|json] NAME [name=value...]`: print what a template or a
/// bundle renders.
struct RenderCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the manifests a template (or, with --bundle, a bundle) renders.",
        discussion: """
            Parameters are name=value words (`templates` lists them with their kinds and defaults). Every value \
            is checked against its kind and every rendered object is validated before anything is printed. \
            Example: render allow-internal-ingress namespace=ns-app1 project=project-app1
            """)

    @Option(name: .shortAndLong, help: "yaml or json.")
    var output: RenderFormat = .yaml

    @OptionGroup var invocation: TemplateInvocation

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let (rendering, _) = try invocation.render(in: &context)
        switch output {
        case .yaml:
            context.output += YAMLWriter().write(documents: rendering.manifests, comments: rendering.comments)
        case .json: context.output += JSONWriter().write(documents: rendering.manifests)
        }
    }
}
