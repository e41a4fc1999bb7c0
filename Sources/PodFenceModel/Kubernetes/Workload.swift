/// The kinds of workload whose pod templates PodFence evaluates as peers named `namespace/name`.
public enum WorkloadKind: String, Sendable, Hashable, CaseIterable {
    /// `apps/v1` Deployment.
    case deployment = "Deployment"
    /// `apps/v1` ReplicaSet.
    case replicaSet = "ReplicaSet"
    /// `apps/v1` StatefulSet.
    case statefulSet = "StatefulSet"
    /// `apps/v1` DaemonSet.
    case daemonSet = "DaemonSet"
    /// `batch/v1` Job.
    case job = "Job"
    /// `batch/v1` CronJob (its pod template is at `spec.jobTemplate.spec.template`).
    case cronJob = "CronJob"

    /// The API version of the kind.
    public var apiVersion: String {
        switch self {
        case .deployment, .replicaSet, .statefulSet, .daemonSet: "apps/v1"
        case .job, .cronJob: "batch/v1"
        }
    }
}

/// A workload (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or CronJob). Its pod template stands for
/// the pods it creates; the engine treats them as one peer named `namespace/name`.
public struct Workload: Sendable, Hashable {
    /// The kind.
    public var kind: WorkloadKind
    /// Name, namespace and labels of the workload itself.
    public var metadata: ObjectMeta
    /// The workload's spec.
    public var spec: WorkloadSpec
    /// Top-level fields the model does not know (`status`), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a workload.
    /// - Parameters:
    ///   - kind: The kind.
    ///   - name: The name.
    ///   - namespace: The namespace.
    ///   - template: The pod template.
    public init(_ kind: WorkloadKind, name: String, namespace: String, template: PodTemplateSpec) {
        self.kind = kind
        self.metadata = ObjectMeta(name: name, namespace: namespace)
        if kind == .cronJob {
            self.spec = WorkloadSpec(jobTemplate: JobTemplateSpec(spec: JobSpec(template: template)))
        } else {
            self.spec = WorkloadSpec(selector: LabelSelector(template.metadata.labels), template: template)
        }
        self.unknownFields = ManifestMapping()
    }

    /// The pod template: `spec.template`, or `spec.jobTemplate.spec.template` for a CronJob.
    public var podTemplate: PodTemplateSpec? {
        spec.template ?? spec.jobTemplate?.spec.template
    }

    /// The field path of the pod template, for diagnostics.
    public var podTemplatePath: FieldPath {
        kind == .cronJob ? "spec.jobTemplate.spec.template" : "spec.template"
    }
}

/// The spec of a workload: selector, replicas and pod template; for a CronJob, the job template.
public struct WorkloadSpec: Sendable, Hashable {
    /// The number of pods, where the kind has one.
    public var replicas: Int?
    /// The selector of the workload's pods.
    public var selector: LabelSelector?
    /// The pod template (every kind but CronJob).
    public var template: PodTemplateSpec?
    /// The job template (CronJob only).
    public var jobTemplate: JobTemplateSpec?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a workload spec.
    /// - Parameters:
    ///   - replicas: The number of pods.
    ///   - selector: The pod selector.
    ///   - template: The pod template.
    ///   - jobTemplate: The job template (CronJob).
    public init(
        replicas: Int? = nil, selector: LabelSelector? = nil, template: PodTemplateSpec? = nil,
        jobTemplate: JobTemplateSpec? = nil
    ) {
        self.replicas = replicas
        self.selector = selector
        self.template = template
        self.jobTemplate = jobTemplate
        self.unknownFields = ManifestMapping()
    }
}

/// A CronJob's job template.
public struct JobTemplateSpec: Sendable, Hashable {
    /// The jobs' metadata.
    public var metadata: ObjectMeta?
    /// The jobs' spec.
    public var spec: JobSpec
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a job template.
    /// - Parameter spec: The jobs' spec.
    public init(spec: JobSpec) {
        self.metadata = nil
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }
}

/// The spec of the jobs a CronJob creates: their selector and pod template.
public struct JobSpec: Sendable, Hashable {
    /// The selector of the jobs' pods.
    public var selector: LabelSelector?
    /// The pod template.
    public var template: PodTemplateSpec?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a job spec.
    /// - Parameters:
    ///   - selector: The pod selector.
    ///   - template: The pod template.
    public init(selector: LabelSelector? = nil, template: PodTemplateSpec? = nil) {
        self.selector = selector
        self.template = template
        self.unknownFields = ManifestMapping()
    }
}

extension JobSpec: ManifestCodable {
    /// Decodes a job spec.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.selector = decoder.object(&fields, "selector")
        self.template = decoder.object(&fields, "template")
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("selector", selector)
        builder.set("template", template)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension Workload {
    /// Decodes a workload document of the given kind.
    /// - Parameters:
    ///   - kind: The kind (read from the document by the loader).
    ///   - node: The document.
    ///   - decoder: Collects diagnostics.
    public init(kind: WorkloadKind, manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        _ = fields.take("apiVersion")
        _ = fields.take("kind")
        self.kind = kind
        self.metadata = decoder.object(&fields, "metadata") ?? ObjectMeta()
        self.spec = decoder.object(&fields, "spec") ?? WorkloadSpec()
        self.unknownFields = fields.remaining
    }
}

extension Workload: ManifestEncodable {
    /// The workload as a document.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("apiVersion", kind.apiVersion)
        builder.set("kind", kind.rawValue)
        builder.set("metadata", metadata)
        builder.set("spec", spec)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension WorkloadSpec: ManifestCodable {
    /// Decodes a workload spec.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.replicas = decoder.field(&fields, "replicas") { decoder, node in
            if case .null = node.value { return nil }
            return decoder.int(node)
        }
        self.selector = decoder.object(&fields, "selector")
        self.template = decoder.object(&fields, "template")
        self.jobTemplate = decoder.object(&fields, "jobTemplate")
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("replicas", replicas)
        builder.set("selector", selector)
        builder.set("template", template)
        builder.set("jobTemplate", jobTemplate)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension JobTemplateSpec: ManifestCodable {
    /// Decodes a job template.
    /// - Parameters:
    ///   - node: The template mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.metadata = decoder.object(&fields, "metadata")
        self.spec = decoder.object(&fields, "spec") ?? JobSpec()
        self.unknownFields = fields.remaining
    }

    /// The template as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("metadata", metadata)
        builder.set("spec", spec)
        builder.merge(unknownFields)
        return builder.node
    }
}
