import PodFenceCIDR
import PodFenceModel

/// Computes a ``ConnectivityMatrix`` from structure rather than pair by pair:
///
/// 1. *Items* are the cluster's peers and the outside address atoms (``AddressAtoms``).
/// 2. Every policy's subjects and every distinct rule peer become a set of items, evaluated once (selectors
///    through a label index, ipBlocks through a sorted address index).
/// 3. Items with the same memberships, kind and named-port numbers form a *class*: no rule can tell them
///    apart, so they behave the same as sources and as destinations.
/// 4. For each distinct set of isolating egress policies, the ports allowed to every destination class are
///    accumulated rule by rule over bitsets of classes; likewise for ingress, per source class.
/// 5. A cell is the intersection of its egress and ingress port sets, interned and memoised.
///
/// - Complexity: O(i × f) to classify i items with f memberships each, plus O(e × r × c) for e distinct
///   isolating-policy sets of r rules over c classes, plus O(c²) cells.
struct MatrixBuilder {
    private enum ItemKind: UInt8 {
        case pod = 0
        case node = 1
        case outside = 2
    }

    /// A distinct rule peer, so that equal peers of different policies are evaluated once.
    private enum PeerKey: Hashable {
        case local(namespace: Int, podSelector: LabelSelector)
        case namespaces(LabelSelector, podSelector: LabelSelector?)
        case block(IPSet)
    }

    /// A distinct policy subject: a pod selector in a namespace.
    private struct SubjectKey: Hashable {
        var namespace: Int
        var podSelector: LabelSelector
    }

    /// The class key: items with equal keys are indistinguishable to every rule.
    private struct ClassKey: Hashable {
        var kind: UInt8
        var namedPorts: Int32
        var features: [Int32]
    }

    /// Where a rule's peers are: every item (no peer list), or the union of some peer sets.
    private enum RuleTarget {
        case everyone
        case peerSets([Int])
    }

    private let analysis: ReachabilityAnalysis
    private let atoms: AddressAtoms
    private let recordCount: Int
    private let itemCount: Int
    private let kinds: [ItemKind]
    private var namespaceRanges: [Range<Int>]
    private var labelIndex: [String: [String: [Int]]] = [:]
    private var podSelectorCache: [LabelSelector: Bitset] = [:]
    private var namespaceSelectorCache: [LabelSelector: [Int]] = [:]
    private var table = PortSetTable()

    init(analysis: ReachabilityAnalysis) {
        self.analysis = analysis
        var blocks = Set<IPSet>()
        for policy in analysis.compiled {
            for rule in policy.ingress + policy.egress {
                for case .addresses(let set) in rule.peers { blocks.insert(set) }
            }
        }
        self.atoms = AddressAtoms(cutting: Array(blocks))
        self.recordCount = analysis.records.count
        self.itemCount = recordCount + atoms.atoms.count
        self.kinds =
            analysis.records.map { $0.selectable ? ItemKind.pod : .node }
            + [ItemKind](repeating: .outside, count: atoms.atoms.count)
        var ranges = [Range<Int>](repeating: 0..<0, count: analysis.namespaces.count)
        for (index, record) in analysis.records.enumerated() {
            let current = ranges[record.namespaceIndex]
            ranges[record.namespaceIndex] = current.isEmpty ? index..<(index + 1) : current.lowerBound..<(index + 1)
        }
        self.namespaceRanges = ranges
        for (index, record) in analysis.records.enumerated() where record.selectable {
            for (key, value) in record.peer.labels { labelIndex[key, default: [:]][value, default: []].append(index) }
        }
    }

    // MARK: Building

