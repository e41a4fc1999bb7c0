import PodFenceModel
import PodFenceSelectors
import Testing

/// Matching of parsed selectors (semantics §1.8 table), conversion to a LabelSelector, and printing a
/// LabelSelector back as a string.
@Suite("Label query matching and conversion")
struct LabelQueryMatchingTests {
    static let labelSets: [[String: String]] = [
        [:], ["env": "a"], ["env": "b", "canary": ""], ["env": "c", "tier": "db"], ["tier": "web"],
        ["tier": "db", "env": "a"], ["x": "5"], ["x": "12"], ["x": "abc"], ["k": ""],
    ]

    @Test(
        "parsed requirements match as apimachinery's Requirement.Matches",
        arguments: [
            ("env=a", [1, 5]),
            ("env==a", [1, 5]),
            ("env!=a", [0, 2, 3, 4, 6, 7, 8, 9]),
            ("env in (a,b)", [1, 2, 5]),
            ("env notin (a,b)", [0, 3, 4, 6, 7, 8, 9]),
            ("env", [1, 2, 3, 5]),
            ("!env", [0, 4, 6, 7, 8, 9]),
            ("x>6", [7]),
            ("x<6", [6]),
            ("k=", [9]),
            ("k in ()", [9]),
            ("", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            ("env in (a,b),!canary,tier!=db", [1]),
        ])
    func matching(selector: String, matching indices: [Int]) throws {
        let query = try LabelQuery(parsing: selector)
        let found = Self.labelSets.indices.filter { query.matches(Self.labelSets[$0]) }
        #expect(found == indices)
    }

    @Test(
        "conversion keeps the meaning: the LabelSelector matches the same labels",
        arguments: [
            "env=a", "env!=a", "env in (a,b)", "env notin (a,b)", "env", "!env", "k=", "x=a,x=b",
            "env in (a,b),!canary,tier!=db", "tier=db,env=a", "",
        ])
    func conversionKeepsMeaning(selector: String) throws {
        let query = try LabelQuery(parsing: selector)
        let converted = try query.labelSelector()
        for labels in Self.labelSets + [["x": "a"], ["x": "b"]] {
            #expect(converted.matches(labels) == query.matches(labels), "\(selector) on \(labels)")
        }
    }

    @Test("= and == become matchLabels, != becomes NotIn, the rest matchExpressions")
    func conversionShape() throws {
        let selector = try LabelSelector(parsing: "env in (b,a),!canary,tier!=db,app==web,role=api,team")
        #expect(selector.matchLabels == ["app": "web", "role": "api"])
        #expect(
            selector.matchExpressions == [
                LabelSelectorRequirement(key: "canary", operator: .doesNotExist),
                LabelSelectorRequirement(key: "env", operator: .in, values: ["a", "b"]),
                LabelSelectorRequirement(key: "team", operator: .exists),
                LabelSelectorRequirement(key: "tier", operator: .notIn, values: ["db"]),
            ])
        let twice = try LabelSelector(parsing: "x=a,x=b")
        #expect(twice.matchLabels == ["x": "a"])
        #expect(twice.matchExpressions == [LabelSelectorRequirement(key: "x", operator: .in, values: ["b"])])
    }

    @Test("> and < are refused when a LabelSelector is needed", arguments: ["x>1", "a=b,x<5"])
    func unsupported(selector: String) throws {
        let query = try LabelQuery(parsing: selector)
        #expect {
            try query.labelSelector()
        } throws: { error in
            (error as? LabelQueryError)?.code == .unsupportedOperator
                && (error as? LabelQueryError)?.message.contains("isn't supported in label selectors") == true
        }
    }

    @Test("a LabelSelector prints as a sorted selector string that parses back to the same meaning")
    func selectorString() throws {
        let selector = LabelSelector(
            ["tier": "api", "app": "web"],
            expressions: [
                .init(key: "env", operator: .notIn, values: ["prod", "dev"]),
                .init(key: "canary", operator: .doesNotExist),
                .init(key: "app", operator: .exists), .init(key: "zone", operator: .in, values: ["b", "a"]),
            ])
        #expect(selector.selectorString == "app=web,app,!canary,env notin (dev,prod),tier=api,zone in (a,b)")
        let back = try LabelSelector(parsing: selector.selectorString)
        for labels in Self.labelSets + [["app": "web", "tier": "api", "zone": "a"], ["app": "web", "tier": "api"]] {
            #expect(back.matches(labels) == selector.matches(labels))
        }
        #expect(LabelSelector().selectorString == "")
        #expect(
            LabelSelector(expressions: [.init(key: "k", operator: LabelSelectorOperator(rawValue: "Gt"), values: ["1"])]
            )
            .selectorString == "k Gt (1)")
    }
}
