import PodFenceModel
import PodFenceSelectors
import Testing

@Suite("Label selector matching")
struct MatchingTests {
    @Test(
        "requirements match as apimachinery's Requirement.Matches",
        arguments: [
            (LabelSelector(["k": "x"]), ["k": "x"], true),
            (LabelSelector(["k": "x"]), [:], false),
            (LabelSelector(["k": ""]), [:], false),
            (LabelSelector(["k": ""]), ["k": ""], true),
            (LabelSelector(expressions: [.init(key: "k", operator: .in, values: ["a", "b"])]), ["k": "b"], true),
            (LabelSelector(expressions: [.init(key: "k", operator: .in, values: ["a"])]), [:], false),
            (LabelSelector(expressions: [.init(key: "k", operator: .notIn, values: ["a"])]), [:], true),
            (LabelSelector(expressions: [.init(key: "k", operator: .notIn, values: ["a"])]), ["k": "a"], false),
            (LabelSelector(expressions: [.init(key: "k", operator: .exists)]), ["k": ""], true),
            (LabelSelector(expressions: [.init(key: "k", operator: .doesNotExist)]), ["k": ""], false),
            (
                LabelSelector(expressions: [.init(key: "k", operator: LabelSelectorOperator(rawValue: "in"))]),
                ["k": "a"], false
            ),
            (LabelSelector(), [:], true),
            (LabelSelector(["a": "1"], expressions: [.init(key: "b", operator: .exists)]), ["a": "1"], false),
        ])
    func matching(selector: LabelSelector, labels: [String: String], expected: Bool) {
        #expect(selector.matches(labels) == expected)
    }
}
