import ArgumentParser
import PodFence

/// The output formats of `firewall plan`.
enum FirewallFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case csv
    case json
    case iptables
    case nft
}

/// The `--version` values of `firewall plan`.
enum UCPVersionArgument: String, ExpressibleByArgument, CaseIterable {
    case ucp30 = "3.0"
    case ucp31 = "3.1"
    case ucp32 = "3.2"
    case mke3

    var version: UCPVersion { UCPVersion(rawValue: rawValue) }
}

/// The `--encapsulation` values of `firewall plan`.
enum EncapsulationArgument: String, ExpressibleByArgument, CaseIterable {
    case ipip
    case vxlan
}

/// The `--worker-mesh` values of `firewall plan`.
enum WorkerMeshArgument: String, ExpressibleByArgument, CaseIterable {
    case full
    case required
    case none
}

/// `firewall plan`: what the VLAN firewall must allow.
struct FirewallCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "firewall",
        abstract: "The firewall rules between the topology's VLANs (firewall plan).",
        subcommands: [FirewallPlanCommand.self],
        defaultSubcommand: FirewallPlanCommand.self)

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        throw CommandFailure(PodFenceCLI.helpMessage(for: Self.self), exitCode: 2)
    }
}

/// `firewall plan [--format ...] [--version ...] [--encapsulation ...] [--encrypted] [--worker-mesh ...]`.
struct FirewallPlanCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the rules each VLAN pair needs for the UCP/MKE release's ports.",
        discussion: """
            One rule per port of the release's table (UCP 3.0, 3.1/3.2 or MKE 3.x) and per VLAN pair that \
            needs it: management to and from every application VLAN, application VLANs among themselves as \
            --worker-mesh says; IP-in-IP (protocol 4) or VXLAN, ESP (protocol 50) with --encrypted, the \
            NodePort range. Options default to the topology's spec.version and spec.network. iptables prints \
            iptables-restore input, nft an nft -f script. With paths, they are loaded into a fresh session first.
            """)

    @Option(name: .long, help: "table, csv, json, iptables or nft.")
    var format: FirewallFormat = .table

    @Option(name: .long, help: "The UCP/MKE release: 3.0, 3.1, 3.2 or mke3 (default: the topology's).")
    var version: UCPVersionArgument?

    @Option(name: .long, help: "ipip or vxlan (default: the topology's).")
    var encapsulation: EncapsulationArgument?

    @Flag(inversion: .prefixedNo, help: "Allow ESP for encrypted overlay networks (default: the topology's).")
    var encrypted: Bool?

    @Option(name: .long, help: "Which application VLAN pairs talk: full, required or none (default: the topology's).")
    var workerMesh: WorkerMeshArgument?

    @Argument(
        help: "Manifests to plan for instead of the session (files, folders, - for standard input).",
        completion: .file())
    var paths: [String] = []

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        let session = try Session.analysed(paths: paths, context: &context)
        let topology = try session.topology()
        var options = FirewallPlanOptions(topology: topology)
        if let version { options.version = version.version }
        if let encapsulation { options.encapsulation = TopologyNetwork.Encapsulation(rawValue: encapsulation.rawValue) }
        if let encrypted { options.encryptedOverlay = encrypted }
        if let workerMesh { options.workerMesh = TopologyNetwork.WorkerMesh(rawValue: workerMesh.rawValue) }
        let plan = topology.firewallPlan(options: options, objects: session.kubernetesObjects)
        switch format {
        case .table:
            context.output += plan.table()
            for note in plan.notes { context.print("note: \(note)") }
        case .csv: context.output += plan.csv()
        case .json: context.output += plan.json()
        case .iptables: context.output += plan.iptablesRestore()
        case .nft: context.output += plan.nftables()
        }
    }
}
