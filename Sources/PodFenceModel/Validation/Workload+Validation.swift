extension Workload {
    /// Validates the workload as the API server does on create, for the fields PodFence models.
    ///
    /// Rules, in the API server's order:
    /// - `metadata` as for every namespaced kind (V01-V08). Names are DNS-1123 subdomains, except StatefulSet
    ///   names, which recent Kubernetes requires to be DNS-1123 labels (they become pod hostnames).
    /// - W12: `spec.replicas`, when given, is not negative.
    /// - apps/v1 kinds (Deployment, ReplicaSet, StatefulSet, DaemonSet):
    ///   - W08: `spec.selector` is required;
    ///   - the selector is validated like any selector (S01-S07);
    ///   - W09: the selector is not empty (`empty selector is invalid for deployment`, and so on per kind);
    ///   - W10: the selector matches the template labels ("selector does not match template labels",
    ///     reported at `spec.template.metadata.labels`); skipped when the selector itself is invalid.
    /// - Job: `spec.selector` is optional (normally generated); when given it is validated and must match.
    /// - W11: the pod template is required: `spec.template`, or for a CronJob `spec.jobTemplate` and
    ///   `spec.jobTemplate.spec.template`.
    /// - The template's labels and annotations (V07, V08) and its pod spec (W01-W07, see ``Pod/validate(options:)``).
    ///
    /// The codes W01-W12, in one list:
    /// - W01: a pod spec has no containers.
    /// - W02: a container name is missing or not a DNS-1123 label.
    /// - W03: a container name is used twice.
    /// - W04: a `containerPort` is missing or outside 1-65535.
    /// - W05: a container port protocol is not TCP, UDP or SCTP.
    /// - W06: a container port name is not an IANA service name.
    /// - W07: a container port name is used twice in one pod.
    /// - W08: an apps/v1 workload has no `spec.selector`.
    /// - W09: an apps/v1 workload has an empty `spec.selector`.
    /// - W10: the selector does not match the pod template's labels.
    /// - W11: the pod template (or a CronJob's job template) is missing.
    /// - W12: `spec.replicas` is negative.
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics (empty when valid).
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateObjectMeta(metadata, namespaced: true, nameRule: kind == .statefulSet ? .label : .subdomain)
        context.enter("spec")
        if let replicas = spec.replicas, replicas < 0 {
            context.error(
                .negativeReplicas, ValidationMessage.invalid(replicas, "must be greater than or equal to 0"),
                field: "replicas")
        }
        switch kind {
        case .deployment, .replicaSet, .statefulSet, .daemonSet:
            context.validateWorkloadSelector(spec.selector, required: true, kind: kind, template: spec.template)
            context.validateTemplate(spec.template)
        case .job:
            context.validateWorkloadSelector(spec.selector, required: false, kind: kind, template: spec.template)
            context.validateTemplate(spec.template)
        case .cronJob:
            if let jobTemplate = spec.jobTemplate {
                context.enter("jobTemplate")
                context.enter("spec")
                context.validateWorkloadSelector(
                    jobTemplate.spec.selector, required: false, kind: kind, template: jobTemplate.spec.template)
                context.validateTemplate(jobTemplate.spec.template)
                context.leave(2)
            } else {
                context.error(.podTemplateRequired, ValidationMessage.required(), field: "jobTemplate")
            }
        }
        context.leave()
        return context.diagnostics
    }
}

extension ValidationContext {
    /// `selector` of a workload spec and its agreement with the template labels (W08-W10, S01-S07); the
    /// position must be at the spec that holds `selector` and `template`.
    fileprivate mutating func validateWorkloadSelector(
        _ selector: LabelSelector?, required: Bool, kind: WorkloadKind, template: PodTemplateSpec?
    ) {
        guard let selector else {
            if required { error(.workloadSelectorRequired, ValidationMessage.required(), field: "selector") }
            return
        }
        enter("selector")
        validateSelector(selector)
        leave()
        if selector.isEmpty {
            if required {
                // ReplicaSet shares the Deployment wording upstream.
                let noun = kind == .replicaSet ? "deployment" : kind.rawValue.lowercased()
                error(
                    .emptyWorkloadSelector,
                    ValidationMessage.invalid(json: "{}", "empty selector is invalid for \(noun)"),
                    field: "selector")
            }
            return
        }
        guard let template, !Self.selectorHasErrors(selector) else { return }
        if !selector.podFenceValidationMatches(template.metadata.labels) {
            enter("template")
            enter("metadata")
            error(
                .selectorNotMatchingTemplate,
                ValidationMessage.invalid(
                    json: ValidationMessage.json(template.metadata.labels),
                    "`selector` does not match template `labels`"),
                field: "labels")
            leave(2)
        }
    }

    /// A pod template: required (W11), then its labels, annotations and pod spec; the position must be at the
    /// spec that holds `template`.
    fileprivate mutating func validateTemplate(_ template: PodTemplateSpec?) {
        guard let template else {
            error(.podTemplateRequired, ValidationMessage.required(), field: "template")
            return
        }
        enter("template")
        enter("metadata")
        validateMetadataMaps(template.metadata)
        leave()
        enter("spec")
        validatePodSpec(template.spec)
        leave(2)
    }
}

extension LabelSelector {
    /// apimachinery's selector matching, as workload validation needs it (the selector is known to be valid):
    /// `matchLabels` need the key with that value; `In` needs the key with a listed value, `NotIn` its absence or
    /// another value, `Exists` the key, `DoesNotExist` its absence.
    fileprivate func podFenceValidationMatches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels where labels[key] != value { return false }
        for requirement in matchExpressions {
            let actual = labels[requirement.key]
            switch requirement.operator {
            case .in:
                guard let actual, requirement.values.contains(actual) else { return false }
            case .notIn:
                if let actual, requirement.values.contains(actual) { return false }
            case .exists:
                if actual == nil { return false }
            case .doesNotExist:
                if actual != nil { return false }
            default:
                return false
            }
        }
        return true
    }
}
