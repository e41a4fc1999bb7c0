import PodFenceModel

/// Where one pod (or the pods of one workload's template) may run once PodNodeSelector has merged its
/// namespace's node selector into the pod's.
public struct PodPlacement: Sendable, Hashable {
    /// What happens to the pod.
    public enum Outcome: Sendable, Hashable {
        /// Admitted; the scheduler may put it on any of these nodes.
        case schedulable([String])
        /// Admitted, but no node matches the merged selector: the pod stays Pending.
        case pending
        /// Refused at admission: its node selector wants other values than the namespace's for these keys
        /// ("pod node label selector conflicts with its namespace node label selector").
        case rejected(conflicts: [String])
    }

    /// `namespace/name` of the pod or workload.
    public var name: String
    /// `Pod`, `Deployment`, ...
    public var kind: String
    /// The pod's own `spec.nodeSelector`.
    public var nodeSelector: [String: String]
    /// The namespace's selector merged with the pod's (empty when rejected).
    public var mergedSelector: [String: String]
    /// What happens to it.
    public var outcome: Outcome

    /// Creates a placement.
    /// - Parameters:
    ///   - name: `namespace/name`.
    ///   - kind: The kind.
    ///   - nodeSelector: The pod's own selector.
    ///   - mergedSelector: The merged selector.
    ///   - outcome: What happens.
    public init(
        name: String, kind: String, nodeSelector: [String: String], mergedSelector: [String: String],
        outcome: Outcome
    ) {
        self.name = name
        self.kind = kind
        self.nodeSelector = nodeSelector
        self.mergedSelector = mergedSelector
        self.outcome = outcome
    }
}
