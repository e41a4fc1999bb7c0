/// The network settings of a topology that the firewall plan depends on: how Calico encapsulates pod
/// traffic, whether Swarm overlays are encrypted, the NodePort range, and which application VLANs must
/// reach each other.
///
/// ```swift
/// let network = TopologyNetwork(encapsulation: .vxlan, encryptedOverlay: true)
/// ```
public struct TopologyNetwork: Sendable, Hashable {
    /// How Calico carries pod traffic between nodes. Other spellings are kept for validation.
    public struct Encapsulation: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The spelling.
        public var rawValue: String
        /// Creates an encapsulation from its spelling.
        /// - Parameter rawValue: The spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// IP-in-IP (IP protocol 4), Calico's default in UCP; needs BGP (TCP 179) between nodes.
        public static let ipip = Encapsulation(rawValue: "ipip")
        /// VXLAN (UDP 4789), possible from MKE 3.3 (`--calico-vxlan`); no IP-in-IP and no BGP then.
        public static let vxlan = Encapsulation(rawValue: "vxlan")
        /// The encapsulations PodFence knows.
        public static let supported: [Encapsulation] = [.ipip, .vxlan]
        /// The spelling.
        public var description: String { rawValue }
    }

    /// Which pairs of application VLANs get the worker-to-worker rules. Other spellings are kept for
    /// validation.
    public struct WorkerMesh: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The spelling.
        public var rawValue: String
        /// Creates a mesh setting from its spelling.
        /// - Parameter rawValue: The spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Every pair, as UCP's "Internal" scope says (every cluster host reaches every host): what Calico's
        /// default BGP full mesh and Swarm's gossip expect.
        public static let full = WorkerMesh(rawValue: "full")
        /// Only pairs of VLANs that some namespace's pods may land on together, so its pods must talk across.
        public static let required = WorkerMesh(rawValue: "required")
        /// No pair: application VLANs reach only the management VLAN.
        public static let none = WorkerMesh(rawValue: "none")
        /// The settings PodFence knows.
        public static let supported: [WorkerMesh] = [.full, .required, .none]
        /// The spelling.
        public var description: String { rawValue }
    }

    /// UCP's default NodePort range, 32768-35535 (`nodeport_range` in `ucp-config.toml`).
    public static let defaultNodePortRange = "32768-35535"

    /// The encapsulation; nil means IP-in-IP.
    public var encapsulation: Encapsulation?
    /// Whether encrypted overlay networks are used (ESP, IP protocol 50); nil means no.
    public var encryptedOverlay: Bool?
    /// The NodePort range as `first-last`; nil means UCP's default.
    public var nodePortRange: String?
    /// Which application VLAN pairs get worker rules; nil means ``WorkerMesh/full``.
    public var workerMesh: WorkerMesh?
    /// Fields the model does not know, kept for writing back.
    public var unknownFields: ManifestMapping

    /// Creates network settings (nil: the default).
    /// - Parameters:
    ///   - encapsulation: The encapsulation.
    ///   - encryptedOverlay: Whether encrypted overlays are used.
    ///   - nodePortRange: The NodePort range, `first-last`.
    ///   - workerMesh: Which application VLAN pairs get worker rules.
    public init(
        encapsulation: Encapsulation? = nil, encryptedOverlay: Bool? = nil, nodePortRange: String? = nil,
        workerMesh: WorkerMesh? = nil
    ) {
        self.encapsulation = encapsulation
        self.encryptedOverlay = encryptedOverlay
        self.nodePortRange = nodePortRange
        self.workerMesh = workerMesh
        self.unknownFields = ManifestMapping()
    }

    /// True when nothing is set.
    public var isEmpty: Bool {
        encapsulation == nil && encryptedOverlay == nil && nodePortRange == nil && workerMesh == nil
            && unknownFields.isEmpty
    }

    /// The encapsulation in effect.
    public var effectiveEncapsulation: Encapsulation { encapsulation ?? .ipip }

    /// The worker mesh in effect.
    public var effectiveWorkerMesh: WorkerMesh { workerMesh ?? .full }

    /// The NodePort range in effect, or nil when ``nodePortRange`` is malformed.
    public var nodePorts: ClosedRange<Int>? { Self.portRange(nodePortRange ?? Self.defaultNodePortRange) }

    /// Reads `first-last` (or a single port) with both ends in 1-65535 and `first <= last`.
    /// - Parameter text: The range.
    public static func portRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts[parts.count - 1]),
            (1...65535).contains(first), (1...65535).contains(last), first <= last
        else { return nil }
        return first...last
    }
}

extension TopologyNetwork: ManifestCodable {
    /// Decodes `spec.network`.
    /// - Parameters:
    ///   - node: The mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.encapsulation = decoder.field(&fields, "encapsulation") { $0.optionalString($1) }
            .map(Encapsulation.init(rawValue:))
        self.encryptedOverlay = decoder.field(&fields, "encryptedOverlay") { $0.bool($1) }
        self.nodePortRange = decoder.field(&fields, "nodePortRange") { $0.optionalString($1) }
        self.workerMesh = decoder.field(&fields, "workerMesh") { $0.optionalString($1) }
            .map(WorkerMesh.init(rawValue:))
        self.unknownFields = fields.remaining
    }

    /// The settings as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("encapsulation", encapsulation?.rawValue)
        builder.set("encryptedOverlay", encryptedOverlay)
        builder.set("nodePortRange", nodePortRange)
        builder.set("workerMesh", workerMesh?.rawValue)
        builder.merge(unknownFields)
        return builder.node
    }
}
