import Foundation
import PodFence

/// Reads a plan file, `apiVersion: podfence.dev/v1alpha1`, `kind: PodCIDRPlan`, into a ``PodCIDRPlanSpec``
/// (which decodes it), and prints its diagnostics.
///
/// Every problem is a diagnostic with the file, line and column, printed the way `check` prints its findings,
/// in the order of their positions: `plan.yaml:9:11: error: spec.nodes: expected a whole number of at least 1,
/// not the string "x"`. CIDRs are read leniently unless `--strict`, with a warning for each non-canonical one.
enum PodCIDRPlanFile {
    /// Reads a plan file's text.
    ///
    /// - Parameters:
    ///   - text: The YAML (or JSON) text.
    ///   - file: The name used in diagnostics.
    ///   - strict: Whether CIDRs are read strictly.
    ///   - context: Where diagnostics go.
    /// - Returns: The spec.
    /// - Throws: ``CommandFailure`` when the file has errors, after printing them.
    static func read(_ text: String, file: String, strict: Bool, context: inout CommandContext)
        throws(CommandFailure) -> PodCIDRPlanSpec
    {
        let read = YAMLReader().read(text, file: file)
        var diagnostics = read.diagnostics
        var spec = PodCIDRPlanSpec()
        if !diagnostics.containsErrors {
            if read.documents.count == 1, let document = read.documents.first {
                let decoded = PodCIDRPlanSpec.decode(document: document.root, strict: strict)
                spec = decoded.spec
                diagnostics += decoded.diagnostics.map { diagnostic in
                    var located = diagnostic
                    located.location =
                        document.root.mark(at: diagnostic.path).map { SourceLocation(file: file, mark: $0) }
                        ?? SourceLocation(file: file)
                    return located
                }
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .planFileNotOneDocument,
                        message:
                            "a plan file holds one document, kind \(PodCIDRPlanSpec.kind); this one holds "
                            + "\(read.documents.count)",
                        location: SourceLocation(file: file)))
            }
        }
        let position = { (diagnostic: Diagnostic) in (diagnostic.location?.line ?? 0, diagnostic.location?.column ?? 0)
        }
        for diagnostic in diagnostics.sorted(by: { position($0) < position($1) }) {
            context.printError(diagnostic.description)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else {
            throw CommandFailure("the plan file \(file) has \(errors) error\(errors == 1 ? "" : "s")")
        }
        return spec
    }

    /// Reads the file at a path (`-` for standard input).
    ///
    /// - Parameters:
    ///   - path: The path, already resolved.
    ///   - strict: Whether CIDRs are read strictly.
    ///   - context: Where diagnostics go.
    /// - Returns: The spec.
    /// - Throws: ``CommandFailure`` when the file cannot be read or has errors.
    static func read(path: String, strict: Bool, context: inout CommandContext) throws(CommandFailure)
        -> PodCIDRPlanSpec
    {
        let data =
            path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data, let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("--file \"\(path)\": no such file, or it cannot be read as UTF-8 text")
        }
        return try read(text, file: path, strict: strict, context: &context)
    }
}
