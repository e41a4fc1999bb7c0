extension Topology {
    /// The collection tree: the built-ins, the declared collections, and a private collection for every
    /// known user (``users``).
    /// - Complexity: O(n log n) in the number of collections and users.
    public var collectionTree: CollectionTree {
        CollectionTree(custom: spec.collections.map(\.path), users: users)
    }

    /// Every user the topology mentions (team members and user subjects of grants), sorted.
    public var users: [String] {
        var names = Set(spec.teams.flatMap(\.members))
        for grant in spec.grants where grant.subject.kind == .user { names.insert(grant.subject.name) }
        return names.filter { !$0.isEmpty }.sorted()
    }

    /// The VLAN with this name.
    /// - Parameter name: The VLAN's name.
    public func vlan(named name: String) -> VLAN? { spec.vlans.first { $0.name == name } }

    /// The node with this name.
    /// - Parameter name: The node's name.
    public func node(named name: String) -> ClusterNode? { spec.nodes.first { $0.name == name } }

    /// The declared collection at this path (built-ins only when declared).
    /// - Parameter path: The path.
    public func collection(at path: CollectionPath) -> UCPCollection? {
        let normal = path.normalized
        return spec.collections.first { $0.path.normalized == normal }
    }

    /// The role with this name: a built-in, else a custom role of the topology.
    /// - Parameter name: The role's name.
    public func role(named name: String) -> AccessRole? {
        AccessRole.builtIn(named: name) ?? spec.roles.first { $0.name == name }
    }

    /// The team with this name.
    /// - Parameter name: The team's name.
    public func team(named name: String) -> Team? { spec.teams.first { $0.name == name } }

    /// What a VLAN is for: its ``VLAN/purpose``, else management when a manager sits on it, else application.
    /// - Parameter vlan: The VLAN.
    public func purpose(of vlan: VLAN) -> VLAN.Purpose {
        if let purpose = vlan.purpose { return purpose }
        return spec.nodes.contains { $0.vlan == vlan.name && $0.role == .manager } ? .management : .application
    }

    /// The nodes in a collection or below it, in declaration order.
    /// - Parameter collection: The collection.
    public func nodes(in collection: CollectionPath) -> [ClusterNode] {
        let normal = collection.normalized
        return spec.nodes.filter { normal.contains($0.collection.normalized) }
    }

    /// The nodes on a VLAN, in declaration order.
    /// - Parameter vlan: The VLAN's name.
    public func nodes(onVLAN vlan: String) -> [ClusterNode] { spec.nodes.filter { $0.vlan == vlan } }

    /// UCP's identifier of a collection in its lookup labels: the declared ``UCPCollection/id``, else the
    /// inferred one (``CollectionPath/inferredID``).
    /// - Parameter path: The collection.
    public func collectionID(of path: CollectionPath) -> String {
        collection(at: path)?.id ?? path.normalized.inferredID
    }

    /// The labels Kubernetes selectors see on a node: its written labels (``ClusterNode/writtenKubernetesLabels``)
    /// plus the lookup labels UCP maintains for its collection.
    ///
    /// The lookup labels are an **inference** from labels observed on real nodes (`com.docker.ucp.collection=system`,
    /// `com.docker.ucp.collection.root=true`, `...swarm=true`, `...system=true` on a manager): the node gets
    /// `<prefix>root=true`, `<prefix><id>=true` for its collection and each collection above it, and
    /// `com.docker.ucp.collection=<id of its collection>`, where the prefix is
    /// ``TopologyScheduling/effectiveCollectionLabelPrefix``. Written labels win over lookup labels.
    /// - Parameter node: The node.
    public func kubernetesLabels(of node: ClusterNode) -> [String: String] {
        let prefix = spec.scheduling.effectiveCollectionLabelPrefix
        let collection = node.collection.normalized
        var result: [String: String] = [prefix + "root": "true"]
        for path in collection.ancestors + [collection] { result[prefix + collectionID(of: path)] = "true" }
        let bareKey = prefix.hasSuffix(".") ? String(prefix.dropLast()) : prefix
        if !bareKey.isEmpty { result[bareKey] = collectionID(of: collection) }
        result.merge(node.writtenKubernetesLabels) { _, written in written }
        return result
    }

    /// The link of a namespace, if any (the first, when validation would report duplicates).
    /// - Parameter namespace: The namespace.
    public func link(of namespace: String) -> NamespaceLink? { spec.namespaceLinks.first { $0.namespace == namespace } }

    /// The form a link is written in: its own, else the topology's, else the UCP version's.
    /// - Parameter link: The link.
    public func form(of link: NamespaceLink) -> NamespaceLinkForm {
        link.form ?? spec.scheduling.linkForm ?? spec.effectiveVersion.defaultLinkForm
    }

    /// The node selector a link stands for: its ``NamespaceLink/nodeSelector``; for a collection link in the
    /// collection-label form `<prefix><collection id>=true` (unconfirmed form, see ``NamespaceLinkForm``); in
    /// the custom-label form the collection's ``UCPCollection/nodeLabels``. Nil when a custom-label link's
    /// collection declares no labels, or the link names neither a collection nor a selector.
    /// - Parameter link: The link.
    public func nodeSelector(of link: NamespaceLink) -> [String: String]? {
        if let selector = link.nodeSelector, link.collection == nil { return selector }
        guard let collection = link.collection, link.nodeSelector == nil else { return nil }
        switch form(of: link) {
        case .collectionLabel:
            return [spec.scheduling.effectiveCollectionLabelPrefix + collectionID(of: collection): "true"]
        default:
            guard let labels = self.collection(at: collection)?.nodeLabels, !labels.isEmpty else { return nil }
            return labels
        }
    }

    /// The value of the `scheduler.alpha.kubernetes.io/node-selector` annotation a link writes, or nil (see
    /// ``nodeSelector(of:)``).
    /// - Parameter link: The link.
    public func annotationValue(of link: NamespaceLink) -> String? {
        nodeSelector(of: link).map(NodeSelectorAnnotation.format)
    }

    /// The Namespace object a link asks for: the namespace with the node-selector annotation, ready to be
    /// written as a manifest.
    /// - Parameter link: The link.
    /// - Returns: The namespace, or nil when the link has no selector (see ``nodeSelector(of:)``).
    public func annotatedNamespace(for link: NamespaceLink) -> Namespace? {
        guard let value = annotationValue(of: link) else { return nil }
        var namespace = Namespace(name: link.namespace)
        namespace.metadata.annotations[NodeSelectorAnnotation.key] = value
        return namespace
    }

    /// The grants UCP gives without being asked: `Scheduler` on `/Shared` to everybody (unless
    /// ``TopologyScheduling/sharedSchedulerGrant`` is false).
    public var impliedGrants: [Grant] {
        spec.scheduling.effectiveSharedSchedulerGrant ? [Grant(.everybody, role: .scheduler, on: .shared)] : []
    }

    /// The declared grants followed by the implied ones.
    public var effectiveGrants: [Grant] { spec.grants + impliedGrants }

    /// The users and service accounts a subject stands for: a user itself, a team's members, an organization's
    /// teams' members (every known user for `docker-datacenter`), a service account itself. Sorted.
    /// - Parameter subject: The subject.
    public func principals(of subject: GrantSubject) -> [GrantSubject] {
        switch subject.kind {
        case .user, .serviceAccount:
            return [GrantSubject(kind: subject.kind, name: subject.name)]
        case .team:
            return (team(named: subject.name)?.members ?? []).sorted().map(GrantSubject.user)
        case .organization:
            if subject.isEverybody { return users.map(GrantSubject.user) }
            let members = spec.teams.filter { $0.organization == subject.name }.flatMap(\.members)
            return Set(members).sorted().map(GrantSubject.user)
        default:
            return []
        }
    }
}
