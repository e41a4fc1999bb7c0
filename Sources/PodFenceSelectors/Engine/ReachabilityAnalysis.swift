import PodFenceCIDR
import PodFenceModel

/// The reachability engine: an immutable analysis of namespaces, pods, workloads and NetworkPolicies that
/// answers "can A reach B on port P?" with reasons (``verdict(from:to:port:)``) and computes the connectivity
/// of every pair of peers (``matrix()``), following semantics §2.
///
/// Peers are bare pods and workloads, each named `namespace/name`; a workload's pod template stands for all
/// of its pods. Addresses outside the cluster are endpoints too (``ReachabilityEndpoint/address(_:)``).
/// Policies are defaulted as the API server does; invalid parts (which loading refuses) match nothing.
///
/// ```swift
/// let analysis = ReachabilityAnalysis(
///     namespaces: namespaces, pods: [], workloads: workloads,
///     policies: policies.map { LocatedPolicy($0) })
/// let web = analysis.peers(named: "ns-app1/web")[0]
/// let controller = analysis.peers(named: "ingress-nginx/controller")[0]
/// analysis.verdict(from: .peer(controller), to: .peer(web), port: .port(8080, .tcp)).outcome   // .allowed
/// ```
///
/// The value is `Sendable` and never changes; build a new one when the cluster changes. Building it is
/// linear in the size of the input; a verdict costs a few selector matches per policy of the two namespaces.
public struct ReachabilityAnalysis: Sendable {
    /// A namespace: its name and the labels selectors see (with `kubernetes.io/metadata.name`).
    struct NamespaceRecord: Sendable {
        var name: String
        var labels: [String: String]
    }

    /// The choices left to the plugin.
    public let options: ReachabilityOptions
    /// The peers of the cluster, sorted by namespace, name and kind. Stored, not derived on each use: callers
    /// index it in loops (`analysis.peers[i].name`).
    public let peers: [ClusterPeer]
    /// The policies, sorted by namespace and name.
    public var policies: [PolicyReference] { compiled.map(\.reference) }
    /// The tiered policies (cluster-scoped and Calico) in evaluation order: by tier, then by priority or order,
    /// then by name.
    public var clusterPolicies: [ClusterPolicyReference] { tiers.map(\.reference) }

    let records: [EndpointRecord]
    let namespaces: [NamespaceRecord]
    let compiled: [CompiledPolicy]
    /// The cluster-scoped policies, in evaluation order.
    let tiers: [CompiledTierPolicy]
    /// The labels Calico selectors see on each record's endpoint (empty without Calico policies).
    let calicoEndpointLabels: [[String: String]]
    /// The labels Calico namespace selectors see on each namespace (empty without Calico policies).
    let calicoNamespaceLabels: [[String: String]]
    /// The tiers Calico policies name that no Tier object defines, sorted: Calico refuses such a policy;
    /// PodFence evaluates it closed, in a tier of that name with no order and a `Deny` default action.
    public let missingCalicoTiers: [String]
    /// For each cluster policy in the order it was given, its index in ``clusterPolicies``.
    let clusterPolicyIndexByInput: [Int]
    /// How many cluster policies (not Calico) the analysis was given.
    let clusterPolicyInputCount: Int
    /// For each namespace index, the indices of its policies in ``compiled``.
    let policiesByNamespace: [[Int]]
    /// For each policy in the order it was given, its index in ``policies``.
    let policyIndexByInput: [Int]
    /// The positions in ``policies`` of the policies with each namespace and name
    /// (``policy(namespace:name:location:)``).
    let policyPositions: [PolicyKey: [Int]]
    /// The positions in ``clusterPolicies`` of the policies with each kind, namespace and name
    /// (``clusterPolicy(kind:name:namespace:location:)``).
    let clusterPolicyPositions: [PolicyKey: [Int]]
    /// How many of ``namespaces`` come from the namespaces, pods and workloads (the rest are namespaces
    /// that only policies name).
    private let peerNamespaceCount: Int

