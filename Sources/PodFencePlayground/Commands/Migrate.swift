import ArgumentParser
import PodFence

/// The output formats of commands that print manifests only.
enum ManifestFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml
    case json
}

/// `migrate [PATH...]`: AdminNetworkPolicies and BaselineAdminNetworkPolicies rewritten as ClusterNetworkPolicies.
struct MigrateCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Rewrite AdminNetworkPolicies and BaselineAdminNetworkPolicies as ClusterNetworkPolicies.",
        discussion: """
            Prints a ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2) for each AdminNetworkPolicy and \
            BaselineAdminNetworkPolicy (v1alpha1), as kubectl-style YAML with their comments (or JSON); what \
            the rewriting finds goes to standard error, `file:line:col: severity: path: message`. An \
            AdminNetworkPolicy becomes tier Admin at its priority, the BaselineAdminNetworkPolicy tier \
            Baseline at priority 1000 (the last of its tier); Allow becomes Accept and ports become protocols. \
            A policy the API server would refuse as a ClusterNetworkPolicy (more than 25 rules, peers or \
            ports) is not printed and the command exits 1. Without paths, migrates the session's policies.
            """)

    @Option(name: .shortAndLong, help: "yaml or json.")
    var output: ManifestFormat = .yaml

    @Argument(help: "Files, folders or - (standard input); none: the session.", completion: .file())
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let objects = try context.objects(paths: paths) { _ in
            "cannot migrate: the manifests have errors (see `check`)"
        }
        var documents: [ManifestNode] = []
        var comments: [ManifestComments] = []
        var diagnostics: [Diagnostic] = []
        var migrated: [(loaded: LoadedObject, migration: ClusterPolicyMigration)] = []
        for loaded in objects {
            let migration: ClusterPolicyMigration
            switch loaded.object {
            case .adminNetworkPolicy(let policy): migration = policy.migrated()
            case .baselineAdminNetworkPolicy(let policy): migration = policy.migrated()
            default: continue
            }
            migrated.append((loaded, migration))
            diagnostics += migration.diagnostics.map { Self.located($0, in: loaded) }
            if migration.isApplicable {
                documents.append(migration.policy.manifest)
                comments.append(Self.comments(of: loaded, following: migration))
            }
        }
        guard !migrated.isEmpty else {
            context.printError("note: nothing to migrate: no AdminNetworkPolicy or BaselineAdminNetworkPolicy")
            return
        }
        diagnostics += Self.nameCollisions(migrated, among: objects)
        for diagnostic in diagnostics { context.printError(diagnostic.description) }
        switch output {
        case .yaml:
            context.output += YAMLWriter().write(documents: documents, comments: comments)
        case .json:
            if !documents.isEmpty { context.output += JSONWriter().write(documents: documents) }
            context.noteCommentsNotWritten(comments)
        }
        if diagnostics.containsErrors { throw CommandFailure("") }
    }

    /// A diagnostic of a migration, located in the source object's manifest.
    private static func located(_ diagnostic: Diagnostic, in loaded: LoadedObject) -> Diagnostic {
        var located = diagnostic
        located.location = loaded.location(of: diagnostic.path)
        return located
    }

    /// The source's comments, attached to the fields its fields became.
    private static func comments(
        of loaded: LoadedObject, following migration: ClusterPolicyMigration
    ) -> ManifestComments {
        var result = ManifestComments()
        result.footer = loaded.comments.footer
        for path in loaded.comments.paths.sorted(by: { $0.description < $1.description }) {
            let attached = loaded.comments[path]
            let target = migration.migratedPath(path)
            for line in attached.above { result.add(above: target, line) }
            if let trailing = attached.trailing { result.setTrailing(target, trailing) }
        }
        return result
    }

    /// A warning (M08) for each result whose name another result or a loaded ClusterNetworkPolicy already
    /// has: applied, the second would replace the first.
    private static func nameCollisions(
        _ migrated: [(loaded: LoadedObject, migration: ClusterPolicyMigration)], among objects: [LoadedObject]
    ) -> [Diagnostic] {
        var owners: [String: String] = [:]
        for loaded in objects {
            if case .clusterNetworkPolicy(let policy) = loaded.object, let name = policy.metadata.name {
                owners[name] = "the ClusterNetworkPolicy \(name) (\(loaded.location))"
            }
        }
        var diagnostics: [Diagnostic] = []
        for (loaded, migration) in migrated {
            guard let name = migration.policy.metadata.name else { continue }
            if let owner = owners[name] {
                diagnostics.append(
                    located(
                        Diagnostic(
                            .warning, code: .migratedNameTaken, path: "metadata.name",
                            message: "the ClusterNetworkPolicy \(name) would replace \(owner): rename one of them"),
                        in: loaded))
            } else {
                owners[name] = "the one migrated from the \(loaded.object.kind) \(name) (\(loaded.location))"
            }
        }
        return diagnostics
    }
}
