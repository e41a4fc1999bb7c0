import PodFence

/// Manifest decoding: any bytes → trees → model objects and diagnostics. Besides not crashing, checks that
/// whatever loads cleanly writes back to YAML that loads to the same objects with as many comments, and that
/// writing (comments included) is stable.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = ReadLimits(maxInputBytes: 1 << 20, maxNodesPerDocument: 100_000, maxDocuments: 1_000)
    let result = ManifestLoader(limits: limits).load(bytes: bytes, file: "fuzz.yaml")
    for diagnostic in result.diagnostics {
        precondition(diagnostic.location?.file == "fuzz.yaml", "a diagnostic without its file: \(diagnostic)")
    }
    guard result.isComplete, !result.objects.isEmpty else { return 0 }
    let written = write(result.objects)
    let reread = ManifestLoader(limits: limits).load(text: written, file: "rewritten.yaml")
    precondition(reread.objects.map(\.object) == result.objects.map(\.object), "round trip changed:\n\(written)")
    precondition(commentLines(reread.objects) == commentLines(result.objects), "comments lost:\n\(written)")
    let rewritten = write(reread.objects)
    precondition(rewritten == written, "writing is not stable:\n\(written)\n---\n\(rewritten)")
    return 0
}

private func write(_ objects: [LoadedObject]) -> String {
    YAMLWriter().write(documents: objects.map(\.object.manifest), comments: objects.map(\.comments))
}

private func commentLines(_ objects: [LoadedObject]) -> Int {
    objects.reduce(0) { $0 + $1.comments.lineCount }
}