    mutating func build() -> ConnectivityMatrix {
        let compiled = analysis.compiled
        let podIPsMatch = analysis.options.ipBlockMatchesPodIPs

        // Subjects: one set per distinct (namespace, podSelector).
        var subjectIDs: [SubjectKey: Int] = [:]
        var subjectSets: [Bitset] = []
        var subjectPolicies: [[Int]] = []
        for (position, policy) in compiled.enumerated() {
            let key = SubjectKey(namespace: policy.namespaceIndex, podSelector: policy.podSelector)
            let identifier: Int
            if let known = subjectIDs[key] {
                identifier = known
            } else {
                identifier = subjectSets.count
                subjectIDs[key] = identifier
                var set = Bitset(count: itemCount)
                for item in namespaceRanges[policy.namespaceIndex]
                where kinds[item] == .pod && policy.podSelector.matches(analysis.records[item].peer.labels) {
                    set.insert(item)
                }
                subjectSets.append(set)
                subjectPolicies.append([])
            }
            subjectPolicies[identifier].append(position)
        }

        // Rule peers: one set per distinct peer, with pod IPs in ipBlocks (the superset of memberships).
        var peerIDs: [PeerKey: Int] = [:]
        var peerSets: [Bitset] = []
        var peerIsBlock: [Bool] = []
        var targets: [[[RuleTarget]]] = []
        let addressIndex = makeAddressIndex()
        for policy in compiled {
            var perDirection: [[RuleTarget]] = []
            for direction in TrafficDirection.allCases {
                perDirection.append(
                    policy.rules(direction).map { rule in
                        guard !rule.peers.isEmpty else { return .everyone }
                        var identifiers: [Int] = []
                        for peer in rule.peers {
                            guard let key = peerKey(peer, policy: policy) else { continue }
                            if let known = peerIDs[key] {
                                identifiers.append(known)
                                continue
                            }
                            peerIDs[key] = peerSets.count
                            identifiers.append(peerSets.count)
                            peerSets.append(members(of: key, addressIndex: addressIndex))
                            if case .block = key { peerIsBlock.append(true) } else { peerIsBlock.append(false) }
                        }
                        return .peerSets(identifiers)
                    })
            }
            targets.append(perDirection)
        }

        // Named ports: the numbers each item resolves every used (name, protocol) to.
        let namedSignatures = namedPortSignatures()

        // Classes.
        var features = [[Int32]](repeating: [], count: itemCount)
        for (identifier, set) in subjectSets.enumerated() { set.forEach { features[$0].append(Int32(identifier)) } }
        let peerBase = subjectSets.count
        for (identifier, set) in peerSets.enumerated() {
            set.forEach { features[$0].append(Int32(peerBase + identifier)) }
        }
        var classIDs: [ClassKey: Int32] = [:]
        var itemClass = [Int32](repeating: 0, count: itemCount)
        var representatives: [Int] = []
        for item in 0..<itemCount {
            let key = ClassKey(kind: kinds[item].rawValue, namedPorts: namedSignatures[item], features: features[item])
            if let known = classIDs[key] {
                itemClass[item] = known
            } else {
                let identifier = Int32(representatives.count)
                classIDs[key] = identifier
                itemClass[item] = identifier
                representatives.append(item)
            }
        }
        let classCount = representatives.count

        // Memberships and isolating policies per class.
        var alternativeClassSets = [Bitset](repeating: Bitset(count: classCount), count: peerSets.count)
        var egressLists = [[Int]](repeating: [], count: classCount)
        var ingressLists = [[Int]](repeating: [], count: classCount)
        for (classIndex, item) in representatives.enumerated() {
            for feature in features[item] {
                let value = Int(feature)
                if value >= peerBase {
                    alternativeClassSets[value - peerBase].insert(classIndex)
                } else {
                    for position in subjectPolicies[value] {
                        if compiled[position].appliesToEgress { egressLists[classIndex].append(position) }
                        if compiled[position].appliesToIngress { ingressLists[classIndex].append(position) }
                    }
                }
            }
        }
        for classIndex in 0..<classCount {
            egressLists[classIndex].sort()
            ingressLists[classIndex].sort()
        }
        var primaryClassSets = alternativeClassSets
        if !podIPsMatch {
            for identifier in peerSets.indices where peerIsBlock[identifier] {
                var set = Bitset(count: classCount)
                alternativeClassSets[identifier].forEach { classIndex in
                    if kinds[representatives[classIndex]] != .pod { set.insert(classIndex) }
                }
                primaryClassSets[identifier] = set
            }
        }

        let classNamed = representatives.map { namedSignatures[$0] }
        let primary = cells(
            classCount: classCount, classSets: primaryClassSets, targets: targets, egressLists: egressLists,
            ingressLists: ingressLists, classNamed: classNamed, representatives: representatives)
        let alternative =
            podIPsMatch
            ? nil
            : cells(
                classCount: classCount, classSets: alternativeClassSets, targets: targets, egressLists: egressLists,
                ingressLists: ingressLists, classNamed: classNamed, representatives: representatives)

        // Peers: the cluster's, then the outside blocks prefix by prefix.
        var peers: [MatrixPeer] = analysis.records.map { MatrixPeer(name: $0.peer.name, kind: $0.peer.kind) }
        var peerClass = Array(itemClass[0..<recordCount])
        for (index, atom) in atoms.atoms.enumerated() {
            for prefix in atom.prefixes {
                peers.append(MatrixPeer(name: prefix.description, kind: MatrixPeer.ipBlockKind, block: prefix))
                peerClass.append(itemClass[recordCount + index])
            }
        }
        return ConnectivityMatrix(
            peers: peers, options: analysis.options, classCount: classCount, peerClass: peerClass, cells: primary,
            alternativeCells: alternative, portSets: table.sets,
            overrides: ownNodeOverrides(cells: primary, itemClass: itemClass, classCount: classCount))
    }

