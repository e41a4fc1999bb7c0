import PodFenceModel
import Testing

private let template = PodTemplateSpec(
    labels: ["app": "web"],
    spec: PodSpec(containers: [Container(name: "app", ports: [ContainerPort(name: "http", containerPort: 8080)])]))

private func workload(_ kind: WorkloadKind, selector: LabelSelector?, template: PodTemplateSpec? = template) -> Workload
{
    var workload = Workload(kind, name: "web", namespace: "ns", template: template ?? PodTemplateSpec())
    if kind == .cronJob {
        workload.spec.jobTemplate?.spec.selector = selector
        workload.spec.jobTemplate?.spec.template = template
    } else {
        workload.spec.selector = selector
        workload.spec.template = template
    }
    return workload
}

@Suite("Workload validation (W01-W12)")
struct WorkloadValidationTests {
    @Test("the convenience initialiser builds valid workloads of every kind", arguments: WorkloadKind.allCases)
    func validKinds(_ kind: WorkloadKind) {
        expectDiagnostics(Workload(kind, name: "web", namespace: "ns", template: template).validate(), [])
    }

    @Test(
        "apps/v1 selector and template",
        arguments: [
            ValidationCase(
                "W08: no selector", workload(.deployment, selector: nil),
                [err("W08", "spec.selector", "Required value")]),
            ValidationCase(
                "W09: empty selector (Deployment)", workload(.deployment, selector: LabelSelector()),
                [
                    err("W09", "spec.selector", "Invalid value: {}: empty selector is invalid for deployment")
                ]),
            ValidationCase(
                "W09: ReplicaSet uses the Deployment wording", workload(.replicaSet, selector: LabelSelector()),
                [
                    err("W09", "spec.selector", "Invalid value: {}: empty selector is invalid for deployment")
                ]),
            ValidationCase(
                "W09: StatefulSet", workload(.statefulSet, selector: LabelSelector()),
                [
                    err("W09", "spec.selector", "Invalid value: {}: empty selector is invalid for statefulset")
                ]),
            ValidationCase(
                "W09: DaemonSet", workload(.daemonSet, selector: LabelSelector()),
                [
                    err("W09", "spec.selector", "Invalid value: {}: empty selector is invalid for daemonset")
                ]),
            ValidationCase(
                "W10: selector does not match", workload(.deployment, selector: LabelSelector(["app": "api"])),
                [
                    err(
                        "W10", "spec.template.metadata.labels",
                        "Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`")
                ]),
            ValidationCase(
                "W10: NotIn excludes the label", workload(.daemonSet, selector: expression("app", "NotIn", ["web"])),
                [
                    err("W10", "spec.template.metadata.labels", prefix: "Invalid value: {\"app\":\"web\"}: `selector`")
                ]),
            ValidationCase(
                "expressions that match",
                workload(
                    .statefulSet,
                    selector: LabelSelector(expressions: [
                        LabelSelectorRequirement(key: "app", operator: .in, values: ["web", "api"]),
                        LabelSelectorRequirement(key: "tier", operator: .doesNotExist),
                        LabelSelectorRequirement(key: "app", operator: .exists),
                        LabelSelectorRequirement(key: "track", operator: .notIn, values: ["canary"]),
                    ])), []),
            ValidationCase(
                "invalid selector: S errors, no match check", workload(.deployment, selector: expression("app", "In")),
                [
                    err("S03", "spec.selector.matchExpressions[0].values", prefix: "Required value")
                ]),
            ValidationCase(
                "W11: no template", workload(.deployment, selector: LabelSelector(["app": "web"]), template: nil),
                [
                    err("W11", "spec.template", "Required value")
                ]),
        ])
    func appsKinds(_ row: ValidationCase<Workload>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("template labels, annotations and pod spec are validated")
    func templateContents() {
        let broken = PodTemplateSpec(
            labels: ["app": "web", "bad key": "x"], spec: PodSpec(containers: [Container(name: "App")]))
        var deployment = workload(.deployment, selector: LabelSelector(["app": "web"]), template: broken)
        deployment.spec.template?.metadata.annotations = ["-x": "1"]
        expectDiagnostics(
            deployment.validate(),
            [
                err("V07", "spec.template.metadata.labels[bad key]", prefix: "Invalid value: \"bad key\": "),
                err("V08", "spec.template.metadata.annotations[-x]", prefix: "Invalid value: \"-x\": "),
                err("W02", "spec.template.spec.containers[0].name", prefix: "Invalid value: \"App\": " + labelDetail),
            ])
        expectDiagnostics(
            workload(
                .replicaSet, selector: LabelSelector(["app": "web"]), template: PodTemplateSpec(labels: ["app": "web"])
            ).validate(),
            [err("W01", "spec.template.spec.containers", "Required value")])
    }

    @Test("W12: replicas are not negative")
    func w12() {
        var deployment = workload(.deployment, selector: LabelSelector(["app": "web"]))
        deployment.spec.replicas = -1
        expectDiagnostics(
            deployment.validate(),
            [err("W12", "spec.replicas", "Invalid value: -1: must be greater than or equal to 0")])
        deployment.spec.replicas = 0
        expectDiagnostics(deployment.validate(), [])
    }

    @Test("Jobs: the selector is optional, but must match when given")
    func jobs() {
        expectDiagnostics(workload(.job, selector: nil).validate(), [])
        expectDiagnostics(workload(.job, selector: LabelSelector()).validate(), [])
        expectDiagnostics(
            workload(.job, selector: LabelSelector(["app": "other"])).validate(),
            [err("W10", "spec.template.metadata.labels", prefix: "Invalid value: {\"app\":\"web\"}")])
        expectDiagnostics(
            workload(.job, selector: nil, template: nil).validate(), [err("W11", "spec.template", "Required value")])
    }

    @Test("CronJobs use spec.jobTemplate.spec.template")
    func cronJobs() {
        expectDiagnostics(
            workload(.cronJob, selector: LabelSelector(["app": "other"])).validate(),
            [err("W10", "spec.jobTemplate.spec.template.metadata.labels", prefix: "Invalid value: {\"app\":\"web\"}")])
        expectDiagnostics(
            workload(.cronJob, selector: nil, template: nil).validate(),
            [err("W11", "spec.jobTemplate.spec.template", "Required value")])
        var noJobTemplate = workload(.cronJob, selector: nil)
        noJobTemplate.spec.jobTemplate = nil
        expectDiagnostics(noJobTemplate.validate(), [err("W11", "spec.jobTemplate", "Required value")])
        var badPod = workload(.cronJob, selector: nil)
        badPod.spec.jobTemplate?.spec.template?.spec.containers[0].ports[0].containerPort = 0
        expectDiagnostics(
            badPod.validate(),
            [err("W04", "spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort", "Required value")])
    }

    @Test("names: DNS-1123 subdomains, StatefulSets DNS-1123 labels")
    func names() {
        var deployment = workload(.deployment, selector: LabelSelector(["app": "web"]))
        deployment.metadata.name = "web.v2"
        expectDiagnostics(deployment.validate(), [])
        var statefulSet = workload(.statefulSet, selector: LabelSelector(["app": "web"]))
        statefulSet.metadata.name = "web.v2"
        expectDiagnostics(
            statefulSet.validate(), [err("V02", "metadata.name", "Invalid value: \"web.v2\": must not contain dots")])
        statefulSet.metadata.namespace = nil
        expectDiagnostics(
            statefulSet.validate(options: ValidationOptions(requireNamespace: true)),
            [
                err("V02", "metadata.name", "Invalid value: \"web.v2\": must not contain dots"),
                err("V05", "metadata.namespace", "Required value"),
            ])
    }
}
