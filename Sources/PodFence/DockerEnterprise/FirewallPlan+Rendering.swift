import PodFenceCIDR
import PodFenceModel
import PodFenceYAML

extension FirewallPlan {
    /// The name of the chain the `iptables-restore` and `nft` outputs fill.
    public static let chainName = "PODFENCE-UCP"

    /// The plan as aligned columns: source, destination VLAN, destination hosts, protocol, ports, scope,
    /// purpose; local-only rows last.
    public func table() -> String {
        var table = TextTable(["SOURCE", "DESTINATION", "HOSTS", "PROTOCOL", "PORTS", "SCOPE", "PURPOSE"])
        for rule in rules { table.append(Self.cells(rule)) }
        return table.rendered
    }

    /// The plan as CSV (RFC 4180, header first): source, source CIDRs, destination, destination CIDRs, hosts,
    /// protocol, ports, scope, purpose. CIDRs are separated by spaces.
    public func csv() -> String {
        var output = "source,source_cidrs,destination,destination_cidrs,hosts,protocol,ports,scope,purpose\n"
        for rule in rules {
            let fields = [
                rule.source.description, Self.prefixText(rule.sourcePrefixes), rule.destination,
                Self.prefixText(rule.destinationPrefixes), rule.hostsText, rule.port.transport.description,
                rule.port.portText, rule.scope.rawValue, rule.port.purpose,
            ]
            output += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return output
    }

    /// The plan as JSON: the options, the rules and the notes.
    ///
    /// ```json
    /// {"topology": "acme", "version": "3.1", "encapsulation": "ipip", "encryptedOverlay": false,
    ///  "nodePortRange": "32768-35535", "workerMesh": "full",
    ///  "rules": [{"source": "prod", "sourceCIDRs": ["10.20.0.0/24"], "destination": "mgmt",
    ///             "destinationCIDRs": ["10.10.0.0/24"], "hosts": ["manager"], "protocol": "TCP",
    ///             "ports": "2377", "scope": "internal", "purpose": "..."}],
    ///  "notes": ["..."]}
    /// ```
    public func json() -> String {
        var root = ManifestMapping()
        root["topology"] = .string(topology)
        root["version"] = .string(options.version.rawValue)
        root["encapsulation"] = .string(options.encapsulation.rawValue)
        root["encryptedOverlay"] = .bool(options.encryptedOverlay)
        root["nodePortRange"] = options.nodePorts.map { .string("\($0.lowerBound)-\($0.upperBound)") } ?? .null
        root["workerMesh"] = .string(options.workerMesh.rawValue)
        root["rules"] = .sequence(
            rules.map { rule in
                var item = ManifestMapping()
                item["source"] = .string(rule.source.description)
                item["sourceCIDRs"] = .sequence(rule.sourcePrefixes.map { .string($0.description) })
                item["destination"] = .string(rule.destination)
                item["destinationCIDRs"] = .sequence(rule.destinationPrefixes.map { .string($0.description) })
                item["hosts"] = .sequence(rule.hosts.sorted().map { .string($0.rawValue) })
                item["protocol"] = .string(Self.protocolName(rule.port.transport))
                item["ports"] = rule.port.ports == nil ? .null : .string(rule.port.portText)
                item["scope"] = .string(rule.scope.rawValue)
                item["purpose"] = .string(rule.port.purpose)
                return .mapping(item)
            })
        root["notes"] = .sequence(notes.map(ManifestNode.string))
        return JSONWriter().write(.mapping(root))
    }

    /// The enforced rules as `iptables-restore` input for the `filter` table: a chain `PODFENCE-UCP` that
    /// accepts established traffic, then each rule, then drops whatever else passes between two of the
    /// topology's VLANs. Jump to it from `FORWARD` on the firewall between the VLANs
    /// (`-A FORWARD -j PODFENCE-UCP`). IPv4 only: rules with IPv6 prefixes are listed as comments.
    public func iptablesRestore() -> String {
        let chain = Self.chainName
        var lines = [
            "# PodFence firewall plan for topology \(topology): \(options.version.displayName), "
                + "encapsulation \(options.encapsulation), worker mesh \(options.workerMesh)",
            "*filter",
            ":\(chain) - [0:0]",
            "-A \(chain) -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT",
        ]
        for rule in rules {
            if rule.isLocalOnly {
                lines.append("# local only, no rule: \(Self.summary(rule))")
                continue
            }
            if (rule.sourcePrefixes + rule.destinationPrefixes).contains(where: { $0.family == .ipv6 }) {
                lines.append("# IPv6, use ip6tables: \(Self.summary(rule))")
                continue
            }
            var parts = ["-A", chain]
            if !rule.sourcePrefixes.isEmpty {
                parts += ["-s", rule.sourcePrefixes.map(\.description).joined(separator: ",")]
            }
            if !rule.destinationPrefixes.isEmpty {
                parts += ["-d", rule.destinationPrefixes.map(\.description).joined(separator: ",")]
            }
            switch rule.port.transport {
            case .tcp, .udp:
                let name = rule.port.transport == .tcp ? "tcp" : "udp"
                parts += ["-p", name, "-m", name]
                if let ports = rule.port.ports {
                    let text = ports.count == 1 ? "\(ports.lowerBound)" : "\(ports.lowerBound):\(ports.upperBound)"
                    parts += ["--dport", text]
                }
            case .ipProtocol(let number):
                parts += ["-p", "\(number)"]
            }
            parts += ["-m", "comment", "--comment", "\"\(Self.comment(rule))\"", "-j", "ACCEPT"]
            lines.append(parts.joined(separator: " "))
        }
        for pair in isolatedPairs {
            guard let source = pair.source.prefix, let destination = pair.destination.prefix,
                source.family == .ipv4, destination.family == .ipv4
            else { continue }
            lines.append(
                "-A \(chain) -s \(source) -d \(destination) -m comment --comment "
                    + "\"\(pair.source.name) -> \(pair.destination.name): not in the plan\" -j DROP")
        }
        lines.append("COMMIT")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The enforced rules as an `nft -f` script: a table `inet podfence_ucp` with a chain `between_vlans` that
    /// accepts established traffic, each rule, then drops whatever else passes between two of the topology's
    /// VLANs, and a `forward` base chain that jumps to it.
    public func nftables() -> String {
        var lines = [
            "# PodFence firewall plan for topology \(topology): \(options.version.displayName), "
                + "encapsulation \(options.encapsulation), worker mesh \(options.workerMesh)",
            "table inet podfence_ucp {",
            "\tchain between_vlans {",
            "\t\tct state established,related accept",
        ]
        for rule in rules {
            if rule.isLocalOnly {
                lines.append("\t\t# local only, no rule: \(Self.summary(rule))")
                continue
            }
            var parts: [String] = []
            if !rule.sourcePrefixes.isEmpty { parts.append(Self.nftAddresses("saddr", rule.sourcePrefixes)) }
            if !rule.destinationPrefixes.isEmpty { parts.append(Self.nftAddresses("daddr", rule.destinationPrefixes)) }
            switch rule.port.transport {
            case .tcp, .udp:
                let name = rule.port.transport == .tcp ? "tcp" : "udp"
                if let ports = rule.port.ports {
                    let text = ports.count == 1 ? "\(ports.lowerBound)" : "\(ports.lowerBound)-\(ports.upperBound)"
                    parts.append("\(name) dport \(text)")
                } else {
                    parts.append("meta l4proto \(name)")
                }
            case .ipProtocol(let number):
                parts.append("meta l4proto \(number)")
            }
            parts.append("accept comment \"\(Self.comment(rule))\"")
            lines.append("\t\t" + parts.joined(separator: " "))
        }
        for pair in isolatedPairs {
            guard let source = pair.source.prefix, let destination = pair.destination.prefix else { continue }
            lines.append(
                "\t\t\(Self.nftAddresses("saddr", [source])) \(Self.nftAddresses("daddr", [destination])) drop "
                    + "comment \"\(pair.source.name) -> \(pair.destination.name): not in the plan\"")
        }
        lines += [
            "\t}",
            "\tchain forward {",
            "\t\ttype filter hook forward priority filter; policy accept;",
            "\t\tjump between_vlans",
            "\t}",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Helpers

    private static func cells(_ rule: FirewallRule) -> [String] {
        [
            rule.source.description, rule.destination, rule.hostsText, rule.port.transport.description,
            rule.port.portText.isEmpty ? "-" : rule.port.portText, rule.scope.rawValue,
            rule.port.purpose + (rule.isLocalOnly ? " (no rule needed)" : ""),
        ]
    }

    private static func summary(_ rule: FirewallRule) -> String {
        let ports = rule.port.portText.isEmpty ? "" : " \(rule.port.portText)"
        return "\(rule.port.transport)\(ports) on \(rule.destination) \(rule.hostsText): \(rule.port.purpose)"
    }

    private static func comment(_ rule: FirewallRule) -> String {
        let text = "\(rule.source) -> \(rule.destination) \(rule.hostsText): \(rule.port.purpose)"
        return String(text.filter { $0 != "\"" && $0 != "\\" }.prefix(250))
    }

    private static func protocolName(_ transport: UCPPort.Transport) -> String {
        switch transport {
        case .tcp: "TCP"
        case .udp: "UDP"
        case .ipProtocol(4): "IPIP"
        case .ipProtocol(50): "ESP"
        case .ipProtocol(let number): "\(number)"
        }
    }

    private static func prefixText(_ prefixes: [IPPrefix]) -> String {
        prefixes.map(\.description).joined(separator: " ")
    }

    private static func nftAddresses(_ field: String, _ prefixes: [IPPrefix]) -> String {
        let family = prefixes.first?.family == .ipv6 ? "ip6" : "ip"
        let text = prefixes.map(\.description)
        return text.count == 1
            ? "\(family) \(field) \(text[0])" : "\(family) \(field) { \(text.joined(separator: ", ")) }"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"" }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
