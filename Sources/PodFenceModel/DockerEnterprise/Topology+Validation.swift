import PodFenceCIDR

extension Topology {
    /// Validates the topology: each object on its own, then the references between them.
    ///
    /// `metadata` follows the rules of any cluster-scoped object (V01-V08). The `E` rules, in one list (all
    /// errors except E11 and E20):
    /// - E01: `spec.version` is not `3.0`, `3.1`, `3.2` or `mke3`.
    /// - E02: a value outside its list: network `encapsulation` (`ipip`, `vxlan`), `workerMesh` (`full`,
    ///   `required`, `none`), a link `form` or `scheduling.linkForm` (`collection-label`, `custom-label`), a
    ///   VLAN `purpose` (`management`, `application`), a node `role` (`manager`, `worker`), a grant subject
    ///   `kind` (`user`, `team`, `organization`, `serviceAccount`).
    /// - E03: `network.nodePortRange` is not `first-last` with 1 <= first <= last <= 65535.
    /// - E04: a VLAN id outside 1-4094.
    /// - E05: a required name is missing or malformed: VLAN (DNS-1123 label), node (DNS-1123 subdomain), team,
    ///   team organization, role, application group (DNS-1123 label), a grant's role.
    /// - E06: a duplicate: VLAN id or name, collection, node name, node address, team, role, group, a second link
    ///   for a namespace, an operation listed twice in a role.
    /// - E07: a VLAN `cidr` is missing, not a CIDR, or overlaps another VLAN's.
    /// - E08: a node address is not an IP address, or lies outside its VLAN's `cidr`.
    /// - E09: a collection path is not `/` or `/name/...` (no empty names, no trailing `/`), or a collection
    ///   `id` cannot be part of a label key.
    /// - E10: a collection's parent is neither a built-in nor declared.
    /// - E11 (warning): a collection nested deeper than two levels, deprecated since UCP 3.1.
    /// - E12: a reference to something not declared: a node's or group's VLAN (a node must name one), a
    ///   collection (node access label, group, grant, link), a grant's role. A grant to an undeclared team is a
    ///   warning (its members are unknown, so the audit cannot see them).
    /// - E13: a manager outside `/System` (UCP does not move nodes out of `/System`).
    /// - E14: a label or selector that is not valid Kubernetes label syntax: node labels, collection
    ///   `nodeLabels`, link `nodeSelector`, `scheduling.clusterDefaultNodeSelector`,
    ///   `scheduling.collectionLabelPrefix` (prefix plus an id must be a label key).
    /// - E15: a grant names neither or both of `collection` and `namespace`; a link names neither or both of
    ///   `collection` and `nodeSelector`.
    /// - E16: a namespace name (grant, group, link) is not a DNS-1123 label.
    /// - E17: a grant's subject is missing, or has no name.
    /// - E18: a custom role takes the name of a default role.
    /// - E19: a link to a collection in the custom-label form, but the collection declares no `nodeLabels`.
    /// - E20 (warning): a custom-label link's labels do not pin exactly the collection's nodes (a node of the
    ///   collection lacks them, or a node outside carries them).
    /// - Parameter options: The validation choices (for `metadata`).
    /// - Returns: The diagnostics, paths relative to the document, in document order.
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateObjectMeta(metadata, namespaced: false, nameRule: .subdomain)
        context.enter("spec")
        var checker = TopologyChecker(topology: self)
        checker.run(&context)
        context.leave()
        return context.diagnostics
    }
}

/// The walk behind ``Topology/validate(options:)``; the context's position is at `spec`.
private struct TopologyChecker {
    let topology: Topology
    let tree: CollectionTree
    var spec: TopologySpec { topology.spec }

    init(topology: Topology) {
        self.topology = topology
        self.tree = topology.collectionTree
    }

    mutating func run(_ context: inout ValidationContext) {
        if let version = spec.version, !version.isSupported {
            context.error(
                .unsupportedUCPVersion,
                ValidationMessage.unsupported(version.rawValue, supported: UCPVersion.supported.map(\.rawValue)),
                field: "version")
        }
        checkNetwork(&context)
        checkScheduling(&context)
        checkVLANs(&context)
        checkCollections(&context)
        checkNodes(&context)
        checkTeams(&context)
        checkRoles(&context)
        checkGroups(&context)
        checkGrants(&context)
        checkLinks(&context)
    }

    // MARK: Settings

