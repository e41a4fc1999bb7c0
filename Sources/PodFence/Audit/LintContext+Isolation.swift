import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors

extension LintContext {
    /// An address outside every cluster range, to ask the engine whether a pod's egress or ingress is
    /// isolated at all (TEST-NET-1, RFC 5737).
    static let outsideAddress = IPAddress(ipv4: 0xC000_0201)

    /// Rules that need the engine: DNS under egress isolation, policyTypes that cannot undo isolation, rules
    /// that allow nothing, allow-all rules that make others irrelevant, and policies that change nothing.
    func isolationFindings() -> [LintFinding] {
        guard hasInventory else { return [] }
        return dnsFindings() + policyTypesFindings() + ruleAllowsNothingFindings() + allowAllFindings()
            + redundancyFindings()
    }

    func egressIsolation(of peer: Int) -> [PolicyReference] {
        analysis.verdict(from: .peer(peer), to: .address(Self.outsideAddress)).egress.isolatingPolicies
    }

    func entry(for reference: PolicyReference) -> PolicyEntry? {
        policies.first { $0.namespace == reference.namespace && $0.policy.metadata.name == reference.name }
    }

    /// Pods whose egress is isolated and that may not reach the cluster DNS on UDP 53 or on TCP 53, reported
    /// on each policy that isolates them.
    private func dnsFindings() -> [LintFinding] {
        let dnsPeers = analysis.peers.indices.filter { analysis.peers[$0].labels["k8s-app"] == "kube-dns" }
        guard !dnsPeers.isEmpty else { return [] }
        var missing: [PolicyReference: [(peer: Int, protocols: [String])]] = [:]
        for peer in analysis.peers.indices where !analysis.peers[peer].hostNetwork && !dnsPeers.contains(peer) {
            let isolating = egressIsolation(of: peer)
            guard !isolating.isEmpty else { continue }
            let blocked = [PortProtocol.udp, .tcp].filter { proto in
                !dnsPeers.contains { dns in
                    analysis.verdict(from: .peer(peer), to: .peer(dns), port: .port(53, proto)).egress.allows
                }
            }
            guard !blocked.isEmpty else { continue }
            for policy in isolating { missing[policy, default: []].append((peer, blocked.map(\.rawValue))) }
        }
        return missing.keys.sorted().compactMap { reference in
            guard let entry = entry(for: reference), let affected = missing[reference] else { return nil }
            let protocols = Set(affected.flatMap(\.protocols)).sorted { $0 == "UDP" && $1 != "UDP" }
            let dns = names(dnsPeers)
            let path: FieldPath = entry.policy.spec.policyTypes == nil ? "spec" : "spec.policyTypes"
            return LintFinding(
                .egressWithoutDNS, object: entry.name, path: path, location: entry.location(path),
                message: "isolates the egress of \(names(affected.map(\.peer))), and no rule lets them reach the "
                    + "cluster DNS (\(dns)) on \(protocols.map { "\($0) 53" }.joined(separator: " or ")): name "
                    + "resolution fails",
                fix: "allow UDP and TCP 53 to the DNS pods, for example `template allow-dns-egress namespace="
                    + "\(entry.namespace)`")
        }
    }

