import Foundation
import PodFence

/// Reads a plan file, `apiVersion: podfence.dev/v1alpha1`, `kind: PodCIDRPlan`, into ``PodCIDRPlanSettings``.
///
/// ```yaml
/// apiVersion: podfence.dev/v1alpha1
/// kind: PodCIDRPlan
/// metadata:
///   name: seed
/// spec:
///   podCIDR: 192.168.0.0/16
///   serviceCIDR: 10.96.0.0/16
///   nodeNetworks: [10.30.4.0/24]
///   mustReach:
///     - 10.10.0.0/16
///     - {name: file servers, cidr: 192.168.10.0/24}
///   nodes: 20
///   calico: {currentPoolName: default-ipv4-ippool, ipipMode: Always, natOutgoing: true}
/// ```
///
/// Range lists take CIDR strings or `{name, cidr}` mappings; `[]` means "none" (leaving a list out assumes the
/// default). Every problem is a diagnostic with the file, line and column, printed the way `check` prints its
/// findings: `plan.yaml:9:11: error: spec.nodes: expected a whole number of at least 1, not the string "x"`.
/// CIDRs are read leniently unless `--strict`, with a warning for each non-canonical one.
struct PodCIDRPlanFile {
    /// The `apiVersion` a plan file must have.
    static let apiVersion = "podfence.dev/v1alpha1"
    /// The `kind` a plan file must have.
    static let kind = "PodCIDRPlan"

    /// The fields of `spec`.
    static let specFields = [
        "podCIDR", "serviceCIDR", "nodeNetworks", "bridgeNetworks", "swarmAddressPools", "engineAddressPools",
        "mustReach", "nodes", "podsPerNode", "blockSize", "candidatePools", "target", "candidates", "namespaces",
        "nodeCIDRMaskSize", "calico",
    ]
    /// The fields of `spec.calico`.
    static let calicoFields = [
        "currentPoolName", "currentBlockSize", "newPoolName", "ipipMode", "vxlanMode", "natOutgoing",
    ]