    // MARK: Cells

    /// The cell table of one reading of ipBlocks: egress per distinct egress-policy set over destination
    /// classes, ingress per distinct ingress-policy set (and named-port signature) over source classes, then
    /// their intersection per pair.
    private mutating func cells(
        classCount: Int, classSets: [Bitset], targets: [[[RuleTarget]]], egressLists: [[Int]],
        ingressLists: [[Int]], classNamed: [Int32], representatives: [Int]
    ) -> [UInt32] {
        let ruleClasses: [[[Bitset?]]] = targets.map { perDirection in
            perDirection.map { rules in
                rules.map { target -> Bitset? in
                    guard case .peerSets(let identifiers) = target else { return nil }
                    var set = Bitset(count: classCount)
                    for identifier in identifiers { set.formUnion(classSets[identifier]) }
                    return set
                }
            }
        }
        let everyone = Bitset.full(count: classCount)
        var portCache: [PortCacheKey: UInt32] = [:]

        var egressTables: [[Int]: [UInt32]] = [:]
        var egressOf = [[UInt32]?](repeating: nil, count: classCount)
        for source in 0..<classCount where !egressLists[source].isEmpty {
            let list = egressLists[source]
            if egressTables[list] == nil {
                var accumulated = [UInt32](repeating: PortSetTable.none, count: classCount)
                for position in list {
                    for (ruleIndex, rule) in analysis.compiled[position].egress.enumerated() {
                        let members = ruleClasses[position][Self.slot(.egress)][ruleIndex] ?? everyone
                        members.forEach { destination in
                            let ports = rulePorts(
                                rule, position: position, direction: .egress, ruleIndex: ruleIndex,
                                named: classNamed[destination], destination: representatives[destination],
                                cache: &portCache)
                            accumulated[destination] = table.union(accumulated[destination], ports)
                        }
                    }
                }
                egressTables[list] = accumulated
            }
            egressOf[source] = egressTables[list]
        }

        var ingressTables: [IngressKey: [UInt32]] = [:]
        var ingressOf = [[UInt32]?](repeating: nil, count: classCount)
        for destination in 0..<classCount where !ingressLists[destination].isEmpty {
            let list = ingressLists[destination]
            let named = list.contains { analysis.compiled[$0].ingress.contains(where: \.hasNamedPorts) }
            let key = IngressKey(policies: list, named: named ? classNamed[destination] : 0)
            if ingressTables[key] == nil {
                var accumulated = [UInt32](repeating: PortSetTable.none, count: classCount)
                for position in list {
                    for (ruleIndex, rule) in analysis.compiled[position].ingress.enumerated() {
                        let ports = rulePorts(
                            rule, position: position, direction: .ingress, ruleIndex: ruleIndex,
                            named: classNamed[destination], destination: representatives[destination],
                            cache: &portCache)
                        let members = ruleClasses[position][Self.slot(.ingress)][ruleIndex] ?? everyone
                        members.forEach { source in accumulated[source] = table.union(accumulated[source], ports) }
                    }
                }
                ingressTables[key] = accumulated
            }
            ingressOf[destination] = ingressTables[key]
        }

        var result = [UInt32](repeating: PortSetTable.all, count: classCount * classCount)
        for source in 0..<classCount {
            let egress = egressOf[source]
            for destination in 0..<classCount {
                let allowedOut = egress?[destination] ?? PortSetTable.all
                let allowedIn = ingressOf[destination]?[source] ?? PortSetTable.all
                result[source * classCount + destination] = table.intersection(allowedOut, allowedIn)
            }
        }
        return result
    }

