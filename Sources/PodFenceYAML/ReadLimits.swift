import PodFenceModel

/// Bounds on what a manifest may cost to read, so that hostile input is refused quickly with bounded memory
/// instead of exhausting the machine. Every limit that is hit is reported as an error naming the limit, the
/// value reached and how to raise it.
///
/// The alias limit matters most: YAML aliases let a 1 KB document expand to billions of nodes ("billion
/// laughs"), and neither libyaml nor Yams bounds that. PodFence counts every node as it would be after
/// expanding aliases and stops at ``maxNodesPerDocument``.
public struct ReadLimits: Sendable, Hashable {
    /// The largest input (file or standard input) read, in bytes. Default 64 MiB.
    public var maxInputBytes: Int
    /// The largest single document, in bytes of source text. Default 3 MiB, the API server's request limit.
    public var maxDocumentBytes: Int
    /// The most nodes one document may have after alias expansion. Default 1,000,000.
    public var maxNodesPerDocument: Int
    /// The deepest nesting of mappings and sequences. Default 200.
    public var maxDepth: Int
    /// The most documents in one input. Default 200,000.
    public var maxDocuments: Int

    /// Creates limits.
    /// - Parameters:
    ///   - maxInputBytes: Largest input in bytes.
    ///   - maxDocumentBytes: Largest document in bytes.
    ///   - maxNodesPerDocument: Most nodes per document after alias expansion.
    ///   - maxDepth: Deepest nesting.
    ///   - maxDocuments: Most documents per input.
    public init(
        maxInputBytes: Int = 64 << 20, maxDocumentBytes: Int = 3 << 20, maxNodesPerDocument: Int = 1_000_000,
        maxDepth: Int = 200, maxDocuments: Int = 200_000
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxDocumentBytes = maxDocumentBytes
        self.maxNodesPerDocument = maxNodesPerDocument
        self.maxDepth = maxDepth
        self.maxDocuments = maxDocuments
    }

    /// The default limits.
    public static let `default` = ReadLimits()
}
