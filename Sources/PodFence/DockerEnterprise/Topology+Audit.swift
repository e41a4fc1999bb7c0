import PodFenceModel

extension Topology {
    /// The cross-layer isolation audit: where VLANs, collections, grants, namespace links and NetworkPolicies
    /// together leave a gap (rules A01-A09, see ``AuditFinding``).
    ///
    /// - A01: a linked namespace whose pods may land on nodes of several VLANs.
    /// - A02: application groups that share a VLAN (their groups' VLANs, and the VLANs of their collections'
    ///   workers); A03: that share a collection (the same, or one inside the other) or a namespace.
    /// - A04: a namespace without a link, annotation or cluster default: its pods may land on any worker.
    /// - A05: IP-in-IP (VXLAN with `encapsulation: vxlan`) open between application VLANs in the firewall plan:
    ///   pod traffic passes the VLAN firewall inside the tunnel, so only NetworkPolicies isolate; then A06: a
    ///   namespace without a default deny (a NetworkPolicy selecting every pod, applying to Ingress and to
    ///   Egress, with no rules for that direction). A static check of the objects; no evaluation.
    /// - A07: a user (or service account) whose grants reach more than one application group.
    /// - A08: UCP's default Scheduler grant on `/Shared` to everybody.
    /// - A09: a loaded Namespace's annotation that differs from the topology's link.
    /// - Parameters:
    ///   - objects: Loaded Kubernetes objects (Namespaces, NetworkPolicies, Pods, workloads).
    ///   - firewall: The firewall choices for A05 (the topology's by default).
    /// - Returns: The findings, sorted by rule and object.
    public func audit(objects: [KubernetesObject] = [], firewall: FirewallPlanOptions? = nil) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        findings += spanningNamespaces(objects)
        findings += sharedGroupResources()
        findings += unlinkedNamespaces(objects)
        findings += openTunnels(objects, firewall ?? FirewallPlanOptions(topology: self))
        findings += crossingPrincipals(objects)
        findings += sharedSchedulerGrant()
        findings += annotationMismatches(objects)
        return findings.sorted()
    }

    // MARK: A01

    private func spanningNamespaces(_ objects: [KubernetesObject]) -> [AuditFinding] {
        knownNamespaces(objects: objects).compactMap { namespace in
            let placement = eligibility(of: namespace, objects: objects)
            guard case .link(let link) = placement.source else { return nil }
            let vlans = Set(placement.nodes.compactMap(\.vlan)).sorted()
            guard vlans.count > 1 else { return nil }
            let target = link.collection.map { "collection \($0)" } ?? "its node selector"
            return AuditFinding(
                .namespaceSpansVLANs, .warning, object: "namespace \(namespace)",
                explanation: "linked to \(target), whose nodes span VLANs \(vlans.joined(separator: ", ")): its "
                    + "pods talk across the VLAN firewall, which must then open pod traffic between those VLANs",
                fix: "keep a collection's workers on one VLAN, or split the namespace (one per VLAN)")
        }
    }

    // MARK: A02, A03

    /// The VLANs of an application group: its own, and those of the workers of its collections.
    /// - Parameter group: The group.
    public func vlans(of group: ApplicationGroup) -> Set<String> {
        var vlans = Set(group.vlans)
        for path in group.collections {
            for node in nodes(in: path) where node.role != .manager { if let vlan = node.vlan { vlans.insert(vlan) } }
        }
        return vlans
    }

    private func sharedGroupResources() -> [AuditFinding] {
        let groups = spec.applicationGroups
        var findings: [AuditFinding] = []
        var byVLAN: [String: [String]] = [:]
        for group in groups { for vlan in vlans(of: group) { byVLAN[vlan, default: []].append(group.name) } }
        for (vlan, names) in byVLAN where names.count > 1 {
            findings.append(
                AuditFinding(
                    .groupsShareVLAN, .warning, object: "vlan \(vlan)",
                    explanation: "application groups \(names.sorted().joined(separator: ", ")) share the VLAN, so "
                        + "the VLAN firewall does not separate them: only collections, links and NetworkPolicies do",
                    fix: "give each group its own VLAN, or make sure each group's namespaces deny by default and "
                        + "allow only the traffic they need"))
        }
        for (index, first) in groups.enumerated() {
            for second in groups.dropFirst(index + 1) {
                for path in first.collections {
                    for other in second.collections where path.contains(other) || other.contains(path) {
                        let shared = path.depth <= other.depth ? path : other
                        findings.append(
                            AuditFinding(
                                .groupsShareCollectionOrNamespace, .error, object: "collection \(shared)",
                                explanation: "owned by application groups \(first.name) (\(path)) and \(second.name) "
                                    + "(\(other)): a grant on it reaches both groups' nodes",
                                fix: "give each group its own collection, side by side (such as /Prod/App1 and "
                                    + "/Prod/App2), not one inside the other"))
                    }
                }
                for namespace in Set(first.namespaces).intersection(second.namespaces).sorted() {
                    findings.append(
                        AuditFinding(
                            .groupsShareCollectionOrNamespace, .error, object: "namespace \(namespace)",
                            explanation: "owned by application groups \(first.name) and \(second.name)",
                            fix: "give each group its own namespaces"))
                }
            }
        }
        return findings
    }

    // MARK: A04

    private func unlinkedNamespaces(_ objects: [KubernetesObject]) -> [AuditFinding] {
        knownNamespaces(objects: objects).compactMap { namespace in
            let placement = eligibility(of: namespace, objects: objects)
            switch placement.source {
            case .none, .unusableLink: break
            default: return nil
            }
            let vlans = Set(placement.nodes.compactMap(\.vlan)).sorted()
            return AuditFinding(
                .unlinkedNamespace, .warning, object: "namespace \(namespace)",
                explanation: "no node selector (no link, annotation or cluster default): its pods may land on any "
                    + "of the \(placement.nodes.count) workers (VLANs \(vlans.joined(separator: ", "))), including "
                    + "those of other application groups",
                fix: "link it to its group's collection (spec.namespaceLinks), or set "
                    + "scheduling.clusterDefaultNodeSelector")
        }
    }

    // MARK: A05, A06

    private func openTunnels(_ objects: [KubernetesObject], _ options: FirewallPlanOptions) -> [AuditFinding] {
        let plan = firewallPlan(options: options, objects: objects)
        let tunnel: UCPPort.Transport = options.encapsulation == .vxlan ? .udp : .ipInIP
        let applicationVLANs = Set(spec.vlans.filter { purpose(of: $0) == .application }.map(\.name))
        var pairs: Set<[String]> = []
        for rule in plan.enforcedRules where rule.port.transport == tunnel {
            guard case .vlan(let source) = rule.source, applicationVLANs.contains(source),
                applicationVLANs.contains(rule.destination), tunnel != .udp || rule.port.ports == 4789...4789
            else { continue }
            pairs.insert([source, rule.destination].sorted())
        }
        guard !pairs.isEmpty else { return [] }
        let name = options.encapsulation == .vxlan ? "VXLAN (UDP 4789)" : "IP-in-IP (IP protocol 4)"
        var findings = pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { pair in
            AuditFinding(
                .tunnelBetweenApplicationVLANs, .warning, object: "vlans \(pair[0]) <-> \(pair[1])",
                explanation: "\(name) is open between these application VLANs: pod traffic crosses the VLAN "
                    + "firewall inside the tunnel, so only NetworkPolicies isolate the pods of the two VLANs",
                fix: "use worker mesh `required` or `none` if the VLANs need not talk; otherwise give every "
                    + "namespace a default-deny NetworkPolicy")
        }
        let policies = objects.compactMap { object -> NetworkPolicy? in
            if case .networkPolicy(let policy) = object { return policy }
            return nil
        }
        for namespace in knownNamespaces(objects: objects) {
            let own = policies.filter { $0.metadata.namespace == namespace && $0.spec.podSelector.isEmpty }
            let ingress = own.contains { $0.appliesToIngress && ($0.spec.ingress ?? []).isEmpty }
            let egress = own.contains { $0.appliesToEgress && ($0.spec.egress ?? []).isEmpty }
            if ingress && egress { continue }
            let missing = [ingress ? nil : "Ingress", egress ? nil : "Egress"].compactMap { $0 }
            findings.append(
                AuditFinding(
                    .tunnelledNamespaceWithoutDefaultDeny, .error, object: "namespace \(namespace)",
                    explanation: "no default-deny NetworkPolicy for \(missing.joined(separator: " and ")) (a policy "
                        + "selecting every pod with no rules), while IP-in-IP or VXLAN between application VLANs "
                        + "leaves NetworkPolicies as the only isolation",
                    fix: "add NetworkPolicy.denyAll(in: \"\(namespace)\") (podSelector: {}, policyTypes: "
                        + "[Ingress, Egress]), then allow what the namespace needs"))
        }
        return findings
    }

    // MARK: A07

    /// The application groups a grant's resource set reaches: for a collection, the groups owning it, a
    /// collection inside it or one above it; for a namespace, the groups owning it or the collection it is
    /// linked to.
    /// - Parameter resource: The resource set.
    /// - Returns: The groups' names, in topology order.
    public func groups(reachedBy resource: Grant.Resource) -> [String] {
        spec.applicationGroups.filter { group in
            switch resource {
            case .collection(let path):
                return group.collections.contains { path.contains($0) || $0.contains(path) }
            case .namespace(let namespace):
                if group.namespaces.contains(namespace) { return true }
                guard let linked = link(of: namespace)?.collection else { return false }
                return group.collections.contains { $0.contains(linked) }
            }
        }.map(\.name)
    }

    private func crossingPrincipals(_ objects: [KubernetesObject]) -> [AuditFinding] {
        var reached: [GrantSubject: [(grant: String, groups: [String])]] = [:]
        for right in accessRights(objects: objects) {
            guard let role = role(named: right.grant.role), role.grantsAccess, let resource = right.grant.resource
            else { continue }
            let groups = groups(reachedBy: resource)
            if groups.isEmpty { continue }
            let grant = "\(right.grant.role) on \(resource) (via \(right.grant.subject))"
            for principal in right.principals { reached[principal, default: []].append((grant, groups)) }
        }
        return reached.compactMap { principal, grants in
            let groups = Set(grants.flatMap(\.groups)).sorted()
            guard groups.count > 1 else { return nil }
            let detail = grants.map { "\($0.grant) reaches \($0.groups.joined(separator: ", "))" }
            return AuditFinding(
                .principalReachesSeveralGroups, .warning, object: "\(principal)",
                explanation: "grants reach application groups \(groups.joined(separator: ", ")): "
                    + detail.joined(separator: "; "),
                fix: "split the access: one team per application group, and grant each team only its group's "
                    + "collections and namespaces")
        }
    }

    // MARK: A08

    private func sharedSchedulerGrant() -> [AuditFinding] {
        guard spec.scheduling.effectiveSharedSchedulerGrant else { return [] }
        let workers = nodes(in: .shared).filter { $0.role != .manager }.map(\.name)
        let explanation =
            workers.isEmpty
            ? "every user has Scheduler on /Shared (UCP's default); no worker is in /Shared now, but any node left "
                + "there is open to everybody's workloads"
            : "every user has Scheduler on /Shared (UCP's default), so anybody may schedule onto its workers: "
                + workers.joined(separator: ", ")
        return [
            AuditFinding(
                .sharedSchedulerGrant, workers.isEmpty ? .note : .warning, object: "grant Scheduler on /Shared",
                explanation: explanation,
                fix: "remove the default grant (set scheduling.sharedSchedulerGrant: false to model it) and move "
                    + "workers into their groups' collections")
        ]
    }

    // MARK: A09

    private func annotationMismatches(_ objects: [KubernetesObject]) -> [AuditFinding] {
        objects.compactMap { object in
            guard case .namespace(let namespace) = object,
                let written = namespace.metadata.annotations[NodeSelectorAnnotation.key],
                let link = link(of: namespace.name), let planned = annotationValue(of: link)
            else { return nil }
            let parsed = try? NodeSelectorAnnotation.parse(written)
            if parsed.map(NodeSelectorAnnotation.format) == planned { return nil }
            return AuditFinding(
                .namespaceAnnotationDiffersFromLink, .warning, object: "namespace \(namespace.name)",
                explanation: "its annotation \(NodeSelectorAnnotation.key)=\(written) differs from the topology's "
                    + "link (\(planned)); the annotation is what the API server applies",
                fix: "write the link's annotation on the Namespace (topology show --format namespaces), or change "
                    + "the link")
        }
    }
}
