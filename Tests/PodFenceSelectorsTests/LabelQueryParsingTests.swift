import PodFenceModel
import PodFenceSelectors
import Testing

/// The kubectl selector grammar of semantics §1.8 (apimachinery `labels.Parse`), rule by rule.
@Suite("Label query parsing")
struct LabelQueryParsingTests {
    @Test(
        "valid selectors print canonically: sorted by key, no spaces but around in/notin",
        arguments: [
            ("", ""),
            ("x=a,y=b,z=c", "x=a,y=b,z=c"),
            ("z=c,y=b,x=a", "x=a,y=b,z=c"),
            ("x!=a,y=b", "x!=a,y=b"),
            ("x=", "x="),
            ("x= ", "x="),
            ("x=,z= ", "x=,z="),
            ("x= ,z= ", "x=,z="),
            ("x==a", "x=a"),
            ("!x", "!x"),
            ("x>1", "x>1"),
            ("x>1,z<5", "x>1,z<5"),
            ("\rx", "x"),
            ("a ", "a"),
            ("x,y in (a)", "x,y in (a)"),
            ("this-is-a-dns.domain.com/key-with-dash", "this-is-a-dns.domain.com/key-with-dash"),
            (
                "this-is-another-dns.domain.com/key-with-dash in (so,what)",
                "this-is-another-dns.domain.com/key-with-dash in (so,what)"
            ),
            (
                "0.1.2.domain/99 notin (10.10.100.1, tick.tock.clock)",
                "0.1.2.domain/99 notin (10.10.100.1,tick.tock.clock)"
            ),
            ("foo  in\t (abc)", "foo in (abc)"),
            ("x notin\n (abc)", "x notin (abc)"),
            ("x  notin\t\t(abc,def)", "x notin (abc,def)"),
            ("x in (abc,def)", "x in (abc,def)"),
            ("x in (def,abc,def)", "x in (abc,def)"),
            ("env in (a,b),!canary,tier!=db", "!canary,env in (a,b),tier!=db"),
            ("a in (in,notin)", "a in (in,notin)"),
            ("a in (x,y,notin, z,in)", "a in (in,notin,x,y,z)"),
            ("in", "in"),
            ("notin=x", "notin=x"),
            ("x=a,x=b", "x=a,x=b"),
        ])
    func canonical(input: String, expected: String) throws {
        let query = try LabelQuery(parsing: input)
        #expect(query.description == expected)
        #expect(try LabelQuery(parsing: query.description) == query)
    }

    @Test(
        "empty items in a value list are the empty string",
        arguments: [
            ("x in ()", [""]),
            ("x in ( )", [""]),
            ("x in (,)", [""]),
            ("x in (abc,)", ["", "abc"]),
            ("x in (,abc)", ["", "abc"]),
            ("x notin (abc,,def)", ["", "abc", "def"]),
            ("x notin (, a)", ["", "a"]),
            ("x in (a,,)", ["", "a"]),
        ])
    func emptyValues(input: String, values: [String]) throws {
        let query = try LabelQuery(parsing: input)
        #expect(query.requirements.count == 1)
        #expect(query.requirements[0].values == values)
    }

