import PodFenceCIDR
import PodFenceModel
import PodFenceSelectors
import PodFenceYAML

/// Finds isolation mistakes in loaded manifests: the catalogue of ``LintRule``, from policy shapes a reader
/// misjudges (`ports: [{}]`, an AND/OR slip, an egress-only policy without policyTypes) to what only the
/// reachability engine can see (egress isolated without DNS, rules that allow nothing because the other side
/// is isolated, policies that change nothing).
///
/// ```swift
/// let report = Linter().lint(ManifestLoader().load(paths: ["manifests/"]).objects)
/// for finding in report.findings { print(finding) }
/// ```
public struct Linter: Sendable {
    /// Choices that change what the rules see.
    public struct Options: Sendable, Hashable {
        /// The engine options (ipBlocks and pod IPs, hostNetwork pods, init-container ports).
        public var reachability: ReachabilityOptions
        /// The cluster's pod CIDRs, for `ipblock-covers-cluster`.
        public var podCIDRs: [IPPrefix]
        /// The cluster's Service CIDRs, for `ipblock-covers-cluster`.
        public var serviceCIDRs: [IPPrefix]
        /// Namespaces that need no default deny (the system namespaces by default).
        public var exemptNamespaces: Set<String>
        /// Rules to leave out, by id.
        public var disabledRules: Set<String>
        /// The most (subject, peer) pairs a rule that asks the engine about each pair examines
        /// (`cluster-rule-shadowed`, `rule-overridden-by-admin`, `cluster-deny-all-without-dns`); above it the
        /// rule is skipped for that policy rule, and a note says so.
        public var pairLimit: Int

        /// Creates options.
        /// - Parameters:
        ///   - reachability: Engine options.
        ///   - podCIDRs: Pod CIDRs.
        ///   - serviceCIDRs: Service CIDRs.
        ///   - exemptNamespaces: Namespaces exempt from `namespace-without-default-deny`.
        ///   - disabledRules: Rule ids to skip.
        ///   - pairLimit: The most (subject, peer) pairs examined per policy rule by the rules that ask the
        ///     engine about each pair.
        public init(
            reachability: ReachabilityOptions = ReachabilityOptions(), podCIDRs: [IPPrefix] = [],
            serviceCIDRs: [IPPrefix] = [],
            exemptNamespaces: Set<String> = ["kube-system", "kube-public", "kube-node-lease"],
            disabledRules: Set<String> = [], pairLimit: Int = 100_000
        ) {
            self.reachability = reachability
            self.podCIDRs = podCIDRs
            self.serviceCIDRs = serviceCIDRs
            self.exemptNamespaces = exemptNamespaces
            self.disabledRules = disabledRules
            self.pairLimit = pairLimit
        }
    }

    /// The options.
    public var options: Options

    /// Creates a linter.
    /// - Parameter options: The options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Lints loaded objects.
    /// - Parameter objects: Namespaces, pods, workloads and policies (other kinds are ignored).
    /// - Returns: The findings, sorted by location, then rule.
    /// - Complexity: O(n² × q) for n peers and q policies per namespace, dominated by the rules that ask the
    ///   engine about every pair (`egress-without-dns`, `rule-allows-nothing`, `redundant-policy`); the cluster
    ///   tier rules ask about at most ``Options/pairLimit`` pairs per cluster policy rule and NetworkPolicy rule.
    public func lint(_ objects: [LoadedObject]) -> LintReport {
        let context = LintContext(objects: objects, options: options)
        var findings: [LintFinding] = []
        findings += context.policyShapeFindings()
        findings += context.selectionFindings()
        findings += context.isolationFindings()
        findings += context.governanceFindings()
        findings += context.clusterTierFindings()
        findings.removeAll { options.disabledRules.contains($0.rule.id) }
        findings.sort { lhs, rhs in
            let left = lhs.location ?? SourceLocation(file: "~")
            let right = rhs.location ?? SourceLocation(file: "~")
            if left != right { return left < right }
            let order = { (rule: LintRule) in LintRule.catalogue.firstIndex(of: rule) ?? 0 }
            return order(lhs.rule) < order(rhs.rule)
        }
        return LintReport(findings: findings)
    }
}

/// What the rules share: the objects, the policies with their positions in the analysis, and the analysis.
struct LintContext {
    struct PolicyEntry {
        var policy: NetworkPolicy
        var loaded: LoadedObject
        /// The index in `analysis.policies`.
        var index: Int
        var subjects: [Int]

        var namespace: String { policy.metadata.namespace ?? "default" }
        var name: String { "NetworkPolicy \(namespace)/\(policy.metadata.name ?? "<unnamed>")" }
        var reference: String { "\(namespace)/\(policy.metadata.name ?? "<unnamed>")" }

        func location(_ path: FieldPath) -> SourceLocation { loaded.location(of: path) }
    }

    let objects: [LoadedObject]
    let options: Linter.Options
    let analysis: ReachabilityAnalysis
    let policies: [PolicyEntry]
    /// The cluster-scoped policies in evaluation order (the order of `analysis.clusterPolicies`).
    let clusterPolicies: [ClusterPolicyEntry]

    init(objects: [LoadedObject], options: Linter.Options) {
        self.objects = objects
        self.options = options
        let analysis = ReachabilityAnalysis(objects: objects, options: options.reachability)
        self.analysis = analysis
        var entries: [PolicyEntry] = []
        for loaded in objects {
            guard case .networkPolicy(let policy) = loaded.object else { continue }
            // The analysis sorts its policies; the objects give them in load order (as `init(objects:)` passes them).
            let index = analysis.policyIndex(ofInput: entries.count)
            entries.append(
                PolicyEntry(policy: policy, loaded: loaded, index: index, subjects: analysis.subjects(ofPolicy: index)))
        }
        self.policies = entries
        self.clusterPolicies = Self.clusterPolicyEntries(objects, in: analysis)
    }

    /// True when the inventory holds pods or workloads, so that "matches nothing" means something.
    var hasInventory: Bool { !analysis.peers.isEmpty }

    /// The namespaces that hold at least one loaded pod or workload.
    var populatedNamespaces: Set<String> { Set(analysis.peers.map(\.namespace)) }

    /// Peer names, for messages: `ns/a, ns/b` (at most five, then a count).
    func names(_ peers: [Int]) -> String {
        let sorted = peers.map { analysis.peers[$0].name }.sorted()
        guard sorted.count > 5 else { return sorted.joined(separator: ", ") }
        return sorted.prefix(5).joined(separator: ", ") + " and \(sorted.count - 5) more"
    }

    /// `ns/name (file:line)` of a policy reference.
    func cite(_ policy: PolicyReference) -> String {
        guard let location = policy.location else { return "\(policy)" }
        return "\(policy) (\(location.file):\(location.line))"
    }
}