    /// A policy that leaves a direction out while another policy isolates that direction for the pods its
    /// own rules connect: the connections it allows can never start (the seed's step 2).
    private func policyTypesFindings() -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in policies {
            guard let written = entry.policy.spec.policyTypes, !written.isEmpty,
                written.contains(.ingress), !written.contains(.egress)
            else { continue }
            // The sources its ingress rules name, among its own subjects' namespace, whose egress others isolate.
            let sources = Set(
                (entry.policy.spec.ingress ?? []).flatMap { rule in
                    (rule.from ?? []).flatMap { analysis.peers(selectedBy: $0, inPolicy: entry.index) }
                })
            // Only sources whose isolated egress lets them reach none of this policy's pods: when another
            // policy allows that egress, leaving Egress out here is harmless.
            var isolatedBy: [PolicyReference: [Int]] = [:]
            for source in sources.sorted() where entry.subjects.contains(source) {
                let reachesSome = entry.subjects.contains { subject in
                    analysis.verdict(from: .peer(source), to: .peer(subject)).egress.allows
                }
                guard !reachesSome else { continue }
                for policy in egressIsolation(of: source) where policy.name != entry.policy.metadata.name {
                    isolatedBy[policy, default: []].append(source)
                }
            }
            guard !isolatedBy.isEmpty else { continue }
            let isolating = isolatedBy.keys.sorted()
            let pods = Array(Set(isolatedBy.values.flatMap { $0 })).sorted()
            let path: FieldPath = "spec.policyTypes"
            findings.append(
                LintFinding(
                    .policyTypesCannotUndoIsolation, object: entry.name, path: path, location: entry.location(path),
                    message: "policyTypes lists only Ingress, but leaving Egress out does not undo isolation: "
                        + "\(isolating.map(cite).joined(separator: ", ")) still isolates the egress of "
                        + "\(names(pods)), the pods this policy lets in, so they cannot open these connections",
                    fix: "add a policy with `policyTypes: [Egress]` that lets these pods reach each other (and DNS)"))
        }
        return findings
    }

    /// Rules whose every selected peer is isolated on its own side against the policy's pods.
    private func ruleAllowsNothingFindings() -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in policies where !entry.subjects.isEmpty {
            let spec = entry.policy.defaulted().spec
            let rules: [(TrafficDirection, Int, [NetworkPolicyPeer])] =
                (entry.policy.appliesToIngress
                    ? (spec.ingress ?? []).enumerated().map { (.ingress, $0, $1.from ?? []) } : [])
                + (entry.policy.appliesToEgress
                    ? (spec.egress ?? []).enumerated().map { (.egress, $0, $1.to ?? []) } : [])
            for (direction, index, peers) in rules {
                // Empty peer lists and ipBlocks reach outside the cluster, where no pod side applies.
                guard !peers.isEmpty, peers.allSatisfy({ $0.ipBlock == nil }) else { continue }
                let others = Array(Set(peers.flatMap { analysis.peers(selectedBy: $0, inPolicy: entry.index) }))
                    .sorted()
                guard !others.isEmpty else { continue }
                var blockers = Set<PolicyReference>()
                let opensSomething = entry.subjects.contains { subject in
                    others.contains { other in
                        let verdict =
                            direction == .ingress
                            ? analysis.verdict(from: .peer(other), to: .peer(subject))
                            : analysis.verdict(from: .peer(subject), to: .peer(other))
                        let side = direction == .ingress ? verdict.egress : verdict.ingress
                        blockers.formUnion(side.isolatingPolicies)
                        return side.allows
                    }
                }
                guard !opensSomething else { continue }
                let name = direction == .ingress ? "ingress" : "egress"
                let path = FieldPath([.field("spec"), .field(name), .index(index)])
                let otherSide = direction == .ingress ? "egress" : "ingress"
                findings.append(
                    LintFinding(
                        .ruleAllowsNothing, object: entry.name, path: path, location: entry.location(path),
                        message: "\(name)[\(index)] allows \(names(others)), but their \(otherSide) is isolated by "
                            + "\(blockers.sorted().map(cite).joined(separator: ", ")) and no rule lets them "
                            + (direction == .ingress ? "send" : "receive") + " this traffic: the rule opens nothing",
                        fix: "allow the \(otherSide) side too, with a policy selecting \(names(others))"))
            }
        }
        return findings
    }

    /// A rule with no peers and no ports allows everything in its direction, so every other policy's rules for
    /// the same pods and direction change nothing.
    private func allowAllFindings() -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in policies {
            let spec = entry.policy.spec
            for (type, rules, name) in [
                (PolicyType.ingress, spec.ingress?.map { ($0.from ?? [], $0.ports ?? []) } ?? [], "ingress"),
                (PolicyType.egress, spec.egress?.map { ($0.to ?? [], $0.ports ?? []) } ?? [], "egress"),
            ] where entry.policy.effectivePolicyTypes.contains(type) {
                guard let index = rules.firstIndex(where: { $0.0.isEmpty && $0.1.isEmpty }) else { continue }
                let shadowed = policies.filter { other in
                    other.index != entry.index && other.namespace == entry.namespace
                        && other.policy.effectivePolicyTypes.contains(type)
                        && other.subjects.contains(where: entry.subjects.contains)
                }
                guard !shadowed.isEmpty else { continue }
                let path = FieldPath([.field("spec"), .field(name), .index(index)])
                findings.append(
                    LintFinding(
                        .allowAllShadows, object: entry.name, path: path, location: entry.location(path),
                        message: "\(name)[\(index)] allows every peer on every port, so for the pods it shares with "
                            + "\(shadowed.map(\.reference).joined(separator: ", ")) their \(name) rules and isolation "
                            + "change nothing",
                        fix:
                            "narrow this rule to the peers and ports really needed, or remove the policies it overrides"
                    ))
            }
        }
        return findings
    }

    /// Policies whose removal changes no connection between the loaded peers and no outside address. Skipped
    /// (and said so) above 4 million pair evaluations.
    private func redundancyFindings() -> [LintFinding] {
        let peers = analysis.peers.indices
        guard !policies.isEmpty, peers.count * peers.count * policies.count <= 4_000_000 else { return [] }
        let endpoints: [ReachabilityEndpoint] = peers.map { .peer($0) } + [.address(Self.outsideAddress)]
        func connectivity(_ analysis: ReachabilityAnalysis) -> [PortSet] {
            endpoints.flatMap { source in
                endpoints.map { destination in
                    source == destination ? .none : analysis.verdict(from: source, to: destination).allowedPorts
                }
            }
        }
        let baseline = connectivity(analysis)
        let populated = populatedNamespaces
        return policies.compactMap { entry in
            guard populated.contains(entry.namespace) else { return nil }
            let others = objects.filter { $0 != entry.loaded }
            guard connectivity(ReachabilityAnalysis(objects: others, options: options.reachability)) == baseline
            else { return nil }
            return LintFinding(
                .redundantPolicy, object: entry.name, location: entry.location(FieldPath()),
                message: "removing this policy changes no connection between the loaded pods and workloads, nor "
                    + "with addresses outside the cluster",
                fix: "remove it, or check what it was meant to allow (see the other findings on it)")
        }
    }
}
