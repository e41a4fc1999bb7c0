/// The PodNodeSelector admission plugin's namespace annotation, `scheduler.alpha.kubernetes.io/node-selector`,
/// and its text form: `key=value` pairs separated by commas (`zone=a,tier=web`), as Kubernetes'
/// `labels.ConvertSelectorToLabelsMap` reads it. Only equality is allowed; the empty text is the empty selector.
///
/// ```swift
/// NodeSelectorAnnotation.format(["zone": "a", "tier": "web"])   // "tier=web,zone=a"
/// try NodeSelectorAnnotation.parse("zone=a, tier=web")          // ["zone": "a", "tier": "web"]
/// ```
public enum NodeSelectorAnnotation {
    /// `scheduler.alpha.kubernetes.io/node-selector`.
    public static let key = "scheduler.alpha.kubernetes.io/node-selector"

    /// Why an annotation value is not a node selector.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, in the API server's words where it has them.
        public var message: String
        /// Creates an error.
        /// - Parameter message: What is wrong.
        public init(_ message: String) { self.message = message }
        /// The message.
        public var description: String { message }
    }

    /// The text of a selector: pairs sorted by key, `key=value`, joined by commas.
    /// - Parameter selector: The labels.
    /// - Complexity: O(n log n) in the number of labels.
    public static func format(_ selector: [String: String]) -> String {
        selector.keys.sorted().map { "\($0)=\(selector[$0] ?? "")" }.joined(separator: ",")
    }

    /// Reads a selector text: comma-separated `key=value` pairs, white space around keys and values ignored, each
    /// key and value checked as a label key and value. A key given twice keeps its last value, as Kubernetes
    /// does.
    /// - Parameter text: The annotation's value.
    /// - Returns: The labels.
    /// - Throws: A ``ParseError`` for a pair without exactly one `=`, or an invalid key or value.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String) throws(ParseError) -> [String: String] {
        var result: [String: String] = [:]
        if text.isEmpty { return result }
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw ParseError("invalid selector: \(ValidationMessage.quoted(String(pair))): expected key=value")
            }
            let key = trimmed(parts[0])
            let value = trimmed(parts[1])
            if let detail = LabelValidation.keyErrors(key).first {
                throw ParseError("invalid label key \(ValidationMessage.quoted(key)): \(detail)")
            }
            if let detail = LabelValidation.valueErrors(value).first {
                throw ParseError("invalid label value \(ValidationMessage.quoted(value)): \(detail)")
            }
            result[key] = value
        }
        return result
    }

    /// The keys on which two selectors want different values: a pod whose node selector conflicts with its
    /// namespace's is rejected by PodNodeSelector.
    /// - Parameters:
    ///   - lhs: One selector.
    ///   - rhs: The other.
    /// - Returns: The conflicting keys, sorted.
    public static func conflicts(_ lhs: [String: String], _ rhs: [String: String]) -> [String] {
        lhs.keys.filter { key in rhs[key].map { $0 != lhs[key] } ?? false }.sorted()
    }

    private static func trimmed(_ text: Substring) -> String {
        var slice = text
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
