/// One lint rule: its metadata and the logic that finds its findings.
///
/// Each rule is one conformer in its own file under `Audit/Rules/`, the ``LintRule`` it reports beside the code
/// that looks for it. ``Linter/allChecks`` lists them in catalogue order, and ``LintRule/catalogue`` is derived
/// from that list, so adding a rule is adding its file and one line there. ``Linter`` asks only the checks of
/// the rules that are not disabled, so a disabled rule costs nothing.
protocol LintCheck: Sendable {
    /// The rule this check reports: its id, default severity, title and explanation.
    static var rule: LintRule { get }

    /// The findings of this rule, in the order the rule meets them (``Linter`` sorts them by location).
    /// - Parameter context: The objects, the policies and the analysis every rule shares.
    func findings(in context: LintContext) -> [LintFinding]
}

extension LintCheck {
    /// The rule this check reports.
    var rule: LintRule { Self.rule }
}

extension Linter {
    /// Every check, in the order of ``LintRule/catalogue`` (the order findings at one location are reported in).
    static let allChecks: [any LintCheck] = [
        EgressWithoutDNSCheck(), PolicyTypesCannotUndoIsolationCheck(), RuleAllowsNothingCheck(),
        SelectorMatchesNothingCheck(), UnknownNamespaceLabelCheck(), PolicySelectsNoPodCheck(),
        RulesForUnlistedDirectionCheck(), EgressOnlyLocksIngressCheck(), EmptyPortEntryCheck(),
        UnresolvedNamedPortCheck(), PortNotListeningCheck(), DNSWithoutUDPCheck(), IPBlockCoversClusterCheck(),
        CIDRHostBitsCheck(), AndOrSlipCheck(), NullPeerListCheck(), NamespaceWithoutDefaultDenyCheck(),
        AllowAllShadowsCheck(), RedundantPolicyCheck(), HostNetworkSelectedCheck(),
        NamespaceSelectorIsNotEverythingCheck(), EndPortSupportCheck(), NamedPortDiffersCheck(),
        NotInMatchesUnlabelledCheck(), ClusterRuleShadowedCheck(), PassActsAsAllowCheck(),
        EqualPriorityOverlapCheck(), RuleOverriddenByAdminCheck(), ClusterDenyAllWithoutDNSCheck(),
        ClusterPeerSelectsNothingCheck(), ClusterNamedPortUnresolvedCheck(), ClusterPolicySelectsNoPodCheck(),
        CalicoUnknownTierCheck(),
    ]
}
