/// An exact number of addresses, large enough for any set of IPv4 and IPv6 addresses.
///
/// `UInt128` falls one short: `::/0` holds 2¹²⁸ addresses, and a set of both families up to 2¹²⁸ + 2³².
/// `AddressCount` keeps such numbers exact. Use ``exactValue`` when the count fits in `UInt128` (every IPv4
/// count and every IPv6 count except the whole space), ``doubleValue`` for an approximation, and
/// ``description`` for the exact decimal text.
///
/// ```swift
/// try IPPrefix(parsing: "10.0.0.0/8").addressCount.exactValue   // 16777216
/// IPFamily.ipv6.allAddresses.addressCount.exactValue            // nil
/// IPFamily.ipv6.allAddresses.addressCount.description           // "340282366920938463463374607431768211456"
/// ```
public struct AddressCount: Sendable, Hashable {
    /// The count divided by 2¹²⁸.
    private var high: UInt64
    /// The count modulo 2¹²⁸.
    private var low: UInt128

    /// Creates a count from its two parts: `high · 2¹²⁸ + low`.
    ///
    /// - Parameters:
    ///   - high: The multiple of 2¹²⁸.
    ///   - low: The remainder.
    private init(high: UInt64, low: UInt128) {
        self.high = high
        self.low = low
    }

    /// Creates a count from a number.
    ///
    /// - Parameter value: The number of addresses.
    public init(_ value: UInt128) {
        self.init(high: 0, low: value)
    }

    /// No addresses.
    public static let zero = AddressCount(0)

    /// 2¹²⁸, the number of IPv6 addresses.
    static let allIPv6 = AddressCount(high: 1, low: 0)

    /// The number of addresses in a block of `2^hostBits` addresses.
    ///
    /// - Parameter hostBits: The number of host bits, `0...128`.
    static func block(hostBits: Int) -> AddressCount {
        hostBits == UInt128.bitWidth ? allIPv6 : AddressCount(UInt128(1) << hostBits)
    }

    /// The number of addresses from `lower` through `upper` inclusive.
    ///
    /// - Parameters:
    ///   - lower: The first address value.
    ///   - upper: The last address value, not below `lower`.
    static func inclusive(from lower: UInt128, through upper: UInt128) -> AddressCount {
        let span = upper - lower
        return span == .max ? allIPv6 : AddressCount(span + 1)
    }

    /// The count as a `UInt128`, or `nil` when it is 2¹²⁸ or more.
    public var exactValue: UInt128? {
        high == 0 ? low : nil
    }

    /// The count as the nearest `Double`; exact up to 2⁵³.
    public var doubleValue: Double {
        Double(high) * 0x1p128 + Double(low)
    }

    /// Adds two counts.
    ///
    /// Counts of real sets stay far below the 2¹⁹² limit of this type, so the addition cannot overflow in this
    /// module: a set holds at most 2¹²⁸ + 2³² addresses.
    ///
    /// - Parameters:
    ///   - lhs: A count.
    ///   - rhs: Another count.
    static func + (lhs: AddressCount, rhs: AddressCount) -> AddressCount {
        let (low, carry) = lhs.low.addingReportingOverflow(rhs.low)
        return AddressCount(high: lhs.high &+ rhs.high &+ (carry ? 1 : 0), low: low)
    }
}

extension AddressCount: Comparable {
    /// Orders counts numerically.
    ///
    /// - Parameters:
    ///   - lhs: A count.
    ///   - rhs: Another count.
    public static func < (lhs: AddressCount, rhs: AddressCount) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}

extension AddressCount: CustomStringConvertible {
    /// The exact count in decimal, such as `256` or `340282366920938463463374607431768211456`.
    ///
    /// - Complexity: O(1): at most three divisions for the largest counts.
    public var description: String {
        guard high != 0 else { return String(low) }
        // Peel off base-10¹⁹ digits: each quotient step divides the 192-bit number by a 64-bit divisor.
        let base: UInt64 = 10_000_000_000_000_000_000
        var chunks: [UInt64] = []
        var (high, low) = (high, low)
        repeat {
            let (highQuotient, highRemainder) = high.quotientAndRemainder(dividingBy: base)
            let (lowQuotient, remainder) = UInt128(base).dividingFullWidth((high: UInt128(highRemainder), low: low))
            chunks.append(UInt64(remainder))
            (high, low) = (highQuotient, lowQuotient)
        } while high != 0 || low != 0
        var text = ""
        for (index, chunk) in chunks.reversed().enumerated() {
            let digits = String(chunk)
            if index > 0 { text += String(repeating: "0", count: 19 - digits.count) }
            text += digits
        }
        return text
    }
}
