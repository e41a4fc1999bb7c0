/// One item of a Calico entity rule's `ports` or `notPorts`: a number (`80`), a range written as a string
/// (`"6040:6050"`, both ends included) or the name of a port of the endpoints (`"http"`).
///
/// The text is kept as written, with whether it was a YAML number; ``value`` reads it.
///
/// ```swift
/// CalicoPort(rawValue: "6040:6050").value   // .range(6040, 6050)
/// CalicoPort(number: 80).value              // .number(80)
/// CalicoPort(rawValue: "http").value        // .named("http")
/// ```
public struct CalicoPort: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// What a port item means.
    public enum Value: Sendable, Hashable {
        /// One port.
        case number(Int)
        /// The ports from the first to the second, inclusive.
        case range(Int, Int)
        /// A named port, resolved on each endpoint.
        case named(String)
        /// A string with `:` that is not two decimal numbers, or an empty string.
        case invalid
    }

    /// The text as written (the decimal text for a number).
    public var rawValue: String
    /// True when the item was written as a YAML number.
    public private(set) var isNumber: Bool

    /// Creates an item from its string form: a range, a name, or digits (read as a number).
    /// - Parameter rawValue: The text.
    public init(rawValue: String) {
        self.rawValue = rawValue
        self.isNumber = false
    }

    /// Creates a numeric item.
    /// - Parameter number: The port.
    public init(number: Int) {
        self.rawValue = String(number)
        self.isNumber = true
    }

    /// Creates a range item, `"start:end"`.
    /// - Parameter range: The ports.
    public init(range: ClosedRange<Int>) {
        self.init(rawValue: "\(range.lowerBound):\(range.upperBound)")
    }

    /// What the item means. Digits alone are a number, two groups of digits around `:` a range, anything else
    /// without `:` a name.
    public var value: Value {
        if let number = Self.decimal(Substring(rawValue)) { return .number(number) }
        if let colon = rawValue.firstIndex(of: ":") {
            let start = Self.decimal(rawValue[..<colon])
            let end = Self.decimal(rawValue[rawValue.index(after: colon)...])
            if let start, let end { return .range(start, end) }
            return .invalid
        }
        return rawValue.isEmpty ? .invalid : .named(rawValue)
    }

    private static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text) ?? Int.max
    }

    /// The text as written.
    public var description: String { rawValue }
}
