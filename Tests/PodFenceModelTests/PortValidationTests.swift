import PodFenceModel
import Testing

private let port0 = "spec.ingress[0].ports[0]"

/// A policy with one ingress rule holding one port entry.
private func port(
    _ proto: String? = nil, _ number: IntOrString? = nil, endPort: Int? = nil
) -> NetworkPolicy {
    ingressPolicy(ports: [
        NetworkPolicyPort(protocol: proto.map(PortProtocol.init(rawValue:)), port: number, endPort: endPort)
    ])
}

@Suite("Port validation (P01-P08)")
struct PortValidationTests {
    @Test("P01: protocol is TCP, UDP or SCTP exactly", arguments: ["ICMP", "tcp", "", "Tcp"])
    func p01(_ proto: String) {
        expectDiagnostics(
            port(proto, 80).validate(),
            [
                err(
                    "P01", "\(port0).protocol",
                    "Unsupported value: \"\(proto)\": supported values: \"TCP\", \"UDP\", \"SCTP\"")
            ])
    }

    @Test("P01: valid protocols, and an absent one (defaulted to TCP)", arguments: [nil, "TCP", "UDP", "SCTP"])
    func p01Valid(_ proto: String?) {
        expectDiagnostics(port(proto, 53).validate(), [])
    }

    @Test("P01: in egress rules too")
    func p01Egress() {
        expectDiagnostics(
            egressPolicy(ports: [.tcp(53), NetworkPolicyPort(protocol: PortProtocol(rawValue: "ICMP"))]).validate(),
            [err("P01", "spec.egress[0].ports[1].protocol", prefix: "Unsupported value: \"ICMP\"")])
    }

    @Test("P02: numeric ports are 1-65535", arguments: [0, -1, 123_456_789, 65536])
    func p02(_ number: Int) {
        expectDiagnostics(
            port("TCP", .int(number)).validate(),
            [err("P02", "\(port0).port", "Invalid value: \(number): must be between 1 and 65535, inclusive")])
    }

    @Test("P02: bounds are valid", arguments: [1, 80, 65535])
    func p02Valid(_ number: Int) {
        expectDiagnostics(port("UDP", .int(number)).validate(), [])
    }

    @Test(
        "P03: port names are IANA service names, one error per broken rule",
        arguments: [
            ValidationCase(
                "!@#$ (upstream: two errors)", port("TCP", "!@#$"),
                [
                    err(
                        "P03", "\(port0).port",
                        "Invalid value: \"!@#$\": must contain only alpha-numeric characters (a-z, 0-9), "
                            + "and hyphens (-)"
                    ),
                    err("P03", "\(port0).port", "Invalid value: \"!@#$\": must contain at least one letter (a-z)"),
                ]),
            ValidationCase(
                "\"80\" is a name", port("TCP", "80"),
                [
                    err("P03", "\(port0).port", "Invalid value: \"80\": must contain at least one letter (a-z)")
                ]),
            ValidationCase(
                "HTTP", port(nil, "HTTP"),
                [
                    err(
                        "P03", "\(port0).port",
                        "Invalid value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), "
                            + "and hyphens (-)"
                    ),
                    err("P03", "\(port0).port", "Invalid value: \"HTTP\": must contain at least one letter (a-z)"),
                ]),
            ValidationCase(
                "my--port", port(nil, "my--port"),
                [
                    err("P03", "\(port0).port", "Invalid value: \"my--port\": must not contain consecutive hyphens")
                ]),
            ValidationCase(
                "-http", port(nil, "-http"),
                [
                    err("P03", "\(port0).port", "Invalid value: \"-http\": must not begin or end with a hyphen")
                ]),
            ValidationCase(
                "sixteen-chars-xx", port(nil, "sixteen-chars-xx"),
                [
                    err(
                        "P03", "\(port0).port",
                        "Invalid value: \"sixteen-chars-xx\": must be no more than 15 characters")
                ]),
            ValidationCase(
                "empty name", port(nil, ""),
                [
                    err(
                        "P03", "\(port0).port",
                        "Invalid value: \"\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"),
                    err("P03", "\(port0).port", "Invalid value: \"\": must contain at least one letter (a-z)"),
                ]),
            ValidationCase(
                "valid names",
                ingressPolicy(ports: [.named("http"), .named("serve-80-tcp"), .named("dns", protocol: .udp)]), []),
            ValidationCase("15 chars", port(nil, "fifteen-chars-x"), []),
        ])
    func p03(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "P04-P07: endPort",
        arguments: [
            ValidationCase(
                "P04: endPort without port", port("TCP", nil, endPort: 20000),
                [
                    err(
                        "P04", "\(port0).endPort",
                        "Invalid value: 20000: may not be specified when `port` is not specified")
                ]),
            ValidationCase(
                "P05: endPort with a named port", port("TCP", "dns", endPort: 32768),
                [
                    err(
                        "P05", "\(port0).endPort",
                        "Invalid value: 32768: may not be specified when `port` is non-numeric")
                ]),
            ValidationCase(
                "P05 then P03 for a bad name", port("TCP", "DNS", endPort: 32768),
                [
                    err(
                        "P05", "\(port0).endPort",
                        "Invalid value: 32768: may not be specified when `port` is non-numeric"),
                    err("P03", "\(port0).port", prefix: "Invalid value: \"DNS\": must contain only"),
                    err("P03", "\(port0).port", "Invalid value: \"DNS\": must contain at least one letter (a-z)"),
                ]),
            ValidationCase(
                "P06: endPort below port", port("TCP", 35000, endPort: 32768),
                [
                    err("P06", "\(port0).endPort", "Invalid value: 32768: must be greater than or equal to `port`")
                ]),
            ValidationCase(
                "P07: endPort above 65535", port("TCP", 30000, endPort: 65537),
                [
                    err("P07", "\(port0).endPort", "Invalid value: 65537: must be between 1 and 65535, inclusive")
                ]),
            ValidationCase(
                "P06 and P07 for endPort 0", port("TCP", 30000, endPort: 0),
                [
                    err("P06", "\(port0).endPort", "Invalid value: 0: must be greater than or equal to `port`"),
                    err("P07", "\(port0).endPort", "Invalid value: 0: must be between 1 and 65535, inclusive"),
                ]),
            ValidationCase(
                "P02 with P07", port("UDP", 0, endPort: 70000),
                [
                    err("P02", "\(port0).port", "Invalid value: 0: must be between 1 and 65535, inclusive"),
                    err("P07", "\(port0).endPort", "Invalid value: 70000: must be between 1 and 65535, inclusive"),
                ]),
            ValidationCase(
                "protocol first", port("ICMP", nil, endPort: 1),
                [
                    err("P01", "\(port0).protocol", prefix: "Unsupported value: \"ICMP\""),
                    err(
                        "P04", "\(port0).endPort", "Invalid value: 1: may not be specified when `port` is not specified"
                    ),
                ]),
        ])
    func endPort(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "P08: valid port entries (upstream e2e #50 accepts endPort == port and endPort > port)",
        arguments: [
            ValidationCase("endPort == port", port("TCP", 30000, endPort: 30000), []),
            ValidationCase("endPort > port", port("TCP", 30000, endPort: 32768), []),
            ValidationCase("port without protocol", port(nil, 80), []),
            ValidationCase("protocol without port", port("SCTP", nil), []),
            ValidationCase("{}", port(), []),
            ValidationCase("full range", port("UDP", 1, endPort: 65535), []),
            ValidationCase(
                "builders", ingressPolicy(ports: [.tcp(80), .udp(53), .sctp(9000, through: 9010), .all(.udp)]), []),
        ])
    func p08(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }
}
