import PodFenceModel

/// One finding of ``Linter``: which rule, how serious, which object and field, where, what is wrong in plain
/// words, and how to fix it.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible {
    /// The rule that found it.
    public var rule: LintRule
    /// How serious it is (the rule's default unless the rule decided otherwise for this case).
    public var severity: Diagnostic.Severity
    /// The object, as `Kind namespace/name`.
    public var object: String
    /// The field it is about, relative to the object.
    public var path: FieldPath
    /// Where it is, when the object was read from a file.
    public var location: SourceLocation?
    /// What is wrong, in plain words.
    public var message: String
    /// What to do about it.
    public var fix: String

    /// Creates a finding.
    /// - Parameters:
    ///   - rule: The rule.
    ///   - severity: The severity (the rule's default when nil).
    ///   - object: `Kind namespace/name`.
    ///   - path: The field path.
    ///   - location: The source location.
    ///   - message: What is wrong.
    ///   - fix: What to do.
    public init(
        _ rule: LintRule, severity: Diagnostic.Severity? = nil, object: String, path: FieldPath = FieldPath(),
        location: SourceLocation? = nil, message: String, fix: String
    ) {
        self.rule = rule
        self.severity = severity ?? rule.severity
        self.object = object
        self.path = path
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// `file:line:col: warning: [rule-id] Kind ns/name path: message` and the fix on the next line.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): [\(rule.id)] \(object)"
        if !path.isEmpty { text += " \(path)" }
        return text + ": \(message)\n  fix: \(fix)"
    }
}
