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

    /// The identifier of a set, interning it if new.
    mutating func identifier(of set: PortSet) -> UInt32 {
        if let known = identifiers[set] { return known }
        let identifier = UInt32(sets.count)
        sets.append(set)
        identifiers[set] = identifier
        return identifier
    }

    /// The identifier of the union of two interned sets.
    mutating func union(_ lhs: UInt32, _ rhs: UInt32) -> UInt32 {
        if lhs == rhs || rhs == Self.none { return lhs }
        if lhs == Self.none { return rhs }
        if lhs == Self.all || rhs == Self.all { return Self.all }
        let key = UInt64(min(lhs, rhs)) << 32 | UInt64(max(lhs, rhs))
        if let known = unions[key] { return known }
        let result = identifier(of: sets[Int(lhs)].union(sets[Int(rhs)]))
        unions[key] = result
        return result
    }

    /// The identifier of the intersection of two interned sets.
    mutating func intersection(_ lhs: UInt32, _ rhs: UInt32) -> UInt32 {
        if lhs == rhs || rhs == Self.all { return lhs }
        if lhs == Self.all { return rhs }
        if lhs == Self.none || rhs == Self.none { return Self.none }
        let key = UInt64(min(lhs, rhs)) << 32 | UInt64(max(lhs, rhs))
        if let known = intersections[key] { return known }
        let result = identifier(of: sets[Int(lhs)].intersection(sets[Int(rhs)]))
        intersections[key] = result
        return result
    }
}