    private func checkNetwork(_ context: inout ValidationContext) {
        let network = spec.network
        context.enter("network")
        if let value = network.encapsulation, !TopologyNetwork.Encapsulation.supported.contains(value) {
            unsupported(
                &context, value.rawValue, TopologyNetwork.Encapsulation.supported.map(\.rawValue), "encapsulation")
        }
        if let value = network.workerMesh, !TopologyNetwork.WorkerMesh.supported.contains(value) {
            unsupported(&context, value.rawValue, TopologyNetwork.WorkerMesh.supported.map(\.rawValue), "workerMesh")
        }
        if let text = network.nodePortRange, TopologyNetwork.portRange(text) == nil {
            context.error(
                .invalidNodePortRange,
                ValidationMessage.invalid(
                    text, "must be first-last with 1 <= first <= last <= 65535 (e.g. 32768-35535)"),
                field: "nodePortRange")
        }
        context.leave()
    }

    private func checkScheduling(_ context: inout ValidationContext) {
        let scheduling = spec.scheduling
        context.enter("scheduling")
        if let form = scheduling.linkForm, !NamespaceLinkForm.supported.contains(form) {
            unsupported(&context, form.rawValue, NamespaceLinkForm.supported.map(\.rawValue), "linkForm")
        }
        if let prefix = scheduling.collectionLabelPrefix {
            for detail in LabelValidation.keyErrors(prefix + "id") {
                context.error(
                    .invalidTopologyLabel,
                    ValidationMessage.invalid(prefix, "with a collection id appended, " + detail),
                    field: "collectionLabelPrefix")
            }
        }
        if let text = scheduling.clusterDefaultNodeSelector {
            do {
                _ = try NodeSelectorAnnotation.parse(text)
            } catch {
                context.error(
                    .invalidTopologyLabel, ValidationMessage.invalid(text, error.message),
                    field: "clusterDefaultNodeSelector")
            }
        }
        context.leave()
    }

    // MARK: VLANs

    private func checkVLANs(_ context: inout ValidationContext) {
        var ids: Set<Int> = []
        var names: Set<String> = []
        var prefixes: [(name: String, prefix: IPPrefix)] = []
        for (index, vlan) in spec.vlans.enumerated() {
            context.enter("vlans", index: index)
            if !(1...4094).contains(vlan.id) {
                context.error(
                    .vlanIDOutOfRange, ValidationMessage.invalid(vlan.id, "must be between 1 and 4094, inclusive"),
                    field: "id")
            } else if !ids.insert(vlan.id).inserted {
                context.error(.duplicateTopologyEntry, ValidationMessage.duplicate(String(vlan.id)), field: "id")
            }
            checkName(&context, vlan.name, field: "name", rule: .label, seen: &names)
            if vlan.cidr.isEmpty {
                context.error(.invalidVLANCIDR, ValidationMessage.required(), field: "cidr")
            } else if let prefix = vlan.prefix {
                if let other = prefixes.first(where: { $0.prefix.overlaps(prefix) }) {
                    context.error(
                        .invalidVLANCIDR,
                        ValidationMessage.invalid(
                            vlan.cidr, "overlaps VLAN \(ValidationMessage.quoted(other.name)) (\(other.prefix))"),
                        field: "cidr")
                }
                prefixes.append((vlan.name, prefix))
            } else {
                context.error(
                    .invalidVLANCIDR, ValidationMessage.invalid(vlan.cidr, ValidationContext.invalidCIDRDetail),
                    field: "cidr")
            }
            if let purpose = vlan.purpose, !VLAN.Purpose.supported.contains(purpose) {
                unsupported(&context, purpose.rawValue, VLAN.Purpose.supported.map(\.rawValue), "purpose")
            }
            context.leave(2)
        }
    }

    // MARK: Collections

