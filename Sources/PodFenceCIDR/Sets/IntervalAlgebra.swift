/// Linear-time algorithms over normalised interval lists: arrays of ``AddressInterval`` sorted by `lower`,
/// pairwise disjoint and never adjacent (a gap of at least one value separates neighbours).
///
/// Every result is normalised again, so ``IPSet`` equality is array equality.
enum IntervalAlgebra {
    /// Sorts and merges arbitrary intervals into a normalised list.
    ///
    /// - Parameter intervals: Intervals in any order, possibly overlapping or adjacent.
    /// - Complexity: O(n log n).
    static func normalized(_ intervals: [AddressInterval]) -> [AddressInterval] {
        var result: [AddressInterval] = []
        result.reserveCapacity(intervals.count)
        for interval in intervals.sorted(by: { $0.lower < $1.lower }) {
            appendMerging(interval, to: &result)
        }
        return result
    }

    /// Appends an interval whose `lower` is not below that of the last interval, merging when they overlap or
    /// touch.
    ///
    /// - Parameters:
    ///   - interval: The interval to append.
    ///   - result: A normalised list.
    /// - Complexity: O(1) amortised.
    static func appendMerging(_ interval: AddressInterval, to result: inout [AddressInterval]) {
        guard let last = result.last else {
            result.append(interval)
            return
        }
        // `interval.lower > last.upper >= 0` when the first test fails, so `lower - 1` cannot underflow.
        if interval.lower <= last.upper || interval.lower - 1 == last.upper {
            result[result.count - 1].upper = max(last.upper, interval.upper)
        } else {
            result.append(interval)
        }
    }

    /// The union of two normalised lists.
    ///
    /// - Complexity: O(n + m).
    static func union(_ lhs: [AddressInterval], _ rhs: [AddressInterval]) -> [AddressInterval] {
        if lhs.isEmpty { return rhs }
        if rhs.isEmpty { return lhs }
        var result: [AddressInterval] = []
        result.reserveCapacity(lhs.count + rhs.count)
        var (left, right) = (0, 0)
        while left < lhs.count || right < rhs.count {
            if right == rhs.count || (left < lhs.count && lhs[left].lower <= rhs[right].lower) {
                appendMerging(lhs[left], to: &result)
                left += 1
            } else {
                appendMerging(rhs[right], to: &result)
                right += 1
            }
        }
        return result
    }

    /// The intersection of two normalised lists.
    ///
    /// The pieces come out sorted and never adjacent: two adjacent pieces would have to lie in one interval of
    /// each list, and then they would be one piece.
    ///
    /// - Complexity: O(n + m).
    static func intersection(_ lhs: [AddressInterval], _ rhs: [AddressInterval]) -> [AddressInterval] {
        var result: [AddressInterval] = []
        var (left, right) = (0, 0)
        while left < lhs.count && right < rhs.count {
            let lower = max(lhs[left].lower, rhs[right].lower)
            let upper = min(lhs[left].upper, rhs[right].upper)
            if lower <= upper { result.append(AddressInterval(lower: lower, upper: upper)) }
            if lhs[left].upper < rhs[right].upper { left += 1 } else { right += 1 }
        }
        return result
    }

    /// The values of the first list that are not in the second.
    ///
    /// - Complexity: O(n + m).
    static func subtracting(_ lhs: [AddressInterval], _ rhs: [AddressInterval]) -> [AddressInterval] {
        if lhs.isEmpty || rhs.isEmpty { return lhs }
        var result: [AddressInterval] = []
        var right = 0
        for interval in lhs {
            var start = interval.lower
            var isCovered = false
            while right < rhs.count && rhs[right].upper < start { right += 1 }
            while right < rhs.count && rhs[right].lower <= interval.upper {
                if rhs[right].lower > start {
                    result.append(AddressInterval(lower: start, upper: rhs[right].lower - 1))
                }
                if rhs[right].upper >= interval.upper {
                    // Keep `right`: this interval may reach into the next interval of `lhs`.
                    isCovered = true
                    break
                }
                start = rhs[right].upper + 1
                right += 1
            }
            if !isCovered { result.append(AddressInterval(lower: start, upper: interval.upper)) }
        }
        return result
    }

    /// The values from 0 through `maxValue` that are not in the list.
    ///
    /// - Complexity: O(n).
    static func complement(_ intervals: [AddressInterval], maxValue: UInt128) -> [AddressInterval] {
        var result: [AddressInterval] = []
        result.reserveCapacity(intervals.count + 1)
        var start: UInt128? = 0
        for interval in intervals {
            guard let gapStart = start else { break }
            if interval.lower > gapStart {
                result.append(AddressInterval(lower: gapStart, upper: interval.lower - 1))
            }
            start = interval.upper == maxValue ? nil : interval.upper + 1
        }
        if let gapStart = start { result.append(AddressInterval(lower: gapStart, upper: maxValue)) }
        return result
    }

    /// Whether the two lists share a value.
    ///
    /// - Complexity: O(n + m), stopping at the first shared value.
    static func overlaps(_ lhs: [AddressInterval], _ rhs: [AddressInterval]) -> Bool {
        var (left, right) = (0, 0)
        while left < lhs.count && right < rhs.count {
            if max(lhs[left].lower, rhs[right].lower) <= min(lhs[left].upper, rhs[right].upper) { return true }
            if lhs[left].upper < rhs[right].upper { left += 1 } else { right += 1 }
        }
        return false
    }

    /// Whether every value of the first list is in the second.
    ///
    /// - Complexity: O(n + m).
    static func isSubset(_ lhs: [AddressInterval], of rhs: [AddressInterval]) -> Bool {
        var right = 0
        for interval in lhs {
            while right < rhs.count && rhs[right].upper < interval.lower { right += 1 }
            guard right < rhs.count, rhs[right].lower <= interval.lower, interval.upper <= rhs[right].upper else {
                return false
            }
        }
        return true
    }

    /// The index of the first interval that ends at or after `value`, or `intervals.count` when none does.
    ///
    /// - Complexity: O(log n).
    static func firstIndex(endingAtOrAfter value: UInt128, in intervals: [AddressInterval]) -> Int {
        var (low, high) = (0, intervals.count)
        while low < high {
            let middle = low + (high - low) / 2
            if intervals[middle].upper < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the list contains every value from `lower` through `upper`.
    ///
    /// - Complexity: O(log n).
    static func contains(_ intervals: [AddressInterval], from lower: UInt128, through upper: UInt128) -> Bool {
        let index = firstIndex(endingAtOrAfter: upper, in: intervals)
        return index < intervals.count && intervals[index].lower <= lower
    }

    /// Whether the list contains any value from `lower` through `upper`.
    ///
    /// - Complexity: O(log n).
    static func overlaps(_ intervals: [AddressInterval], from lower: UInt128, through upper: UInt128) -> Bool {
        let index = firstIndex(endingAtOrAfter: lower, in: intervals)
        return index < intervals.count && intervals[index].lower <= upper
    }
}