    /// Builds the analysis.
    /// - Parameters:
    ///   - namespaces: The namespaces (others that pods or policies name are assumed, with only the automatic
    ///     `kubernetes.io/metadata.name` label).
    ///   - pods: Bare pods, each a peer.
    ///   - workloads: Workloads, each a peer standing for its pods; one without a pod template is left out.
    ///   - policies: The NetworkPolicies, with where they were read.
    ///   - clusterPolicies: The cluster-scoped policies (Admin and Baseline tiers), with where they were read.
    ///   - calicoPolicies: Calico NetworkPolicies and GlobalNetworkPolicies, evaluated in their tiers
    ///     (docs/calico.md).
    ///   - calicoTiers: Calico `Tier` objects; the built-in `kube-admin`, `default` and `kube-baseline` tiers
    ///     are always there.
    ///   - options: The choices left to the plugin.
    /// - Complexity: O(n log n) in the number of objects, plus the parsing of ipBlocks and networks.
    public init(
        namespaces: [Namespace], pods: [Pod], workloads: [Workload], policies: [LocatedPolicy],
        clusterPolicies: [LocatedClusterPolicy] = [], calicoPolicies: [LocatedCalicoPolicy] = [],
        calicoTiers: [CalicoTier] = [], options: ReachabilityOptions = ReachabilityOptions()
    ) {
        var table = NamespaceTable()
        for namespace in namespaces { _ = table.index(of: namespace.name, labels: namespace.effectiveLabels) }

        var records: [EndpointRecord] = []
        records.reserveCapacity(pods.count + workloads.count)
        for pod in pods {
            let namespace = pod.metadata.namespace ?? "default"
            let status = pod.status
            let peer = ClusterPeer(
                name: namespace + "/" + (pod.metadata.name ?? "<unnamed>"), kind: Pod.kind, namespace: namespace,
                labels: pod.metadata.labels,
                addresses: (status?.allIPs ?? []).compactMap { try? IPAddress(parsing: $0) },
                hostAddresses: status?.hostIP.flatMap { try? IPAddress(parsing: $0) }.map { [$0] } ?? [],
                nodeName: pod.spec.nodeName, hostNetwork: pod.spec.hostNetwork ?? false)
            records.append(
                EndpointRecord(
                    peer: peer, spec: pod.spec, namespaceIndex: table.index(of: namespace), options: options))
        }
        for workload in workloads {
            guard let template = workload.podTemplate else { continue }
            let namespace = workload.metadata.namespace ?? "default"
            let peer = ClusterPeer(
                name: namespace + "/" + (workload.metadata.name ?? "<unnamed>"), kind: workload.kind.rawValue,
                namespace: namespace, labels: template.metadata.labels,
                nodeName: template.spec.nodeName, hostNetwork: template.spec.hostNetwork ?? false)
            records.append(
                EndpointRecord(
                    peer: peer, spec: template.spec, namespaceIndex: table.index(of: namespace), options: options))
        }
        records.sort { lhs, rhs in
            (lhs.peer.namespace, lhs.peer.name, lhs.peer.kind) < (rhs.peer.namespace, rhs.peer.name, rhs.peer.kind)
        }
        self.init(
            options: options, records: records, namespaces: table, policies: policies,
            clusterPolicies: clusterPolicies, calicoPolicies: calicoPolicies, calicoTiers: calicoTiers)
    }

    /// The analysis of the same peers under other policies: the pods, workloads and namespaces are kept as
    /// they are (not read again), and only the policies are compiled. What a session does after `apply` of
    /// policies alone.
    /// - Parameters:
    ///   - policies: The NetworkPolicies, with where they were read.
    ///   - clusterPolicies: The cluster-scoped policies, with where they were read.
    ///   - calicoPolicies: The Calico policies, with where they were read.
    ///   - calicoTiers: The Calico tiers.
    /// - Returns: The analysis, equal to one built from scratch with the same namespaces, pods and workloads.
    /// - Complexity: O(q log q) for q policies, plus the parsing of their ipBlocks.
    public func replacingPolicies(
        _ policies: [LocatedPolicy], clusterPolicies: [LocatedClusterPolicy],
        calicoPolicies: [LocatedCalicoPolicy] = [], calicoTiers: [CalicoTier] = []
    ) -> ReachabilityAnalysis {
        var table = NamespaceTable()
        for record in namespaces.prefix(peerNamespaceCount) {
            _ = table.index(of: record.name, labels: record.labels)
        }
        return ReachabilityAnalysis(
            options: options, records: records, namespaces: table, policies: policies,
            clusterPolicies: clusterPolicies, calicoPolicies: calicoPolicies, calicoTiers: calicoTiers)
    }

    /// The namespaces in the order they are first named, with their labels.
    private struct NamespaceTable {
        var records: [NamespaceRecord] = []
        var positions: [String: Int] = [:]

