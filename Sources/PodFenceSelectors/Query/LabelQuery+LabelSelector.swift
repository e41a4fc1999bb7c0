import PodFenceModel

extension LabelQuery {
    /// The query as a NetworkPolicy `LabelSelector` (apimachinery's `ParseToLabelSelector`, with one
    /// documented difference):
    /// - `k=v` and `k==v` become `matchLabels` (a second `=` on the same key becomes `In [v]`, which keeps its
    ///   meaning where upstream would overwrite the first);
    /// - `in`, `notin`, `k` and `!k` become `In`, `NotIn`, `Exists` and `DoesNotExist` expressions;
    /// - `k!=v` becomes `NotIn [v]`, which matches exactly the same labels (upstream refuses `!=`);
    /// - `>` and `<` are refused: a LabelSelector has no such operator.
    /// - Throws: ``LabelQueryError`` with code ``LabelQueryError/Code/unsupportedOperator``.
    /// - Complexity: O(r) for r requirements.
    public func labelSelector() throws(LabelQueryError) -> LabelSelector {
        var selector = LabelSelector()
        for requirement in requirements {
            let key = requirement.key
            let values = requirement.values
            switch requirement.operator {
            case .equals where selector.matchLabels[key] == nil:
                selector.matchLabels[key] = values.first ?? ""
            case .equals:
                selector.matchExpressions.append(LabelSelectorRequirement(key: key, operator: .in, values: values))
            case .in:
                selector.matchExpressions.append(LabelSelectorRequirement(key: key, operator: .in, values: values))
            case .notIn, .notEquals:
                selector.matchExpressions.append(
                    LabelSelectorRequirement(key: key, operator: .notIn, values: values))
            case .exists:
                selector.matchExpressions.append(LabelSelectorRequirement(key: key, operator: .exists))
            case .doesNotExist:
                selector.matchExpressions.append(LabelSelectorRequirement(key: key, operator: .doesNotExist))
            case .greaterThan, .lessThan:
                throw LabelQueryError(
                    code: .unsupportedOperator,
                    message: "'\(requirement)': the operator '\(requirement.operator)' isn't supported in label "
                        + "selectors (only in queries such as kubectl -l)",
                    input: description, column: nil)
            }
        }
        return selector
    }
}

extension LabelSelector {
    /// Parses a selector string straight into a `LabelSelector` (see ``LabelQuery/labelSelector()``).
    ///
    /// ```swift
    /// let selector = try LabelSelector(parsing: "project=project-app1,tier in (api,db)")
    /// ```
    /// - Parameter text: The selector string.
    /// - Throws: ``LabelQueryError``.
    public init(parsing text: String) throws(LabelQueryError) {
        self = try LabelQuery(parsing: text).labelSelector()
    }

    /// The selector in kubectl's string form, sorted by key: `matchLabels` as `k=v`, `In` as `k in (a,b)`,
    /// `NotIn` as `k notin (a,b)`, `Exists` as `k`, `DoesNotExist` as `!k`; `""` for the empty selector.
    ///
    /// Parsing the string gives back an equivalent selector for every valid selector. An operator Kubernetes
    /// refuses is printed as written (`k Gt (1)`), which does not parse: the selector was invalid anyway.
    /// - Complexity: O(r log r) for r requirements.
    public var selectorString: String {
        var parts: [(key: String, order: Int, text: String)] = matchLabels.map { key, value in
            (key, 0, key + "=" + value)
        }
        for (index, expression) in matchExpressions.enumerated() {
            let key = expression.key
            let values = "(" + Array(Set(expression.values)).sorted().joined(separator: ",") + ")"
            let text: String
            switch expression.operator {
            case .in: text = key + " in " + values
            case .notIn: text = key + " notin " + values
            case .exists: text = key
            case .doesNotExist: text = "!" + key
            default: text = key + " " + expression.operator.rawValue + " " + values
            }
            parts.append((key, index + 1, text))
        }
        return parts.sorted { ($0.key, $0.order) < ($1.key, $1.order) }.map(\.text).joined(separator: ",")
    }
}
