extension IPSet: Codable {
    /// Decodes a set from a list of prefix texts, which may overlap and come in any order.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when an element is not a strict prefix.
    /// - Complexity: O(n log n) for n prefixes.
    public init(from decoder: any Decoder) throws {
        self.init(try [IPPrefix](from: decoder))
    }

    /// Encodes the set as the list of its ``prefixes``, in canonical text.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Complexity: O(n · w) for n ranges of bit width w.
    public func encode(to encoder: any Encoder) throws {
        try prefixes.encode(to: encoder)
    }
}
