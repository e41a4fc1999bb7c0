extension Topology {
    /// A copy running another UCP/MKE release.
    ///
    /// ```swift
    /// let topology = Topology(name: "acme").running(.mke3)
    ///     .withVLAN(VLAN(id: 10, name: "mgmt", cidr: "10.10.0.0/24", purpose: .management))
    ///     .withCollection("/Prod")
    ///     .withNode(ClusterNode.manager("mgr-1").onVLAN("mgmt").addressed("10.10.0.11"))
    ///     .granting(.scheduler, to: .team("ops"), on: "/Prod")
    ///     .linking("ops-nodes", to: "/Prod")
    /// ```
    /// - Parameter version: The release.
    public func running(_ version: UCPVersion) -> Topology {
        var copy = self
        copy.spec.version = version
        return copy
    }

    /// A copy with other network settings.
    /// - Parameter network: The settings.
    public func withNetwork(_ network: TopologyNetwork) -> Topology {
        var copy = self
        copy.spec.network = network
        return copy
    }

    /// A copy with other scheduling settings.
    /// - Parameter scheduling: The settings.
    public func withScheduling(_ scheduling: TopologyScheduling) -> Topology {
        var copy = self
        copy.spec.scheduling = scheduling
        return copy
    }

    /// A copy with one more VLAN.
    /// - Parameter vlan: The VLAN.
    public func withVLAN(_ vlan: VLAN) -> Topology {
        var copy = self
        copy.spec.vlans.append(vlan)
        return copy
    }

    /// A copy with one more custom collection.
    /// - Parameter collection: The collection.
    public func withCollection(_ collection: UCPCollection) -> Topology {
        var copy = self
        copy.spec.collections.append(collection)
        return copy
    }

    /// A copy with one more custom collection, by path.
    /// - Parameter path: The collection's path.
    public func withCollection(_ path: CollectionPath) -> Topology { withCollection(UCPCollection(path)) }

    /// A copy with one more node.
    /// - Parameter node: The node.
    public func withNode(_ node: ClusterNode) -> Topology {
        var copy = self
        copy.spec.nodes.append(node)
        return copy
    }

    /// A copy with one more team.
    /// - Parameter team: The team.
    public func withTeam(_ team: Team) -> Topology {
        var copy = self
        copy.spec.teams.append(team)
        return copy
    }

    /// A copy with one more custom role.
    /// - Parameter role: The role.
    public func withRole(_ role: AccessRole) -> Topology {
        var copy = self
        copy.spec.roles.append(role)
        return copy
    }

    /// A copy with one more application group.
    /// - Parameter group: The group.
    public func withGroup(_ group: ApplicationGroup) -> Topology {
        var copy = self
        copy.spec.applicationGroups.append(group)
        return copy
    }

    /// A copy with one more grant.
    /// - Parameter grant: The grant.
    public func withGrant(_ grant: Grant) -> Topology {
        var copy = self
        copy.spec.grants.append(grant)
        return copy
    }

    /// A copy with a grant of a role on a collection (and everything below it).
    /// - Parameters:
    ///   - role: The role.
    ///   - subject: Who.
    ///   - collection: The collection.
    public func granting(_ role: AccessRole, to subject: GrantSubject, on collection: CollectionPath) -> Topology {
        withGrant(Grant(subject, role: role, on: collection))
    }

    /// A copy with a grant of a role on a namespace.
    /// - Parameters:
    ///   - role: The role.
    ///   - subject: Who.
    ///   - namespace: The namespace.
    public func granting(_ role: AccessRole, to subject: GrantSubject, inNamespace namespace: String) -> Topology {
        withGrant(Grant(subject, role: role, inNamespace: namespace))
    }

    /// A copy with a namespace linked to a collection's nodes.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - collection: The collection.
    ///   - form: The annotation form (nil: the topology's).
    public func linking(_ namespace: String, to collection: CollectionPath, form: NamespaceLinkForm? = nil)
        -> Topology
    {
        var copy = self
        copy.spec.namespaceLinks.append(NamespaceLink(namespace, to: collection, form: form))
        return copy
    }

    /// A copy with a namespace pinned to the nodes carrying some labels.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - nodeSelector: The labels.
    public func linking(_ namespace: String, selecting nodeSelector: [String: String]) -> Topology {
        var copy = self
        copy.spec.namespaceLinks.append(NamespaceLink(namespace, selecting: nodeSelector))
        return copy
    }

    /// Several topology documents as one: the first document's name and metadata, each setting from the first
    /// document that sets it, every list concatenated in document order.
    /// - Parameter documents: The documents, in load order.
    /// - Returns: The combined topology, or nil when there is none.
    public static func merged(_ documents: [Topology]) -> Topology? {
        guard var result = documents.first else { return nil }
        // The merged topology is written as the model encodes it, not as its first document was written.
        result.written = nil
        for document in documents.dropFirst() {
            let spec = document.spec
            if result.spec.version == nil { result.spec.version = spec.version }
            result.spec.network.encapsulation = result.spec.network.encapsulation ?? spec.network.encapsulation
            result.spec.network.encryptedOverlay =
                result.spec.network.encryptedOverlay ?? spec.network.encryptedOverlay
            result.spec.network.nodePortRange = result.spec.network.nodePortRange ?? spec.network.nodePortRange
            result.spec.network.workerMesh = result.spec.network.workerMesh ?? spec.network.workerMesh
            result.spec.scheduling.linkForm = result.spec.scheduling.linkForm ?? spec.scheduling.linkForm
            result.spec.scheduling.collectionLabelPrefix =
                result.spec.scheduling.collectionLabelPrefix ?? spec.scheduling.collectionLabelPrefix
            result.spec.scheduling.sharedSchedulerGrant =
                result.spec.scheduling.sharedSchedulerGrant ?? spec.scheduling.sharedSchedulerGrant
            result.spec.scheduling.clusterDefaultNodeSelector =
                result.spec.scheduling.clusterDefaultNodeSelector ?? spec.scheduling.clusterDefaultNodeSelector
            result.spec.vlans += spec.vlans
            result.spec.collections += spec.collections
            result.spec.nodes += spec.nodes
            result.spec.teams += spec.teams
            result.spec.roles += spec.roles
            result.spec.applicationGroups += spec.applicationGroups
            result.spec.grants += spec.grants
            result.spec.namespaceLinks += spec.namespaceLinks
        }
        return result
    }
}