    private func checkCollections(_ context: inout ValidationContext) {
        var seen: Set<CollectionPath> = []
        let deprecatesDeepNesting = spec.effectiveVersion != .ucp30
        for (index, collection) in spec.collections.enumerated() {
            context.enter("collections", index: index)
            let path = collection.path
            if path.rawValue.isEmpty {
                context.error(.invalidCollectionPath, ValidationMessage.required(), field: "path")
            } else if !path.isWellFormed {
                context.error(
                    .invalidCollectionPath,
                    ValidationMessage.invalid(
                        path.rawValue, "must be / or /name/... with non-empty names and no trailing / (e.g. /Prod/App1)"
                    ),
                    field: "path")
            } else if !seen.insert(path).inserted {
                context.error(.duplicateTopologyEntry, ValidationMessage.duplicate(path.rawValue), field: "path")
            } else {
                if let parent = path.parent, !tree.contains(parent) {
                    context.error(
                        .undeclaredParentCollection,
                        ValidationMessage.invalid(
                            path.rawValue, "the parent collection \(parent) is neither built in nor declared"),
                        field: "path")
                }
                if deprecatesDeepNesting, path.depth > 2, !path.isBuiltIn {
                    context.warning(
                        .collectionNestedTooDeep,
                        ValidationMessage.invalid(
                            path.rawValue, "nesting collections more than 2 levels deep is deprecated since UCP 3.1"),
                        field: "path")
                }
            }
            if let id = collection.id {
                for detail in LabelValidation.keyErrors(spec.scheduling.effectiveCollectionLabelPrefix + id) {
                    context.error(
                        .invalidCollectionPath,
                        ValidationMessage.invalid(id, "as part of a lookup label key, " + detail), field: "id")
                }
            }
            context.enter("nodeLabels")
            context.validateLabelMap(
                collection.nodeLabels, keyCode: .invalidTopologyLabel, valueCode: .invalidTopologyLabel)
            context.leave(3)
        }
    }

    // MARK: Nodes

    private func checkNodes(_ context: inout ValidationContext) {
        var names: Set<String> = []
        var addresses: [IPAddress: String] = [:]
        for (index, node) in spec.nodes.enumerated() {
            context.enter("nodes", index: index)
            checkName(&context, node.name, field: "name", rule: .subdomain, seen: &names)
            if !ClusterNode.Role.supported.contains(node.role) {
                unsupported(&context, node.role.rawValue, ClusterNode.Role.supported.map(\.rawValue), "role")
            }
            let vlan = node.vlan.flatMap(topology.vlan(named:))
            if let name = node.vlan {
                if vlan == nil { unknown(&context, "VLAN", name, field: "vlan") }
            } else {
                context.error(
                    .undeclaredTopologyReference, ValidationMessage.required("the VLAN the node sits on"), field: "vlan"
                )
            }
            for (position, text) in node.addresses.enumerated() {
                context.enter("addresses", index: position)
                if let address = try? IPAddress(parsing: text) {
                    if let prefix = vlan?.prefix, !prefix.contains(address) {
                        context.error(
                            .invalidNodeAddress,
                            ValidationMessage.invalid(
                                text,
                                "outside the node's VLAN \(ValidationMessage.quoted(vlan?.name ?? "")) (\(prefix))"))
                    }
                    if let owner = addresses[address] {
                        context.error(
                            .duplicateTopologyEntry,
                            ValidationMessage.invalid(
                                text, "already the address of node \(ValidationMessage.quoted(owner))"))
                    } else {
                        addresses[address] = node.name
                    }
                } else {
                    context.error(.invalidNodeAddress, ValidationMessage.invalid(text, "must be a valid IP address"))
                }
                context.leave(2)
            }
            checkNodeLabels(&context, node)
            context.leave(2)
        }
    }

    private func checkNodeLabels(_ context: inout ValidationContext, _ node: ClusterNode) {
        context.enter("labels")
        if let label = node.labels[ClusterNode.accessLabelKey] {
            let path = CollectionPath(rawValue: label)
            if !path.isWellFormed {
                context.error(
                    .invalidCollectionPath,
                    ValidationMessage.invalid(label, "must be a collection path such as /Prod/App1"),
                    key: ClusterNode.accessLabelKey)
            } else if !tree.contains(path) {
                context.error(
                    .undeclaredTopologyReference,
                    ValidationMessage.invalid(label, "no such collection: declare it under spec.collections"),
                    key: ClusterNode.accessLabelKey)
            }
        }
        if node.role == .manager, node.collection.normalized != .system {
            context.error(
                .managerOutsideSystem,
                ValidationMessage.invalid(
                    node.collection.rawValue, "managers are in /System, and UCP does not move nodes out of /System"),
                key: ClusterNode.accessLabelKey)
        }
        var kubernetesLabels = node.labels
        kubernetesLabels[ClusterNode.accessLabelKey] = nil
        context.validateLabelMap(kubernetesLabels, keyCode: .invalidTopologyLabel, valueCode: .invalidTopologyLabel)
        context.leave()
    }

    // MARK: Teams, roles, groups

    private func checkTeams(_ context: inout ValidationContext) {
        var names: Set<String> = []
        for (index, team) in spec.teams.enumerated() {
            context.enter("teams", index: index)
            checkName(&context, team.name, field: "name", rule: nil, seen: &names)
            if team.organization.isEmpty {
                context.error(.invalidTopologyName, ValidationMessage.required(), field: "organization")
            }
            context.leave(2)
        }
    }