    @Test("operators are read as written")
    func operators() throws {
        let query = try LabelQuery(parsing: "a=1,b==2,c!=3,d in (4),e notin (5),f,!g,h>6,i<7")
        #expect(
            query.requirements.map(\.operator) == [
                .equals, .equals, .notEquals, .in, .notIn, .exists, .doesNotExist, .greaterThan, .lessThan,
            ])
        #expect(query.requirements.map(\.key) == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
    }

    @Test(
        "errors carry the column and apimachinery's wording",
        arguments: [
            ("a in (x),", 10, LabelQueryError.Code.unexpectedToken, "found '', expected: identifier after ','"),
            (",x", 1, .unexpectedToken, "found ',', expected: !, identifier, or 'end of string'"),
            ("x,,y", 3, .unexpectedToken, "found ',', expected: identifier after ','"),
            ("(", 1, .unexpectedToken, "found '(', expected: !, identifier, or 'end of string'"),
            ("x==a==b", 5, .unexpectedToken, "found '==', expected: ',' or 'end of string'"),
            ("!x=a", 3, .unexpectedToken, "found '=', expected: ',' or 'end of string'"),
            ("a in (xyz)b notin ()", 11, .unexpectedToken, "found 'b', expected: ',' or 'end of string'"),
            (
                "a in (xyz abc)", 11, .unexpectedToken,
                "unable to parse requirement: found 'abc', expected: ',' or ')'"
            ),
            ("x in (a", 8, .unexpectedToken, "unable to parse requirement: found '', expected: ',' or ')'"),
            ("x in (a,", 9, .unexpectedToken, "unable to parse requirement: found '', expected: ',', or identifier"),
            (
                "a notin(", 9, .unexpectedToken,
                "unable to parse requirement: found '', expected: ',', ')' or identifier"
            ),
            ("x in a", 6, .unexpectedToken, "unable to parse requirement: found 'a', expected: '('"),
            (
                "x nott in (y)", 3, .unexpectedToken,
                "unable to parse requirement: found 'nott', expected: '=', '!=', '==', 'in', 'notin'"
            ),
            (
                "a (", 3, .unexpectedToken,
                "unable to parse requirement: found '(', expected: '=', '!=', '==', 'in', 'notin'"
            ),
            ("x=(a)", 3, .unexpectedToken, "unable to parse requirement: found '(', expected: identifier"),
            ("!", 2, .unexpectedToken, "unable to parse requirement: found '', expected: identifier"),
            ("!,x", 2, .unexpectedToken, "unable to parse requirement: found ',', expected: identifier"),
            (
                "x<a", 3, .notAnInteger,
                "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value "
                    + "must be an integer"
            ),
            (
                "x>1.5", 3, .notAnInteger,
                "unable to parse requirement: values[0]: Invalid value: \"1.5\": for 'Gt', 'Lt' operators, the value "
                    + "must be an integer"
            ),
        ])
    func errors(input: String, column: Int, code: LabelQueryError.Code, message: String) {
        #expect {
            try LabelQuery(parsing: input)
        } throws: { error in
            guard let error = error as? LabelQueryError else { return false }
            return error.column == column && error.code == code && error.message == message && error.input == input
        }
    }

    @Test(
        "keys and values follow the label rules, reported at their column",
        arguments: [
            ("-a=b", 1, LabelQueryError.Code.invalidKey, "key: Invalid value: \"-a\": name part "),
            ("a/b/c", 1, .invalidKey, "key: Invalid value: \"a/b/c\": a valid label key must consist of"),
            (
                "Example.com/x", 1, .invalidKey,
                "key: Invalid value: \"Example.com/x\": prefix part a lowercase RFC 1123"
            ),
            ("ok,/a", 4, .invalidKey, "key: Invalid value: \"/a\": prefix part must be non-empty"),
            ("x=a||y=b", 3, .invalidValue, "values[0]: Invalid value: \"a||y\": a valid label must be"),
            ("x=-v", 3, .invalidValue, "values[0]: Invalid value: \"-v\": a valid label must be"),
            ("x in (a,-b)", 9, .invalidValue, "values[0]: Invalid value: \"-b\": a valid label must be"),
            (
                "x=" + String(repeating: "v", count: 64), 3, .invalidValue,
                "values[0]: Invalid value: \"\(String(repeating: "v", count: 64))\": must be no more than 63 bytes"
            ),
        ])
    func labelRules(input: String, column: Int, code: LabelQueryError.Code, prefix: String) {
        #expect {
            try LabelQuery(parsing: input)
        } throws: { error in
            guard let error = error as? LabelQueryError else { return false }
            return error.column == column && error.code == code
                && error.message.hasPrefix("unable to parse requirement: " + prefix)
        }
    }

    @Test("the error description starts with the column")
    func description() {
        let error = LabelQueryError(code: .unexpectedToken, message: "found ''", input: "x,", column: 3)
        #expect(error.description == "column 3: found ''")
    }

    @Test("requirements built in code are checked as NewRequirement does")
    func builtInCode() throws {
        #expect(try LabelRequirement(key: "env", operator: .in, values: ["b", "a", "b"]).values == ["a", "b"])
        #expect(throws: LabelQueryError.self) { try LabelRequirement(key: "env", operator: .in) }
        #expect(throws: LabelQueryError.self) {
            try LabelRequirement(key: "env", operator: .equals, values: ["a", "b"])
        }
        #expect(throws: LabelQueryError.self) { try LabelRequirement(key: "env", operator: .exists, values: ["a"]) }
        #expect(throws: LabelQueryError.self) {
            try LabelRequirement(key: "env", operator: .greaterThan, values: ["x"])
        }
        #expect(throws: LabelQueryError.self) { try LabelRequirement(key: "bad key", operator: .exists) }
    }
}
