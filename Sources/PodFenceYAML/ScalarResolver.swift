import PodFenceModel

/// Resolves plain (unquoted, untagged) scalars the way kubectl's YAML library does (YAML 1.1 rules, as in
/// go-yaml v2): `yes`/`no`/`on`/`off`/`y`/`n` and `true`/`false` in three casings are booleans, `~` and `null`
/// are null, `0x1F`, `0o17`, `017` and `1_000` are integers, `1.5`, `1e3`, `.inf` and `.nan` are floats.
enum ScalarResolver {
    enum Resolution: Equatable {
        case null
        case scalar(ManifestScalar.Kind)
    }

    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let booleans: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
        "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]
    private static let specialFloats: Set<String> = [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]

    /// The type of a plain scalar.
    static func resolve(_ text: String) -> Resolution {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            if isInteger(text) { return .scalar(.int) }
            if isFloat(text) { return .scalar(.float) }
            return .scalar(.string)
        case UInt8(ascii: "~"):
            return text.utf8.count == 1 ? .null : .scalar(.string)
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if nulls.contains(text) { return .null }
            return booleans.contains(text) ? .scalar(.bool) : .scalar(.string)
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
            UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return booleans.contains(text) ? .scalar(.bool) : .scalar(.string)
        default:
            return .scalar(.string)
        }
    }

    /// True when a string written plain would be read as something other than that string by a YAML 1.1 or
    /// 1.2 reader: such strings must be quoted when written. Besides what ``resolve(_:)`` recognises, this
    /// covers YAML 1.1 sexagesimal numbers (`1:30`), timestamps (`2024-01-01`) and the merge key `<<`.
    static func isAmbiguous(_ text: String) -> Bool {
        if resolve(text) != .scalar(.string) { return true }
        if text == "<<" || text == "=" { return true }
        let bytes = Array(text.utf8)
        guard let first = bytes.first, isDigit(first, radix: 10) else { return false }
        // YAML 1.1 sexagesimal numbers: digits, '_' and '.' around ':' (1:30, 190:20:30.15).
        let sexagesimal =
            bytes.contains(UInt8(ascii: ":"))
            && bytes.allSatisfy { byte in
                isDigit(byte, radix: 10) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: ".")
            }
        // Timestamps start with a four-digit year and a dash (2024-01-01, 2024-01-01T10:00:00Z).
        let timestamp =
            bytes.count >= 8 && bytes[0..<4].allSatisfy { isDigit($0, radix: 10) }
            && bytes[4] == UInt8(ascii: "-")
        return sexagesimal || timestamp
    }

    private static func isDigit(_ byte: UInt8, radix: Int) -> Bool {
        switch radix {
        case 2: byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1")
        case 8: (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte)
        case 16:
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        default: (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    private static func isInteger(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return false }
        var radix = 10
        if bytes.count > 2, bytes.first == UInt8(ascii: "0") {
            let marker = bytes[bytes.index(after: bytes.startIndex)]
            switch marker {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: break
            }
            if radix != 10 { bytes = bytes.dropFirst(2) }
        }
        if radix == 10, bytes.count > 1, bytes.first == UInt8(ascii: "0") { radix = 8 }
        guard bytes.contains(where: { $0 != UInt8(ascii: "_") }) else { return false }
        return bytes.allSatisfy { $0 == UInt8(ascii: "_") || isDigit($0, radix: radix) }
    }

    private static func isFloat(_ text: String) -> Bool {
        if specialFloats.contains(text) { return true }
        // [-+]? digits? (. digits?)? ([eE][-+]?digits)?, with at least one digit before the exponent.
        var bytes = Array(text.utf8)
        bytes.removeAll { $0 == UInt8(ascii: "_") }
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var mantissaDigits = 0
        while index < bytes.count, isDigit(bytes[index], radix: 10) {
            index += 1
            mantissaDigits += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index], radix: 10) {
                index += 1
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            var exponentDigits = 0
            while index < bytes.count, isDigit(bytes[index], radix: 10) {
                index += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return false }
        }
        return index == bytes.count
    }
}
