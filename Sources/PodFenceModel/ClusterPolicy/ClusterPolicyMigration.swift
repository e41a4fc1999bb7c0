/// An AdminNetworkPolicy or a BaselineAdminNetworkPolicy (`v1alpha1`) rewritten as a ClusterNetworkPolicy
/// (`v1alpha2`), with what the rewriting found: ``AdminNetworkPolicy/migrated()`` and
/// ``BaselineAdminNetworkPolicy/migrated()``.
///
/// The ``policy`` carries every rule, peer and port of the source, also when there are more than a
/// ClusterNetworkPolicy accepts (it is what the source means, and what the engine evaluates); an error in
/// ``diagnostics`` then says that the API server would refuse it and how to split it. Nothing is dropped
/// silently.
///
/// ```swift
/// let migration = anp.migrated()
/// if migration.isApplicable {
///     print(YAMLWriter().write(migration.policy.manifest))
/// }
/// for diagnostic in migration.diagnostics { print(diagnostic) }
/// ```
public struct ClusterPolicyMigration: Sendable, Hashable {
    /// The ClusterNetworkPolicy.
    public var policy: ClusterNetworkPolicy
    /// Errors (the result would be refused: M01-M05), warnings (M07) and notes (M06), with the paths of the
    /// fields of the **source** they are about (so that they point into its manifest).
    public var diagnostics: [Diagnostic]

    /// Creates a migration result.
    /// - Parameters:
    ///   - policy: The ClusterNetworkPolicy.
    ///   - diagnostics: What the rewriting found.
    public init(policy: ClusterNetworkPolicy, diagnostics: [Diagnostic] = []) {
        self.policy = policy
        self.diagnostics = diagnostics
    }

    /// True when no diagnostic is an error: the API server would accept ``policy`` as it is (given a valid
    /// source).
    public var isApplicable: Bool { !diagnostics.containsErrors }

    /// The field of ``policy`` that a field of the source became, so that what is attached to the source's
    /// fields (comments, positions) can follow them: `spec.egress[0].ports[1].portNumber.port` becomes
    /// `spec.egress[0].protocols[1].udp.destinationPort.number` when that port is UDP; every other field keeps
    /// its path.
    /// - Parameter sourcePath: A field path of the AdminNetworkPolicy or BaselineAdminNetworkPolicy.
    /// - Returns: The corresponding path in the ClusterNetworkPolicy.
    public func migratedPath(_ sourcePath: FieldPath) -> FieldPath {
        let components = sourcePath.components
        guard components.count >= 4, components[0] == .field("spec"), components[3] == .field("ports"),
            case .field(let direction) = components[1], case .index(let rule) = components[2]
        else { return sourcePath }
        var result = Array(components[0..<3]) + [.field("protocols")]
        guard components.count >= 5 else { return FieldPath(result) }
        result.append(components[4])
        guard components.count >= 6, case .index(let index) = components[4], case .field(let shape) = components[5]
        else { return FieldPath(result) }
        let entry = protocolEntry(direction: direction, rule: rule, index: index)
        let protocolField =
            if entry?.udp != nil { "udp" } else if entry?.sctp != nil { "sctp" } else { "tcp" }
        let tail = components.count >= 7 ? components[6] : nil
        switch (shape, tail) {
        case ("namedPort", _):
            result.append(.field("destinationNamedPort"))
        case ("portNumber", .field("port")?):
            result += [.field(protocolField), .field("destinationPort"), .field("number")]
        case ("portRange", .field(let bound)?) where bound == "start" || bound == "end":
            result += [.field(protocolField), .field("destinationPort"), .field("range"), .field(bound)]
        case ("portNumber", _), ("portRange", _):
            result.append(.field(protocolField))
        default:
            result += components[5...]
        }
        return FieldPath(result)
    }

    private func protocolEntry(direction: String, rule: Int, index: Int) -> ClusterPolicyProtocol? {
        let protocols: [ClusterPolicyProtocol]?
        switch direction {
        case "ingress": protocols = policy.spec.ingress.flatMap { rule < $0.count ? $0[rule].protocols : nil }
        case "egress": protocols = policy.spec.egress.flatMap { rule < $0.count ? $0[rule].protocols : nil }
        default: protocols = nil
        }
        guard let protocols, index < protocols.count else { return nil }
        return protocols[index]
    }
}
