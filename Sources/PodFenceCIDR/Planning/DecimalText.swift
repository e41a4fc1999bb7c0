/// Numbers as PodFence's explanations write them: decimal with a comma every three digits (`16,384`).
public enum DecimalText {
    /// The number in decimal with thousands separators (a minus sign kept in front of a negative one).
    ///
    /// - Parameter value: The number.
    /// - Complexity: O(d) for d digits.
    public static func grouped(_ value: some BinaryInteger) -> String {
        let digits = Array(String(value.magnitude))
        var text = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// The count and the noun, the noun in the plural unless the count is one: `1 node`, `20 nodes`.
    ///
    /// - Parameters:
    ///   - count: The count.
    ///   - noun: The noun in the singular; the plural adds `s`.
    public static func counted(_ count: Int, _ noun: String) -> String {
        "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
    }
}
