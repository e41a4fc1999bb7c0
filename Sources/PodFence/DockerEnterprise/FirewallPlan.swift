import PodFenceModel

/// What a VLAN firewall must allow for a UCP/MKE cluster spread over VLANs: one rule per port of the release's
/// table, per pair of VLANs that needs it (management to and from every application VLAN; application VLANs
/// among themselves as ``FirewallPlanOptions/workerMesh`` says), plus external access to the managers and the
/// NodePorts, and the local-only ports for completeness.
///
/// Directions are inferred from the tables' scopes (the docs give none): an `Internal` port open on workers is
/// reached from every cluster host; one open on managers only is reached from every host too (workers and
/// other managers); `External` adds clients outside the cluster; `Self` needs no rule.
///
/// ```swift
/// let plan = topology.firewallPlan()
/// print(plan.iptablesRestore())
/// ```
public struct FirewallPlan: Sendable, Hashable {
    /// An ordered pair of VLANs.
    public struct VLANPair: Sendable, Hashable {
        /// Where traffic comes from.
        public var source: VLAN
        /// Where it goes.
        public var destination: VLAN

        /// Creates a pair.
        /// - Parameters:
        ///   - source: Where traffic comes from.
        ///   - destination: Where it goes.
        public init(source: VLAN, destination: VLAN) {
            self.source = source
            self.destination = destination
        }
    }

    /// The topology's name.
    public var topology: String
    /// The choices the plan was made with.
    public var options: FirewallPlanOptions
    /// The rules, grouped by source then destination (in the topology's VLAN order), in table order.
    public var rules: [FirewallRule]
    /// The VLAN pairs that must not talk beyond the rules: every ordered pair of distinct VLANs with hosts.
    public var isolatedPairs: [VLANPair]
    /// What the plan rests on that is inferred or unconfirmed, and what it leaves out.
    public var notes: [String]

    /// Creates a plan.
    /// - Parameters:
    ///   - topology: The topology's name.
    ///   - options: The choices.
    ///   - rules: The rules.
    ///   - isolatedPairs: The VLAN pairs to close beyond the rules.
    ///   - notes: The caveats.
    public init(
        topology: String, options: FirewallPlanOptions, rules: [FirewallRule],
        isolatedPairs: [VLANPair], notes: [String]
    ) {
        self.topology = topology
        self.options = options
        self.rules = rules
        self.isolatedPairs = isolatedPairs
        self.notes = notes
    }

    /// The rules a firewall must hold (the local-only ones left out).
    public var enforcedRules: [FirewallRule] { rules.filter { !$0.isLocalOnly } }
}
