import PodFence

/// What the gate was asked to check, read from its command line.
///
/// ```
/// pipeline-gate MANIFESTS... [--assertions FILE] [--sarif FILE] [--exempt NAMESPACE]... [--fail-on SEVERITY]
/// ```
struct GateOptions {
    /// The manifest files and folders to check.
    var manifests: [String] = []
    /// A file of `assert` lines, in the playground's syntax.
    var assertions: String?
    /// Where to write the lint findings as SARIF 2.1.0.
    var sarif: String?
    /// Namespaces another team governs: they need no default deny from this pipeline.
    var exemptNamespaces: Set<String> = []
    /// The least serious lint finding that fails the gate.
    var failOn: Diagnostic.Severity = .warning

    /// The usage, printed on standard error when the arguments do not fit.
    static let usage = """
        usage: pipeline-gate MANIFESTS... [--assertions FILE] [--sarif FILE] [--exempt NAMESPACE]... \
        [--fail-on error|warning|note]
        """

    /// Reads the arguments (without the program's name).
    /// - Parameter arguments: The words.
    /// - Throws: A ``GateError`` naming the bad argument.
    init(arguments: [String]) throws(GateError) {
        var words = arguments[...]
        func value(of option: String) throws(GateError) -> String {
            guard let value = words.popFirst(), !value.hasPrefix("--") else {
                throw GateError("\(option) needs a value")
            }
            return value
        }
        while let word = words.popFirst() {
            switch word {
            case "--assertions": assertions = try value(of: word)
            case "--sarif": sarif = try value(of: word)
            case "--exempt": exemptNamespaces.insert(try value(of: word))
            case "--fail-on":
                let text = try value(of: word)
                guard let severity = Diagnostic.Severity(rawValue: text) else {
                    throw GateError("--fail-on \(text): expected error, warning or note")
                }
                failOn = severity
            case let option where option.hasPrefix("--"):
                throw GateError("unknown option \(option)")
            default:
                manifests.append(word)
            }
        }
        if manifests.isEmpty { throw GateError("no manifests to check") }
    }
}

/// A problem with the gate's own input: its arguments or its assertion file.
struct GateError: Error, CustomStringConvertible {
    /// What is wrong.
    var description: String

    /// Creates an error.
    /// - Parameter description: What is wrong.
    init(_ description: String) {
        self.description = description
    }
}
