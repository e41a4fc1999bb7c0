/// Sorted, merged lists of inclusive port ranges: the arithmetic behind ``PortSet``.
enum PortRangeAlgebra {
    /// Clamps to 1...65535, sorts and merges overlapping or adjacent ranges.
    /// - Complexity: O(n log n).
    static func normalized(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        let clamped = ranges.compactMap { range -> ClosedRange<Int>? in
            let lower = max(range.lowerBound, PortSet.fullRange.lowerBound)
            let upper = min(range.upperBound, PortSet.fullRange.upperBound)
            return lower <= upper ? lower...upper : nil
        }
        var result: [ClosedRange<Int>] = []
        for range in clamped.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The union of two normalised lists.
    /// - Complexity: O(n + m).
    static func union(_ lhs: [ClosedRange<Int>], _ rhs: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        if lhs.isEmpty || lhs == rhs { return rhs }
        if rhs.isEmpty { return lhs }
        var result: [ClosedRange<Int>] = []
        result.reserveCapacity(lhs.count + rhs.count)
        var left = 0
        var right = 0
        while left < lhs.count || right < rhs.count {
            let next: ClosedRange<Int>
            if right == rhs.count || (left < lhs.count && lhs[left].lowerBound <= rhs[right].lowerBound) {
                next = lhs[left]
                left += 1
            } else {
                next = rhs[right]
                right += 1
            }
            if let last = result.last, next.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, next.upperBound)
            } else {
                result.append(next)
            }
        }
        return result
    }

    /// The intersection of two normalised lists.
    /// - Complexity: O(n + m).
    static func intersection(_ lhs: [ClosedRange<Int>], _ rhs: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        if lhs == rhs { return lhs }
        var result: [ClosedRange<Int>] = []
        var left = 0
        var right = 0
        while left < lhs.count && right < rhs.count {
            let lower = max(lhs[left].lowerBound, rhs[right].lowerBound)
            let upper = min(lhs[left].upperBound, rhs[right].upperBound)
            if lower <= upper { result.append(lower...upper) }
            if lhs[left].upperBound < rhs[right].upperBound { left += 1 } else { right += 1 }
        }
        return result
    }

    /// The ports of the first normalised list that are not in the second.
    /// - Complexity: O(n + m).
    static func subtracting(_ lhs: [ClosedRange<Int>], _ rhs: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        if rhs.isEmpty { return lhs }
        var result: [ClosedRange<Int>] = []
        var right = 0
        for range in lhs {
            var lower = range.lowerBound
            while right < rhs.count && rhs[right].upperBound < lower { right += 1 }
            var index = right
            while index < rhs.count && rhs[index].lowerBound <= range.upperBound {
                if rhs[index].lowerBound > lower { result.append(lower...(rhs[index].lowerBound - 1)) }
                lower = max(lower, rhs[index].upperBound + 1)
                index += 1
            }
            if lower <= range.upperBound { result.append(lower...range.upperBound) }
        }
        return result
    }

    /// True when a normalised list holds the port.
    /// - Complexity: O(log n).
    static func contains(_ ranges: [ClosedRange<Int>], _ port: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < port { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(port)
    }
}
