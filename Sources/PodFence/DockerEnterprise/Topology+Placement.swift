import PodFenceModel

extension Topology {
    /// Namespaces the placement and audit analyses leave alone: Kubernetes' own.
    public static let systemNamespaces: Set<String> = ["kube-system", "kube-public", "kube-node-lease"]

    /// Where a namespace's pods may land, following the PodNodeSelector admission plugin:
    /// 1. the namespace's node selector is the `scheduler.alpha.kubernetes.io/node-selector` annotation of a
    ///    loaded Namespace object, else the topology's link, else `clusterDefaultNodeSelector`, else none;
    /// 2. a pod whose own `nodeSelector` wants another value for a key of the namespace's selector is
    ///    rejected;
    /// 3. otherwise the selectors are merged, and the pod may land on the nodes whose labels
    ///    (`Topology.kubernetesLabels(of:)`) match; none means Pending.
    ///
    /// Only workers take user pods: UCP taints managers `com.docker.ucp.manager:NoSchedule` and strips that
    /// toleration from user pods (kube-system pods keep it, so managers count for `kube-system`).
    ///
    /// Who may put pods there: the grants on the namespace whose role creates workloads (`deployers`), and the
    /// grants on collections whose role schedules (`Node Schedule`) and whose subtree holds some of the
    /// namespace's nodes (`schedulers`); a grant on a collection reaches every collection below it.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - objects: Loaded Kubernetes objects: Namespaces (annotations), Pods and workloads of the namespace.
    /// - Returns: The placement.
    /// - Complexity: O(nodes × labels + pods × nodes + grants × nodes).
    public func placement(of namespace: String, objects: [KubernetesObject] = []) -> NamespacePlacement {
        let (source, selector, nodes) = eligibility(of: namespace, objects: objects)
        var pods: [PodPlacement] = []
        for object in objects {
            switch object {
            case .pod(let pod) where pod.metadata.namespace == namespace:
                pods.append(place(object, nodeSelector: pod.spec.nodeSelector, source, selector, nodes))
            case .workload(let workload) where workload.metadata.namespace == namespace:
                let nodeSelector = workload.podTemplate?.spec.nodeSelector ?? [:]
                pods.append(place(object, nodeSelector: nodeSelector, source, selector, nodes))
            default:
                continue
            }
        }
        pods.sort { ($0.name, $0.kind) < ($1.name, $1.kind) }
        let names = Set(nodes.map(\.name))
        let rights = accessRights(objects: objects)
        let deployers = rights.filter { $0.deploys && $0.grant.resource == .namespace(namespace) }
        let schedulers = rights.filter { right in
            guard right.schedules, case .collection = right.grant.resource else { return false }
            return right.nodes.contains { names.contains($0) }
        }
        return NamespacePlacement(
            namespace: namespace, source: source, selector: selector, nodes: nodes, pods: pods, deployers: deployers,
            schedulers: schedulers)
    }

    /// What every grant (declared and implied) lets its subject do about placement, in topology order; grants
    /// with an unknown role are left out.
    /// - Parameter objects: Loaded Kubernetes objects (for namespace annotations).
    public func accessRights(objects: [KubernetesObject] = []) -> [AccessRight] {
        return effectiveGrants.enumerated().compactMap { index, grant in
            guard let role = role(named: grant.role), let resource = grant.resource else { return nil }
            let nodes: [ClusterNode]
            switch resource {
            case .collection(let path): nodes = self.nodes(in: path)
            case .namespace(let namespace): nodes = eligibility(of: namespace, objects: objects).nodes
            }
            return AccessRight(
                grant: grant, isImplied: index >= spec.grants.count,
                principals: principals(of: grant.subject), schedules: role.permitsScheduling,
                deploys: role.permitsDeploying, nodes: nodes.map(\.name).sorted())
        }
    }

    /// Who may schedule or deploy where, per user and service account: every principal reached by a grant
    /// that schedules or deploys, sorted.
    /// - Parameter objects: Loaded Kubernetes objects (for namespace annotations).
    public func principalAccess(objects: [KubernetesObject] = []) -> [PrincipalAccess] {
        var byPrincipal: [GrantSubject: PrincipalAccess] = [:]
        for right in accessRights(objects: objects) where right.schedules || right.deploys {
            for principal in right.principals {
                var access =
                    byPrincipal[principal]
                    ?? PrincipalAccess(
                        principal: principal, scheduleCollections: [], deployNamespaces: [], nodes: [], grants: [])
                switch right.grant.resource {
                case .collection(let path)? where right.schedules: access.scheduleCollections.append(path)
                case .namespace(let namespace)? where right.deploys: access.deployNamespaces.append(namespace)
                default: break
                }
                access.nodes += right.nodes
                access.grants.append(right.grant)
                byPrincipal[principal] = access
            }
        }
        return byPrincipal.values.map { access in
            var access = access
            access.scheduleCollections = Set(access.scheduleCollections).sorted()
            access.deployNamespaces = Set(access.deployNamespaces).sorted()
            access.nodes = Set(access.nodes).sorted()
            return access
        }.sorted { $0.principal < $1.principal }
    }

