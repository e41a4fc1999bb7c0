import PodFenceModel
import Testing

/// A pod named `web` in `ns` with the given containers.
private func pod(_ containers: [Container], initContainers: [Container] = []) -> Pod {
    Pod(
        metadata: ObjectMeta(name: "web", namespace: "ns", labels: ["app": "web"]),
        spec: PodSpec(containers: containers, initContainers: initContainers))
}

private func container(_ name: String, _ ports: ContainerPort...) -> Container {
    Container(name: name, ports: ports)
}

@Suite("Pod validation (V01-V08, W01-W07)")
struct PodValidationTests {
    @Test(
        "W01-W07",
        arguments: [
            ValidationCase("valid", pod([container("app", ContainerPort(name: "http", containerPort: 80))]), []),
            ValidationCase("W01: no containers", pod([]), [err("W01", "spec.containers", "Required value")]),
            ValidationCase(
                "W02: missing name", pod([container("")]), [err("W02", "spec.containers[0].name", "Required value")]),
            ValidationCase(
                "W02: name not a label", pod([container("App_1")]),
                [
                    err("W02", "spec.containers[0].name", prefix: "Invalid value: \"App_1\": " + labelDetail)
                ]),
            ValidationCase(
                "W02: dots", pod([container("a.b")]),
                [
                    err("W02", "spec.containers[0].name", "Invalid value: \"a.b\": must not contain dots")
                ]),
            ValidationCase(
                "W03: duplicate container", pod([container("app"), container("app")]),
                [
                    err("W03", "spec.containers[1].name", "Duplicate value: \"app\"")
                ]),
            ValidationCase(
                "W03: init container named like a container",
                pod([container("app")], initContainers: [container("app")]),
                [
                    err("W03", "spec.initContainers[0].name", "Duplicate value: \"app\"")
                ]),
            ValidationCase(
                "W04: port 0", pod([container("app", ContainerPort(containerPort: 0))]),
                [
                    err("W04", "spec.containers[0].ports[0].containerPort", "Required value")
                ]),
            ValidationCase(
                "W04: port 70000", pod([container("app", ContainerPort(containerPort: 70000))]),
                [
                    err("W04", "spec.containers[0].ports[0].containerPort", "Invalid value: 70000: " + portRange)
                ]),
            ValidationCase(
                "W05: ICMP",
                pod([container("app", ContainerPort(containerPort: 1, protocol: PortProtocol(rawValue: "ICMP")))]),
                [
                    err(
                        "W05", "spec.containers[0].ports[0].protocol",
                        "Unsupported value: \"ICMP\": supported values: \"SCTP\", \"TCP\", \"UDP\"")
                ]),
            ValidationCase(
                "W05: empty protocol is TCP",
                pod([container("app", ContainerPort(containerPort: 1, protocol: PortProtocol(rawValue: "")))]), []),
            ValidationCase(
                "W06: bad port name", pod([container("app", ContainerPort(name: "HTTP", containerPort: 80))]),
                [
                    err(
                        "W06", "spec.containers[0].ports[0].name",
                        prefix: "Invalid value: \"HTTP\": must contain only"),
                    err(
                        "W06", "spec.containers[0].ports[0].name",
                        "Invalid value: \"HTTP\": must contain at least one letter (a-z)"),
                ]),
            ValidationCase(
                "W07: port name twice in one container",
                pod([
                    container(
                        "app", ContainerPort(name: "http", containerPort: 80),
                        ContainerPort(name: "http", containerPort: 81))
                ]),
                [err("W07", "spec.containers[0].ports[1].name", "Duplicate value: \"http\"")]),
            ValidationCase(
                "W07: port name in two containers and a sidecar",
                pod(
                    [
                        container("a", ContainerPort(name: "metrics", containerPort: 9090)),
                        container("b", ContainerPort(name: "metrics", containerPort: 9091)),
                    ],
                    initContainers: [container("c", ContainerPort(name: "metrics", containerPort: 9092))]),
                [
                    err("W07", "spec.containers[1].ports[0].name", "Duplicate value: \"metrics\""),
                    err("W07", "spec.initContainers[0].ports[0].name", "Duplicate value: \"metrics\""),
                ]),
            ValidationCase(
                "same number twice is fine",
                pod([container("a", ContainerPort(containerPort: 80), ContainerPort(containerPort: 80, protocol: .udp))]
                ), []),
        ])
    func podSpec(_ row: ValidationCase<Pod>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("pod metadata follows V01-V08")
    func metadata() {
        var bad = pod([container("app")])
        bad.metadata = ObjectMeta(name: "Web", namespace: nil, labels: ["-": "x"])
        expectDiagnostics(
            bad.validate(),
            [
                err("V02", "metadata.name", prefix: "Invalid value: \"Web\": " + subdomainDetail),
                warn("V05", "metadata.namespace", prefix: "Required value: no namespace is set"),
                err("V07", "metadata.labels[-]", prefix: "Invalid value: \"-\": " + keyNameDetail),
            ])
    }
}
