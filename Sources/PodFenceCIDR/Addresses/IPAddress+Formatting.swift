extension IPAddress: CustomStringConvertible {
    /// The canonical text of the address.
    ///
    /// IPv4 is a dotted quad without leading zeros (`10.9.8.7`). IPv6 follows RFC 5952: lowercase hexadecimal
    /// groups without leading zeros, the longest run of two or more zero groups written as `::` (the first
    /// such run when two are equally long), and an IPv4-mapped address written with its IPv4 tail
    /// (`::ffff:10.9.8.7`). Other addresses with an embedded IPv4 form, such as the deprecated
    /// IPv4-compatible `::10.9.8.7`, are written in hexadecimal (`::a09:807`).
    ///
    /// - Complexity: O(1).
    public var description: String {
        switch family {
        case .ipv4:
            return Self.dottedQuad(UInt32(truncatingIfNeeded: value))
        case .ipv6:
            if isIPv4Mapped {
                return "::ffff:" + Self.dottedQuad(UInt32(truncatingIfNeeded: value))
            }
            return Self.colonHexadecimal(value)
        }
    }

    /// Writes a 32-bit value as `a.b.c.d`.
    ///
    /// - Parameter value: The IPv4 address value.
    private static func dottedQuad(_ value: UInt32) -> String {
        var text = ""
        text.reserveCapacity(15)
        for shift in stride(from: 24, through: 0, by: -8) {
            if shift != 24 { text.append(".") }
            text += String((value >> UInt32(shift)) & 0xFF)
        }
        return text
    }

    /// Writes a 128-bit value in the RFC 5952 canonical form, without the mixed IPv4 notation.
    ///
    /// - Parameter value: The IPv6 address value.
    private static func colonHexadecimal(_ value: UInt128) -> String {
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: value >> (112 - 16 * $0)) }
        let zeroRun = longestZeroRun(in: groups)
        var text = ""
        text.reserveCapacity(39)
        var index = 0
        while index < groups.count {
            if let zeroRun, index == zeroRun.lowerBound {
                text += "::"
                index = zeroRun.upperBound
                continue
            }
            if !text.isEmpty && !text.hasSuffix(":") { text.append(":") }
            text += String(groups[index], radix: 16)
            index += 1
        }
        return text
    }

    /// The first longest run of two or more zero groups, or `nil` when there is none.
    ///
    /// - Parameter groups: The eight groups of an IPv6 address.
    private static func longestZeroRun(in groups: [UInt16]) -> Range<Int>? {
        var best: Range<Int>?
        var start: Int?
        for index in 0...groups.count {
            if index < groups.count && groups[index] == 0 {
                if start == nil { start = index }
                continue
            }
            if let runStart = start, index - runStart >= 2, index - runStart > (best?.count ?? 0) {
                best = runStart..<index
            }
            start = nil
        }
        return best
    }
}
