import Foundation
import PodFence

/// Tab completion for the command language, from the same command definitions that parse lines: command
/// names, their flags and option values, file paths where a command takes files, and the session's
/// namespaces, pods and workloads (`namespace/name`) where it takes objects.
///
/// It knows nothing of terminals: the REPL asks it for candidates and draws them.
public struct Completer: Sendable {
    /// What a word of a command line can be.
    enum ValueKind: Sendable, Hashable {
        case file
        case values([String])
        case object
        case free
    }

    struct Argument: Sendable, Hashable {
        var names: [String]
        var isFlag: Bool
        var isOption: Bool
        var valueName: String
        var kind: ValueKind
    }

    struct Command: Sendable, Hashable {
        var name: String
        var arguments: [Argument]
    }

    private let commands: [Command]
    /// Words the REPL understands besides the commands (`exit`, `quit`, `history`).
    private let extraWords: [String]
    /// Positional value names that stand for objects of the session.
    static let objectValueNames: Set<String> = [
        "src", "dst", "source", "destination", "object", "what", "peer", "words", "from", "to", "namespace",
    ]

    /// Words of a command's own grammar that are not in its definition's value lists.
    static let keywords: [String: [String]] = [
        "show": ["all", "namespaces", "policies", "workloads", "pods"],
        "can": ["reach", "on"],
        "explain": ["to", "on"],
        "assert": ["can", "cannot", "reach", "on"],
    ]

    /// Creates a completer for the playground's command tree.
    /// - Parameter extraWords: Words the REPL accepts outside the tree (`exit`, `quit`).
    public init(extraWords: [String] = ["exit", "quit"]) {
        self.commands = Self.commandTree()
        self.extraWords = extraWords
    }

    /// A completion: the candidates for the word under the cursor.
    public struct Completion: Sendable, Hashable {
        /// The word being completed (the text after the last space).
        public var word: String
        /// Full replacements for that word, sorted.
        public var candidates: [String]

        /// The longest text every candidate starts with.
        public var commonPrefix: String {
            guard var common = candidates.first else { return word }
            for candidate in candidates.dropFirst() {
                while !candidate.hasPrefix(common) { common.removeLast() }
            }
            return common
        }
    }

    /// The candidates for the last word of `line` (the text before the cursor).
    /// - Parameters:
    ///   - line: The text before the cursor.
    ///   - session: The session whose objects complete object arguments.
    ///   - workingDirectory: Where relative paths start (nil: the process's directory).
    /// - Returns: The word and its candidates.
    public func complete(_ line: String, session: Session, workingDirectory: String? = nil) -> Completion {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let word = line.hasSuffix(" ") || line.isEmpty ? "" : (words.popLast() ?? "")
        let candidates: [String]
        if words.isEmpty {
            candidates = (commands.map(\.name) + ["help"] + extraWords).filter { $0.hasPrefix(word) }
        } else if words[0] == "help" {
            candidates = commands.map(\.name).filter { $0.hasPrefix(word) }
        } else if let names = templateWords(word, after: words) {
            candidates = names
        } else if let command = commands.first(where: { $0.name == words[0] }) {
            candidates = complete(
                word, after: Array(words.dropFirst()), of: command, session: session,
                workingDirectory: workingDirectory)
        } else {
            candidates = []
        }
        return Completion(word: word, candidates: Array(Set(candidates)).sorted())
    }

    private func complete(
        _ word: String, after words: [String], of command: Command, session: Session, workingDirectory: String?
    ) -> [String] {
        if let previous = words.last,
            let option = command.arguments.first(where: { argument in
                argument.isOption && argument.names.contains { Self.spelled($0) == previous }
            })
        {
            return values(for: option.kind, word: word, session: session, workingDirectory: workingDirectory)
        }
        if word.hasPrefix("-") {
            return command.arguments.filter { $0.isFlag || $0.isOption }.flatMap { $0.names.map(Self.spelled) }
                .filter { $0.hasPrefix(word) }
        }
        let positionals = command.arguments.filter { !$0.isFlag && !$0.isOption }
        guard !positionals.isEmpty else { return [] }
        let index = min(positionalIndex(words, command: command), positionals.count - 1)
        let keywords = (Self.keywords[command.name] ?? []).filter { $0.hasPrefix(word) }
        return keywords
            + values(for: positionals[index].kind, word: word, session: session, workingDirectory: workingDirectory)
    }

