/// Numbers as the plan's explanations write them: decimal with a comma every three digits (`16,384`).
enum DecimalText {
    /// The number in decimal with thousands separators.
    ///
    /// - Parameter value: The number.
    /// - Complexity: O(d) for d digits.
    static func grouped(_ value: UInt128) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// The number in decimal with thousands separators.
    ///
    /// - Parameter value: The number, not negative.
    static func grouped(_ value: Int) -> String {
        grouped(UInt128(max(0, value)))
    }

    /// The count and the noun, the noun in the plural unless the count is one: `1 node`, `20 nodes`.
    ///
    /// - Parameters:
    ///   - count: The count.
    ///   - noun: The noun in the singular; the plural adds `s`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
    }
}