        mutating func index(of name: String, labels: [String: String]? = nil) -> Int {
            if let existing = positions[name] {
                if let labels { records[existing].labels = labels }
                return existing
            }
            positions[name] = records.count
            records.append(NamespaceRecord(name: name, labels: labels ?? [Namespace.nameLabel: name]))
            return records.count - 1
        }
    }

    /// Compiles the policies over peers already recorded.
    private init(
        options: ReachabilityOptions, records: [EndpointRecord], namespaces: NamespaceTable,
        policies: [LocatedPolicy], clusterPolicies: [LocatedClusterPolicy], calicoPolicies: [LocatedCalicoPolicy],
        calicoTiers: [CalicoTier]
    ) {
        var table = namespaces
        self.options = options
        self.records = records
        self.peers = records.map(\.peer)
        self.peerNamespaceCount = table.records.count
        let ordered = policies.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.policy.metadata.namespace ?? "default", lhs.element.policy.metadata.name ?? "")
            let right = (rhs.element.policy.metadata.namespace ?? "default", rhs.element.policy.metadata.name ?? "")
            return (left.0, left.1, lhs.offset) < (right.0, right.1, rhs.offset)
        }
        var indexByInput = [Int](repeating: 0, count: ordered.count)
        for (position, located) in ordered.enumerated() { indexByInput[located.offset] = position }
        self.policyIndexByInput = indexByInput
        self.compiled = ordered.map { located in
            let namespace = located.element.policy.metadata.namespace ?? "default"
            return CompiledPolicy(located.element, namespace: namespace, namespaceIndex: table.index(of: namespace))
        }
        var calicoTable = CalicoTierTable(calicoTiers)
        let calicoCompiled = calicoPolicies.map { located -> CompiledTierPolicy in
            var namespaceIndex: Int?
            if case .namespaced(let policy) = located.policy {
                namespaceIndex = table.index(of: policy.metadata.namespace ?? "default")
            }
            return CompiledTierPolicy(calico: located, namespaceIndex: namespaceIndex, tiers: &calicoTable)
        }
        self.missingCalicoTiers = calicoTable.missing.sorted()
        self.namespaces = table.records
        if calicoPolicies.isEmpty {
            self.calicoEndpointLabels = []
            self.calicoNamespaceLabels = []
        } else {
            self.calicoNamespaceLabels = table.records.map { record in
                var labels = record.labels
                labels[CalicoSelector.nameLabel] = record.name
                return labels
            }
            let namespaceRecords = table.records
            self.calicoEndpointLabels = records.map { record in
                CalicoSelector.endpointLabels(
                    podLabels: record.peer.labels, namespace: record.peer.namespace,
                    namespaceLabels: namespaceRecords[record.namespaceIndex].labels)
            }
        }
        self.policyPositions = Self.positions(
            of: compiled.lazy.map {
                PolicyKey(kind: NetworkPolicy.kind, namespace: $0.reference.namespace, name: $0.reference.name)
            })
        var byNamespace = [[Int]](repeating: [], count: table.records.count)
        for (position, policy) in compiled.enumerated() { byNamespace[policy.namespaceIndex].append(position) }
        self.policiesByNamespace = byNamespace
        let orderedTiers = (clusterPolicies.map(CompiledTierPolicy.init) + calicoCompiled).enumerated()
            .sorted { ($0.element.reference, $0.offset) < ($1.element.reference, $1.offset) }
        self.tiers = orderedTiers.map(\.element)
        var tierIndexByInput = [Int](repeating: 0, count: orderedTiers.count)
        for (position, entry) in orderedTiers.enumerated() { tierIndexByInput[entry.offset] = position }
        self.clusterPolicyIndexByInput = tierIndexByInput
        self.clusterPolicyPositions = Self.positions(
            of: tiers.lazy.map {
                PolicyKey(kind: $0.reference.kind, namespace: $0.reference.namespace, name: $0.reference.name)
            })
        self.clusterPolicyInputCount = clusterPolicies.count
    }

    /// The indices of the policies that select a peer for a direction (its isolating policies, semantics
    /// §2.2), in namespace and name order. Empty for a peer selectors cannot see.
    /// - Parameters:
    ///   - peer: The peer's index.
    ///   - direction: The direction.
    func isolatingPolicies(of peer: Int, _ direction: TrafficDirection) -> [Int] {
        let record = records[peer]
        guard record.selectable else { return [] }
        return policiesByNamespace[record.namespaceIndex].filter { position in
            compiled[position].applies(to: direction) && compiled[position].podSelector.matches(record.peer.labels)
        }
    }
}
