import PodFence

/// Template rendering with hostile parameter values: the input's first line is a value given to every
/// parameter of every built-in template. Whatever renders must keep the template's structure (the same kinds
/// of objects, in the same number, as a benign value gives) and write YAML that reads back to the same objects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let value = String(decoding: UnsafeBufferPointer(start: data, count: min(size, 4096)), as: UTF8.self)
    let catalog = TemplateCatalog.builtIn
    for template in catalog.templates {
        var arguments: [String: String] = [:]
        var benign: [String: String] = [:]
        for parameter in template.parameters {
            arguments[parameter.name] = value
            benign[parameter.name] = parameter.kind == .port ? "80" : parameter.kind == .protocol ? "TCP" : "a"
        }
        guard let rendering = try? catalog.render(template.name, arguments) else { continue }
        if let reference = try? catalog.render(template.name, benign) {
            precondition(
                rendering.objects.map(\.kind) == reference.objects.map(\.kind),
                "a value changed the structure of \(template.name): \(value)")
        }
        let written = YAMLWriter().write(documents: rendering.objects.map(\.manifest))
        let reread = ManifestLoader().load(text: written, file: "rendered.yaml")
        precondition(
            reread.objects.map(\.object) == rendering.objects, "\(template.name) does not round-trip:\n\(written)")
    }
    return 0
}
