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
        /// Rules to leave out, by id: their checks are not run.
        public var disabledRules: Set<String>
        /// The most (subject, peer) pairs a rule that asks the engine about each pair examines
        /// (`cluster-rule-shadowed`, `rule-overridden-by-admin`, `cluster-deny-all-without-dns`); above it the
        /// rule is skipped for that policy rule, and a note says so.
        public var pairLimit: Int
        /// The most pair evaluations `redundant-policy` makes (p × p × q for p loaded pods and workloads and q
        /// NetworkPolicies); above it the rule is skipped, and a note says so.
        public var redundancyLimit: Int

        /// Creates options.
        /// - Parameters:
        ///   - reachability: Engine options.
        ///   - podCIDRs: Pod CIDRs.
        ///   - serviceCIDRs: Service CIDRs.
        ///   - exemptNamespaces: Namespaces exempt from `namespace-without-default-deny`.
        ///   - disabledRules: Rule ids to skip.
        ///   - pairLimit: The most (subject, peer) pairs examined per policy rule by the rules that ask the
        ///     engine about each pair.
        ///   - redundancyLimit: The most pair evaluations `redundant-policy` makes.
        public init(
            reachability: ReachabilityOptions = ReachabilityOptions(), podCIDRs: [IPPrefix] = [],
            serviceCIDRs: [IPPrefix] = [],
            exemptNamespaces: Set<String> = ["kube-system", "kube-public", "kube-node-lease"],
            disabledRules: Set<String> = [], pairLimit: Int = 100_000, redundancyLimit: Int = 4_000_000
        ) {
            self.reachability = reachability
            self.podCIDRs = podCIDRs
            self.serviceCIDRs = serviceCIDRs
            self.exemptNamespaces = exemptNamespaces
            self.disabledRules = disabledRules
            self.pairLimit = pairLimit
            self.redundancyLimit = redundancyLimit
        }
    }

    /// The options.
    public var options: Options

    /// The checks to run (those of disabled rules are left out when linting).
    let checks: [any LintCheck]

    /// Creates a linter.
    /// - Parameter options: The options.
    public init(options: Options = Options()) {
        self.init(options: options, checks: Self.allChecks)
    }

    /// Creates a linter that runs the given checks instead of ``allChecks``.
    /// - Parameters:
    ///   - options: The options.
    ///   - checks: The checks.
    init(options: Options, checks: [any LintCheck]) {
        self.options = options
        self.checks = checks
    }

    /// Lints loaded objects.
    /// - Parameter objects: Namespaces, pods, workloads and policies (other kinds are ignored).
    /// - Returns: The findings, sorted by location, then rule.
    /// - Complexity: O(n² × q) for n peers and q policies per namespace, dominated by the rules that ask the
    ///   engine about every pair (`egress-without-dns`, `rule-allows-nothing`, `redundant-policy`); the cluster
    ///   tier rules ask about at most ``Options/pairLimit`` pairs per cluster policy rule and NetworkPolicy rule,
    ///   and `redundant-policy` makes at most ``Options/redundancyLimit`` pair evaluations. A rule skipped for
    ///   its size says so in a note; disabled rules are not run.
    public func lint(_ objects: [LoadedObject]) -> LintReport {
        let context = LintContext(objects: objects, options: options)
        var findings: [LintFinding] = []
        // A disabled rule is not run at all: some rules ask the engine about every pair of peers.
        for check in checks where !options.disabledRules.contains(check.rule.id) {
            findings += check.findings(in: context)
        }
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
