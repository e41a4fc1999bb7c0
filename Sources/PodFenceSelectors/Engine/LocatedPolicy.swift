import PodFenceModel

/// A NetworkPolicy and where it was read, so that verdicts can name `file:line` without the engine reading
/// files (the playground passes `LoadedObject.location`).
public struct LocatedPolicy: Sendable, Hashable {
    /// The policy, as written (the engine applies the API server's defaults itself).
    public var policy: NetworkPolicy
    /// Where it was read, when known.
    public var location: SourceLocation?

    /// Creates a located policy.
    /// - Parameters:
    ///   - policy: The policy.
    ///   - location: Where it was read.
    public init(_ policy: NetworkPolicy, location: SourceLocation? = nil) {
        self.policy = policy
        self.location = location
    }
}
