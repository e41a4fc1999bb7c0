import PodFenceCIDR
import PropertyBased
import Testing

@Suite("Set algebra properties")
struct SetAlgebraPropertyTests {
    @Test("union and intersection are commutative and associative", arguments: IPFamily.allCases)
    func commutativeAndAssociative(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.set(family), CIDRGen.set(family), CIDRGen.set(family)) {
            a, b, c in
            #expect(a.union(b) == b.union(a))
            #expect(a.intersection(b) == b.intersection(a))
            #expect(a.union(b).union(c) == a.union(b.union(c)))
            #expect(a.intersection(b).intersection(c) == a.intersection(b.intersection(c)))
            #expect(a.symmetricDifference(b) == b.symmetricDifference(a))
        }
    }

    @Test("difference is disjoint from what was taken away and recombines", arguments: IPFamily.allCases)
    func difference(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.set(family), CIDRGen.set(family)) { a, b in
            let difference = a.subtracting(b)
            #expect(!difference.overlaps(b))
            #expect(difference.intersection(b).isEmpty)
            #expect(difference.union(a.intersection(b)) == a)
            #expect(difference.isSubset(of: a))
            #expect(a.symmetricDifference(b) == difference.union(b.subtracting(a)))
            #expect(a.overlaps(b) == !a.intersection(b).isEmpty)
            #expect(a.isSubset(of: b) == difference.isEmpty)
        }
    }

    @Test("De Morgan's laws with the complement", arguments: IPFamily.allCases)
    func deMorgan(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.set(family), CIDRGen.set(family)) { a, b in
            let (notA, notB) = (a.complement(within: family), b.complement(within: family))
            #expect(a.union(b).complement(within: family) == notA.intersection(notB))
            #expect(a.intersection(b).complement(within: family) == notA.union(notB))
            #expect(notA.complement(within: family) == a)
            #expect(!notA.overlaps(a))
            #expect(a.union(notA) == IPSet(family.allAddresses))
        }
    }

    @Test("membership agrees with the prefixes each set was built from", arguments: IPFamily.allCases)
    func membership(family: IPFamily) async {
        let prefixes = CIDRGen.prefix(family).array(of: 0...6)
        await propertyCheck(count: 300, input: prefixes, prefixes, CIDRGen.address(family)) { left, right, address in
            let (a, b) = (IPSet(left), IPSet(right))
            let inA = left.contains { $0.contains(address) }
            let inB = right.contains { $0.contains(address) }
            #expect(a.contains(address) == inA)
            #expect(a.union(b).contains(address) == (inA || inB))
            #expect(a.intersection(b).contains(address) == (inA && inB))
            #expect(a.subtracting(b).contains(address) == (inA && !inB))
            #expect(a.symmetricDifference(b).contains(address) == (inA != inB))
            #expect(a.complement(within: family).contains(address) == !inA)
            for prefix in right {
                #expect(a.contains(prefix) == IPSet(prefix).isSubset(of: a))
                #expect(a.overlaps(prefix) == a.overlaps(IPSet(prefix)))
            }
        }
    }

    @Test("families never mix")
    func familiesStayApart() async {
        await propertyCheck(count: 300, input: CIDRGen.mixedSet, CIDRGen.mixedSet) { a, b in
            for family in IPFamily.allCases {
                let space = IPSet(family.allAddresses)
                #expect(a.union(b).intersection(space) == a.intersection(space).union(b.intersection(space)))
                #expect(a.complement(within: family).isSubset(of: space))
            }
            #expect(a.subtracting(b).union(a.intersection(b)) == a)
        }
    }

    @Test("address counts add up", arguments: IPFamily.allCases)
    func counts(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.set(family), CIDRGen.set(family)) { a, b in
            let union = a.union(b).addressCount
            let intersection = a.intersection(b).addressCount
            guard let u = union.exactValue, let i = intersection.exactValue,
                let x = a.addressCount.exactValue, let y = b.addressCount.exactValue
            else {
                #expect(IPFamily.ipv6.allAddresses.addressCount <= union)
                return
            }
            #expect(u.addingReportingOverflow(i) == x.addingReportingOverflow(y))
        }
    }

    @Test("small sets iterate exactly their addresses", arguments: IPFamily.allCases)
    func addresses(family: IPFamily) async {
        await propertyCheck(count: 300, input: CIDRGen.set(family)) { value in
            guard let count = value.addressCount.exactValue, count <= 4096 else { return }
            let addresses = Array(value.addresses)
            #expect(UInt128(addresses.count) == count)
            #expect(addresses == addresses.sorted())
            #expect(IPSet(addresses: addresses) == value)
        }
    }
}
