/// A Kubernetes Pod: what the reachability engine evaluates. Only the fields that matter for network policy
/// are modelled (labels, node, hostNetwork, containers' ports, IPs); every other field is kept as written.
public struct Pod: Sendable, Hashable {
    /// `v1`.
    public static let apiVersion = "v1"
    /// `Pod`.
    public static let kind = "Pod"

    /// Name, namespace and labels.
    public var metadata: ObjectMeta
    /// The pod's specification.
    public var spec: PodSpec
    /// The pod's IPs and host IP, when known.
    public var status: PodStatus?
    /// Top-level fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a pod.
    /// - Parameters:
    ///   - metadata: Name, namespace, labels.
    ///   - spec: Containers, node, hostNetwork.
    ///   - status: IPs.
    public init(metadata: ObjectMeta, spec: PodSpec = PodSpec(), status: PodStatus? = nil) {
        self.metadata = metadata
        self.spec = spec
        self.status = status
        self.unknownFields = ManifestMapping()
    }
}

/// The parts of a pod's `spec` that network policy depends on.
public struct PodSpec: Sendable, Hashable {
    /// The regular containers.
    public var containers: [Container]
    /// The init containers; those with `restartPolicy: Always` are sidecars that keep running.
    public var initContainers: [Container]
    /// The node the pod runs on, when scheduled.
    public var nodeName: String?
    /// Node labels the pod requires.
    public var nodeSelector: [String: String]
    /// True when the pod uses the node's network namespace (semantics §2.9: implementation-defined).
    public var hostNetwork: Bool?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a pod spec.
    /// - Parameters:
    ///   - containers: The regular containers.
    ///   - initContainers: The init containers.
    ///   - nodeName: The node.
    ///   - hostNetwork: Whether the pod uses the node's network.
    public init(
        containers: [Container] = [], initContainers: [Container] = [], nodeName: String? = nil,
        hostNetwork: Bool? = nil
    ) {
        self.containers = containers
        self.initContainers = initContainers
        self.nodeName = nodeName
        self.nodeSelector = [:]
        self.hostNetwork = hostNetwork
        self.unknownFields = ManifestMapping()
    }
}

/// The parts of a pod's `status` that network policy depends on.
public struct PodStatus: Sendable, Hashable {
    /// The primary pod IP.
    public var podIP: String?
    /// All pod IPs (one per family on dual-stack).
    public var podIPs: [String]
    /// The IP of the node.
    public var hostIP: String?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a status.
    /// - Parameters:
    ///   - podIPs: The pod's IPs (the first is also `podIP`).
    ///   - hostIP: The node's IP.
    public init(podIPs: [String] = [], hostIP: String? = nil) {
        self.podIP = podIPs.first
        self.podIPs = podIPs
        self.hostIP = hostIP
        self.unknownFields = ManifestMapping()
    }

    /// Every IP of the pod: `podIPs`, plus `podIP` when it is not among them.
    public var allIPs: [String] {
        var result = podIPs
        if let podIP, !result.contains(podIP) { result.insert(podIP, at: 0) }
        return result
    }
}

/// A container: its name and the ports it declares (which named ports resolve against).
public struct Container: Sendable, Hashable {
    /// The container's name.
    public var name: String
    /// The declared ports.
    public var ports: [ContainerPort]
    /// `Always` on an init container makes it a sidecar.
    public var restartPolicy: String?
    /// Fields the model does not know (image, env, ...), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a container.
    /// - Parameters:
    ///   - name: The name.
    ///   - ports: The declared ports.
    public init(name: String, ports: [ContainerPort] = []) {
        self.name = name
        self.ports = ports
        self.restartPolicy = nil
        self.unknownFields = ManifestMapping()
    }
}

/// A port a container declares.
public struct ContainerPort: Sendable, Hashable {
    /// The port's name, which NetworkPolicy named ports refer to.
    public var name: String?
    /// The port number in the container.
    public var containerPort: Int
    /// The protocol; nil when absent (TCP).
    public var `protocol`: PortProtocol?
    /// Fields the model does not know (hostPort, hostIP), kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a container port.
    /// - Parameters:
    ///   - name: The name.
    ///   - containerPort: The number.
    ///   - protocol: The protocol (nil: TCP).
    public init(name: String? = nil, containerPort: Int, protocol: PortProtocol? = nil) {
        self.name = name
        self.containerPort = containerPort
        self.protocol = `protocol`
        self.unknownFields = ManifestMapping()
    }

    /// The protocol after defaulting (TCP when absent).
    public var effectiveProtocol: PortProtocol { `protocol` ?? .tcp }
}

/// A pod template: the labels and spec of the pods a workload creates.
public struct PodTemplateSpec: Sendable, Hashable {
    /// Labels (and annotations) of the pods.
    public var metadata: ObjectMeta
    /// The pods' spec.
    public var spec: PodSpec
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a template.
    /// - Parameters:
    ///   - labels: The pods' labels.
    ///   - spec: The pods' spec.
    public init(labels: [String: String] = [:], spec: PodSpec = PodSpec()) {
        self.metadata = ObjectMeta(labels: labels)
        self.spec = spec
        self.unknownFields = ManifestMapping()
    }
}
