/// Interned port sets with memoised union and intersection: the matrix stores 32-bit identifiers, and the
/// few distinct sets of a cluster are combined once each.
struct PortSetTable: Sendable {
    /// The identifier of the empty set.
    static let none: UInt32 = 0
    /// The identifier of the set of every port of every protocol.
    static let all: UInt32 = 1

    private(set) var sets: [PortSet] = [.none, .all]
    private var identifiers: [PortSet: UInt32] = [.none: 0, .all: 1]
    private var unions: [UInt64: UInt32] = [:]
    private var intersections: [UInt64: UInt32] = [:]
    /// Recent unions and intersections in direct-mapped slots, looked up before the dictionaries: the
    /// matrix asks for the same few pairs millions of times.
    private var recentUnions = RecentPairs()
    private var recentIntersections = RecentPairs()

    /// The identifier of a set, interning it if new.
    mutating func identifier(of set: PortSet) -> UInt32 {
        if let known = identifiers[set] { return known }
        let identifier = UInt32(sets.count)
        sets.append(set)
        identifiers[set] = identifier
        return identifier
    }

    /// The identifier of the union of two interned sets.
    @inline(__always)
    mutating func union(_ lhs: UInt32, _ rhs: UInt32) -> UInt32 {
        if lhs == rhs || rhs == Self.none { return lhs }
        if lhs == Self.none { return rhs }
        if lhs == Self.all || rhs == Self.all { return Self.all }
        return computedUnion(lhs, rhs)
    }

    /// The union of two sets that are neither empty, full nor equal, memoised.
    @inline(never)
    private mutating func computedUnion(_ lhs: UInt32, _ rhs: UInt32) -> UInt32 {
        let key = UInt64(min(lhs, rhs)) << 32 | UInt64(max(lhs, rhs))
        if let known = recentUnions[key] { return known }
        let result: UInt32
        if let known = unions[key] {
            result = known
        } else {
            result = identifier(of: sets[Int(lhs)].union(sets[Int(rhs)]))
            unions[key] = result
        }
        recentUnions[key] = result
        return result
    }

    /// The identifier of the intersection of two interned sets.
    @inline(__always)
    mutating func intersection(_ lhs: UInt32, _ rhs: UInt32) -> UInt32 {
        if lhs == rhs || rhs == Self.all { return lhs }
        if lhs == Self.all { return rhs }
        if lhs == Self.none || rhs == Self.none { return Self.none }
        return computedIntersection(lhs, rhs)
    }

    /// The intersection of two sets that are neither empty, full nor equal, memoised.
    @inline(never)
    private mutating func computedIntersection(_ lhs: UInt32, _ rhs: UInt32) -> UInt32 {
        let key = UInt64(min(lhs, rhs)) << 32 | UInt64(max(lhs, rhs))
        if let known = recentIntersections[key] { return known }
        let result: UInt32
        if let known = intersections[key] {
            result = known
        } else {
            result = identifier(of: sets[Int(lhs)].intersection(sets[Int(rhs)]))
            intersections[key] = result
        }
        recentIntersections[key] = result
        return result
    }
}

/// A direct-mapped cache of pair results: 4,096 slots, each holding the last pair that hashed to it.
private struct RecentPairs: Sendable {
    private static let slots = 4_096
    private var keys = [UInt64](repeating: .max, count: RecentPairs.slots)
    private var values = [UInt32](repeating: 0, count: RecentPairs.slots)

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    subscript(key: UInt64) -> UInt32? {
        get {
            let slot = Self.slot(key)
            return keys[slot] == key ? values[slot] : nil
        }
        set {
            guard let newValue else { return }
            let slot = Self.slot(key)
            keys[slot] = key
            values[slot] = newValue
        }
    }
}
