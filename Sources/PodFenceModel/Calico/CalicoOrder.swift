/// The `order` of a Calico Tier or policy: a number, possibly fractional (`100.5`), lower first.
///
/// Calico types it as a float. The number is kept as it was written (`100`, `1e3`, `100.50`), so that
/// reading and writing a manifest changes nothing; comparison and equality use the value only.
///
/// ```swift
/// let order: CalicoOrder = 100.5
/// order < CalicoOrder(1000)   // true
/// ```
public struct CalicoOrder: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral
{
    /// The number.
    public let value: Double
    /// The scalar as written, when read from a manifest.
    let written: ManifestScalar?

    /// Creates an order.
    /// - Parameter value: The number.
    public init(_ value: Double) {
        self.value = value
        self.written = nil
    }

    /// Creates an order from an integer literal.
    /// - Parameter value: The number.
    public init(integerLiteral value: Int) { self.init(Double(value)) }

    /// Creates an order from a float literal.
    /// - Parameter value: The number.
    public init(floatLiteral value: Double) { self.init(value) }

    /// Keeps a number read from a manifest with its text.
    init(value: Double, written: ManifestScalar) {
        self.value = value
        self.written = written
    }

    /// True when the value is a finite number (not `.inf` or `.nan`, which YAML can spell).
    public var isFinite: Bool { value.isFinite }

    /// Orders compare by value.
    public static func < (lhs: CalicoOrder, rhs: CalicoOrder) -> Bool { lhs.value < rhs.value }

    /// Orders are equal when their values are, however they were written.
    public static func == (lhs: CalicoOrder, rhs: CalicoOrder) -> Bool { lhs.value == rhs.value }

    /// Hashes the value.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// The number as written, or without a fractional part when it has none (`1000`, `100.5`).
    public var description: String {
        if let written { return written.text }
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
