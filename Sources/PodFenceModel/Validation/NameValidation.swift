/// Kubernetes name checks: DNS-1123 labels and subdomains, IANA service names (named ports) and port numbers,
/// with the API server's exact error details (apimachinery `pkg/util/validation`).
///
/// Each check comes in two forms: a fast `is...` predicate that allocates nothing, and an `...Errors` function
/// that returns the detail strings the API server would print (one per broken rule, in its order). Lengths are
/// counted in UTF-8 bytes, as Go's `len` does.
///
/// ```swift
/// NameValidation.isDNS1123Subdomain("allow-web")        // true
/// NameValidation.portNameErrors("!@#$").count           // 2
/// ```
public enum NameValidation {
    /// The longest DNS-1123 label: 63 bytes.
    public static let dns1123LabelMaxLength = 63
    /// The longest DNS-1123 subdomain: 253 bytes.
    public static let dns1123SubdomainMaxLength = 253
    /// The longest IANA service name (a named port): 15 bytes.
    public static let portNameMaxLength = 15

    /// The regular expression Kubernetes quotes for DNS-1123 labels.
    public static let dns1123LabelRegex = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
    /// The regular expression Kubernetes quotes for DNS-1123 subdomains.
    public static let dns1123SubdomainRegex = dns1123LabelRegex + "(\\." + dns1123LabelRegex + ")*"

    /// The detail printed for a value that is not a DNS-1123 label.
    public static let dns1123LabelFormatError = regexError(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and "
            + "end with an alphanumeric character",
        regex: dns1123LabelRegex, examples: ["my-name", "123-abc"])

