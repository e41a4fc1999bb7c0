import PodFenceModel
import PodFenceTestSupport
import Testing

@testable import PodFence

private let exampleCluster = RepositoryRoot.path + "/Examples/example-cluster"
private let clusterTiers = RepositoryRoot.path + "/Examples/cluster-tiers"

private func load(_ paths: [String]) -> [LoadedObject] {
    let loaded = ManifestLoader().load(paths: paths)
    #expect(loaded.isComplete, "\(loaded.diagnostics)")
    return loaded.objects
}

/// A check that reports a finding of another rule whenever it runs, so that a report shows whether it ran even
/// when its own rule is disabled.
private struct ProbeCheck: LintCheck {
    static let rule = LintRule(id: "probe", severity: .note, title: "Probe", explanation: "Says that it ran.")
    static let ran = LintRule(id: "probe-ran", severity: .note, title: "Probe ran", explanation: "It ran.")

    func findings(in context: LintContext) -> [LintFinding] {
        [LintFinding(Self.ran, object: "\(context.objects.count) objects", message: "the probe ran", fix: "none")]
    }
}

@Suite("Lint checks: one type per rule")
struct LintCheckTests {
    @Test("the catalogue is the rules of the checks, in order, each id once")
    func catalogueFromChecks() {
        #expect(LintRule.catalogue == Linter.allChecks.map(\.rule))
        #expect(Set(LintRule.catalogue.map(\.id)).count == Linter.allChecks.count)
        #expect(Set(Linter.allChecks.map { "\(type(of: $0))" }).count == Linter.allChecks.count)
        #expect(LintRule.redundantPolicy == RedundantPolicyCheck.rule)
        #expect(LintRule.clusterRuleShadowed == ClusterRuleShadowedCheck.rule)
    }

    @Test("a disabled rule's check is not run at all")
    func disabledIsNotRun() {
        let objects = load([exampleCluster])
        let enabled = Linter(options: Linter.Options(), checks: [ProbeCheck()]).lint(objects)
        #expect(enabled.findings.map(\.rule.id) == ["probe-ran"])
        let disabled = Linter(options: Linter.Options(disabledRules: ["probe"]), checks: [ProbeCheck()]).lint(objects)
        #expect(disabled.findings.isEmpty)
    }

    @Test("each check reports its own rule only, so disabling a rule removes exactly its findings")
    func checksReportTheirOwnRule() {
        let objects = load([exampleCluster, clusterTiers])
        let all = Linter().lint(objects)
        #expect(!all.findings.isEmpty)
        for check in Linter.allChecks {
            let context = LintContext(objects: objects, options: Linter.Options())
            #expect(check.findings(in: context).allSatisfy { $0.rule == check.rule }, "\(check.rule.id)")
            let without = Linter(options: Linter.Options(disabledRules: [check.rule.id])).lint(objects)
            #expect(without.findings == all.findings.filter { $0.rule != check.rule }, "\(check.rule.id)")
        }
    }

    @Test("redundant-policy above its limit: a note with the rule id, the size and the limit, after the findings")
    func redundancySkippedForSize() throws {
        let objects = load([exampleCluster])
        let context = LintContext(objects: objects, options: Linter.Options())
        let (pods, policies) = (context.analysis.peers.count, context.policies.count)
        let evaluations = pods * pods * policies
        #expect(evaluations > 10)
        let report = Linter(options: Linter.Options(redundancyLimit: 10)).lint(objects)
        let redundant = report.findings.filter { $0.rule == .redundantPolicy }
        let note = try #require(redundant.first)
        #expect(redundant.count == 1)
        #expect(note.severity == .note)
        #expect(note.object == "NetworkPolicies")
        #expect(note.location == nil)
        #expect(
            note.message
                == "not checked: \(pods) pods and workloads and \(policies) NetworkPolicies make \(evaluations) pair "
                + "evaluations (\(pods) × \(pods) × \(policies)), above the limit of 10")
        #expect(report.findings.last == note)
        #expect(report.text.contains("note: [redundant-policy] NetworkPolicies: not checked: "))

        // At the limit the rule runs, and finds the redundant policy of the example cluster.
        let checked = Linter(options: Linter.Options(redundancyLimit: evaluations)).lint(objects)
        #expect(
            checked.findings.filter { $0.rule == .redundantPolicy }.map(\.object) == [
                "NetworkPolicy ns-app1/allow-internal-ingress"
            ])
    }

    @Test("a disabled rule says nothing, not even that it was skipped for its size")
    func disabledSizeLimitedRules() {
        let objects = load([exampleCluster, clusterTiers])
        let tight = Linter.Options(pairLimit: 1, redundancyLimit: 1)
        let notes = Linter(options: tight).lint(objects).findings.filter { $0.message.hasPrefix("not checked: ") }
        let skipped = Set(notes.map(\.rule.id))
        #expect(skipped.contains("redundant-policy"))
        #expect(skipped.contains("cluster-rule-shadowed"))
        var disabled = tight
        disabled.disabledRules = skipped
        #expect(!Linter(options: disabled).lint(objects).findings.contains { $0.message.hasPrefix("not checked: ") })
    }
}
