/// A rule of a Calico policy: match criteria, all of which must hold, and the ``action`` for the traffic
/// they match. Rules are evaluated in order; see docs/calico.md ("Rules") for what each field means and
/// which ones PodFence does not evaluate.
///
/// Fields are optional as written so that validation can say which required field is missing.
public struct CalicoRule: Sendable, Hashable {
    /// `Allow`, `Deny`, `Log` or `Pass`; nil when absent (refused by validation).
    public var action: CalicoAction?
    /// 4 or 6: the rule matches only addresses of that IP version.
    public var ipVersion: Int?
    /// The rule matches only this protocol.
    public var `protocol`: CalicoProtocol?
    /// The rule matches every protocol but this one.
    public var notProtocol: CalicoProtocol?
    /// ICMP type and code (with `protocol` ICMP or ICMPv6); not evaluated by PodFence.
    public var icmp: CalicoICMPMatch?
    /// ICMP type and code the rule does not match; not evaluated by PodFence.
    public var notICMP: CalicoICMPMatch?
    /// What the source must be.
    public var source: CalicoEntityRule?
    /// What the destination must be.
    public var destination: CalicoEntityRule?
    /// HTTP methods and paths (application layer policy); not evaluated by PodFence.
    public var http: CalicoHTTPMatch?
    /// Annotations about the rule; they never change what it matches.
    public var metadata: CalicoRuleMetadata?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a rule.
    /// - Parameters:
    ///   - action: What to do with matching traffic.
    ///   - protocol: The protocol the rule matches.
    ///   - source: What the source must be.
    ///   - destination: What the destination must be.
    public init(
        action: CalicoAction? = nil, protocol: CalicoProtocol? = nil, source: CalicoEntityRule? = nil,
        destination: CalicoEntityRule? = nil
    ) {
        self.action = action
        self.protocol = `protocol`
        self.source = source
        self.destination = destination
        self.unknownFields = ManifestMapping()
    }
}

/// The ICMP `type` and `code` a Calico rule's `icmp` or `notICMP` matches.
public struct CalicoICMPMatch: Sendable, Hashable {
    /// The ICMP type, 0-254 (8 is an echo request).
    public var type: Int?
    /// The ICMP code, 0-255; only with a type.
    public var code: Int?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a match.
    /// - Parameters:
    ///   - type: The ICMP type.
    ///   - code: The ICMP code.
    public init(type: Int? = nil, code: Int? = nil) {
        self.type = type
        self.code = code
        self.unknownFields = ManifestMapping()
    }
}

/// The HTTP requests a Calico rule's `http` matches: any of the `methods` and any of the `paths`.
public struct CalicoHTTPMatch: Sendable, Hashable {
    /// HTTP methods (`GET`, `PUT`...), OR'ed.
    public var methods: [String]?
    /// Paths, OR'ed; each sets exactly one of `exact` or `prefix`.
    public var paths: [CalicoHTTPPath]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a match.
    /// - Parameters:
    ///   - methods: HTTP methods.
    ///   - paths: Paths.
    public init(methods: [String]? = nil, paths: [CalicoHTTPPath]? = nil) {
        self.methods = methods
        self.paths = paths
        self.unknownFields = ManifestMapping()
    }
}

/// A path of a ``CalicoHTTPMatch``: `exact` or `prefix`.
public struct CalicoHTTPPath: Sendable, Hashable {
    /// The path, matched exactly.
    public var exact: String?
    /// A prefix of the path.
    public var prefix: String?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates a path; set exactly one field.
    /// - Parameters:
    ///   - exact: The path.
    ///   - prefix: A prefix.
    public init(exact: String? = nil, prefix: String? = nil) {
        self.exact = exact
        self.prefix = prefix
        self.unknownFields = ManifestMapping()
    }
}

/// A Calico rule's `metadata`: annotations for people and tools, never evaluated.
public struct CalicoRuleMetadata: Sendable, Hashable {
    /// Free-form annotations.
    public var annotations: [String: String]?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates metadata.
    /// - Parameter annotations: The annotations.
    public init(annotations: [String: String]? = nil) {
        self.annotations = annotations
        self.unknownFields = ManifestMapping()
    }
}
