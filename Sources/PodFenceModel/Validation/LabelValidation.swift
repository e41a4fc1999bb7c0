/// Label key and value checks (semantics §1.8), with the API server's exact error details (apimachinery
/// `pkg/api/validate/content`: `IsLabelKey`, `IsLabelValue`).
///
/// - A **key** is an optional prefix and a name separated by `/`. The name is 1-63 bytes of `[-A-Za-z0-9_.]`,
///   alphanumeric at both ends; the prefix is a DNS-1123 subdomain (lowercase, at most 253 bytes). A second
///   `/` is invalid.
/// - A **value** is empty, or 1-63 bytes with the same character rule as a key name.
///
/// Annotation keys follow the key rule after lower-casing. Lengths are counted in UTF-8 bytes.
///
/// ```swift
/// LabelValidation.isValidKey("app.kubernetes.io/name")   // true
/// LabelValidation.keyErrors("a/b/c")                     // ["a valid label key must consist of ..."]
/// LabelValidation.isValidValue("")                       // true
/// ```
public enum LabelValidation {
    /// The longest label-key name part and the longest label value: 63 bytes.
    public static let maxLength = 63
    /// The longest total size of a map of annotations (keys plus values): 262144 bytes (256 KiB).
    public static let totalAnnotationSizeLimit = 256 * 1024

    /// The regular expression Kubernetes quotes for a label-key name.
    public static let keyNameRegex = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    /// The regular expression Kubernetes quotes for a label value.
    public static let valueRegex = "(" + keyNameRegex + ")?"

    static let keyNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
        + "character"

    /// The detail printed for a key name with bad characters (prefixed `name part ` by ``keyErrors(_:)``).
    public static let keyNameFormatError = NameValidation.regexError(
        keyNameMessage, regex: keyNameRegex, examples: ["MyName", "my.name", "123-abc"])

    /// The detail printed for a key with more than one `/`.
    public static let keySlashError =
        "a valid label key " + keyNameFormatError
        + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"

    /// The detail printed for a value with bad characters.
    public static let valueFormatError = NameValidation.regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must "
            + "start and end with an alphanumeric character",
        regex: valueRegex, examples: ["MyValue", "my_value", "12345"])

    // MARK: Predicates

    /// True when `key` is a valid label key (a "qualified name").
    /// - Parameter key: The candidate.
    /// - Complexity: O(*n*) in the length of `key`, no allocation.
    public static func isValidKey(_ key: String) -> Bool {
        let utf8 = key.utf8
        guard let slash = utf8.firstIndex(of: UInt8(ascii: "/")) else {
            return utf8.count <= maxLength && matchesNamePattern(utf8[...])
        }
        let prefix = utf8[..<slash]
        let name = utf8[utf8.index(after: slash)...]
        if name.contains(UInt8(ascii: "/")) { return false }
        guard !prefix.isEmpty, prefix.count <= NameValidation.dns1123SubdomainMaxLength,
            NameValidation.matchesDNS1123Pattern(prefix, allowDots: true)
        else { return false }
        return name.count <= maxLength && matchesNamePattern(name)
    }

    /// True when `value` is a valid label value (empty, or a key name of at most 63 bytes).
    /// - Parameter value: The candidate.
    /// - Complexity: O(*n*) in the length of `value`, no allocation.
    public static func isValidValue(_ value: String) -> Bool {
        let utf8 = value.utf8
        return utf8.isEmpty || (utf8.count <= maxLength && matchesNamePattern(utf8[...]))
    }

    // MARK: Error details

    /// The API server's details for an invalid label key (`IsLabelKey`), in its order: prefix problems
    /// (`prefix part must be non-empty`, or the subdomain details prefixed `prefix part `), then name problems
    /// (`name part must be non-empty` or `name part must be no more than 63 bytes`, then the format detail).
    /// A key with two or more `/` gets the single ``keySlashError``.
    /// - Parameter key: The key.
    /// - Returns: The details; empty when the key is valid.
    public static func keyErrors(_ key: String) -> [String] {
        if isValidKey(key) { return [] }
        var errors: [String] = []
        let utf8 = key.utf8
        var name = utf8[...]
        if let slash = utf8.firstIndex(of: UInt8(ascii: "/")) {
            name = utf8[utf8.index(after: slash)...]
            if name.contains(UInt8(ascii: "/")) { return [keySlashError] }
            let prefix = String(decoding: utf8[..<slash], as: UTF8.self)
            if prefix.isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                for detail in NameValidation.dns1123SubdomainErrors(prefix, lengthUnit: "bytes") {
                    errors.append("prefix part " + detail)
                }
            }
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else if name.count > maxLength {
            errors.append("name part " + NameValidation.maxLengthError(maxLength, unit: "bytes"))
        }
        if !matchesNamePattern(name) {
            errors.append("name part " + keyNameFormatError)
        }
        return errors
    }

    /// The API server's details for an invalid label value (`IsLabelValue`): a length detail, then the format
    /// detail.
    /// - Parameter value: The value.
    /// - Returns: The details; empty when the value is valid.
    public static func valueErrors(_ value: String) -> [String] {
        if isValidValue(value) { return [] }
        var errors: [String] = []
        let utf8 = value.utf8
        if utf8.count > maxLength { errors.append(NameValidation.maxLengthError(maxLength, unit: "bytes")) }
        if !utf8.isEmpty && !matchesNamePattern(utf8[...]) { errors.append(valueFormatError) }
        return errors
    }

    /// The API server's details for an invalid annotation key: the label-key details of the lower-cased key
    /// (annotation keys are case-insensitive).
    /// - Parameter key: The annotation key.
    /// - Returns: The details; empty when the key is valid.
    public static func annotationKeyErrors(_ key: String) -> [String] {
        if isValidKey(key) { return [] }
        return keyErrors(key.lowercased())
    }

    /// True when an annotation key is valid (the key rule, case-insensitively).
    /// - Parameter key: The annotation key.
    public static func isValidAnnotationKey(_ key: String) -> Bool {
        isValidKey(key) || isValidKey(key.lowercased())
    }

    // MARK: Implementation

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Matches `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]` (so never the empty string).
    static func matchesNamePattern(_ bytes: Substring.UTF8View) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        for byte in bytes where !isAlphanumeric(byte) {
            if byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_") && byte != UInt8(ascii: ".") { return false }
        }
        return true
    }
}