    private func checkRoles(_ context: inout ValidationContext) {
        var names: Set<String> = []
        for (index, role) in spec.roles.enumerated() {
            context.enter("roles", index: index)
            if AccessRole.builtIn(named: role.name) != nil {
                context.error(
                    .customRoleNamedLikeDefault,
                    ValidationMessage.invalid(role.name, "the name of a default role; choose another"),
                    field: "name")
            } else {
                checkName(&context, role.name, field: "name", rule: nil, seen: &names)
            }
            var operations: Set<AccessOperation> = []
            for (position, operation) in role.operations.enumerated() where !operations.insert(operation).inserted {
                context.enter("operations", index: position)
                context.error(.duplicateTopologyEntry, ValidationMessage.duplicate(operation.rawValue))
                context.leave(2)
            }
            context.leave(2)
        }
    }

    private func checkGroups(_ context: inout ValidationContext) {
        var names: Set<String> = []
        for (index, group) in spec.applicationGroups.enumerated() {
            context.enter("applicationGroups", index: index)
            checkName(&context, group.name, field: "name", rule: .label, seen: &names)
            for (position, path) in group.collections.enumerated() {
                context.enter("collections", index: position)
                checkCollectionReference(&context, path, field: nil)
                context.leave(2)
            }
            for (position, namespace) in group.namespaces.enumerated() {
                context.enter("namespaces", index: position)
                checkNamespace(&context, namespace, field: nil)
                context.leave(2)
            }
            for (position, vlan) in group.vlans.enumerated() where topology.vlan(named: vlan) == nil {
                context.enter("vlans", index: position)
                unknown(&context, "VLAN", vlan, field: nil)
                context.leave(2)
            }
            context.leave(2)
        }
    }

    // MARK: Grants and links

    private func checkGrants(_ context: inout ValidationContext) {
        for (index, grant) in spec.grants.enumerated() {
            context.enter("grants", index: index)
            checkSubject(&context, grant.subject)
            if grant.role.isEmpty {
                context.error(.invalidTopologyName, ValidationMessage.required(), field: "role")
            } else if topology.role(named: grant.role) == nil {
                unknown(&context, "role", grant.role, field: "role")
            }
            switch (grant.collection, grant.namespace) {
            case (let path?, nil): checkCollectionReference(&context, path, field: "collection")
            case (nil, let namespace?): checkNamespace(&context, namespace, field: "namespace")
            default:
                context.error(
                    .grantOrLinkTargetNotExactlyOne,
                    ValidationMessage.required("exactly one of `collection` and `namespace` must be set"))
            }
            context.leave(2)
        }
    }

    private func checkSubject(_ context: inout ValidationContext, _ subject: GrantSubject) {
        context.enter("subject")
        if subject.kind == Grant.missingKind && subject.name.isEmpty {
            context.error(.grantSubjectRequired, ValidationMessage.required("who the grant is for: {kind, name}"))
            context.leave()
            return
        }
        if !GrantSubject.Kind.supported.contains(subject.kind) {
            unsupported(&context, subject.kind.rawValue, GrantSubject.Kind.supported.map(\.rawValue), "kind")
        }
        if subject.name.isEmpty {
            context.error(.grantSubjectRequired, ValidationMessage.required(), field: "name")
        } else if subject.kind == .team, topology.team(named: subject.name) == nil {
            context.warning(
                .undeclaredTopologyReference,
                ValidationMessage.invalid(
                    subject.name, "no such team under spec.teams: its members are unknown to the analyses"),
                field: "name")
        }
        context.leave()
    }

    private func checkLinks(_ context: inout ValidationContext) {
        var namespaces: Set<String> = []
        for (index, link) in spec.namespaceLinks.enumerated() {
            context.enter("namespaceLinks", index: index)
            if checkNamespace(&context, link.namespace, field: "namespace"), !namespaces.insert(link.namespace).inserted
            {
                context.error(.duplicateTopologyEntry, ValidationMessage.duplicate(link.namespace), field: "namespace")
            }
            if let form = link.form, !NamespaceLinkForm.supported.contains(form) {
                unsupported(&context, form.rawValue, NamespaceLinkForm.supported.map(\.rawValue), "form")
            }
            switch (link.collection, link.nodeSelector) {
            case (let path?, nil):
                if checkCollectionReference(&context, path, field: "collection") {
                    checkCustomLabels(&context, link, path)
                }
            case (nil, let selector?):
                context.enter("nodeSelector")
                context.validateLabelMap(selector, keyCode: .invalidTopologyLabel, valueCode: .invalidTopologyLabel)
                context.leave()
            default:
                context.error(
                    .grantOrLinkTargetNotExactlyOne,
                    ValidationMessage.required("exactly one of `collection` and `nodeSelector` must be set"))
            }
            context.leave(2)
        }
    }

