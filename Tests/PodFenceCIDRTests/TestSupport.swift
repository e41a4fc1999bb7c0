import PodFenceCIDR
import Testing

/// Parses a strict prefix, recording a test issue when the text is not one.
func prefix(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> IPPrefix {
    try #require(IPPrefix(text), "not a strict prefix: \(text)", sourceLocation: sourceLocation)
}

/// Parses an address, recording a test issue when the text is not one.
func address(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> IPAddress {
    try #require(IPAddress(text), "not an address: \(text)", sourceLocation: sourceLocation)
}

/// Builds a set from strict prefix texts.
func set(_ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> IPSet {
    IPSet(try texts.map { try prefix($0, sourceLocation: sourceLocation) })
}

/// The canonical texts of a list of prefixes.
func texts(_ prefixes: some Sequence<IPPrefix>) -> [String] {
    prefixes.map(\.description)
}

extension IPAddress {
    /// The address value in 128 bits, whatever the family.
    var wideValue: UInt128 {
        ipv6Value ?? UInt128(ipv4Value ?? 0)
    }

    /// Makes an address of a family from a value that fits it.
    init(family: IPFamily, wideValue: UInt128) {
        switch family {
        case .ipv4: self.init(ipv4: UInt32(truncatingIfNeeded: wideValue))
        case .ipv6: self.init(ipv6: wideValue)
        }
    }
}

extension IPFamily {
    /// The host bits of a prefix of this family with the given length.
    func hostBits(forLength length: Int) -> UInt128 {
        let bits = bitWidth - length
        return bits == 128 ? .max : (UInt128(1) << bits) - 1
    }
}