    /// The position of a direction's rules in the per-policy lists, which follow `TrafficDirection.allCases`.
    private static func slot(_ direction: TrafficDirection) -> Int {
        TrafficDirection.allCases.firstIndex(of: direction) ?? 0
    }

    private struct PortCacheKey: Hashable {
        var position: Int
        var direction: TrafficDirection
        var ruleIndex: Int
        var named: Int32
    }

    private struct IngressKey: Hashable {
        var policies: [Int]
        var named: Int32
    }

    /// The interned ports a rule allows to a destination class (named ports resolved on its representative).
    private mutating func rulePorts(
        _ rule: CompiledPolicy.Rule, position: Int, direction: TrafficDirection, ruleIndex: Int, named: Int32,
        destination: Int,
        cache: inout [PortCacheKey: UInt32]
    ) -> UInt32 {
        if rule.ports.isEmpty { return PortSetTable.all }
        let key = PortCacheKey(
            position: position, direction: direction, ruleIndex: ruleIndex, named: rule.hasNamedPorts ? named : -1)
        if let known = cache[key] { return known }
        let pod: Int? = destination < recordCount && kinds[destination] == .pod ? destination : nil
        let set = rule.ports.reduce(PortSet()) { $0.union(analysis.ports(of: $1, destination: pod)) }
        let identifier = table.identifier(of: set)
        cache[key] = identifier
        return identifier
    }

    // MARK: Memberships

    private func peerKey(_ peer: CompiledPolicy.Peer, policy: CompiledPolicy) -> PeerKey? {
        switch peer {
        case .pods(let podSelector, nil):
            return podSelector.map { .local(namespace: policy.namespaceIndex, podSelector: $0) }
        case .pods(let podSelector, let namespaceSelector?):
            return .namespaces(namespaceSelector, podSelector: podSelector)
        case .addresses(let set):
            return .block(set)
        case .nothing:
            return nil
        }
    }

    private mutating func members(of key: PeerKey, addressIndex: [AddressEntry]) -> Bitset {
        var set = Bitset(count: itemCount)
        switch key {
        case .local(let namespace, let podSelector):
            for item in namespaceRanges[namespace]
            where kinds[item] == .pod && podSelector.matches(analysis.records[item].peer.labels) {
                set.insert(item)
            }
        case .namespaces(let namespaceSelector, let podSelector):
            let pods = podSelector.map { self.pods(matching: $0) }
            for namespace in namespaces(matching: namespaceSelector) {
                for item in namespaceRanges[namespace] where kinds[item] == .pod && (pods?.contains(item) ?? true) {
                    set.insert(item)
                }
            }
        case .block(let block):
            for range in block.ranges {
                let family: UInt8 = range.family == .ipv4 ? 4 : 6
                let lower = AddressAtoms.value(range.first)
                let upper = AddressAtoms.value(range.last)
                var low = 0
                var high = addressIndex.count
                while low < high {
                    let middle = (low + high) / 2
                    let entry = addressIndex[middle]
                    if (entry.family, entry.value) < (family, lower) { low = middle + 1 } else { high = middle }
                }
                while low < addressIndex.count && addressIndex[low].family == family
                    && addressIndex[low].value <= upper
                {
                    set.insert(addressIndex[low].item)
                    low += 1
                }
            }
        }
        return set
    }

