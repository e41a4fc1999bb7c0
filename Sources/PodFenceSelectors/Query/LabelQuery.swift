import PodFenceModel

/// A label selector in kubectl's string form (`env in (a,b),!canary,tier!=db`): requirements AND'ed, sorted
/// by key. Parse one with ``init(parsing:)``, print it canonically with ``description``, match labels with
/// ``matches(_:)``, and turn it into a NetworkPolicy `LabelSelector` with ``labelSelector()``.
///
/// The grammar is apimachinery's `labels.Parse` (semantics §1.8):
///
/// ```
/// selector    := "" | requirement ( "," requirement )*
/// requirement := "!" KEY | KEY | KEY ("in" | "notin") "(" values ")" | KEY ("=" | "==" | "!=") VALUE
///              | KEY (">" | "<") INTEGER
/// values      := item ( "," item )*      (an empty item is the empty string)
/// ```
///
/// Whitespace separates tokens; `= ! ( ) , > <` are special characters; `in` and `notin` are keywords only
/// where an operator is expected (`a in (in,notin)` is valid). Keys and values follow the label rules.
///
/// ```swift
/// let query = try LabelQuery(parsing: "tier != db, env in (b,a), !canary")
/// query.description                          // "!canary,env in (a,b),tier!=db"
/// query.matches(["env": "a"])                // true
/// try query.labelSelector()                  // matchExpressions: canary DoesNotExist, env In, tier NotIn [db]
/// ```
public struct LabelQuery: Sendable, Hashable, CustomStringConvertible {
    /// The requirements, sorted by key (stably: requirements on the same key keep their order).
    public let requirements: [LabelRequirement]

    /// Creates a query from requirements, sorting them by key.
    /// - Parameter requirements: The requirements.
    public init(_ requirements: [LabelRequirement]) {
        self.requirements = requirements.enumerated()
            .sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
            .map(\.element)
    }

    /// Parses a selector string.
    /// - Parameter text: The selector, such as `env in (a,b),!canary`; empty selects everything.
    /// - Throws: ``LabelQueryError`` with the column of the problem.
    /// - Complexity: O(n log n) for a string of length n.
    public init(parsing text: String) throws(LabelQueryError) {
        var parser = LabelQueryParser(text)
        self.init(try parser.parse())
    }

    /// The query that matches everything (the empty string).
    public static var everything: LabelQuery { LabelQuery([]) }

    /// True when the query has no requirement.
    public var isEmpty: Bool { requirements.isEmpty }

    /// True when the labels satisfy every requirement.
    /// - Parameter labels: The labels of a pod or a namespace.
    /// - Complexity: O(r log v) for r requirements of v values.
    public func matches(_ labels: [String: String]) -> Bool {
        requirements.allSatisfy { $0.matches(labels) }
    }

    /// The canonical string: requirements sorted by key, joined by `,`, no spaces but those around `in` and
    /// `notin`; `==` is printed `=`. Parsing it gives back an equal query.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }
}
