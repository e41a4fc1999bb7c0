import ArgumentParser
import PodFence

/// The output formats of `topology show`.
enum TopologyFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case yaml
    case json
    case namespaces
}

/// `topology load FILE...` and `topology show`: the Docker Enterprise topology of the session.
struct TopologyCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "topology",
        abstract: "Load or show the Docker Enterprise topology (VLANs, collections, nodes, grants, namespace links).",
        discussion: """
            A topology is a podfence.dev/v1alpha1 Topology document (docs/docker-enterprise.md); several \
            documents are merged in load order. `placement`, `firewall plan` and `audit` work on it.
            """,
        subcommands: [TopologyLoadCommand.self, TopologyShowCommand.self],
        defaultSubcommand: TopologyShowCommand.self)

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        throw CommandFailure(PodFenceCLI.helpMessage(for: Self.self), exitCode: 2)
    }
}

/// `topology load PATH...`: read topology documents (and any other manifests) into the session.
struct TopologyLoadCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Read files or folders holding a Topology (other manifests in them are loaded too).",
        discussion: "Like `load`, then prints a summary of the session's topology. Nothing is loaded on errors.")

    @Argument(help: "Files, folders or - (standard input).", completion: .file())
    var paths: [String]

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let result = ManifestLoader().load(paths: paths.map(context.resolve))
        let hasTopology = result.objects.contains { loaded in
            if case .topology = loaded.object { return true }
            return false
        }
        if result.isComplete && !hasTopology {
            throw CommandFailure(
                "no Topology document (apiVersion: podfence.dev/v1alpha1, kind: Topology) in "
                    + paths.joined(separator: " "))
        }
        try LoadCommand.accept(result, into: &context)
        let topology = try context.session.topology()
        context.print(Self.summary(topology))
    }

    /// `topology acme-ee (UCP 3.1/3.2): 3 VLANs, 6 collections, 11 nodes, ...`.
    static func summary(_ topology: Topology) -> String {
        let spec = topology.spec
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        let parts = [
            count(spec.vlans.count, "VLAN"), count(spec.collections.count, "collection"),
            count(spec.nodes.count, "node"), count(spec.teams.count, "team"),
            count(spec.applicationGroups.count, "application group"), count(spec.grants.count, "grant"),
            count(spec.namespaceLinks.count, "namespace link"),
        ]
        return "topology \(topology.name) (\(spec.effectiveVersion.displayName)): " + parts.joined(separator: ", ")
    }
}

/// `topology show [--format table|yaml|json|namespaces]`.
struct TopologyShowCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the session's topology: tables, YAML, JSON, or the Namespaces its links annotate.",
        discussion: """
            `namespaces` prints one Namespace per link with its scheduler.alpha.kubernetes.io/node-selector \
            annotation, ready for kubectl apply.
            """)

    @Option(name: .long, help: "table, yaml, json or namespaces.")
    var format: TopologyFormat = .table

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let topology = try context.session.topology()
        switch format {
        case .table: context.output += Self.tables(topology)
        case .yaml: context.output += YAMLWriter().write(topology.manifest)
        case .json: context.output += JSONWriter().write(topology.manifest)
        case .namespaces:
            let namespaces = topology.spec.namespaceLinks.compactMap(topology.annotatedNamespace(for:))
            context.output += YAMLWriter().write(documents: namespaces.map(\.manifest))
        }
    }

    /// Every section of the topology as plain tables.
    static func tables(_ topology: Topology) -> String {
        let spec = topology.spec
        var output = TopologyLoadCommand.summary(topology) + "\n"

        var vlans = TextTable(["VLAN", "ID", "CIDR", "ENVIRONMENT", "PURPOSE", "NODES"])
        for vlan in spec.vlans {
            vlans.append([
                vlan.name, "\(vlan.id)", vlan.cidr, vlan.environment ?? "-", topology.purpose(of: vlan).rawValue,
                "\(topology.nodes(onVLAN: vlan.name).count)",
            ])
        }
        output += "\n" + vlans.rendered

        var collections = TextTable(["COLLECTION", "ID", "NODES", "NODE LABELS"])
        for path in topology.collectionTree.paths {
            let direct = spec.nodes.filter { $0.collection.normalized == path }.map(\.name)
            let labels = topology.collection(at: path)?.nodeLabels ?? [:]
            collections.append([
                path.rawValue, topology.collectionID(of: path), list(direct),
                labels.isEmpty ? "-" : NodeSelectorAnnotation.format(labels),
            ])
        }
        output += "\n" + collections.rendered

        var nodes = TextTable(["NODE", "ROLE", "VLAN", "ADDRESSES", "COLLECTION"])
        for node in spec.nodes {
            nodes.append([
                node.name, node.role.rawValue, node.vlan ?? "-", list(node.addresses), node.collection.rawValue,
            ])
        }
        output += "\n" + nodes.rendered

        if !spec.applicationGroups.isEmpty {
            var groups = TextTable(["APPLICATION GROUP", "COLLECTIONS", "NAMESPACES", "VLANS"])
            for group in spec.applicationGroups {
                groups.append([
                    group.name, list(group.collections.map(\.rawValue)), list(group.namespaces),
                    list(topology.vlans(of: group).sorted()),
                ])
            }
            output += "\n" + groups.rendered
        }

        var grants = TextTable(["SUBJECT", "ROLE", "RESOURCE"])
        for grant in topology.effectiveGrants {
            let implied = topology.impliedGrants.contains(grant) && !spec.grants.contains(grant)
            grants.append([
                grant.subject.description + (implied ? " (UCP default)" : ""), grant.role,
                grant.resource?.description ?? "-",
            ])
        }
        output += "\n" + grants.rendered

        if !spec.namespaceLinks.isEmpty {
            var links = TextTable(["NAMESPACE", "TARGET", "FORM", "ANNOTATION"])
            for link in spec.namespaceLinks {
                let target = link.collection.map { "collection \($0)" } ?? "node selector"
                let form = link.collection == nil ? "-" : topology.form(of: link).rawValue
                links.append([link.namespace, target, form, topology.annotationValue(of: link) ?? "-"])
            }
            output += "\n" + links.rendered
        }
        return output
    }

    private static func list(_ items: [String]) -> String { items.isEmpty ? "-" : items.joined(separator: ", ") }
}
