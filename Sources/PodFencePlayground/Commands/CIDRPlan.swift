import ArgumentParser
import PodFence

/// The output formats of `cidr plan`.
enum PodCIDRPlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case manifests
}

/// `cidr plan [--file PLAN.yaml] [flags]`: the pod CIDR change planner.
struct CIDRPlanCommand: ParsableCommand, PlaygroundCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a pod CIDR change: conflicts, candidate pod CIDRs, and the Calico IP pool migration.",
        discussion: """
            Inputs come from a plan file (--file, or a heredoc: cidr plan <<EOF ... EOF; apiVersion \
            podfence.dev/v1alpha1, kind PodCIDRPlan) and from flags, which win. What neither gives takes the \
            default of a Docker Enterprise install (pod network 192.168.0.0/16, services 10.96.0.0/16, Swarm pool \
            10.0.0.0/8, docker0 and docker_gwbridge, the engine's address pools), listed under "Assumed"; `none` \
            empties a list. --nodes is required. Range flags take several values, and NAME=CIDR names one \
            (--reach servers=192.168.10.0/24). --format manifests prints the two IPPool manifests alone.
            """)

    @Option(help: "A plan file (YAML or JSON; - for standard input).", completion: .file())
    var file: String?

    @Option(help: "The current pod network (default: UCP's 192.168.0.0/16).")
    var podCidr: String?

    @Option(parsing: .upToNextOption, help: "The service network(s), or none (default: 10.96.0.0/16).")
    var serviceCidr: [String] = []

    @Option(parsing: .upToNextOption, help: "The networks the hosts have their addresses in.")
    var nodeNetwork: [String] = []

    @Option(parsing: .upToNextOption, help: "Bridges every host has, NAME=CIDR (default: docker0, docker_gwbridge).")
    var bridge: [String] = []

    @Option(parsing: .upToNextOption, help: "Swarm default address pools, or none (default: 10.0.0.0/8).")
    var swarmPool: [String] = []

    @Option(parsing: .upToNextOption, help: "Engine default address pools, or none (default: Docker's).")
    var enginePool: [String] = []

    @Option(parsing: .upToNextOption, help: "Networks pods must reach, CIDR or NAME=CIDR.")
    var reach: [String] = []

    @Option(help: "The number of nodes that run pods, growth included.")
    var nodes: String?

    @Option(help: "The most pods a node runs (default: 110, kubelet's maxPods).")
    var podsPerNode: String?

    @Option(help: "The new pool's Calico block size, /N or N (default: /26).")
    var blockSize: String?

    @Option(parsing: .upToNextOption, help: "Where to look for candidates (default: RFC 1918 space).")
    var pool: [String] = []

    @Option(help: "The pod CIDR to move to (default: the first candidate).")
    var target: String?

    @Option(help: "The most candidates to list (default: 5).")
    var candidates: String?

    @Option(parsing: .upToNextOption, help: "Namespaces to recreate pods in, in order (default: the session's).")
    var namespace: [String] = []

    @Option(help: "The current Calico pool's name (default: default-ipv4-ippool).")
    var currentPoolName: String?

    @Option(help: "The current pool's block size, /N or N (default: /26).")
    var currentBlockSize: String?

    @Option(help: "The new Calico pool's name (default: pod-pool- and its CIDR).")
    var newPoolName: String?

    @Option(help: "Always, CrossSubnet or Never (default: Always, as UCP installs Calico).")
    var ipipMode: String?

    @Option(help: "Always, CrossSubnet or Never (default: Never).")
    var vxlanMode: String?

    @Flag(inversion: .prefixedNo, help: "Masquerade pod traffic that leaves the pools (default: on).")
    var natOutgoing: Bool?

    @Option(help: "kube-controller-manager's --node-cidr-mask-size (default: 24).")
    var nodeCidrMaskSize: String?

    @Option(help: "text, json, or manifests (the two IPPools as YAML).")
    var format: PodCIDRPlanFormat = .text

    @OptionGroup var input: CIDRInputOptions

    func execute(in context: inout CommandContext) throws(CommandFailure) {
        var spec = PodCIDRPlanSpec()
        if let file {
            spec = try PodCIDRPlanFile.read(path: context.resolve(file), strict: input.strict, context: &context)
        } else if let inline = context.inlineInput {
            spec = try PodCIDRPlanFile.read(inline, file: "<inline>", strict: input.strict, context: &context)
        }
        spec.override(with: try flagSpec(context: &context))
        let namespaces = context.session.namespaces.map(\.name).sorted()
        let request: PodCIDRPlanRequest
        let assumed: [String]
        do throws(PodCIDRPlanError) {
            let made = try spec.request(defaultNamespaces: namespaces)
            request = made.request
            assumed = made.assumptions.map(\.words)
        } catch {
            throw CommandFailure(
                "cidr plan needs the number of nodes: give --nodes N, or spec.nodes in the plan file")
        }
        let plan: PodCIDRPlan
        do throws(PodCIDRPlanError) {
            plan = try PodCIDRPlanner().plan(request)
        } catch {
            throw CommandFailure(error.message)
        }
        let report = PodCIDRPlanReport(plan: plan, assumed: assumed)
        switch format {
        case .text:
            context.output += report.text
        case .json:
            context.output += JSONWriter().write(report.json)
        case .manifests:
            guard !report.manifests.isEmpty else {
                throw CommandFailure(
                    plan.isChangeNeeded
                        ? "no candidate pod CIDR fits, so there are no manifests; give --pool with more room"
                        : "no change is needed, so there are no manifests; give --target to plan a move anyway")
            }
            context.output += YAMLWriter().write(documents: report.manifests)
        }
        if plan.isChangeNeeded && plan.target == nil {
            throw CommandFailure(
                "no candidate pod CIDR of /\(plan.capacity.minimumPrefixLength) or larger is free in "
                    + plan.candidatePools.map(\.description).joined(separator: ", "))
        }
    }

    /// The values the flags set, as a spec that overrides the plan file.
    private func flagSpec(context: inout CommandContext) throws(CommandFailure) -> PodCIDRPlanSpec {
        var spec = PodCIDRPlanSpec()
        spec.podCIDR = try podCidr.map { (text) throws(CommandFailure) in
            try input.prefix(text, name: "--pod-cidr", context: &context)
        }
        spec.serviceNetworks = try ranges(serviceCidr, "--service-cidr", .serviceNetwork, &context)
        spec.nodeNetworks = try ranges(nodeNetwork, "--node-network", .nodeNetwork, &context)
        spec.bridgeNetworks = try ranges(bridge, "--bridge", .bridgeNetwork, &context)
        spec.swarmAddressPools = try ranges(swarmPool, "--swarm-pool", .swarmAddressPool, &context)
        spec.engineAddressPools = try ranges(enginePool, "--engine-pool", .engineAddressPool, &context)
        spec.destinations = try ranges(reach, "--reach", .destination, &context)
        spec.candidatePools = try ranges(pool, "--pool", .podNetwork, &context)?.map(\.prefix)
        spec.target = try target.map { (text) throws(CommandFailure) in
            try input.prefix(text, name: "--target", context: &context)
        }
        spec.nodeCount = try nodes.map { (text) throws(CommandFailure) in
            try CIDRArguments.number(text, name: "--nodes")
        }
        spec.podsPerNode = try podsPerNode.map { (text) throws(CommandFailure) in
            try CIDRArguments.number(text, name: "--pods-per-node")
        }
        spec.maximumCandidates = try candidates.map { (text) throws(CommandFailure) in
            try CIDRArguments.number(text, name: "--candidates")
        }
        spec.blockSize = try blockSize.map { (text) throws(CommandFailure) in
            try CIDRArguments.anyLength(text, name: "--block-size")
        }
        spec.currentBlockSize = try currentBlockSize.map { (text) throws(CommandFailure) in
            try CIDRArguments.anyLength(text, name: "--current-block-size")
        }
        spec.nodeCIDRMaskSize = try nodeCidrMaskSize.map { (text) throws(CommandFailure) in
            try CIDRArguments.anyLength(text, name: "--node-cidr-mask-size")
        }
        spec.namespaces = namespace.isEmpty ? nil : CIDRArguments.words(namespace)
        spec.currentPoolName = currentPoolName
        spec.newPoolName = newPoolName
        spec.ipipMode = try ipipMode.map { (text) throws(CommandFailure) in try mode(text, "--ipip-mode") }
        spec.vxlanMode = try vxlanMode.map { (text) throws(CommandFailure) in try mode(text, "--vxlan-mode") }
        spec.natOutgoing = natOutgoing
        return spec
    }

    /// Reads a range flag: `nil` when not given, `[]` for `none`, otherwise CIDRs or NAME=CIDR words.
    private func ranges(
        _ words: [String], _ name: String, _ role: NetworkRange.Role, _ context: inout CommandContext
    ) throws(CommandFailure) -> [NetworkRange]? {
        let values = CIDRArguments.words(words)
        if values.isEmpty { return nil }
        if values == ["none"] { return [] }
        var result: [NetworkRange] = []
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            let (label, text) = parts.count == 2 ? (parts[0], parts[1]) : (nil, value)
            result.append(NetworkRange(role, try input.prefix(text, name: name, context: &context), name: label))
        }
        return result
    }

    /// Reads an encapsulation mode.
    private func mode(_ text: String, _ name: String) throws(CommandFailure) -> CalicoIPPool.EncapsulationMode {
        let mode = CalicoIPPool.EncapsulationMode.allCases.first { $0.rawValue.lowercased() == text.lowercased() }
        guard let mode else { throw CommandFailure("\(name) \"\(text)\": expected Always, CrossSubnet or Never") }
        return mode
    }
}

extension PodCIDRPlanSpec.Assumption {
    /// The assumption as the report's "Assumed" section words it.
    var words: String {
        switch self {
        case .podCIDR(let prefix): "pod network \(prefix): UCP's default"
        case .serviceNetwork(let prefix): "service network \(prefix): UCP's default"
        case .noNodeNetwork: "no node network: overlaps with the hosts' own addresses are not checked"
        case .swarmAddressPool(let prefix): "Swarm address pool \(prefix): Swarm's default"
        case .bridgeNetworks(let bridges):
            "bridge networks \(bridges.map { "\($0.name ?? "") \($0.prefix)" }.joined(separator: " and ")): "
                + "the engine's defaults"
        case .engineAddressPools:
            "engine address pools 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16: the engine's defaults"
        case .noDestination: "no destination pods must reach (--reach): only the cluster's own ranges are checked"
        case .podsPerNode(let count): "\(count) pods a node: kubelet's default maxPods"
        case .blockSize(let length): "Calico blocks of /\(length): Calico's default"
        case .defaultNamespaces(let names):
            "namespaces \(names.joined(separator: ", ")): the ones loaded in the session"
        }
    }
}
