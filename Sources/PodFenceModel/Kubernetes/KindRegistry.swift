/// The kinds PodFence decodes, one entry a kind: the `apiVersion` it is served at, how a document of it becomes
/// a ``KubernetesObject``, the name listings give it, and whether the kind written at another `apiVersion` is
/// refused.
///
/// ``KubernetesObject/decode(_:decoder:)`` finds a document's entry here, the manifest loader asks
/// ``servedAPIVersion(of:writtenAs:)`` which version a kind written at another one is served at (`D05`), and
/// ``KubernetesObject/qualifiedKind`` reads the entry's name: a new kind is a new case of ``KubernetesObject``
/// and one entry in ``standard``.
///
/// It is `package`: the loader (another module of the package) and the tests use it; users decode through
/// ``KubernetesObject/decode(_:decoder:)`` and load through the loader.
package struct KindRegistry: Sendable {
    /// What a kind written at an `apiVersion` other than its entry's means.
    package enum OtherVersions: Sendable, Hashable {
        /// An error (`D05`) whatever group it is written in, unless an entry claims that group
        /// (``refusedIn(groups:)``).
        case refused
        /// An error (`D05`) in these groups only, which the entry claims: a kind written in them is refused only
        /// by the entries that claim them. The Calico kinds are Calico's only in Calico's groups: other plugins
        /// have kinds named `Tier` or `NetworkPolicy` too.
        case refusedIn(groups: Set<String>)
        /// Another kind of the same name, kept as an unmodelled object.
        case unmodelled
    }

    /// One kind PodFence decodes.
    package struct Entry: Sendable {
        /// The `apiVersion` the kind is decoded at.
        package let apiVersion: String
        /// The `kind`.
        package let kind: String
        /// The name listings and the identity of objects in a session give the kind (see
        /// ``KubernetesObject/qualifiedKind``).
        package let qualifiedKind: String
        /// What the kind written at another `apiVersion` means.
        package let otherVersions: OtherVersions
        /// Decodes a document of the kind (its `apiVersion` and `kind` are the entry's).
        package let decode: @Sendable (ManifestNode, inout ManifestDecoder) -> KubernetesObject

        /// Creates an entry.
        /// - Parameters:
        ///   - apiVersion: The `apiVersion` the kind is decoded at.
        ///   - kind: The `kind`.
        ///   - qualifiedKind: The name in listings; the kind when nil.
        ///   - otherVersions: What the kind written at another `apiVersion` means.
        ///   - decode: Decodes a document of the kind.
        package init(
            apiVersion: String, kind: String, qualifiedKind: String? = nil, otherVersions: OtherVersions = .refused,
            decode: @escaping @Sendable (ManifestNode, inout ManifestDecoder) -> KubernetesObject
        ) {
            self.apiVersion = apiVersion
            self.kind = kind
            self.qualifiedKind = qualifiedKind ?? kind
            self.otherVersions = otherVersions
            self.decode = decode
        }
    }

    private struct Key: Hashable {
        var apiVersion: String
        var kind: String
    }

    /// The entries, in the order given.
    package let entries: [Entry]
    private let index: [Key: Int]

    /// Creates a registry.
    /// - Parameter entries: The kinds; the first entry of an `apiVersion` and `kind` wins.
    package init(_ entries: [Entry]) {
        self.entries = entries
        var index: [Key: Int] = [:]
        for (position, entry) in entries.enumerated() {
            let key = Key(apiVersion: entry.apiVersion, kind: entry.kind)
            if index[key] == nil { index[key] = position }
        }
        self.index = index
    }

    /// The entry of a kind at an `apiVersion`.
    /// - Parameters:
    ///   - apiVersion: The `apiVersion` as written.
    ///   - kind: The `kind` as written.
    /// - Returns: The entry, or nil when PodFence does not decode that kind at that version.
    /// - Complexity: O(1).
    package func entry(apiVersion: String, kind: String) -> Entry? {
        index[Key(apiVersion: apiVersion, kind: kind)].map { entries[$0] }
    }

    /// The `apiVersion` a kind written at another one is served at, for the loader's `D05`.
    ///
    /// An entry that claims the written group (``OtherVersions/refusedIn(groups:)``) answers alone for it;
    /// in another group, the entries whose kind is ``OtherVersions/refused`` at any other version answer.
    /// - Parameters:
    ///   - kind: The `kind` as written.
    ///   - apiVersion: The `apiVersion` as written (one no entry has for this kind).
    /// - Returns: The version to write instead, or nil when the document is of a kind PodFence does not model.
    /// - Complexity: O(entries).
    package func servedAPIVersion(of kind: String, writtenAs apiVersion: String) -> String? {
        let group = apiVersion.split(separator: "/").dropLast().joined(separator: "/")
        let claiming = entries.filter { entry in
            if case .refusedIn(let groups) = entry.otherVersions { return groups.contains(group) }
            return false
        }
        let answering = claiming.isEmpty ? entries.filter { $0.otherVersions == .refused } : claiming
        return answering.first { $0.kind == kind }?.apiVersion
    }
}

