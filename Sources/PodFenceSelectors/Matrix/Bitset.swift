/// A fixed-size set of small integers as 64-bit words: the per-rule peer sets and per-class memberships of
/// the matrix computation.
struct Bitset: Sendable, Hashable {
    private(set) var words: [UInt64]

    /// An empty set able to hold 0..<count.
    init(count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    /// The set of every integer in 0..<count.
    static func full(count: Int) -> Bitset {
        var set = Bitset(count: count)
        for index in 0..<count { set.insert(index) }
        return set
    }

    mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    func contains(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    mutating func formUnion(_ other: Bitset) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    /// Calls `body` with every member in ascending order.
    /// - Complexity: O(w + m) for w words and m members.
    func forEach(_ body: (Int) -> Void) {
        for (wordIndex, word) in words.enumerated() {
            var remaining = word
            while remaining != 0 {
                body(wordIndex << 6 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
    }
}