    /// The selectable pods matching a selector, found through the label index when the selector has a
    /// requirement that needs a label.
    private mutating func pods(matching selector: LabelSelector) -> Bitset {
        if let known = podSelectorCache[selector] { return known }
        var candidates: [Int]?
        for (key, value) in selector.matchLabels {
            let found = labelIndex[key]?[value] ?? []
            if candidates == nil || found.count < candidates!.count { candidates = found }
        }
        if candidates == nil {
            for expression in selector.matchExpressions
            where expression.operator == .in || expression.operator == .exists {
                let values = labelIndex[expression.key] ?? [:]
                candidates =
                    expression.operator == .in
                    ? expression.values.flatMap { values[$0] ?? [] } : values.values.flatMap { $0 }
                break
            }
        }
        var set = Bitset(count: itemCount)
        for item in candidates ?? Array(0..<recordCount)
        where kinds[item] == .pod && selector.matches(analysis.records[item].peer.labels) {
            set.insert(item)
        }
        podSelectorCache[selector] = set
        return set
    }

    private mutating func namespaces(matching selector: LabelSelector) -> [Int] {
        if let known = namespaceSelectorCache[selector] { return known }
        let found = analysis.namespaces.indices.filter { selector.matches(analysis.namespaces[$0].labels) }
        namespaceSelectorCache[selector] = found
        return found
    }

    /// An address an ipBlock may match, and its item.
    private struct AddressEntry {
        var family: UInt8
        var value: UInt128
        var item: Int
    }

    /// Every address of every item, sorted: pod IPs of selectable pods, node addresses of hostNetwork pods
    /// seen as node traffic, and the first address of each outside atom.
    private func makeAddressIndex() -> [AddressEntry] {
        var entries: [AddressEntry] = []
        func add(_ address: IPAddress, _ item: Int) {
            entries.append(
                AddressEntry(family: address.family == .ipv4 ? 4 : 6, value: AddressAtoms.value(address), item: item))
        }
        for (item, record) in analysis.records.enumerated() {
            for address in kinds[item] == .pod ? record.peer.addresses : record.nodeAddresses { add(address, item) }
        }
        for (index, atom) in atoms.atoms.enumerated() { add(atom.representative, recordCount + index) }
        return entries.sorted { ($0.family, $0.value, $0.item) < ($1.family, $1.value, $1.item) }
    }

    /// For each item, an identifier of the numbers it resolves the policies' named ports to (0: none).
    private func namedPortSignatures() -> [Int32] {
        var used = Set<EndpointRecord.NamedPort>()
        for policy in analysis.compiled {
            for rule in policy.ingress + policy.egress {
                for case .named(let name, let proto) in rule.ports {
                    used.insert(EndpointRecord.NamedPort(name: name, proto: proto))
                }
            }
        }
        let ordered = used.sorted { ($0.name, $0.proto) < ($1.name, $1.proto) }
        var signatures = [Int32](repeating: 0, count: itemCount)
        guard !ordered.isEmpty else { return signatures }
        var identifiers: [[[Int]]: Int32] = [:]
        for (item, record) in analysis.records.enumerated() where kinds[item] == .pod {
            let numbers = ordered.map { record.namedPorts[$0] ?? [] }
            guard numbers.contains(where: { !$0.isEmpty }) else { continue }
            if let known = identifiers[numbers] {
                signatures[item] = known
            } else {
                let identifier = Int32(identifiers.count + 1)
                identifiers[numbers] = identifier
                signatures[item] = identifier
            }
        }
        return signatures
    }

    // MARK: Own node

    /// The pairs whose own node changes the verdict: a hostNetwork pod (node traffic) reaches every pod on
    /// its node (ingress from the own node is always allowed); a pod's denied egress to its own node is
    /// implementation-defined.
    private func ownNodeOverrides(cells: [UInt32], itemClass: [Int32], classCount: Int)
        -> [UInt64: ConnectivityMatrix.PairOverride]
    {
        var overrides: [UInt64: ConnectivityMatrix.PairOverride] = [:]
        let records = analysis.records
        for node in records.indices where kinds[node] == .node {
            for pod in records.indices where kinds[pod] == .pod && records[pod].sharesNode(with: records[node]) {
                overrides[ConnectivityMatrix.key(node, pod)] = .init(
                    ports: PortSetTable.all, implementationDefined: false)
                let outgoing = cells[Int(itemClass[pod]) * classCount + Int(itemClass[node])]
                overrides[ConnectivityMatrix.key(pod, node)] = .init(
                    ports: outgoing, implementationDefined: outgoing == PortSetTable.none)
            }
        }
        return overrides
    }
}