    /// The name used in diagnostics.
    let file: String
    /// The document.
    let root: ManifestNode
    /// Whether CIDRs are read strictly.
    let strict: Bool
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// Reads a plan file's text.
    ///
    /// - Parameters:
    ///   - text: The YAML (or JSON) text.
    ///   - file: The name used in diagnostics.
    ///   - strict: Whether CIDRs are read strictly.
    ///   - context: Where diagnostics go.
    /// - Returns: The settings.
    /// - Throws: ``CommandFailure`` when the file has errors, after printing them.
    static func read(_ text: String, file: String, strict: Bool, context: inout CommandContext)
        throws(CommandFailure) -> PodCIDRPlanSettings
    {
        let read = YAMLReader().read(text, file: file)
        var diagnostics = read.diagnostics
        var settings = PodCIDRPlanSettings()
        if !diagnostics.containsErrors {
            if read.documents.count == 1, let document = read.documents.first {
                var reader = PodCIDRPlanFile(file: file, root: document.root, strict: strict)
                settings = reader.settings()
                diagnostics += reader.diagnostics
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: "CP03",
                        message: "a plan file holds one document, kind \(kind); this one holds \(read.documents.count)",
                        location: SourceLocation(file: file)))
            }
        }
        let position = { (diagnostic: Diagnostic) in (diagnostic.location?.line ?? 0, diagnostic.location?.column ?? 0)
        }
        for diagnostic in diagnostics.sorted(by: { position($0) < position($1) }) {
            context.printError(diagnostic.description)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else {
            throw CommandFailure("the plan file \(file) has \(errors) error\(errors == 1 ? "" : "s")")
        }
        return settings
    }

    /// Reads the file at a path (`-` for standard input).
    ///
    /// - Parameters:
    ///   - path: The path, already resolved.
    ///   - strict: Whether CIDRs are read strictly.
    ///   - context: Where diagnostics go.
    /// - Throws: ``CommandFailure`` when the file cannot be read or has errors.
    static func read(path: String, strict: Bool, context: inout CommandContext) throws(CommandFailure)
        -> PodCIDRPlanSettings
    {
        let data =
            path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data, let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("--file \"\(path)\": no such file, or it cannot be read as UTF-8 text")
        }
        return try read(text, file: path, strict: strict, context: &context)
    }

    // MARK: - The document

    /// Reads every field of the document.
    private mutating func settings() -> PodCIDRPlanSettings {
        var settings = PodCIDRPlanSettings()
        guard let top = root.mapping else {
            error(FieldPath(), "a plan file is a mapping with apiVersion, kind and spec")
            return settings
        }
        if root["apiVersion"]?.string != Self.apiVersion || root["kind"]?.string != Self.kind {
            error(
                FieldPath().field(root["apiVersion"]?.string != Self.apiVersion ? "apiVersion" : "kind"),
                "a plan file has apiVersion \(Self.apiVersion) and kind \(Self.kind)")
        }
        checkFields(of: top, at: FieldPath(), known: ["apiVersion", "kind", "metadata", "spec"])
        let spec = FieldPath().field("spec")
        guard let fields = root["spec"]?.mapping else {
            error(spec, "spec is missing or not a mapping; it holds the plan's inputs (podCIDR, nodes, ...)")
            return settings
        }
        checkFields(of: fields, at: spec, known: Self.specFields)
        settings.podCIDR = prefix(at: spec.field("podCIDR"))
        settings.serviceNetworks = ranges(at: spec.field("serviceCIDR"), role: .serviceNetwork, allowsSingle: true)
        settings.nodeNetworks = ranges(at: spec.field("nodeNetworks"), role: .nodeNetwork)
        settings.bridgeNetworks = ranges(at: spec.field("bridgeNetworks"), role: .bridgeNetwork)
        settings.swarmAddressPools = ranges(at: spec.field("swarmAddressPools"), role: .swarmAddressPool)
        settings.engineAddressPools = ranges(at: spec.field("engineAddressPools"), role: .engineAddressPool)
        settings.destinations = ranges(at: spec.field("mustReach"), role: .destination)
        settings.nodeCount = number(at: spec.field("nodes"))
        settings.podsPerNode = number(at: spec.field("podsPerNode"))
        settings.blockSize = number(at: spec.field("blockSize"))
        settings.candidatePools = ranges(at: spec.field("candidatePools"), role: .podNetwork)?.map(\.prefix)
        settings.target = prefix(at: spec.field("target"))
        settings.maximumCandidates = number(at: spec.field("candidates"))
        settings.namespaces = strings(at: spec.field("namespaces"))
        settings.nodeCIDRMaskSize = number(at: spec.field("nodeCIDRMaskSize"))
        let calico = spec.field("calico")
        if let node = root.node(at: calico) {
            guard let fields = node.mapping else {
                error(calico, "expected a mapping of \(Self.calicoFields.joined(separator: ", "))")
                return settings
            }
            checkFields(of: fields, at: calico, known: Self.calicoFields)
            settings.currentPoolName = string(at: calico.field("currentPoolName"))
            settings.currentBlockSize = number(at: calico.field("currentBlockSize"))
            settings.newPoolName = string(at: calico.field("newPoolName"))
            settings.ipipMode = mode(at: calico.field("ipipMode"))
            settings.vxlanMode = mode(at: calico.field("vxlanMode"))
            settings.natOutgoing = flag(at: calico.field("natOutgoing"))
        }
        return settings
    }

    // MARK: - Values

    /// Reports every key of a mapping that is not a known field.
    private mutating func checkFields(of mapping: ManifestMapping, at path: FieldPath, known: [String]) {
        for entry in mapping where !known.contains(entry.key) {
            diagnostics.append(
                Diagnostic(
                    .error, code: "CP01", path: path.key(entry.key),
                    message: "unknown field; the known ones are \(known.joined(separator: ", "))",
                    location: location(of: path.key(entry.key))))
        }
    }

    /// Reads a CIDR at a path; `nil` when absent or invalid.
    private mutating func prefix(at path: FieldPath) -> IPPrefix? {
        guard let node = root.node(at: path), node.value != .null else { return nil }
        return cidr(node, at: path)
    }

    /// Reads a CIDR from a node.
    private mutating func cidr(_ node: ManifestNode, at path: FieldPath) -> IPPrefix? {
        guard let text = node.string else {
            error(path, "expected a CIDR such as 10.9.8.0/24, not \(summary(of: node))")
            return nil
        }
        do throws(CIDRError) {
            let parsed = try IPPrefix.parse(text, mode: strict ? .strict : .lenient)
            for warning in CIDRInputOptions.warnings(for: parsed, name: "the CIDR", text: text) {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "CP04", path: path, message: warning,
                        location: location(of: path)))
            }
            return parsed.prefix
        } catch {
            self.error(path, error.message)
            return nil
        }
    }

    /// Reads a list of ranges (CIDR strings or `{name, cidr}` mappings); `nil` when absent, `[]` for none.
    private mutating func ranges(at path: FieldPath, role: NetworkRange.Role, allowsSingle: Bool = false)
        -> [NetworkRange]?
    {
        guard let node = root.node(at: path) else { return nil }
        if node.value == .null { return [] }
        if allowsSingle, node.string != nil {
            return cidr(node, at: path).map { [NetworkRange(role, $0)] } ?? []
        }
        guard let items = node.sequence else {
            error(path, "expected a list of CIDRs (or of {name, cidr} mappings), not \(summary(of: node))")
            return nil
        }
        var result: [NetworkRange] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            if let fields = item.mapping {
                checkFields(of: fields, at: itemPath, known: ["name", "cidr"])
                let name = string(at: itemPath.field("name"))
                guard let cidrNode = item["cidr"] else {
                    error(itemPath, "a {name, cidr} entry needs its cidr")
                    continue
                }
                if let prefix = cidr(cidrNode, at: itemPath.field("cidr")) {
                    result.append(NetworkRange(role, prefix, name: name))
                }
            } else if let prefix = cidr(item, at: itemPath) {
                result.append(NetworkRange(role, prefix))
            }
        }
        return result
    }

    /// Reads a whole number of at least 1; `nil` when absent or invalid.
    private mutating func number(at path: FieldPath) -> Int? {
        guard let node = root.node(at: path), node.value != .null else { return nil }
        guard let value = node.scalar?.intValue, value >= 1 else {
            error(path, "expected a whole number of at least 1, not \(summary(of: node))")
            return nil
        }
        return value
    }

    /// Reads a string; `nil` when absent or not a string.
    private mutating func string(at path: FieldPath) -> String? {
        guard let node = root.node(at: path), node.value != .null else { return nil }
        guard let text = node.string else {
            error(path, "expected a string, not \(summary(of: node))")
            return nil
        }
        return text
    }

    /// Reads a list of strings; `nil` when absent.
    private mutating func strings(at path: FieldPath) -> [String]? {
        guard let node = root.node(at: path) else { return nil }
        guard let items = node.sequence else {
            error(path, "expected a list of names, not \(summary(of: node))")
            return nil
        }
        return items.indices.compactMap { string(at: path.index($0)) }
    }

    /// Reads a boolean; `nil` when absent or not a boolean.
    private mutating func flag(at path: FieldPath) -> Bool? {
        guard let node = root.node(at: path), node.value != .null else { return nil }
        guard let value = node.scalar?.boolValue else {
            error(path, "expected true or false, not \(summary(of: node))")
            return nil
        }
        return value
    }

    /// Reads an encapsulation mode; `nil` when absent or invalid.
    private mutating func mode(at path: FieldPath) -> CalicoIPPool.EncapsulationMode? {
        guard let text = string(at: path) else { return nil }
        guard let mode = CalicoIPPool.EncapsulationMode(rawValue: text) else {
            error(path, "expected Always, CrossSubnet or Never, not \"\(text)\"")
            return nil
        }
        return mode
    }

    // MARK: - Diagnostics

    /// Records an error at a path.
    private mutating func error(_ path: FieldPath, _ message: String) {
        diagnostics.append(Diagnostic(.error, code: "CP02", path: path, message: message, location: location(of: path)))
    }

    /// The source location of a path.
    private func location(of path: FieldPath) -> SourceLocation {
        root.mark(at: path).map { SourceLocation(file: file, mark: $0) } ?? SourceLocation(file: file)
    }

    /// A node in words for messages: `the number 80`, `a list`, `a mapping`, `null`.
    private func summary(of node: ManifestNode) -> String {
        switch node.value {
        case .null: "null"
        case .scalar(let scalar): scalar.summary
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