    /// E19 and E20 for a link to an existing collection.
    private func checkCustomLabels(_ context: inout ValidationContext, _ link: NamespaceLink, _ path: CollectionPath) {
        guard topology.form(of: link) == .customLabel else { return }
        guard let labels = topology.collection(at: path)?.nodeLabels, !labels.isEmpty else {
            context.error(
                .customLabelLinkWithoutNodeLabels,
                ValidationMessage.invalid(
                    path.rawValue,
                    "the custom-label form needs the labels that pin this collection's nodes: set `nodeLabels` on the "
                        + "collection (or link with a nodeSelector)"),
                field: "collection")
            return
        }
        let members = Set(topology.nodes(in: path).map(\.name))
        var missing: [String] = []
        var outside: [String] = []
        for node in topology.spec.nodes where node.role != .manager {
            let matches = labels.allSatisfy { topology.kubernetesLabels(of: node)[$0.key] == $0.value }
            if members.contains(node.name) && !matches { missing.append(node.name) }
            if !members.contains(node.name) && matches { outside.append(node.name) }
        }
        if !missing.isEmpty {
            context.warning(
                .customLabelsNotPinningCollection,
                ValidationMessage.invalid(
                    path.rawValue,
                    "nodes of the collection lack its nodeLabels, so the namespace's pods cannot land on them: "
                        + missing.joined(separator: ", ")),
                field: "collection")
        }
        if !outside.isEmpty {
            context.warning(
                .customLabelsNotPinningCollection,
                ValidationMessage.invalid(
                    path.rawValue,
                    "nodes outside the collection carry its nodeLabels, so the namespace's pods may land on them: "
                        + outside.joined(separator: ", ")),
                field: "collection")
        }
    }

    // MARK: Helpers

    /// E05 (missing or malformed) and E06 (duplicate) for a name; `rule` nil accepts any non-empty name.
    private func checkName(
        _ context: inout ValidationContext, _ name: String, field: String, rule: ValidationContext.NameRule?,
        seen: inout Set<String>
    ) {
        if name.isEmpty {
            context.error(.invalidTopologyName, ValidationMessage.required(), field: field)
            return
        }
        if let rule {
            let details = rule.errors(name, isPrefix: false)
            for detail in details {
                context.error(.invalidTopologyName, ValidationMessage.invalid(name, detail), field: field)
            }
            if !details.isEmpty { return }
        }
        if !seen.insert(name).inserted {
            context.error(.duplicateTopologyEntry, ValidationMessage.duplicate(name), field: field)
        }
    }

    /// E09 and E12 for a reference to a collection; true when it exists.
    @discardableResult
    private func checkCollectionReference(_ context: inout ValidationContext, _ path: CollectionPath, field: String?)
        -> Bool
    {
        if !path.isWellFormed {
            context.error(
                .invalidCollectionPath,
                ValidationMessage.invalid(path.rawValue, "must be a collection path such as /Prod/App1"),
                field: field)
            return false
        }
        if !tree.contains(path) {
            unknown(&context, "collection", path.rawValue, field: field)
            return false
        }
        return true
    }

    /// E16 for a namespace name; true when valid.
    @discardableResult
    private func checkNamespace(_ context: inout ValidationContext, _ namespace: String, field: String?) -> Bool {
        if namespace.isEmpty {
            context.error(.invalidTopologyNamespace, ValidationMessage.required(), field: field)
            return false
        }
        let details = NameValidation.dns1123LabelErrors(namespace)
        for detail in details {
            context.error(.invalidTopologyNamespace, ValidationMessage.invalid(namespace, detail), field: field)
        }
        return details.isEmpty
    }

    private func unsupported(
        _ context: inout ValidationContext, _ value: String, _ supported: [String], _ field: String
    ) {
        context.error(
            .unsupportedTopologyValue, ValidationMessage.unsupported(value, supported: supported), field: field)
    }

    private func unknown(_ context: inout ValidationContext, _ what: String, _ name: String, field: String?) {
        context.error(
            .undeclaredTopologyReference, ValidationMessage.invalid(name, "no such \(what) in the topology"),
            field: field)
    }
}