    /// Template and bundle names, then `parameter=` for the named template's parameters not given yet, for
    /// `render`, `template`, `templates` and `bundles`; nil for other commands or when an option is being
    /// completed.
    private func templateWords(_ word: String, after words: [String]) -> [String]? {
        guard ["render", "template", "templates", "bundles"].contains(words[0]), !word.hasPrefix("-"),
            !(words.last?.hasPrefix("-") ?? false) || words.last == "--bundle"
        else { return nil }
        let catalog = TemplateCatalog.builtIn
        let bundle = words[0] == "bundles" || words.contains("--bundle")
        let positional = words.dropFirst().filter { !$0.hasPrefix("-") }
        guard let name = positional.first else {
            let names = bundle ? catalog.bundles.map(\.name) : catalog.templates.map(\.name)
            return names.filter { $0.hasPrefix(word) }
        }
        guard ["render", "template"].contains(words[0]) else { return [] }
        let parameters = bundle ? catalog.bundle(named: name)?.parameters : catalog.template(named: name)?.parameters
        let given = Set(positional.dropFirst().compactMap { $0.split(separator: "=").first.map(String.init) })
        return (parameters ?? []).map { $0.name + "=" }.filter {
            !given.contains(String($0.dropLast())) && $0.hasPrefix(word)
        }
    }

    /// How many positional words precede the cursor (options and their values skipped).
    private func positionalIndex(_ words: [String], command: Command) -> Int {
        var count = 0
        var skipNext = false
        for word in words {
            if skipNext {
                skipNext = false
                continue
            }
            if word.hasPrefix("-") {
                skipNext = command.arguments.contains { $0.isOption && $0.names.contains { Self.spelled($0) == word } }
                continue
            }
            count += 1
        }
        return count
    }

    private func values(for kind: ValueKind, word: String, session: Session, workingDirectory: String?) -> [String] {
        switch kind {
        case .values(let values): return values.filter { $0.hasPrefix(word) }
        case .file: return Self.paths(completing: word, workingDirectory: workingDirectory)
        case .object, .free: return Self.objectNames(in: session).filter { $0.hasPrefix(word) }
        }
    }

    /// `namespace/name` of the session's pods, workloads and NetworkPolicies, the names of its namespaces and
    /// cluster policies, and the Calico objects as `kind.projectcalico.org/name` (`namespace/name` for a Calico
    /// NetworkPolicy would name the Kubernetes one too).
    static func objectNames(in session: Session) -> [String] {
        session.objects.compactMap { loaded -> String? in
            switch loaded.object {
            case .pod, .workload, .namespace, .networkPolicy, .clusterNetworkPolicy, .adminNetworkPolicy,
                .baselineAdminNetworkPolicy:
                loaded.object.qualifiedName
            case .calicoNetworkPolicy, .calicoGlobalNetworkPolicy, .calicoTier:
                loaded.object.qualifiedKind.lowercased() + "/" + loaded.object.qualifiedName
            case .topology, .unmodelled: nil
            }
        }
    }

    /// Files and folders whose path starts with `word`; folders end in `/`. Hidden entries only when the
    /// word's last component starts with a dot.
    static func paths(completing word: String, workingDirectory: String?) -> [String] {
        let slash = word.lastIndex(of: "/")
        let folderPart = slash.map { String(word[...$0]) } ?? ""
        let namePart = slash.map { String(word[word.index(after: $0)...]) } ?? word
        var folder = folderPart.isEmpty ? "." : folderPart
        if let workingDirectory, !folder.hasPrefix("/") { folder = workingDirectory + "/" + folder }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return entries.filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { entry in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: folder + "/" + entry, isDirectory: &isDirectory)
                return folderPart + entry + (exists && isDirectory.boolValue ? "/" : "")
            }
    }

    private static func spelled(_ name: String) -> String {
        name.count == 1 ? "-" + name : "--" + name
    }

    /// The command tree as ArgumentParser describes it (`--experimental-dump-help`), so completion can never
    /// disagree with parsing.
    static func commandTree() -> [Command] {
        guard let data = PodFenceCLI._dumpHelp().data(using: .utf8),
            let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let tool = root["command"] as? [String: Any],
            let subcommands = tool["subcommands"] as? [[String: Any]]
        else { return [] }
        return subcommands.compactMap { subcommand -> Command? in
            guard let name = subcommand["commandName"] as? String, name != "help" else { return nil }
            let arguments = (subcommand["arguments"] as? [[String: Any]] ?? []).compactMap(argument)
            return Command(name: name, arguments: arguments.filter { !$0.names.contains("help") })
        }
    }

    private static func argument(_ info: [String: Any]) -> Argument? {
        guard let kind = info["kind"] as? String else { return nil }
        let names = (info["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        let valueName = info["valueName"] as? String ?? ""
        var valueKind = ValueKind.free
        if let completion = info["completionKind"] as? [String: Any] {
            if completion["file"] != nil || completion["directory"] != nil {
                valueKind = .file
            } else if let list = completion["list"] as? [String: Any], let values = list["values"] as? [String] {
                valueKind = .values(values)
            }
        } else if objectValueNames.contains(valueName) {
            valueKind = .object
        }
        return Argument(
            names: names, isFlag: kind == "flag", isOption: kind == "option", valueName: valueName, kind: valueKind)
    }
}
