import PodFence

extension ReachabilityQuery {
    /// Parses `SRC reach DST [on PORT]` from positional words.
    /// - Parameters:
    ///   - words: The words after the command (and after `can`/`cannot` for `assert`).
    ///   - verb: The word between the endpoints (`reach` or `to`).
    ///   - usage: The usage line for the error.
    /// - Returns: The source, the destination and the port text.
    static func split(_ words: [String], verb: String, usage: String) throws(CommandFailure)
        -> (source: String, destination: String, port: String?)
    {
        let valid =
            (words.count == 3 || (words.count == 5 && words[3] == "on")) && words[1] == verb
        guard valid else { throw CommandFailure("usage: \(usage)") }
        return (words[0], words[2], words.count == 5 ? words[4] : nil)
    }

    /// Resolves the words of a question (`can`, `explain`, `assert`) against an analysis.
    /// - Parameters:
    ///   - words: The source, destination and port text that ``split(_:verb:usage:)`` returned.
    ///   - analysis: The analysis to resolve names in.
    /// - Throws: ``CommandFailure`` with the message of the word that does not resolve.
    init(
        _ words: (source: String, destination: String, port: String?), in analysis: ReachabilityAnalysis
    ) throws(CommandFailure) {
        do {
            try self.init(source: words.source, destination: words.destination, port: words.port, in: analysis)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