    /// The detail printed for a value that is not a DNS-1123 subdomain.
    public static let dns1123SubdomainFormatError = regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
            + "start and end with an alphanumeric character",
        regex: dns1123SubdomainRegex, examples: ["example.com"])

    /// The detail printed for a port number out of range.
    public static let portNumberRangeError = "must be between 1 and 65535, inclusive"

    // MARK: Predicates

    /// True when `value` is a DNS-1123 label: 1-63 bytes of `[a-z0-9-]`, alphanumeric at both ends.
    /// - Parameter value: The candidate.
    /// - Complexity: O(*n*) in the length of `value`, no allocation.
    public static func isDNS1123Label(_ value: String) -> Bool {
        value.utf8.count <= dns1123LabelMaxLength && matchesDNS1123Pattern(value, allowDots: false)
    }

    /// True when `value` is a DNS-1123 subdomain: at most 253 bytes of dot-separated DNS-1123 labels.
    /// - Parameter value: The candidate.
    /// - Complexity: O(*n*) in the length of `value`, no allocation.
    public static func isDNS1123Subdomain(_ value: String) -> Bool {
        value.utf8.count <= dns1123SubdomainMaxLength && matchesDNS1123Pattern(value, allowDots: true)
    }

    /// True when `value` is a valid port name (an IANA service name as Kubernetes restricts it): at most 15
    /// bytes of `[-a-z0-9]`, at least one letter, no `--`, no hyphen at either end.
    /// - Parameter value: The candidate.
    /// - Complexity: O(*n*) in the length of `value`, no allocation.
    public static func isValidPortName(_ value: String) -> Bool {
        portNameProblems(value) == PortNameProblems()
    }

    /// True for 1...65535.
    /// - Parameter port: The candidate.
    public static func isValidPortNumber(_ port: Int) -> Bool {
        (1...65535).contains(port)
    }

    // MARK: Error details

    /// The API server's details for a value that must be a DNS-1123 label (`IsDNS1123Label`): a length error,
    /// then `must not contain dots` when the value would be a valid subdomain, otherwise the format error.
    /// - Parameter value: The value.
    /// - Returns: The details; empty when the value is valid.
    public static func dns1123LabelErrors(_ value: String) -> [String] {
        var errors: [String] = []
        let length = value.utf8.count
        if length > dns1123LabelMaxLength {
            errors.append(maxLengthError(dns1123LabelMaxLength, unit: "characters"))
        }
        if !matchesDNS1123Pattern(value, allowDots: false) {
            if matchesDNS1123Pattern(value, allowDots: true) {
                errors.append("must not contain dots")
            } else {
                errors.append(dns1123LabelFormatError)
            }
        }
        return errors
    }

    /// The API server's details for a value that must be a DNS-1123 subdomain (`IsDNS1123Subdomain`): a length
    /// error, then the format error.
    /// - Parameter value: The value.
    /// - Returns: The details; empty when the value is valid.
    public static func dns1123SubdomainErrors(_ value: String) -> [String] {
        dns1123SubdomainErrors(value, lengthUnit: "characters")
    }

    /// As ``dns1123SubdomainErrors(_:)``, naming the length unit (the label-key prefix check, which lives in
    /// apimachinery's newer `content` package, says "bytes").
    static func dns1123SubdomainErrors(_ value: String, lengthUnit: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > dns1123SubdomainMaxLength {
            errors.append(maxLengthError(dns1123SubdomainMaxLength, unit: lengthUnit))
        }
        if !matchesDNS1123Pattern(value, allowDots: true) {
            errors.append(dns1123SubdomainFormatError)
        }
        return errors
    }

    /// The API server's details for an invalid port name (`IsValidPortName`), one per broken rule:
    /// `!@#$` gives two.
    /// - Parameter value: The port name.
    /// - Returns: The details; empty when the name is valid.
    public static func portNameErrors(_ value: String) -> [String] {
        let problems = portNameProblems(value)
        var errors: [String] = []
        if problems.tooLong { errors.append(maxLengthError(portNameMaxLength, unit: "characters")) }
        if problems.badCharacters {
            errors.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if problems.noLetter { errors.append("must contain at least one letter (a-z)") }
        if problems.consecutiveHyphens { errors.append("must not contain consecutive hyphens") }
        if problems.hyphenAtEnd { errors.append("must not begin or end with a hyphen") }
        return errors
    }

    /// The API server's details for a port number out of 1...65535 (`IsValidPortNum`).
    /// - Parameter port: The port.
    /// - Returns: `["must be between 1 and 65535, inclusive"]`, or empty when the port is valid.
    public static func portNumberErrors(_ port: Int) -> [String] {
        isValidPortNumber(port) ? [] : [portNumberRangeError]
    }

    /// The API server's details for a `metadata.name` that must be a DNS-1123 subdomain; with
    /// `isPrefix` (a `generateName`) a trailing hyphen is allowed first (apimachinery `maskTrailingDash`).
    /// - Parameters:
    ///   - value: The name or prefix.
    ///   - isPrefix: True for `generateName`.
    public static func subdomainNameErrors(_ value: String, isPrefix: Bool = false) -> [String] {
        dns1123SubdomainErrors(isPrefix ? maskingTrailingDash(value) : value)
    }

    /// The API server's details for a `metadata.name` that must be a DNS-1123 label (namespaces); with
    /// `isPrefix` (a `generateName`) a trailing hyphen is allowed first.
    /// - Parameters:
    ///   - value: The name or prefix.
    ///   - isPrefix: True for `generateName`.
    public static func labelNameErrors(_ value: String, isPrefix: Bool = false) -> [String] {
        dns1123LabelErrors(isPrefix ? maskingTrailingDash(value) : value)
    }

    /// `must be no more than <n> <unit>`.
    /// - Parameters:
    ///   - length: The limit.
    ///   - unit: `characters` (DNS names, port names) or `bytes` (label keys and values).
    public static func maxLengthError(_ length: Int, unit: String) -> String {
        "must be no more than \(length) \(unit)"
    }

    /// apimachinery's `RegexError`: the message, the examples and the regular expression, with the
    /// double space before each " or " that the upstream formatting produces.
    /// - Parameters:
    ///   - message: What the value must look like.
    ///   - regex: The regular expression quoted in the message.
    ///   - examples: Valid examples.
    public static func regexError(_ message: String, regex: String, examples: [String]) -> String {
        if examples.isEmpty { return message + " (regex used for validation is '" + regex + "')" }
        var text = message + " (e.g. "
        for (index, example) in examples.enumerated() {
            if index > 0 { text += " or " }
            text += "'" + example + "', "
        }
        return text + "regex used for validation is '" + regex + "')"
    }

    // MARK: Implementation

    /// apimachinery's `maskTrailingDash`: a generateName may end in `-`; it is checked with its last two
    /// characters replaced by `a`, exactly as upstream does.
    static func maskingTrailingDash(_ value: String) -> String {
        let utf8 = value.utf8
        guard utf8.count > 1, utf8.last == UInt8(ascii: "-") else { return value }
        return String(decoding: utf8.dropLast(2), as: UTF8.self) + "a"
    }

    @inline(__always)
    static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Matches `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, or with `allowDots` a dot-separated sequence of those.
    static func matchesDNS1123Pattern(_ value: String, allowDots: Bool) -> Bool {
        matchesDNS1123Pattern(value.utf8, allowDots: allowDots)
    }

    /// Matches `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, or with `allowDots` a dot-separated sequence of those.
    static func matchesDNS1123Pattern<Bytes: Sequence<UInt8>>(_ bytes: Bytes, allowDots: Bool) -> Bool {
        let dot = UInt8(ascii: ".")
        let hyphen = UInt8(ascii: "-")
        var previous = dot  // "at the start of a segment"
        for byte in bytes {
            if isLowerAlphanumeric(byte) {
                previous = byte
            } else if byte == hyphen {
                if previous == dot { return false }
                previous = byte
            } else if byte == dot && allowDots {
                if previous == dot || previous == hyphen { return false }
                previous = byte
            } else {
                return false
            }
        }
        return previous != dot && previous != hyphen
    }

    struct PortNameProblems: Equatable {
        var tooLong = false
        var badCharacters = false
        var noLetter = false
        var consecutiveHyphens = false
        var hyphenAtEnd = false
    }

    static func portNameProblems(_ value: String) -> PortNameProblems {
        let hyphen = UInt8(ascii: "-")
        var problems = PortNameProblems()
        var count = 0
        var hasLetter = false
        var previous: UInt8 = 0
        var first: UInt8 = 0
        for byte in value.utf8 {
            if count == 0 { first = byte }
            count += 1
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                hasLetter = true
            } else if byte == hyphen {
                if previous == hyphen { problems.consecutiveHyphens = true }
            } else if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                problems.badCharacters = true
            }
            previous = byte
        }
        problems.tooLong = count > portNameMaxLength
        if count == 0 { problems.badCharacters = true }
        problems.noLetter = !hasLetter
        problems.hyphenAtEnd = count > 0 && (first == hyphen || previous == hyphen)
        return problems
    }
}
