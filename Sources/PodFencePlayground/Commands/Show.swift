import ArgumentParser
import PodFence

/// The output formats of `show`.
enum ObjectFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case yaml
    case json
}

/// `show [WHAT]`: list or print the session's objects.
struct ShowCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "List the session's objects, or print some as YAML or JSON.",
        discussion: """
            WHAT is `namespaces`, `policies` (NetworkPolicies, the cluster policies: ClusterNetworkPolicy, \
            AdminNetworkPolicy, BaselineAdminNetworkPolicy, and Calico's NetworkPolicy, GlobalNetworkPolicy and \
            Tier, listed as `Kind.projectcalico.org`), `workloads`, `pods`, `all` (the default: a summary), or an \
            object: `namespace/name`, a cluster-scoped object's name, `kind/name` or `kind/namespace/name` (a \
            Calico kind with its group: `networkpolicy.projectcalico.org/shop/db`). Objects print as YAML unless \
            -o says otherwise.
            """)

    @Option(name: .shortAndLong, help: "table, yaml or json.")
    var output: ObjectFormat?

    @Argument(help: "namespaces, policies, workloads, pods, all, or an object name.")
    var what: String = "all"

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let session = context.session
        let selected: [LoadedObject]
        switch what {
        case "all":
            if output == nil || output == .table {
                summary(session, into: &context)
                return
            }
            selected = session.objects
        case "namespaces", "ns": selected = session.objects.filter { $0.object.kind == Namespace.kind }
        case "policies":
            selected = session.objects.filter { Session.isPolicy($0.object) }
        case "networkpolicies", "netpol":
            selected = session.objects.filter { if case .networkPolicy = $0.object { true } else { false } }
        case "workloads": selected = session.objects.filter { if case .workload = $0.object { true } else { false } }
        case "pods": selected = session.objects.filter { $0.object.kind == Pod.kind }
        default:
            selected = session.objects(named: what)
            guard !selected.isEmpty else {
                throw CommandFailure("no object named \(what); `show all` lists what is loaded")
            }
            if output == nil {
                context.output += YAMLWriter().write(
                    documents: selected.map(\.object.manifest), comments: selected.map(\.comments))
                return
            }
        }
        switch output ?? .table {
        case .table: table(selected, into: &context)
        case .yaml:
            context.output += YAMLWriter().write(
                documents: selected.map(\.object.manifest), comments: selected.map(\.comments))
        case .json:
            context.output += JSONWriter().write(documents: selected.map(\.object.manifest))
            context.noteCommentsNotWritten(selected.map(\.comments))
        }
    }

    private func summary(_ session: Session, into context: inout CommandContext) {
        // A topology is counted with the other kinds: the Kubernetes analyses do not read it.
        let unmodelled = session.objects.filter { loaded in
            switch loaded.object {
            case .topology, .unmodelled: true
            default: false
            }
        }
        context.print("namespaces: \(session.namespaces.count)")
        context.print("workloads:  \(session.workloads.count)")
        context.print("pods:       \(session.pods.count)")
        context.print("policies:   \(session.policies.count)")
        let clusterPolicies = session.clusterPolicies.count
        if clusterPolicies > 0 { context.print("cluster policies: \(clusterPolicies)") }
        let calico = session.objects.filter(\.object.isCalico).count
        if calico > 0 { context.print("calico:     \(calico)") }
        if !unmodelled.isEmpty { context.print("other:      \(unmodelled.count) (kept, not analysed)") }
    }

    private func table(_ objects: [LoadedObject], into context: inout CommandContext) {
        var table = TextTable(["KIND", "NAME", "SOURCE"])
        for loaded in objects {
            table.append([loaded.object.qualifiedKind, loaded.object.qualifiedName, "\(loaded.location)"])
        }
        context.output += table.rendered
    }
}
