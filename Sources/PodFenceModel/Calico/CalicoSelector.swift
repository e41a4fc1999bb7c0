/// A selector in Calico's own language (`projectcalico.org/v3` policies): `role == 'db' && env in {'a','b'}`.
///
/// Calico policies write selectors as strings, not as Kubernetes `matchLabels`/`matchExpressions`. Parse one
/// with ``init(parsing:)``, print it with ``description``, and match labels with `matches(_:isNamespaced:)`
/// (module `PodFenceSelectors`). The grammar, its precedence and the meaning of each operator are in
/// docs/calico.md ("Selectors"); in short:
///
/// ```
/// selector = [ or ]                 (empty: all())
/// or       = and { "||" and }
/// and      = unary { "&&" unary }
/// unary    = { "!" } primary
/// primary  = all() | global() | has(k) | k == s | k != s | k in set | k not in set
///          | k contains s | k starts with s | k ends with s | ( or )
/// set      = { [ s { , s } [ , ] ] }
/// ```
///
/// Labels are made of letters, digits, `_`, `.`, `/` and `-`; strings are quoted with `'` or `"` and have no
/// escapes.
///
/// **`global()`** matches resources that are not namespaced (host endpoints, global network sets). It is
/// the node ``Expression/global`` of the tree; matching asks whether the subject is namespaced, so over a pod
/// or a namespace (the only subjects PodFence has) it is false.
///
/// ```swift
/// let selector = try CalicoSelector(parsing: "!has(canary) && env in {'prod', \"stage\"}")
/// selector.description   // "!has(canary) && env in {'prod', 'stage'}"
/// try CalicoSelector(parsing: "env = 'prod'")   // throws: column 5: expected == after '='
/// ```
public struct CalicoSelector: Sendable, Hashable, CustomStringConvertible {
    /// A node of a selector's tree.
    public indirect enum Expression: Sendable, Hashable {
        /// `all()`: every resource in scope.
        case all
        /// `global()`: resources that are not namespaced.
        case global
        /// `has(k)`: the label is present, whatever its value.
        case has(String)
        /// `k == 'v'`: the label is present with this value.
        case equals(String, String)
        /// `k != 'v'`: the label is absent or has another value.
        case notEquals(String, String)
        /// `k in {'a', 'b'}`: the label is present with one of the values (in written order).
        case `in`(String, [String])
        /// `k not in {'a', 'b'}`: the label is absent or has none of the values.
        case notIn(String, [String])
        /// `k contains 's'`: the label is present and its value contains the string.
        case contains(String, String)
        /// `k starts with 's'`: the label is present and its value starts with the string.
        case startsWith(String, String)
        /// `k ends with 's'`: the label is present and its value ends with the string.
        case endsWith(String, String)
        /// `!e`.
        case not(Expression)
        /// `a && b && ...`: every operand (at least two when parsed; none matches everything).
        case and([Expression])
        /// `a || b || ...`: any operand (at least two when parsed; none matches nothing).
        case or([Expression])
    }

    /// The tree.
    public var expression: Expression

    /// Creates a selector from a tree.
    /// - Parameter expression: The tree.
    public init(_ expression: Expression) {
        self.expression = expression
    }

    /// Parses a selector string as Calico does.
    ///
    /// Parentheses group and leave no node; `!` before an operation negates it (each `!` is a node, so `!!a`
    /// is kept as written); chains of `&&` and `||` are flat lists. The empty string (or blanks) is `all()`.
    /// - Parameter text: The selector.
    /// - Throws: ``CalicoSelectorError`` with the 1-based column of the problem.
    /// - Complexity: O(n) for a string of length n.
    public init(parsing text: String) throws(CalicoSelectorError) {
        var parser = CalicoSelectorParser(text)
        self.init(try parser.parse())
    }

    /// `all()`: the selector that matches every resource in scope.
    public static var all: CalicoSelector { CalicoSelector(.all) }

    /// The selector in Calico's syntax: single spaces around operators, values in `'` (in `"` when they hold a
    /// `'`), parentheses only where precedence needs them (and around an `&&` inside an `&&`, or an `||` inside
    /// an `||`, so that the tree comes back as it was). Parsing it gives back an equal selector, unless a value
    /// holds both quote characters, which Calico's language cannot write.
    public var description: String { expression.description }

    /// True when some node of the tree is `global()`.
    public var usesGlobal: Bool { expression.usesGlobal }
}

extension CalicoSelector.Expression: CustomStringConvertible {
    /// The expression in Calico's syntax (see ``CalicoSelector/description``).
    public var description: String {
        switch self {
        case .all: return "all()"
        case .global: return "global()"
        case .has(let key): return "has(\(key))"
        case .equals(let key, let value): return "\(key) == \(Self.quoted(value))"
        case .notEquals(let key, let value): return "\(key) != \(Self.quoted(value))"
        case .in(let key, let values): return "\(key) in \(Self.set(values))"
        case .notIn(let key, let values): return "\(key) not in \(Self.set(values))"
        case .contains(let key, let value): return "\(key) contains \(Self.quoted(value))"
        case .startsWith(let key, let value): return "\(key) starts with \(Self.quoted(value))"
        case .endsWith(let key, let value): return "\(key) ends with \(Self.quoted(value))"
        case .not(let operand):
            switch operand {
            case .and, .or: return "!(\(operand))"
            default: return "!\(operand)"
            }
        case .and(let operands):
            if operands.isEmpty { return "all()" }
            return operands.map { operand in
                switch operand {
                case .and, .or: "(\(operand))"
                default: operand.description
                }
            }.joined(separator: " && ")
        case .or(let operands):
            if operands.isEmpty { return "!all()" }
            return operands.map { operand in
                if case .or = operand { return "(\(operand))" }
                return operand.description
            }.joined(separator: " || ")
        }
    }

    /// True when this node or one below it is `global()`.
    public var usesGlobal: Bool {
        switch self {
        case .global: true
        case .not(let operand): operand.usesGlobal
        case .and(let operands), .or(let operands): operands.contains { $0.usesGlobal }
        default: false
        }
    }

    private static func quoted(_ value: String) -> String {
        value.contains("'") ? "\"\(value)\"" : "'\(value)'"
    }

    private static func set(_ values: [String]) -> String {
        "{" + values.map(quoted).joined(separator: ", ") + "}"
    }
}
