import PodFenceModel

/// One requirement of a selector in kubectl's string form (`kubectl get -l`): a key, an operator and the
/// values it compares with, such as `env in (a,b)`, `!canary` or `tier!=db`.
///
/// Requirements come from ``LabelQuery/init(parsing:)``, which checks keys and values with the label rules
/// of semantics §1.8; ``init(key:operator:values:)`` makes the same checks for requirements built in code.
/// Values are kept sorted and without duplicates, as apimachinery keeps them.
///
/// ```swift
/// let requirement = try LabelRequirement(key: "env", operator: .in, values: ["b", "a"])
/// requirement.description                 // "env in (a,b)"
/// requirement.matches(["env": "a"])       // true
/// ```
public struct LabelRequirement: Sendable, Hashable, CustomStringConvertible {
    /// The operators of the string form.
    public enum Operator: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// `k=v` or `k==v`: the key is present with that value.
        case equals = "="
        /// `k!=v`: the key is absent, or present with another value.
        case notEquals = "!="
        /// `k in (v1,v2)`: the key is present with one of the values.
        case `in` = "in"
        /// `k notin (v1,v2)`: the key is absent, or present with none of the values.
        case notIn = "notin"
        /// `k`: the key is present.
        case exists = "exists"
        /// `!k`: the key is absent.
        case doesNotExist = "!"
        /// `k>n`: the key is present with an integer value greater than n (queries only, not in a LabelSelector).
        case greaterThan = ">"
        /// `k<n`: the key is present with an integer value less than n (queries only, not in a LabelSelector).
        case lessThan = "<"

        /// The operator as written in a selector string (`exists` for the bare key).
        public var description: String { rawValue }
    }

    /// The label key.
    public let key: String
    /// The operator.
    public let `operator`: Operator
    /// The values, sorted and unique: one for `=`, `!=`, `>` and `<`, at least one for `in` and `notin`, none
    /// for `exists` and `!`.
    public let values: [String]

    /// Creates a requirement after checking it as apimachinery's `NewRequirement` does.
    /// - Parameters:
    ///   - key: A valid label key.
    ///   - operator: The operator.
    ///   - values: The values (sorted and deduplicated here).
    /// - Throws: ``LabelQueryError`` with code ``LabelQueryError/Code/invalidKey``,
    ///   ``LabelQueryError/Code/invalidValue`` or ``LabelQueryError/Code/invalidValueCount``, without a column.
    public init(key: String, operator: Operator, values: [String] = []) throws(LabelQueryError) {
        let sorted = Array(Set(values)).sorted()
        if let problem = Self.problem(key: key, operator: `operator`, values: sorted) {
            throw LabelQueryError(code: problem.code, message: problem.message, input: key, column: nil)
        }
        self.init(checkedKey: key, operator: `operator`, sortedValues: sorted)
    }

    /// Creates a requirement from parts that are already checked and sorted.
    init(checkedKey key: String, operator: Operator, sortedValues values: [String]) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    /// True when a set of labels satisfies the requirement (apimachinery's `Requirement.Matches`): `!=` and
    /// `notin` match objects without the key; `>` and `<` need the key with an integer value.
    /// - Parameter labels: The labels of a pod or a namespace.
    /// - Complexity: O(log v) for v values.
    public func matches(_ labels: [String: String]) -> Bool {
        let value = labels[key]
        switch `operator` {
        case .equals: return value == values.first
        case .notEquals: return value != values.first
        case .in: return value.map(containsValue) ?? false
        case .notIn: return value.map { !containsValue($0) } ?? true
        case .exists: return value != nil
        case .doesNotExist: return value == nil
        case .greaterThan, .lessThan:
            guard let value, let actual = Int64(value), let bound = values.first.flatMap({ Int64($0) }) else {
                return false
            }
            return `operator` == .greaterThan ? actual > bound : actual < bound
        }
    }

    /// The requirement in canonical string form: `k=v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, `k>1`,
    /// `k<1`. Only `in` and `notin` carry spaces, which the grammar needs.
    public var description: String {
        switch `operator` {
        case .exists: key
        case .doesNotExist: "!" + key
        case .in, .notIn: key + " " + `operator`.rawValue + " (" + values.joined(separator: ",") + ")"
        case .equals, .notEquals, .greaterThan, .lessThan: key + `operator`.rawValue + (values.first ?? "")
        }
    }

    /// Binary search in the sorted values.
    private func containsValue(_ value: String) -> Bool {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] == value
    }

    /// What `NewRequirement` would refuse, with apimachinery's wording (`key: Invalid value: ...`,
    /// `values[0]: Invalid value: ...`), or nil.
    /// - Returns: The code, the message and the index of the offending value (nil for the key or the count).
    static func problem(key: String, operator: Operator, values: [String])
        -> (code: LabelQueryError.Code, message: String, valueIndex: Int?)?
    {
        let keyErrors = LabelValidation.keyErrors(key)
        if !keyErrors.isEmpty {
            return (.invalidKey, "key: Invalid value: \(quoted(key)): " + keyErrors.joined(separator: "; "), nil)
        }
        switch `operator` {
        case .in, .notIn:
            if values.isEmpty {
                return (
                    .invalidValueCount,
                    "values: Invalid value: []: for 'in', 'notin' operators, values set "
                        + "can't be empty", nil
                )
            }
        case .equals, .notEquals:
            if values.count != 1 {
                return (
                    .invalidValueCount,
                    "values: Invalid value: \(list(values)): exact-match compatibility "
                        + "requires one single value", nil
                )
            }
        case .exists, .doesNotExist:
            if !values.isEmpty {
                return (
                    .invalidValueCount,
                    "values: Invalid value: \(list(values)): values set must be empty for "
                        + "exists and does not exist", nil
                )
            }
        case .greaterThan, .lessThan:
            if values.count != 1 {
                return (
                    .invalidValueCount,
                    "values: Invalid value: \(list(values)): for 'Gt', 'Lt' operators, "
                        + "exactly one value is required", nil
                )
            }
            if Int64(values[0]) == nil {
                return (
                    .notAnInteger,
                    "values[0]: Invalid value: \(quoted(values[0])): for 'Gt', 'Lt' operators, "
                        + "the value must be an integer", 0
                )
            }
        }
        for (index, value) in values.enumerated() {
            let errors = LabelValidation.valueErrors(value)
            if !errors.isEmpty {
                return (
                    .invalidValue,
                    "values[\(index)]: Invalid value: \(quoted(value)): "
                        + errors.joined(separator: "; "), index
                )
            }
        }
        return nil
    }

    /// The text in double quotes, with `"` and `\\` escaped, as Go's `%q` prints simple strings.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ",") + "]"
    }
}
