import PodFenceCIDR
import PodFenceModel

extension Topology {
    /// The firewall plan of the topology: for every row of the release's port table and every VLAN holding
    /// hosts the row is open on, a rule from each source that needs it.
    ///
    /// - `External` rows: from anywhere outside the cluster.
    /// - `Internal` rows: from every other VLAN with cluster hosts, when the pair needs it: a pair with a
    ///   management VLAN always does; a pair of application VLANs as ``FirewallPlanOptions/workerMesh`` says
    ///   (`full`: always; `required`: when some namespace's pods may land on both, see
    ///   ``placement(of:objects:)``; `none`: never). Traffic inside one VLAN does not cross the firewall.
    /// - `Self` rows: listed with source `local`, never enforced.
    ///
    /// Destinations are the VLAN's subnet when every host on it has a role the row is open on, else the
    /// addresses of those hosts.
    /// - Parameters:
    ///   - options: The choices (``FirewallPlanOptions/init(topology:)`` by default).
    ///   - objects: Loaded Kubernetes objects, for the `required` worker mesh.
    /// - Returns: The plan.
    /// - Complexity: O(rows × VLANs² + nodes) for the rules.
    public func firewallPlan(options: FirewallPlanOptions? = nil, objects: [KubernetesObject] = []) -> FirewallPlan {
        let options = options ?? FirewallPlanOptions(topology: self)
        let vlans = spec.vlans.filter { vlan in spec.nodes.contains { $0.vlan == vlan.name } }
        let required = options.workerMesh == .required ? requiredPairs(objects: objects) : []
        func needsPair(_ source: VLAN, _ destination: VLAN) -> Bool {
            if purpose(of: source) == .management || purpose(of: destination) == .management { return true }
            switch options.workerMesh {
            case .full: return true
            case .required: return required.contains([source.name, destination.name].sorted())
            default: return false
            }
        }
        var rules: [FirewallRule] = []
        for port in options.ports {
            for destination in vlans {
                guard let target = self.target(of: port, on: destination) else { continue }
                for scope in port.scopes.sorted() {
                    switch scope {
                    case .local:
                        rules.append(rule(.local, [], destination, target, port, scope))
                    case .external:
                        rules.append(rule(.external, [], destination, target, port, scope))
                    case .internal:
                        for source in vlans where source.name != destination.name && needsPair(source, destination) {
                            rules.append(
                                rule(
                                    .vlan(source.name), source.prefix.map { [$0] } ?? [], destination, target, port,
                                    scope))
                        }
                    }
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: vlans.enumerated().map { ($1.name, $0) })
        func rank(_ source: FirewallRule.Source) -> Int {
            switch source {
            case .external: -1
            case .vlan(let name): order[name] ?? vlans.count
            case .local: vlans.count + 1
            }
        }
        let indexed = rules.enumerated().sorted { lhs, rhs in
            let left = (rank(lhs.element.source), order[lhs.element.destination] ?? 0, lhs.offset)
            let right = (rank(rhs.element.source), order[rhs.element.destination] ?? 0, rhs.offset)
            return left < right
        }
        var pairs: [FirewallPlan.VLANPair] = []
        for source in vlans {
            for destination in vlans where destination.name != source.name {
                pairs.append(FirewallPlan.VLANPair(source: source, destination: destination))
            }
        }
        return FirewallPlan(
            topology: name, options: options, rules: indexed.map(\.element), isolatedPairs: pairs,
            notes: planNotes(options))
    }

    /// The unordered pairs of application VLANs (names sorted) that some namespace's pods may land on together.
    /// - Parameter objects: Loaded Kubernetes objects.
    public func requiredPairs(objects: [KubernetesObject] = []) -> Set<[String]> {
        var pairs: Set<[String]> = []
        for namespace in knownNamespaces(objects: objects) {
            let vlans = Set(eligibility(of: namespace, objects: objects).nodes.compactMap(\.vlan)).sorted()
            for (index, first) in vlans.enumerated() {
                for second in vlans.dropFirst(index + 1) { pairs.insert([first, second]) }
            }
        }
        return pairs
    }

    /// The hosts of a VLAN a row is open on, as roles and destination prefixes; nil when the VLAN has none.
    private func target(of port: UCPPort, on vlan: VLAN) -> (roles: [ClusterNode.Role], prefixes: [IPPrefix])? {
        let hosts = nodes(onVLAN: vlan.name)
        let matching = hosts.filter { port.openOn.contains($0.role) }
        if matching.isEmpty { return nil }
        let roles = Set(matching.map(\.role)).sorted()
        if matching.count == hosts.count, let prefix = vlan.prefix { return (roles, [prefix]) }
        let addresses = matching.flatMap(\.parsedAddresses)
        if addresses.isEmpty { return (roles, vlan.prefix.map { [$0] } ?? []) }
        return (roles, IPSet(addresses: addresses).prefixes)
    }

    private func rule(
        _ source: FirewallRule.Source, _ sourcePrefixes: [IPPrefix], _ destination: VLAN,
        _ target: (roles: [ClusterNode.Role], prefixes: [IPPrefix]), _ port: UCPPort, _ scope: UCPPort.Scope
    ) -> FirewallRule {
        FirewallRule(
            source: source, sourcePrefixes: sourcePrefixes, destination: destination.name,
            destinationPrefixes: target.prefixes, hosts: target.roles, port: port, scope: scope)
    }

    private func planNotes(_ options: FirewallPlanOptions) -> [String] {
        var notes = [
            "ports: \(UCPPortTable.source(for: options.version))",
            "directions are inferred from the table's scopes: internal = from every cluster host, "
                + "external = also from outside the cluster, self = local only (no rule)",
        ]
        if options.version == .mke3 {
            notes.append(
                "MKE: rows after TCP 12387 (12388?) are unconfirmed; add them with extra ports if your MKE lists them")
        }
        if options.encapsulation == .vxlan {
            notes.append(
                "VXLAN: Calico uses UDP 4789, so IP-in-IP (protocol 4) and BGP (TCP 179) are left out; that MKE "
                    + "needs neither with --calico-vxlan is unconfirmed beyond the flag")
        } else {
            notes.append("IP-in-IP: allow IP protocol 4 in cloud security groups too")
        }
        switch options.workerMesh {
        case .required:
            notes.append(
                "worker mesh `required`: application VLANs talk only where a namespace's pods span both; Calico's "
                    + "default BGP full mesh and Swarm gossip expect every pair (use route reflectors or VXLAN)")
        case .none:
            notes.append(
                "worker mesh `none`: application VLANs do not talk; pods on different application VLANs cannot "
                    + "reach each other, and Calico's BGP full mesh will report down peers")
        default:
            break
        }
        notes.append("SLES hosts: enable conntrack on loopback (FW_LO_NOTRACK=no) for Calico's kube-controllers")
        return notes
    }
}
