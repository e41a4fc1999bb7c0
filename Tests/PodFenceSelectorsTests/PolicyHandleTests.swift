import PodFenceModel
import PodFenceSelectors
import Testing

/// Policies found by what names them (`PolicyID`, `ClusterPolicyID`), whatever order they were given in: the
/// analysis sorts them, and the handles follow.
@Suite("Policy handles")
struct PolicyHandleTests {
    /// `a/client`, `b/db` and `b/server`.
    static let namespaces = CalicoEvaluationTests.namespaces
    static let pods = CalicoEvaluationTests.pods

    static func policy(_ namespace: String, _ name: String, selecting app: String) -> NetworkPolicy {
        NetworkPolicy.denyAll(in: namespace, name: name).selecting(["app": app])
    }

    static func analysis(
        _ policies: [LocatedPolicy], clusterPolicies: [ClusterNetworkPolicy] = [], calico: [LocatedCalicoPolicy] = []
    ) -> ReachabilityAnalysis {
        ReachabilityAnalysis(
            namespaces: namespaces, pods: pods, workloads: [], policies: policies,
            clusterPolicies: clusterPolicies.map { LocatedClusterPolicy($0) }, calicoPolicies: calico)
    }

    func names(_ peers: [Int], in analysis: ReachabilityAnalysis) -> [String] {
        peers.map { analysis.peers[$0].name }
    }

    @Test("a NetworkPolicy given out of sort order is found by namespace and name, with its own subjects")
    func outOfOrder() throws {
        let analysis = Self.analysis([
            LocatedPolicy(Self.policy("b", "zeta", selecting: "server")),
            LocatedPolicy(Self.policy("b", "alpha", selecting: "db")),
            LocatedPolicy(Self.policy("a", "mid", selecting: "client")),
        ])
        #expect(analysis.policies.map(\.description) == ["a/mid", "b/alpha", "b/zeta"])
        let zeta = try #require(analysis.policy(namespace: "b", name: "zeta"))
        #expect(zeta == PolicyID(2))
        #expect(analysis[zeta] == PolicyReference(namespace: "b", name: "zeta"))
        #expect(names(analysis.subjects(of: zeta), in: analysis) == ["b/server"])
        let alpha = try #require(analysis.policy(PolicyReference(namespace: "b", name: "alpha")))
        #expect(names(analysis.subjects(of: alpha), in: analysis) == ["b/db"])
        // Every handle finds itself through the reference it stands for.
        for index in analysis.policies.indices {
            #expect(analysis.policy(analysis[PolicyID(index)]) == PolicyID(index))
        }
    }

    @Test("a name that is not there, or not in that namespace, finds nothing")
    func notFound() {
        let analysis = Self.analysis([LocatedPolicy(Self.policy("b", "alpha", selecting: "db"))])
        #expect(analysis.policy(namespace: "b", name: "beta") == nil)
        #expect(analysis.policy(namespace: "a", name: "alpha") == nil)
        #expect(analysis.clusterPolicy(kind: ClusterNetworkPolicy.kind, name: "alpha") == nil)
        #expect(Self.analysis([]).policy(namespace: "b", name: "alpha") == nil)
    }

    @Test("the same name in two namespaces is two policies")
    func twoNamespaces() throws {
        let analysis = Self.analysis([
            LocatedPolicy(Self.policy("b", "same", selecting: "server")),
            LocatedPolicy(Self.policy("a", "same", selecting: "client")),
        ])
        let inA = try #require(analysis.policy(namespace: "a", name: "same"))
        let inB = try #require(analysis.policy(namespace: "b", name: "same"))
        #expect(inA != inB)
        #expect(names(analysis.subjects(of: inA), in: analysis) == ["a/client"])
        #expect(names(analysis.subjects(of: inB), in: analysis) == ["b/server"])
    }

    @Test("policies of one namespace and name read from two places are told apart by location")
    func duplicates() throws {
        let first = SourceLocation(file: "one.yaml", line: 1, column: 1)
        let second = SourceLocation(file: "two.yaml", line: 5, column: 1)
        let analysis = Self.analysis([
            LocatedPolicy(Self.policy("b", "dup", selecting: "server"), location: first),
            LocatedPolicy(Self.policy("b", "dup", selecting: "db"), location: second),
        ])
        let atSecond = try #require(analysis.policy(namespace: "b", name: "dup", location: second))
        #expect(analysis[atSecond].location == second)
        #expect(names(analysis.subjects(of: atSecond), in: analysis) == ["b/db"])
        // Without a location, or at one where neither was read: the first given.
        let unlocated = try #require(analysis.policy(namespace: "b", name: "dup"))
        #expect(analysis[unlocated].location == first)
        let elsewhere = SourceLocation(file: "three.yaml")
        #expect(analysis.policy(namespace: "b", name: "dup", location: elsewhere) == unlocated)
    }

