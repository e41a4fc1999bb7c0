import ArgumentParser
import PodFence

/// `placement NAMESPACE` or `placement --users`: where pods may land and who may put them there.
struct PlacementCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "placement",
        abstract: "Which nodes a namespace's pods may land on, and who may schedule where.",
        discussion: """
            Follows PodNodeSelector: the namespace's node selector (a loaded Namespace's annotation, else the \
            topology's link, else the cluster default) is merged into each pod's nodeSelector; a conflict \
            rejects the pod, no matching worker leaves it Pending. Then lists the grants that deploy into the \
            namespace and those that schedule onto its nodes. --users lists, per user, where they may schedule \
            and deploy. Paths after the namespace are loaded into a fresh session first.
            """)

    @Flag(name: .long, help: "List every user's scheduling and deploying rights instead.")
    var users = false

    @Argument(
        help: "The namespace (none with --users), then manifests to analyse instead of the session.",
        completion: .file())
    var words: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let namespace = users ? nil : words.first
        let session = try Session.analysed(paths: Array(words.dropFirst(users ? 0 : 1)), context: &context)
        let topology = try session.topology()
        let objects = session.kubernetesObjects
        if users {
            var table = TextTable(["USER", "SCHEDULE ON", "DEPLOY IN", "NODES"])
            for access in topology.principalAccess(objects: objects) {
                table.append([
                    access.principal.description, Self.list(access.scheduleCollections.map(\.rawValue)),
                    Self.list(access.deployNamespaces), Self.list(access.nodes),
                ])
            }
            context.output += table.rendered
            return
        }
        guard let namespace else {
            throw CommandFailure("placement needs a NAMESPACE, or --users", exitCode: 2)
        }
        Self.print(topology.placement(of: namespace, objects: objects), topology: topology, into: &context)
    }

    private static func print(_ placement: NamespacePlacement, topology: Topology, into context: inout CommandContext) {
        context.print("namespace:  \(placement.namespace)")
        let selector = placement.selector.isEmpty ? "none" : placement.annotationValue
        context.print("selector:   \(selector) (\(placement.source))")
        if !placement.selector.isEmpty {
            context.print("annotation: \(NodeSelectorAnnotation.key): \(placement.annotationValue)")
        }
        let nodes = placement.nodes.map { "\($0.name) (\($0.vlan ?? "-"))" }
        context.print("nodes:      \(nodes.isEmpty ? "none: every pod stays Pending" : nodes.joined(separator: ", "))")
        if !placement.pods.isEmpty {
            var table = TextTable(["POD", "KIND", "OUTCOME", "DETAIL"])
            for pod in placement.pods {
                switch pod.outcome {
                case .schedulable(let nodes): table.append([pod.name, pod.kind, "schedulable", list(nodes)])
                case .pending:
                    table.append([
                        pod.name, pod.kind, "pending",
                        "no worker matches " + NodeSelectorAnnotation.format(pod.mergedSelector),
                    ])
                case .rejected(let conflicts):
                    let detail =
                        conflicts.isEmpty
                        ? "the namespace's annotation is invalid"
                        : "nodeSelector conflicts with the namespace's on " + conflicts.joined(separator: ", ")
                    table.append([pod.name, pod.kind, "rejected", detail])
                }
            }
            context.output += "\n" + table.rendered
        }
        context.output += "\n" + rights(placement.deployers, title: "MAY DEPLOY INTO IT", topology: topology)
        context.output += "\n" + rights(placement.schedulers, title: "MAY SCHEDULE ONTO ITS NODES", topology: topology)
    }

    private static func rights(_ rights: [AccessRight], title: String, topology: Topology) -> String {
        var table = TextTable([title, "ROLE", "RESOURCE", "USERS"])
        for right in rights {
            let users = right.grant.subject.isEverybody ? "everybody" : list(right.principals.map(\.name))
            table.append([
                right.grant.subject.description + (right.isImplied ? " (UCP default)" : ""), right.grant.role,
                right.grant.resource?.description ?? "-", users,
            ])
        }
        if rights.isEmpty { table.append(["(none)"]) }
        return table.rendered
    }

    private static func list(_ items: [String]) -> String { items.isEmpty ? "-" : items.joined(separator: ", ") }
}
