import PodFenceCIDR

/// CIDR parsing and set algebra. The input is split on newlines into prefix texts; each that parses must
/// print canonically and parse back to itself, and the sets built from the two halves must satisfy the
/// algebra's identities.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCIDR(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var prefixes: [IPPrefix] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
        for mode in [IPPrefix.ParseMode.strict, .lenient] {
            guard let parsed = try? IPPrefix.parse(String(line), mode: mode) else { continue }
            let canonical = parsed.prefix.description
            precondition(IPPrefix(canonical) == parsed.prefix, "\(line) → \(canonical) does not parse back")
            prefixes.append(parsed.prefix)
        }
    }
    let half = prefixes.count / 2
    let a = IPSet(prefixes[..<half])
    let b = IPSet(prefixes[half...])
    precondition(a.union(b) == b.union(a), "union is not commutative")
    precondition(a.intersection(b) == b.intersection(a), "intersection is not commutative")
    precondition(a.subtracting(b).union(a.intersection(b)) == a, "(A − B) ∪ (A ∩ B) ≠ A")
    precondition(!a.subtracting(b).overlaps(b), "A − B overlaps B")
    precondition(IPSet(a.prefixes) == a, "aggregation is lossy")
    for family in [IPFamily.ipv4, .ipv6] {
        let universe = IPSet(family.allAddresses)
        let complement = a.complement(within: family)
        precondition(complement.intersection(a).isEmpty, "complement overlaps the set")
        precondition(complement.union(a).intersection(universe) == universe, "complement misses addresses")
    }
    return 0
}