    /// The namespaces the topology and the objects know about, Kubernetes' own left out, sorted: links,
    /// application groups, namespace grants, Namespace objects, and the namespaces of pods, workloads and
    /// policies.
    /// - Parameter objects: Loaded Kubernetes objects.
    public func knownNamespaces(objects: [KubernetesObject] = []) -> [String] {
        var names = Set(spec.namespaceLinks.map(\.namespace))
        for group in spec.applicationGroups { names.formUnion(group.namespaces) }
        for grant in spec.grants { if let namespace = grant.namespace { names.insert(namespace) } }
        for object in objects {
            switch object {
            case .namespace(let namespace): names.insert(namespace.name)
            case .pod, .workload, .networkPolicy, .calicoNetworkPolicy:
                if let namespace = object.metadata.namespace { names.insert(namespace) }
            case .clusterNetworkPolicy, .adminNetworkPolicy, .baselineAdminNetworkPolicy, .calicoGlobalNetworkPolicy,
                .calicoTier, .topology, .unmodelled:
                continue
            }
        }
        return names.subtracting(Self.systemNamespaces).filter { !$0.isEmpty }.sorted()
    }

    /// The selector source, the selector and the nodes allowed for a namespace (steps 1 and 3 of
    /// ``placement(of:objects:)`` without a pod).
    func eligibility(of namespace: String, objects: [KubernetesObject]) -> (
        source: NamespacePlacement.SelectorSource, selector: [String: String], nodes: [ClusterNode]
    ) {
        let (source, selector) = namespaceSelector(of: namespace, objects: objects)
        if case .invalidAnnotation = source { return (source, selector, []) }
        let takesManagers = namespace == "kube-system"
        let nodes = spec.nodes.filter { node in
            (node.role != .manager || takesManagers) && matches(selector, node)
        }
        return (source, selector, nodes)
    }

    private func namespaceSelector(of namespace: String, objects: [KubernetesObject]) -> (
        NamespacePlacement.SelectorSource, [String: String]
    ) {
        for object in objects {
            guard case .namespace(let loaded) = object, loaded.name == namespace,
                let text = loaded.metadata.annotations[NodeSelectorAnnotation.key]
            else { continue }
            do {
                return (.annotation, try NodeSelectorAnnotation.parse(text))
            } catch {
                return (.invalidAnnotation(error.message), [:])
            }
        }
        if let link = link(of: namespace) {
            if let selector = nodeSelector(of: link) { return (.link(link), selector) }
            return (.unusableLink(link), [:])
        }
        if let text = spec.scheduling.clusterDefaultNodeSelector,
            let selector = try? NodeSelectorAnnotation.parse(text), !selector.isEmpty
        {
            return (.clusterDefault, selector)
        }
        return (.none, [:])
    }

    private func matches(_ selector: [String: String], _ node: ClusterNode) -> Bool {
        if selector.isEmpty { return true }
        let labels = kubernetesLabels(of: node)
        return selector.allSatisfy { labels[$0.key] == $0.value }
    }

    private func place(
        _ object: KubernetesObject, nodeSelector: [String: String], _ source: NamespacePlacement.SelectorSource,
        _ selector: [String: String], _ nodes: [ClusterNode]
    ) -> PodPlacement {
        let name = object.qualifiedName
        if case .invalidAnnotation = source {
            return PodPlacement(
                name: name, kind: object.kind, nodeSelector: nodeSelector, mergedSelector: [:],
                outcome: .rejected(conflicts: []))
        }
        let conflicts = NodeSelectorAnnotation.conflicts(selector, nodeSelector)
        if !conflicts.isEmpty {
            return PodPlacement(
                name: name, kind: object.kind, nodeSelector: nodeSelector, mergedSelector: [:],
                outcome: .rejected(conflicts: conflicts))
        }
        let merged = selector.merging(nodeSelector) { namespaceValue, _ in namespaceValue }
        let fitting = nodes.filter { matches(nodeSelector, $0) }.map(\.name)
        return PodPlacement(
            name: name, kind: object.kind, nodeSelector: nodeSelector, mergedSelector: merged,
            outcome: fitting.isEmpty ? .pending : .schedulable(fitting))
    }
}
