extension Pod {
    /// Validates the pod as the API server does on create, for the fields PodFence models.
    ///
    /// Rules: `metadata` as for every namespaced kind (V01-V08, name a DNS-1123 subdomain), then the pod spec:
    /// - W01: `spec.containers` must not be empty (`Required value`).
    /// - W02: a container `name` is required and must be a DNS-1123 label.
    /// - W03: container names are unique across `containers` and `initContainers` (`Duplicate value`).
    /// - W04: `containerPort` is required and must be 1-65535.
    /// - W05: a port `protocol` is `TCP`, `UDP` or `SCTP` (`Unsupported value`; an absent one is TCP).
    /// - W06: a port `name`, when present, is an IANA service name (one error per broken rule, as for P03).
    /// - W07: port names are unique within the pod (`Duplicate value`), so that a NetworkPolicy named port
    ///   resolves to one number. Upstream checks this per container; PodFence checks the whole pod, since
    ///   several plugins mishandle a name declared twice (semantics §2.7).
    ///
    /// Regular containers are checked before init containers, as upstream.
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics (empty when valid).
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateObjectMeta(metadata, namespaced: true, nameRule: .subdomain)
        context.enter("spec")
        context.validatePodSpec(spec)
        context.leave()
        return context.diagnostics
    }
}

extension ValidationContext {
    /// The modelled parts of a pod spec (W01-W07); the position must be at the spec.
    mutating func validatePodSpec(_ spec: PodSpec) {
        if spec.containers.isEmpty {
            error(.containersRequired, ValidationMessage.required(), field: "containers")
        }
        var portNames: [String] = []
        for (index, container) in spec.containers.enumerated() {
            let isDuplicate = spec.containers[..<index].contains { $0.name == container.name }
            enter("containers", index: index)
            validateContainer(container, isDuplicate: isDuplicate, portNames: &portNames)
            leave(2)
        }
        for (index, container) in spec.initContainers.enumerated() {
            let isDuplicate =
                spec.containers.contains { $0.name == container.name }
                || spec.initContainers[..<index].contains { $0.name == container.name }
            enter("initContainers", index: index)
            validateContainer(container, isDuplicate: isDuplicate, portNames: &portNames)
            leave(2)
        }
    }

    private mutating func validateContainer(_ container: Container, isDuplicate: Bool, portNames: inout [String]) {
        if container.name.isEmpty {
            error(.invalidContainerName, ValidationMessage.required(), field: "name")
        } else if !NameValidation.isDNS1123Label(container.name) {
            for detail in NameValidation.dns1123LabelErrors(container.name) {
                error(.invalidContainerName, ValidationMessage.invalid(container.name, detail), field: "name")
            }
        } else if isDuplicate {
            error(.duplicateContainerName, ValidationMessage.duplicate(container.name), field: "name")
        }
        for (index, port) in container.ports.enumerated() {
            enter("ports", index: index)
            validateContainerPort(port, portNames: &portNames)
            leave(2)
        }
    }

    private mutating func validateContainerPort(_ port: ContainerPort, portNames: inout [String]) {
        if let name = port.name, !name.isEmpty {
            if !NameValidation.isValidPortName(name) {
                for detail in NameValidation.portNameErrors(name) {
                    error(.invalidContainerPortName, ValidationMessage.invalid(name, detail), field: "name")
                }
            } else if portNames.contains(name) {
                error(.duplicateContainerPortName, ValidationMessage.duplicate(name), field: "name")
            } else {
                portNames.append(name)
            }
        }
        if port.containerPort == 0 {
            error(.containerPortOutOfRange, ValidationMessage.required(), field: "containerPort")
        } else if !NameValidation.isValidPortNumber(port.containerPort) {
            error(
                .containerPortOutOfRange,
                ValidationMessage.invalid(port.containerPort, NameValidation.portNumberRangeError),
                field: "containerPort")
        }
        if let proto = port.protocol, !proto.rawValue.isEmpty, !proto.isSupported {
            error(
                .unsupportedContainerPortProtocol,
                ValidationMessage.unsupported(proto.rawValue, supported: ["SCTP", "TCP", "UDP"]),
                field: "protocol")
        }
    }
}