extension KindRegistry {
    /// The groups of Calico's kinds: `projectcalico.org`, and the `crd.projectcalico.org` storage group.
    private static let calicoGroups: Set<String> = ["projectcalico.org", "crd.projectcalico.org"]

    /// The kinds PodFence models: NetworkPolicy, Namespace, Pod, the workloads, the cluster policies, Calico's
    /// NetworkPolicy, GlobalNetworkPolicy and Tier, and the Docker Enterprise `Topology` (which is not refused
    /// at another version: `podfence.dev` may serve other kinds of that name).
    package static let standard = KindRegistry(
        [
            Entry(apiVersion: NetworkPolicy.apiVersion, kind: NetworkPolicy.kind) { node, decoder in
                .networkPolicy(NetworkPolicy(manifest: node, decoder: &decoder))
            },
            Entry(apiVersion: Namespace.apiVersion, kind: Namespace.kind) { node, decoder in
                .namespace(Namespace(manifest: node, decoder: &decoder))
            },
            Entry(apiVersion: Pod.apiVersion, kind: Pod.kind) { node, decoder in
                .pod(Pod(manifest: node, decoder: &decoder))
            },
            Entry(apiVersion: ClusterNetworkPolicy.apiVersion, kind: ClusterNetworkPolicy.kind) { node, decoder in
                .clusterNetworkPolicy(ClusterNetworkPolicy(manifest: node, decoder: &decoder))
            },
            Entry(apiVersion: AdminNetworkPolicy.apiVersion, kind: AdminNetworkPolicy.kind) { node, decoder in
                .adminNetworkPolicy(AdminNetworkPolicy(manifest: node, decoder: &decoder))
            },
            Entry(apiVersion: BaselineAdminNetworkPolicy.apiVersion, kind: BaselineAdminNetworkPolicy.kind) {
                node, decoder in
                .baselineAdminNetworkPolicy(BaselineAdminNetworkPolicy(manifest: node, decoder: &decoder))
            },
            Entry(
                apiVersion: CalicoNetworkPolicy.apiVersion, kind: CalicoNetworkPolicy.kind,
                qualifiedKind: CalicoNetworkPolicy.kind + ".projectcalico.org",
                otherVersions: .refusedIn(groups: calicoGroups)
            ) { node, decoder in
                .calicoNetworkPolicy(CalicoNetworkPolicy(manifest: node, decoder: &decoder))
            },
            Entry(
                apiVersion: CalicoGlobalNetworkPolicy.apiVersion, kind: CalicoGlobalNetworkPolicy.kind,
                qualifiedKind: CalicoGlobalNetworkPolicy.kind + ".projectcalico.org",
                otherVersions: .refusedIn(groups: calicoGroups)
            ) { node, decoder in
                .calicoGlobalNetworkPolicy(CalicoGlobalNetworkPolicy(manifest: node, decoder: &decoder))
            },
            Entry(
                apiVersion: CalicoTier.apiVersion, kind: CalicoTier.kind,
                qualifiedKind: CalicoTier.kind + ".projectcalico.org", otherVersions: .refusedIn(groups: calicoGroups)
            ) { node, decoder in
                .calicoTier(CalicoTier(manifest: node, decoder: &decoder))
            },
            Entry(apiVersion: Topology.apiVersion, kind: Topology.kind, otherVersions: .unmodelled) { node, decoder in
                .topology(Topology(manifest: node, decoder: &decoder))
            },
        ]
            + WorkloadKind.allCases.map { workloadKind in
                Entry(apiVersion: workloadKind.apiVersion, kind: workloadKind.rawValue) { node, decoder in
                    .workload(Workload(kind: workloadKind, manifest: node, decoder: &decoder))
                }
            })
}
