/// Builds diagnostic messages in the format of apimachinery's `field.Error` (without the field path, which a
/// ``Diagnostic`` carries separately): `<Type>[: <value>][: <detail>]`.
///
/// Values are printed as the API server prints them: strings quoted the way Go's `%q` quotes them, numbers bare,
/// lists and maps as JSON.
///
/// ```swift
/// ValidationMessage.invalid(0, "must be between 1 and 65535, inclusive")
/// // Invalid value: 0: must be between 1 and 65535, inclusive
/// ValidationMessage.unsupported("ICMP", supported: ["TCP", "UDP", "SCTP"])
/// // Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"
/// ```
public enum ValidationMessage {
    /// `Invalid value: "<value>": <detail>`.
    /// - Parameters:
    ///   - value: The offending string.
    ///   - detail: What is wrong with it.
    public static func invalid(_ value: String, _ detail: String) -> String {
        withDetail("Invalid value: " + quoted(value), detail)
    }

    /// `Invalid value: <value>: <detail>`.
    /// - Parameters:
    ///   - value: The offending number.
    ///   - detail: What is wrong with it.
    public static func invalid(_ value: Int, _ detail: String) -> String {
        withDetail("Invalid value: " + String(value), detail)
    }

    /// `Invalid value: <json>: <detail>`, for lists and objects.
    /// - Parameters:
    ///   - json: The offending value, already rendered as JSON (see the `json` functions).
    ///   - detail: What is wrong with it.
    public static func invalid(json: String, _ detail: String) -> String {
        withDetail("Invalid value: " + json, detail)
    }

    /// `Required value[: <detail>]`.
    /// - Parameter detail: Why the value is needed (often empty).
    public static func required(_ detail: String = "") -> String {
        withDetail("Required value", detail)
    }

    /// `Forbidden: <detail>`.
    /// - Parameter detail: Why the value is not allowed here.
    public static func forbidden(_ detail: String) -> String {
        withDetail("Forbidden", detail)
    }

    /// `Unsupported value: "<value>": supported values: "A", "B"`.
    /// - Parameters:
    ///   - value: The offending value.
    ///   - supported: The values that would be accepted, in the API server's order.
    public static func unsupported(_ value: String, supported: [String]) -> String {
        var detail = ""
        if !supported.isEmpty {
            detail = "supported values: "
            for (index, choice) in supported.enumerated() {
                if index > 0 { detail += ", " }
                detail += quoted(choice)
            }
        }
        return withDetail("Unsupported value: " + quoted(value), detail)
    }

    /// `Duplicate value: "<value>"`.
    /// - Parameter value: The value that occurs more than once.
    public static func duplicate(_ value: String) -> String {
        "Duplicate value: " + quoted(value)
    }

    /// `Too long: may not be more than <n> bytes`.
    /// - Parameter maxBytes: The limit.
    public static func tooLong(maxBytes: Int) -> String {
        "Too long: may not be more than \(maxBytes) " + (maxBytes == 1 ? "byte" : "bytes")
    }

    /// `Too many: <count>: must have at most <max> items`, for a list longer than its schema allows.
    /// - Parameters:
    ///   - count: How many items the list has.
    ///   - max: The most it may have.
    public static func tooMany(_ count: Int, max: Int) -> String {
        "Too many: \(count): must have at most \(max) " + (max == 1 ? "item" : "items")
    }

    /// `Too long: may not be more than <n> characters`, for a string whose schema counts characters (a
    /// custom resource's `maxLength`).
    /// - Parameter maxCharacters: The limit.
    public static func tooLong(maxCharacters: Int) -> String {
        "Too long: may not be more than \(maxCharacters) " + (maxCharacters == 1 ? "character" : "characters")
    }

    private static func withDetail(_ head: String, _ detail: String) -> String {
        detail.isEmpty ? head : head + ": " + detail
    }

    /// A string quoted as Go's `strconv.Quote` (`%q`) quotes it: printable characters kept, `"` and `\`
    /// escaped, control characters as `\n`, `\t`, `\x1b`, other non-printable characters as `\u00a0`.
    /// - Parameter text: The string.
    /// - Returns: The quoted string, quotes included.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}": result += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + hex(scalar.value, digits: 2)
                } else if scalar.isASCII || isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value < 0x10000 {
                    result += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    result += "\\U" + hex(scalar.value, digits: 8)
                }
            }
        }
        result += "\""
        return result
    }

    /// A list of strings as Go's `encoding/json` writes it: `["a","b"]`.
    /// - Parameter strings: The list.
    public static func json(_ strings: [String]) -> String {
        var result = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { result += "," }
            result += jsonString(string)
        }
        return result + "]"
    }

    /// A string map as Go's `encoding/json` writes it: keys sorted, `{"a":"1","b":"2"}`.
    /// - Parameter map: The map.
    public static func json(_ map: [String: String]) -> String {
        var result = "{"
        for (index, key) in map.keys.sorted().enumerated() {
            if index > 0 { result += "," }
            result += jsonString(key) + ":" + jsonString(map[key] ?? "")
        }
        return result + "}"
    }

    /// A string as a JSON string literal, escaped as Go's `encoding/json` does (including `<`, `>` and `&`).
    /// - Parameter text: The string.
    public static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += "\\u" + hex(scalar.value, digits: 4)
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Go's `unicode.IsPrint` for non-ASCII scalars: letters, marks, numbers, punctuation and symbols.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
