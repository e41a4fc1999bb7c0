import PodFenceModel

extension LabelSelector {
    /// True when a set of labels satisfies every requirement of the selector (semantics §1.8, apimachinery's
    /// `labels.Requirement.Matches`): `matchLabels k: v` needs the key with that value (even when v is empty);
    /// `In` needs the key with a listed value; `NotIn` matches objects that lack the key or have another
    /// value; `Exists` needs the key; `DoesNotExist` needs it absent. The empty selector matches everything.
    ///
    /// A requirement with an operator Kubernetes does not accept matches nothing (validation reports it).
    /// - Parameter labels: The labels of a pod or a namespace.
    /// - Complexity: O(r × v) for r requirements with v values each.
    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels where labels[key] != value {
            return false
        }
        return matchExpressions.allSatisfy { $0.matches(labels) }
    }
}

extension LabelSelectorRequirement {
    /// True when the labels satisfy this requirement (see ``LabelSelector/matches(_:)``).
    /// - Parameter labels: The labels of a pod or a namespace.
    public func matches(_ labels: [String: String]) -> Bool {
        let value = labels[key]
        switch `operator` {
        case .in: return value.map(values.contains) ?? false
        case .notIn: return value.map { !values.contains($0) } ?? true
        case .exists: return value != nil
        case .doesNotExist: return value == nil
        default: return false
        }
    }
}