    @Test("a verdict's isolating policy leads to the policy that selects the peer")
    func fromVerdict() throws {
        let analysis = Self.analysis([
            LocatedPolicy(Self.policy("b", "zeta", selecting: "server")),
            LocatedPolicy(Self.policy("b", "alpha", selecting: "db")),
        ])
        let server = try analysis.peer(named: "b/server")
        let reference = try #require(
            analysis.verdict(from: .peer(try analysis.peer(named: "a/client")), to: .peer(server)).ingress
                .isolatingPolicies.first)
        let policy = try #require(analysis.policy(reference))
        #expect(analysis.subjects(of: policy) == [server.index])
    }

    @Test("a cluster-scoped, a Calico and a Kubernetes policy of the same name are found by kind")
    func clusterAndNamespaced() throws {
        let analysis = Self.analysis(
            [LocatedPolicy(Self.policy("b", "alpha", selecting: "db"))],
            clusterPolicies: [
                .baseline("alpha", priority: 1, subject: .namespaces([:])),
                .admin("alpha", priority: 5, subject: .pods(["app": "client"])),
            ],
            calico: [
                LocatedCalicoPolicy(
                    CalicoNetworkPolicy(
                        name: "alpha", namespace: "b", spec: CalicoPolicySpec(selector: "app == 'server'"))),
                LocatedCalicoPolicy(
                    CalicoGlobalNetworkPolicy(name: "alpha", spec: CalicoPolicySpec(selector: "all()"))),
            ])
        let kubernetes = try #require(analysis.policy(namespace: "b", name: "alpha"))
        #expect(names(analysis.subjects(of: kubernetes), in: analysis) == ["b/db"])

        let admin = try #require(analysis.clusterPolicy(kind: ClusterNetworkPolicy.kind, name: "alpha"))
        // Two ClusterNetworkPolicies named alpha: the first in evaluation order (the Admin one).
        #expect(analysis[admin].tier == .admin)
        #expect(names(analysis.subjects(of: admin), in: analysis) == ["a/client"])

        let calico = try #require(
            analysis.clusterPolicy(kind: "NetworkPolicy.projectcalico.org", name: "alpha", namespace: "b"))
        #expect(analysis[calico].isCalico)
        #expect(names(analysis.subjects(of: calico), in: analysis) == ["b/server"])
        #expect(analysis.clusterPolicy(kind: "NetworkPolicy.projectcalico.org", name: "alpha") == nil)
        #expect(analysis.clusterPolicy(kind: "NetworkPolicy.projectcalico.org", name: "alpha", namespace: "a") == nil)

        let global = try #require(analysis.clusterPolicy(kind: CalicoGlobalNetworkPolicy.kind, name: "alpha"))
        #expect(names(analysis.subjects(of: global), in: analysis) == ["a/client", "b/db", "b/server"])

        // Every handle finds itself through the reference it stands for, whatever its priority or order.
        let handles = analysis.clusterPolicies.indices.map { ClusterPolicyID($0) }
        #expect(handles.map { analysis.clusterPolicy(analysis[$0]) } == handles)
        #expect(Set(handles.map { analysis[$0].kind }).count == 3)
    }

    @Test("a reference finds its policy by kind, namespace and name, not by its priority or order")
    func referenceIdentity() throws {
        let analysis = Self.analysis(
            [], clusterPolicies: [.admin("allow-dns", priority: 5, subject: .namespaces([:]))])
        let found = try #require(analysis.clusterPolicy(analysis[ClusterPolicyID(0)]))
        #expect(found == ClusterPolicyID(0))
        let written = ClusterPolicyReference(
            kind: ClusterNetworkPolicy.kind, name: "allow-dns", tier: .admin, priority: 0)
        #expect(analysis.clusterPolicy(written) == found)
        let other = ClusterPolicyReference(kind: AdminNetworkPolicy.kind, name: "allow-dns", tier: .admin, priority: 5)
        #expect(analysis.clusterPolicy(other) == nil)
    }

    @Test("two references of one name from different files sort by location, whatever order they come in")
    func sameNameSortsByLocation() {
        let first = PolicyReference(
            namespace: "ns-app1", name: "deny-all", location: SourceLocation(file: "a.yaml", line: 3, column: 1))
        let second = PolicyReference(
            namespace: "ns-app1", name: "deny-all", location: SourceLocation(file: "b.yaml", line: 1, column: 1))
        let unlocated = PolicyReference(namespace: "ns-app1", name: "deny-all")
        let earlier = PolicyReference(namespace: "ns-app1", name: "allow-dns")
        let expected = [earlier, unlocated, first, second]
        #expect([second, first, unlocated, earlier].sorted() == expected)
        #expect([first, earlier, second, unlocated].sorted() == expected)
        #expect(!(first < first))
        #expect(first < second && !(second < first))
    }
}
