/// A fact about Docker Enterprise (UCP, later Mirantis MKE), Calico or Kubernetes that a pod CIDR change must
/// respect, with where it comes from.
///
/// The notes restate PodFence's facts document (`docker-enterprise.md`, sections 4 to 6); ``isInference`` marks
/// the ones that rest on a statement the document marks as an inference or as unconfirmed.
public struct PodCIDRPlanNote: Sendable, Hashable {
    /// What a note is about.
    public enum Topic: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Whether the change is supported at all.
        case support
        /// Settings of the cluster that must change along with the pool.
        case clusterSettings
        /// The service network.
        case serviceNetwork
        /// Swarm's address pools.
        case swarm
        /// The engine's bridges and address pools.
        case engine
        /// Calico's pools, blocks and encapsulation.
        case calico
        /// Kubernetes' own CIDR settings.
        case kubernetes

        /// The topic in words, such as `cluster settings`.
        public var description: String {
            switch self {
            case .support: "support"
            case .clusterSettings: "cluster settings"
            case .serviceNetwork: "service network"
            case .swarm: "Swarm"
            case .engine: "engine"
            case .calico: "Calico"
            case .kubernetes: "Kubernetes"
            }
        }
    }

    /// What the note is about.
    public let topic: Topic
    /// The fact, in a sentence or two.
    public let text: String
    /// Where it comes from, such as `docker-enterprise.md §4.3`.
    public let source: String
    /// Whether the fact rests on an inference or an unconfirmed statement rather than a primary text.
    public let isInference: Bool

    /// Creates a note.
    ///
    /// - Parameters:
    ///   - topic: What it is about.
    ///   - text: The fact.
    ///   - source: Where it comes from.
    ///   - isInference: Whether it rests on an inference.
    public init(topic: Topic, text: String, source: String, isInference: Bool = false) {
        self.topic = topic
        self.text = text
        self.source = source
        self.isInference = isInference
    }
}
