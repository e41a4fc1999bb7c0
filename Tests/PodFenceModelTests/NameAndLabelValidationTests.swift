import PodFenceModel
import Testing

@Suite("NameValidation, LabelValidation and ValidationMessage helpers")
struct NameAndLabelValidationTests {
    @Test("DNS-1123 labels and subdomains")
    func dns() {
        for valid in ["a", "0", "a-b", "abc123", String(repeating: "a", count: 63)] {
            #expect(NameValidation.isDNS1123Label(valid), "\(valid)")
            #expect(NameValidation.dns1123LabelErrors(valid).isEmpty)
        }
        for invalid in ["", "-a", "a-", "A", "a_b", "a.b", "é", String(repeating: "a", count: 64)] {
            #expect(!NameValidation.isDNS1123Label(invalid), "\(invalid)")
            #expect(!NameValidation.dns1123LabelErrors(invalid).isEmpty)
        }
        for valid in ["a", "a.b", "example.com", "a-1.b-2.c", String(repeating: "a", count: 253)] {
            #expect(NameValidation.isDNS1123Subdomain(valid), "\(valid)")
        }
        for invalid in ["", ".a", "a.", "a..b", "a.-b", "a-.b", "A.b", "a b", String(repeating: "a", count: 254)] {
            #expect(!NameValidation.isDNS1123Subdomain(invalid), "\(invalid)")
            #expect(!NameValidation.dns1123SubdomainErrors(invalid).isEmpty)
        }
        #expect(
            NameValidation.dns1123LabelErrors("My_Name") == [
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start "
                    + "and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
                    + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
            ])
        #expect(
            NameValidation.dns1123LabelErrors(String(repeating: "a", count: 64)) == [
                "must be no more than 63 characters"
            ])
        #expect(
            NameValidation.dns1123LabelErrors(String(repeating: "a.", count: 40) + "a")
                == ["must be no more than 63 characters", "must not contain dots"])
    }

    @Test("generateName may end in a dash (upstream maskTrailingDash)")
    func prefixes() {
        #expect(NameValidation.subdomainNameErrors("web-", isPrefix: true).isEmpty)
        #expect(!NameValidation.subdomainNameErrors("web-", isPrefix: false).isEmpty)
        #expect(NameValidation.labelNameErrors("ns-", isPrefix: true).isEmpty)
        #expect(!NameValidation.labelNameErrors("-", isPrefix: true).isEmpty)
    }

    @Test("port names and numbers")
    func ports() {
        for valid in ["http", "a", "8080-tcp", "serve-80-tcp", "fifteen-chars-x"] {
            #expect(NameValidation.isValidPortName(valid), "\(valid)")
            #expect(NameValidation.portNameErrors(valid).isEmpty)
        }
        #expect(NameValidation.portNameErrors("!@#$").count == 2)
        #expect(
            NameValidation.portNameErrors("--BAD--") == [
                "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                "must contain at least one letter (a-z)",
                "must not contain consecutive hyphens",
                "must not begin or end with a hyphen",
            ])
        #expect(NameValidation.portNameErrors("abcdefghijklmnop") == ["must be no more than 15 characters"])
        #expect(NameValidation.portNumberErrors(0) == ["must be between 1 and 65535, inclusive"])
        #expect(NameValidation.portNumberErrors(65535).isEmpty)
        #expect(!NameValidation.isValidPortNumber(65536))
    }

    @Test("label keys")
    func keys() {
        for valid in ["a", "A", "a.b_c-d", "example.com/MyName", "kubernetes.io/metadata.name", "1", "x/y"] {
            #expect(LabelValidation.isValidKey(valid), "\(valid)")
            #expect(LabelValidation.keyErrors(valid).isEmpty)
        }
        for invalid in ["", "/", "/a", "a/", "a/b/c", "-a", "a-", "a b", "Example.com/a", "é", "a/é"] {
            #expect(!LabelValidation.isValidKey(invalid), "\(invalid)")
            #expect(!LabelValidation.keyErrors(invalid).isEmpty, "\(invalid)")
        }
        #expect(LabelValidation.keyErrors("/").count == 3)
        #expect(
            LabelValidation.keyErrors(String(repeating: "p", count: 254) + "/n")
                == ["prefix part must be no more than 253 bytes"])
        #expect(
            LabelValidation.keyErrors(String(repeating: "é", count: 32)).first
                == "name part must be no more than 63 bytes")
    }

    @Test("label values and annotation keys")
    func values() {
        for valid in ["", "a", "A-b_c.d", String(repeating: "v", count: 63)] {
            #expect(LabelValidation.isValidValue(valid), "\(valid)")
            #expect(LabelValidation.valueErrors(valid).isEmpty)
        }
        #expect(LabelValidation.valueErrors(String(repeating: "-", count: 64)).count == 2)
        #expect(LabelValidation.valueErrors("a b").count == 1)
        #expect(LabelValidation.isValidAnnotationKey("Example.COM/Key"))
        #expect(LabelValidation.annotationKeyErrors("Example.COM/Key").isEmpty)
        #expect(!LabelValidation.annotationKeyErrors("a b").isEmpty)
    }

    @Test("messages print values as the API server does")
    func messages() {
        #expect(
            ValidationMessage.invalid("a\"b\\c\n\u{1}é\u{A0}", "x")
                == "Invalid value: \"a\\\"b\\\\c\\n\\x01é\\u00a0\": x")
        #expect(ValidationMessage.invalid(-3, "x") == "Invalid value: -3: x")
        #expect(ValidationMessage.required() == "Required value")
        #expect(ValidationMessage.required("must specify a peer") == "Required value: must specify a peer")
        #expect(ValidationMessage.forbidden("no") == "Forbidden: no")
        #expect(ValidationMessage.duplicate("http") == "Duplicate value: \"http\"")
        #expect(ValidationMessage.tooLong(maxBytes: 1) == "Too long: may not be more than 1 byte")
        #expect(ValidationMessage.unsupported("x", supported: []) == "Unsupported value: \"x\"")
        #expect(ValidationMessage.json(["a", "<b>&\"c\""]) == "[\"a\",\"\\u003cb\\u003e\\u0026\\\"c\\\"\"]")
        #expect(ValidationMessage.json(["b": "2", "a": "1"]) == "{\"a\":\"1\",\"b\":\"2\"}")
        #expect(ValidationMessage.json([String]()) == "[]")
    }
}
