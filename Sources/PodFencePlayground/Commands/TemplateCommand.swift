import ArgumentParser
import PodFence

/// `template [--file FILE]... [--bundle] NAME [name=value...]`: render a template or a bundle and add the
/// objects to the session, as `load` does with files.
struct TemplateCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Render a template (or, with --bundle, a bundle) and add its objects to the session.",
        discussion: """
            Objects with the same kind and namespace/name as loaded ones replace them. Nothing is added when a \
            value or a rendered object is invalid. Example: template --bundle onboarding namespace=team-a
            """)

    @Flag(name: .shortAndLong, help: "Print nothing when the objects are added.")
    var quiet = false

    @OptionGroup var invocation: TemplateInvocation

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let (rendering, what) = try invocation.render(in: &context)
        let loaded = rendering.objects.enumerated().map { index, object in
            LoadedObject(
                object: object, source: object.manifest, file: "<\(what)>",
                comments: index < rendering.comments.count ? rendering.comments[index] : ManifestComments())
        }
        let counts = context.session.add(loaded)
        if quiet { return }
        var summary = "added \(loaded.count) object\(loaded.count == 1 ? "" : "s") from \(what)"
        if counts.replaced > 0 { summary += " (\(counts.replaced) replaced)" }
        context.print(summary)
    }
}
