import PodFence

/// The cluster a migration is planned for, read from the command line; every value has the default of the
/// walkthrough's case: a UCP cluster on its default pod network whose pods must reach two server networks.
///
/// ```
/// pod-cidr-migration [--pod-cidr CIDR] [--nodes N] [--node-network CIDR]... [--reach [NAME=]CIDR]...
/// ```
struct MigrationInputs {
    /// The current pod network.
    var podCIDR = DockerEnterpriseDefaults.podCIDR
    /// The nodes that run pods, growth included.
    var nodes = 20
    /// The networks the hosts have their addresses in.
    var nodeNetworks: [IPPrefix] = []
    /// The networks pods must reach, with their names.
    var destinations: [NetworkRange] = []

    /// The one-line usage, printed on standard error when the arguments do not fit.
    static let usage =
        "usage: pod-cidr-migration [--pod-cidr CIDR] [--nodes N] [--node-network CIDR]... [--reach [NAME=]CIDR]..."

    /// The walkthrough's servers, as `--reach` values: file servers inside UCP's default pod network, and a data
    /// centre network.
    static let walkthroughDestinations = ["file servers=192.168.10.0/24", "data centre=10.10.0.0/16"]

    /// Reads the arguments (without the program's name).
    /// - Parameter arguments: The words.
    /// - Throws: A message naming the bad argument.
    init(arguments: [String]) throws(InputError) {
        var words = arguments[...]
        var reach: [String] = []
        func value(of option: String) throws(InputError) -> String {
            guard let value = words.popFirst() else { throw InputError("\(option) needs a value") }
            return value
        }
        func prefix(_ text: String, for option: String) throws(InputError) -> IPPrefix {
            do {
                return try IPPrefix(parsing: text)
            } catch {
                throw InputError("\(option) \(text): \(error.message)")
            }
        }
        while let option = words.popFirst() {
            switch option {
            case "--pod-cidr":
                podCIDR = try prefix(try value(of: option), for: option)
            case "--nodes":
                let text = try value(of: option)
                guard let count = Int(text), count > 0 else { throw InputError("--nodes \(text): expected a count") }
                nodes = count
            case "--node-network":
                nodeNetworks.append(try prefix(try value(of: option), for: option))
            case "--reach":
                reach.append(try value(of: option))
            default:
                throw InputError("unknown option \(option)")
            }
        }
        for text in reach.isEmpty ? Self.walkthroughDestinations : reach {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let cidr = try prefix(parts.last ?? text, for: "--reach")
            destinations.append(NetworkRange(.destination, cidr, name: parts.count == 2 ? parts[0] : nil))
        }
    }

    /// The planner's request: these inputs and the Docker Enterprise defaults for everything else.
    var request: PodCIDRPlanRequest {
        PodCIDRPlanRequest(
            podCIDR: podCIDR,
            ranges: [NetworkRange(.serviceNetwork, DockerEnterpriseDefaults.serviceCIDR)]
                + nodeNetworks.map { NetworkRange(.nodeNetwork, $0) } + destinations
                + DockerEnterpriseDefaults.dockerRanges,
            nodeCount: nodes)
    }
}

/// A bad argument.
struct InputError: Error, CustomStringConvertible {
    /// What is wrong.
    var description: String

    /// Creates an error.
    /// - Parameter description: What is wrong.
    init(_ description: String) {
        self.description = description
    }
}
