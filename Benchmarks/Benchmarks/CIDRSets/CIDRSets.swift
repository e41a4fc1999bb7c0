import Benchmark
import PodFenceCIDR

// Set operations over 100,000 prefixes (issue 4's goal: under 100 ms in a release build). The inputs are
// generated once, deterministically, outside the measurement: two lists of 100,000 IPv4 prefixes, /16 to /32,
// spread over the whole address space (so that they overlap, nest and touch), and one list of IPv6 prefixes.

/// SplitMix64: a small deterministic generator, so that every run measures the same inputs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `count` IPv4 prefixes of length 16 to 32 at random addresses.
func ipv4Prefixes(count: Int, seed: UInt64) -> [IPPrefix] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in
        let address = IPAddress(ipv4: UInt32(truncatingIfNeeded: random.next()))
        return try! IPPrefix(address: address, length: Int.random(in: 16...32, using: &random))
    }
}

/// `count` IPv6 prefixes of length 32 to 64 inside `2001:db8::/32`.
func ipv6Prefixes(count: Int, seed: UInt64) -> [IPPrefix] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in
        let value = UInt128(0x2001_0DB8) << 96 | UInt128(UInt32(truncatingIfNeeded: random.next())) << 64
        return try! IPPrefix(address: IPAddress(ipv6: value), length: Int.random(in: 32...64, using: &random))
    }
}

let benchmarks: @Sendable () -> Void = {
    let count = 100_000
    let left = ipv4Prefixes(count: count, seed: 42)
    let right = ipv4Prefixes(count: count, seed: 4242)
    let wide = ipv6Prefixes(count: count, seed: 7)
    let leftSet = IPSet(left)
    let rightSet = IPSet(right)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 50)

    Benchmark(
        "All of it: build two sets of 100,000 IPv4 prefixes, union, intersect, subtract, aggregate",
        configuration: configuration
    ) { _ in
        let a = IPSet(left)
        let b = IPSet(right)
        blackHole(a.union(b).prefixes)
        blackHole(a.intersection(b).prefixes)
        blackHole(a.subtracting(b).prefixes)
    }

    Benchmark("Build a set from 100,000 IPv4 prefixes (sort and merge)", configuration: configuration) { _ in
        blackHole(IPSet(left))
    }

    Benchmark("Aggregate 100,000 IPv4 prefixes into the fewest prefixes", configuration: configuration) { _ in
        blackHole(IPSet(left).prefixes)
    }

    Benchmark("Union of two sets of 100,000 IPv4 prefixes", configuration: configuration) { _ in
        blackHole(leftSet.union(rightSet))
    }

    Benchmark("Intersection of two sets of 100,000 IPv4 prefixes", configuration: configuration) { _ in
        blackHole(leftSet.intersection(rightSet))
    }

    Benchmark("Subtraction of two sets of 100,000 IPv4 prefixes", configuration: configuration) { _ in
        blackHole(leftSet.subtracting(rightSet))
    }

    Benchmark("Complement of a set of 100,000 IPv4 prefixes", configuration: configuration) { _ in
        blackHole(leftSet.complement(within: .ipv4))
    }

    Benchmark("Build and aggregate 100,000 IPv6 prefixes", configuration: configuration) { _ in
        blackHole(IPSet(wide).prefixes)
    }

    let used = leftSet.union(rightSet)
    Benchmark("Every free /20 of the IPv4 space avoiding 200,000 prefixes", configuration: configuration) { _ in
        blackHole(
            IPSet.allFree(size: 20, within: IPFamily.ipv4.allAddresses, avoiding: used).reduce(0) { n, _ in n + 1 })
    }
}
