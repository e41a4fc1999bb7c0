extension CalicoNetworkPolicy {
    /// Validates the policy as Calico's API server would on create, and says which fields PodFence does not
    /// evaluate.
    ///
    /// Every problem is collected, in field order: `metadata` as any namespaced object (V01-V08), then the
    /// spec (C01-C23, C25) and, as warnings, the fields that verdicts read closed (C30-C35). Selectors are
    /// parsed with ``CalicoSelector``: a syntax error gives its column (C07). The codes are listed in the
    /// manifests guide (docs/manifests.md, "Calico policies"); the reading of each field is in docs/calico.md.
    ///
    /// ```swift
    /// let policy = CalicoNetworkPolicy(
    ///     name: "db", namespace: "shop", spec: CalicoPolicySpec(selector: "app = 'db'"))
    /// policy.validate().first?.description
    /// // error: spec.selector: Invalid value: "app = 'db'": column 5: expected == (a single = is not an operator)
    /// ```
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics, errors and warnings, in field order (empty when valid).
    /// - Complexity: O(*n*) in the size of the policy.
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateObjectMeta(metadata, namespaced: true, nameRule: .subdomain)
        context.validateCalicoPolicySpec(spec, kind: Self.kind, isGlobal: false)
        return context.diagnostics
    }
}

extension CalicoGlobalNetworkPolicy {
    /// Validates the policy as Calico's API server would on create, and says which fields PodFence does not
    /// evaluate.
    ///
    /// As ``CalicoNetworkPolicy/validate(options:)``, with `metadata` as a cluster-scoped object (a namespace is
    /// ignored, with the warning C24), the fields only a GlobalNetworkPolicy has (`namespaceSelector`, and
    /// `doNotTrack`, `preDNAT`, `applyOnForward`: C21, and the warning C36), and at most 1024 rules per
    /// direction (C22).
    ///
    /// ```swift
    /// let policy = CalicoGlobalNetworkPolicy(name: "edge", spec: CalicoPolicySpec(selector: "global()"))
    /// policy.validate().first?.description
    /// // error: spec.selector: Invalid value: "global()": global() can only be used in a rule's namespaceSelector
    /// ```
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics, errors and warnings, in field order (empty when valid).
    /// - Complexity: O(*n*) in the size of the policy.
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateCalicoClusterScopedMetadata(metadata, kind: Self.kind)
        context.validateCalicoPolicySpec(spec, kind: Self.kind, isGlobal: true)
        return context.diagnostics
    }
}

extension CalicoTier {
    /// Validates the tier as Calico's API server would on create.
    ///
    /// `metadata` as a cluster-scoped object (V01-V04, V07, V08; a namespace is ignored, with the warning C24),
    /// `spec.order` (C02, and the warning C03 for a negative order), `spec.defaultAction` (C04), and the
    /// fixed order and default action of the three tiers Calico creates (C05): `default` 1000000 and `Deny`,
    /// `kube-admin` 1000 and `Pass`, `kube-baseline` 10000000 and `Pass`.
    ///
    /// ```swift
    /// CalicoTier(name: "kube-admin", spec: CalicoTierSpec(order: 1000)).validate().first?.description
    /// // error: spec.defaultAction: Invalid value: "Deny": the kube-admin tier must have default action Pass
    /// ```
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics, errors and warnings, in field order (empty when valid).
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateCalicoClusterScopedMetadata(metadata, kind: Self.kind)
        context.enter("spec")
        context.validateCalicoOrder(spec.order)
        if let action = spec.defaultAction, !CalicoAction.tierDefaultActions.contains(action) {
            context.error(
                .invalidTierDefaultAction,
                ValidationMessage.unsupported(
                    action.rawValue, supported: CalicoAction.tierDefaultActions.map(\.rawValue)),
                field: "defaultAction")
        }
        if let name = metadata.name, let builtIn = Self.builtIn.first(where: { $0.metadata.name == name }) {
            let order = builtIn.spec.order ?? 0
            if let written = spec.order {
                if written != order {
                    context.error(
                        .builtInTierChanged,
                        ValidationMessage.invalid(written.description, "the \(name) tier's order must be \(order)"),
                        field: "order")
                }
            } else {
                context.error(
                    .builtInTierChanged, ValidationMessage.required("the \(name) tier's order must be \(order)"),
                    field: "order")
            }
            let action = builtIn.spec.effectiveDefaultAction
            if spec.effectiveDefaultAction != action,
                CalicoAction.tierDefaultActions.contains(spec.effectiveDefaultAction)
            {
                context.error(
                    .builtInTierChanged,
                    ValidationMessage.invalid(
                        spec.effectiveDefaultAction.rawValue, "the \(name) tier must have default action \(action)"),
                    field: "defaultAction")
            }
        }
        context.leave()
        return context.diagnostics
    }
}
