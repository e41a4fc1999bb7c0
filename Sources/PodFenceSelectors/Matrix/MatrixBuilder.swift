import PodFenceCIDR
import PodFenceModel

/// Computes a ``ConnectivityMatrix`` from structure rather than pair by pair:
///
/// 1. *Items* are the cluster's peers and the outside address atoms (``AddressAtoms``).
/// 2. Every policy's subjects and every distinct rule peer become a set of items, evaluated once (selectors
///    through a label index, ipBlocks through a sorted address index).
/// 3. Each item gets four keys: its isolating egress-policy set, its isolating ingress-policy set (with its
///    named-port numbers when those rules name ports), its *source view* (kind and the ingress-rule peers it
///    belongs to) and its *destination view* (kind, named-port numbers and the egress-rule peers it belongs
///    to). A *row* is a distinct (egress set, source view), a *column* a distinct (destination view,
///    ingress set), a *class* a distinct (row, column).
/// 4. Egress is accumulated rule by rule over bitsets of destination views, once per distinct list of
///    isolating egress policies; ingress over bitsets of source views, once per distinct list of isolating
///    ingress policies (and named-port numbers).
/// 5. Cluster-scoped and Calico tiers: views that every tiered policy's rules see alike form a *tier class*
///    (a few hundred or thousand, where views are as many as pods). A *context* (the policies of one tier
///    that apply to an item) partitions the classes by what its policies' rules see of them and walks one
///    class per part. A side's list of tiers gives, per class, A, the ports the tiers allow whatever the
///    NetworkPolicies say, and B, those they hand to the NetworkPolicies (an *outcome row*, computed once
///    per part of the product of its contexts' partitions, and interned); a view's value is
///    A ∪ (B ∩ its NetworkPolicy value). Sets with the same NetworkPolicies and outcome rows (in every
///    reading of the tiers) share one *vector*, a row of their side's table.
/// 6. A cell is the intersection of its egress and ingress values, memoised per distinct pair of values;
///    the summary is counted per (row, column) from the numbers of peers in each. Cells that another
///    reading of the tiers changes are found from the views whose values that reading changes.
///
/// - Complexity: O(i × f) to key i items with f memberships each, plus O(e × r × d + g × r × s) for e and g
///   distinct egress and ingress vectors of r rules over d destination and s source views, plus O(R × C)
///   for R rows and C columns.
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
        /// Cluster policy peers: pods of matching namespaces, host-network pods excluded.
        case tierPods(namespaces: LabelSelector, pods: LabelSelector?)
        /// Cluster policy `networks`: addresses, pod IPs included in every reading.
        case networks(IPSet)
        /// Every node PodFence knows of (`nodes: {}`, or the candidates of a label selector).
        case nodes
        /// Every outside block (the candidates of `domainNames`).
        case outside
        /// Calico selectors: pods (host-network pods excluded) of the namespaces `namespaceSelector` matches,
        /// or of `scope` (every namespace when both are nil), whose Calico endpoint labels match `selector`
        /// (every pod of those namespaces when nil).
        case calicoPods(scope: Int?, namespaceSelector: CalicoSelector?, selector: CalicoSelector?)
    }

    /// A cluster policy rule as the matrix applies it: its action over the union of some peer sets. A rule
    /// with unevaluable peers becomes two: itself over its other peers, then (for `Deny` and `Pass`) a `Deny`
    /// over the unevaluable peers' candidates, which is the closed reading the verdicts use.
    private struct TierRule {
        var action: TierAction
        /// Cluster policy rules: the view must belong to one of these peer sets.
        var peers: [Int32]
        /// Calico rules: the view must belong to every `required` peer set and to no `excluded` one.
        var calico = false
        var required: [Int32] = []
        var excluded: [Int32] = []
        /// Calico rules' criteria on the subject: local sets the item must belong to, and must not.
        var localRequired: [Int32] = []
        var localExcluded: [Int32] = []
        var position: Int
        var ruleIndex: Int
        /// The rule's ports when they do not depend on the destination (no named port); nil otherwise.
        var fixedPorts: PortSet?
    }

    /// The cluster policies of one tier that apply to an item for one direction, with the named-port
    /// numbers of the item when it is the destination (ingress).
    private struct TierContext: Hashable {
        var ingress: Bool
        var policies: [Int]
        var named: Int32
        /// The item's local sets, when a policy has rules with local criteria (0 otherwise).
        var local: Int32
    }

    /// What one tier's policies decide for a view, starting from every port: the ports they accept, pass and
    /// leave unmatched (the rest they deny). The decision for a port depends on that port alone, so a later
    /// tier's decision on the ports handed to it is its decision from every port, restricted to them.
    private struct TierDecision {
        var accepted: UInt32
        /// Ports a `Pass` rule hands to the next tier.
        var passed: UInt32
        /// Ports no rule matched (the tier's default action, or the rest of the tier, decides them).
        var unmatched: UInt32
        /// `passed ∪ unmatched`: what a tier whose default action is `Pass` hands on.
        var handedOn: UInt32
    }

    /// One tier of an item's side as the matrix applies it: the contexts of its policies before and after
    /// the NetworkPolicy block (which only the NetworkPolicy tier has), and its default action.
    private struct TierGroup: Hashable {
        var before: Int?
        var after: Int?
        var block: Bool
        var denies: Bool
    }

    /// What a context's walk needs besides its policies, slot and named-port flag (which are in flat arrays
    /// for the lookups).
    private struct ContextInfo {
        /// The item named ports resolve on for ingress (the subject).
        var item: Int
        /// The identifier of `local` in `localLists` (0: none).
        var localID: Int32
        /// The local sets of the item (sorted), which Calico rules' local criteria are checked against.
        var local: [Int32]
    }

    /// A distinct policy subject: a pod selector in a namespace.
    private struct SubjectKey: Hashable {
        var namespace: Int
        var podSelector: LabelSelector
    }

    /// What an item looks like to the rules of the other end: its kind, its named-port numbers (for
    /// destinations) and the rule peers it belongs to.
    private struct View: Hashable {
        var kind: UInt8
        var namedPorts: Int32
        var peers: [Int32]
    }

    /// Where a rule's peers are: every item (no peer list), or the union of some peer sets.
    private enum RuleTarget {
        case everyone
        case peerSets([Int])
    }

    /// Interns values as dense identifiers, remembering the first item of each.
    private struct Interner<Key: Hashable> {
        var identifiers: [Key: Int32] = [:]
        var keys: [Key] = []
        var representatives: [Int] = []

        mutating func identifier(of key: Key, item: Int) -> Int32 {
            if let known = identifiers[key] { return known }
            let identifier = Int32(keys.count)
            identifiers[key] = identifier
            keys.append(key)
            representatives.append(item)
            return identifier
        }
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
    private var portCache: [PortCacheKey: UInt32] = [:]
    private var tierRules: [[[TierRule]]] = []
    private var tierContexts = Interner<TierContext>()
    private var contextInfo: [ContextInfo] = []
    /// Each context's policies, flat (`contextPolicyRange[context]` into `contextPolicies`), so that the
    /// inner loop reads them without retaining an array per (context, view).
    private var contextPolicies: [Int] = []
    private var contextPolicyRange: [Range<Int>] = []
    /// Each context's direction slot and whether its view's named ports are part of its signature (apart from
    /// `contextInfo`, so that a lookup reads no array-holding value).
    private var contextSlot: [Int] = []
    private var contextNamesPorts: [Bool] = []
    /// Whether a cluster policy's rules of a direction name a port, per (policy, direction).
    private var tierNamesPorts: [Bool] = []
    /// The rule signatures of each (policy position, direction): which of its rules match, as bit vectors,
    /// interned per (position, direction) so that a class compares small identifiers.
    private var signatureBits: [[[UInt64]]] = []
    private var signatureIdentifiers: [[[UInt64]: Int32]] = []
    /// Tier classes, per direction slot: views that every tiered policy's rules see alike (the same signature
    /// of every policy position, and for destinations the same named-port numbers). Each class's signature
    /// per position (`classSignatures[classBase[slot] + position * classCount[slot] + class]`: a context
    /// reads the rows of its few policies), named-port numbers and
    /// representative item (for destinations, whose named ports egress rules resolve on).
    private var tierPositions = 0
    private var classCount = [0, 0]
    private var classBase = [0, 0]
    private var classSignatures: [Int32] = []
    private var classNamed: [Int32] = []
    private var classRepresentative: [Int] = []
    /// Per (position, direction slot), the classes whose signature is not the position's most common one
    /// (`exceptionClasses[exceptionRange[position * 2 + slot]]`): a context's partition starts from one part
    /// and moves only those.
    private var exceptionClasses: [Int32] = []
    /// Every class of each direction slot, the members of a refinement of all of them.
    private var everyClass: [[Int32]] = [[], []]
    private var exceptionRange: [Range<Int>] = []
    /// Decisions of every context. A context's classes are partitioned by what its policies' rules see of
    /// them (their signatures, and the named-port numbers when they name ports): `decisionOfClass` holds each
    /// class's part (the context's row starts at `contextRowStart[context]`), and each part's decision is
    /// `decisions[contextDecisions[contextDecisionStart[context] + part]]` (`contextDecisionStart` is -1 until
    /// the context is partitioned).
    private var decisions: [TierDecision] = []
    private var decisionOfClass: [Int32] = []
    private var contextRowStart: [Int] = []
    private var contextDecisions: [Int32] = []
    private var contextDecisionStart: [Int] = []
    private var contextPartCount: [Int] = []
    /// The number of distinct named-port numbers of the egress classes (keys of a partition).
    private var classNamedCount = 0
    /// The slots of ``split(_:parts:members:range:keys:offset:keyCount:scratch:)``'s table, kept between calls.
    private var refineScratch: [Int32] = []
    /// What the grouping of a side's tiers reads of each tiered policy, read once: a compiled policy is a
    /// large value to copy.
    private struct TierFacts {
        var defaultDenies: Bool
        var beforeNetworkPolicies: Bool
        var reference: ClusterPolicyReference
        /// The actions of the policy's rules, one bit each, per direction slot.
        var actions: [UInt8]
    }
    private let tierFacts: [TierFacts]
    /// The lists of tiers (with their contexts) of the sides, interned.
    private var groupIDs: [[TierGroup]: Int] = [:]
    private var groupLists: [[TierGroup]] = []
    /// Each (list of tiers, direction slot)'s outcome row (see ``tierOutcome(_:slot:)``), and the rows of each
    /// direction slot.
    private var groupOutcome: [Int: Int32] = [:]
    private var outcomeRows = [OutcomeRows(), OutcomeRows()]
    private var policyDecisions: [PolicyDecisionKey: TierDecision] = [:]
    /// The decisions of policies whose rules name no port and have no local criteria, per (position,
    /// direction) and signature (-1: not met yet), in `policyDecisionList`.
    private var plainPolicyDecisions: [[Int32]] = []
    private var policyDecisionList: [TierDecision] = []
    private var namedSignatures: [Int32] = []
    private var tierPortCache: [PortCacheKey: PortSet] = [:]
    private let knownNodeAddresses: Set<IPAddress>
    /// Calico rules' local criteria: the sets of items they hold, interned by key, and each item's list of
    /// the sets holding it, interned (0: the empty list).
    private var localSetIDs: [PeerKey: Int32] = [:]
    private var localSets: [Bitset] = []
    private var localLists = Interner<[Int32]>()
    /// Whether a tiered policy has rules with local criteria, per (policy, direction).
    private var tierHasLocal: [Bool] = []
    /// Whether a tiered policy has a rule whose peers cannot be evaluated offline (read closed, and open at
    /// virtual position + tiers.count).
    private var tierUnevaluable: [Bool] = []

    init(analysis: ReachabilityAnalysis) {
        self.analysis = analysis
        var blocks = Set<IPSet>()
        for policy in analysis.compiled {
            for rule in policy.ingress + policy.egress {
                for case .addresses(let set) in rule.peers { blocks.insert(set) }
            }
        }
        var nodesNamed = false
        for policy in analysis.tiers {
            for rule in policy.ingress + policy.egress {
                for peer in rule.peers {
                    if case .networks(let set) = peer { blocks.insert(set) }
                    if case .nodes = peer { nodesNamed = true }
                    if case .calico(let criteria) = peer {
                        for set in [criteria.nets, criteria.notNets].compactMap({ $0 }) { blocks.insert(set) }
                    }
                }
                if let local = rule.local {
                    for set in [local.nets, local.notNets].compactMap({ $0 }) { blocks.insert(set) }
                }
            }
        }
        // Nodes are known by their addresses: each becomes an outside block of its own when a rule names nodes.
        var nodeAddresses = Set<IPAddress>()
        if nodesNamed {
            for record in analysis.records { nodeAddresses.formUnion(record.peer.hostAddresses) }
            for address in nodeAddresses { blocks.insert(IPSet(IPPrefix(host: address))) }
        }
        self.knownNodeAddresses = nodeAddresses
        self.tierFacts = analysis.tiers.map { policy in
            TierFacts(
                defaultDenies: policy.defaultDenies,
                beforeNetworkPolicies: ReachabilityAnalysis.beforeNetworkPolicies(policy.reference),
                reference: policy.reference,
                actions: TrafficDirection.allCases.map { direction in
                    policy.rules(direction).reduce(UInt8(0)) { mask, rule in
                        switch rule.action {
                        case .accept?: mask | 1
                        case .deny?: mask | 2
                        case .pass?: mask | 4
                        case nil: mask
                        }
                    }
                })
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

        // Rule peers: one set per distinct peer, with pod IPs in ipBlocks (the superset of memberships), and
        // the directions whose rules use it.
        var peerIDs: [PeerKey: Int] = [:]
        var peerSets: [Bitset] = []
        var peerIsBlock: [Bool] = []
        var peerUse: [(ingress: Bool, egress: Bool)] = []
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
                            let identifier: Int
                            if let known = peerIDs[key] {
                                identifier = known
                            } else {
                                identifier = peerSets.count
                                peerIDs[key] = identifier
                                peerSets.append(members(of: key, addressIndex: addressIndex))
                                if case .block = key { peerIsBlock.append(true) } else { peerIsBlock.append(false) }
                                peerUse.append((false, false))
                            }
                            if direction == .ingress {
                                peerUse[identifier].ingress = true
                            } else {
                                peerUse[identifier].egress = true
                            }
                            identifiers.append(identifier)
                        }
                        return .peerSets(identifiers)
                    })
            }
            targets.append(perDirection)
        }

        // Cluster policies: subjects (pods, host-network pods excluded) and rule peers, in the same peer sets.
        var tierSubjectIDs: [CompiledTierPolicy.Subject: Int] = [:]
        var tierSubjectSets: [Bitset] = []
        var tierSubjectPolicies: [[Int]] = []
        var openCalicoRules: [Int: [[TierRule]]] = [:]
        func peerIdentifier(_ key: PeerKey, _ direction: TrafficDirection) -> Int32 {
            let identifier: Int
            if let known = peerIDs[key] {
                identifier = known
            } else {
                identifier = peerSets.count
                peerIDs[key] = identifier
                peerSets.append(members(of: key, addressIndex: addressIndex))
                peerIsBlock.append(false)
                peerUse.append((false, false))
            }
            if direction == .ingress { peerUse[identifier].ingress = true } else { peerUse[identifier].egress = true }
            return Int32(identifier)
        }
        for (position, policy) in analysis.tiers.enumerated() {
            let identifier: Int
            if let known = tierSubjectIDs[policy.subject] {
                identifier = known
            } else {
                identifier = tierSubjectSets.count
                tierSubjectIDs[policy.subject] = identifier
                tierSubjectSets.append(tierSubjectMembers(policy.subject))
                tierSubjectPolicies.append([])
            }
            tierSubjectPolicies[identifier].append(position)
            var perDirection: [[TierRule]] = []
            var openPerDirection: [[TierRule]] = []
            for direction in TrafficDirection.allCases {
                var rules: [TierRule] = []
                var openRules: [TierRule] = []
                for (ruleIndex, rule) in policy.rules(direction).enumerated() {
                    guard let action = rule.action else { continue }
                    if rule.isCalico {
                        guard case .calico(let remote)? = rule.peers.first else { continue }
                        let (required, excluded) = Self.calicoKeys(remote)
                        let requiredIDs = required.map { peerIdentifier($0, direction) }
                        let excludedIDs = excluded.map { peerIdentifier($0, direction) }
                        for open in [false, true] {
                            if let compiled = calicoRule(
                                rule, action: action, position: position, ruleIndex: ruleIndex, required: requiredIDs,
                                excluded: excludedIDs, open: open, addressIndex: addressIndex)
                            {
                                if open { openRules.append(compiled) } else { rules.append(compiled) }
                            }
                        }
                        continue
                    }
                    var definite: [Int32] = []
                    var candidates: [Int32] = []
                    for peer in rule.peers {
                        switch peer {
                        case .namespaces(let selector):
                            definite.append(peerIdentifier(.tierPods(namespaces: selector, pods: nil), direction))
                        case .pods(let namespaces, let pods):
                            definite.append(peerIdentifier(.tierPods(namespaces: namespaces, pods: pods), direction))
                        case .networks(let set):
                            definite.append(peerIdentifier(.networks(set), direction))
                        case .nodes(let selector) where selector.isEmpty:
                            definite.append(peerIdentifier(.nodes, direction))
                        case .nodes:
                            candidates.append(peerIdentifier(.nodes, direction))
                        case .domainNames:
                            candidates.append(peerIdentifier(.outside, direction))
                        case .calico, .nothing:
                            continue
                        }
                    }
                    let fixedPorts = rule.hasNamedPorts ? nil : analysis.ports(of: rule, destination: nil)
                    rules.append(
                        TierRule(
                            action: action, peers: definite, position: position, ruleIndex: ruleIndex,
                            fixedPorts: fixedPorts))
                    if action != .accept && !candidates.isEmpty {
                        rules.append(
                            TierRule(
                                action: .deny, peers: candidates, position: position, ruleIndex: ruleIndex,
                                fixedPorts: fixedPorts))
                    }
                }
                perDirection.append(rules)
                openPerDirection.append(openRules)
            }
            tierRules.append(perDirection)
            if policy.reference.isCalico { openCalicoRules[position] = openPerDirection }
        }
        let tierNamedIngress = analysis.tiers.map { $0.ingress.contains(where: \.hasNamedPorts) }
        // The open reading of unevaluable peers (what the verdicts compare with): each policy again, at
        // position + tiers.count, with `Accept` rules matching their unevaluable peers and `Deny`/`Pass` rules
        // not matching them.
        tierUnevaluable = analysis.tiers.map { policy in
            (policy.ingress + policy.egress).contains { rule in
                rule.action != nil && (rule.unevaluable || rule.peers.contains(where: \.isUnevaluable))
            }
        }
        for (position, policy) in analysis.tiers.enumerated() {
            guard tierUnevaluable[position] else {
                tierRules.append(tierRules[position])
                continue
            }
            if let calico = openCalicoRules[position] {
                tierRules.append(calico)
                continue
            }
            tierRules.append(
                TrafficDirection.allCases.map { direction in
                    openRules(policy, position: position, direction: direction) { peerIDs[$0].map(Int32.init) }
                })
        }
        tierHasLocal = tierRules.flatMap { perDirection in
            perDirection.map { rules in rules.contains { !$0.localRequired.isEmpty || !$0.localExcluded.isEmpty } }
        }
        var localOf = [[Int32]](repeating: [], count: itemCount)
        for (identifier, set) in localSets.enumerated() { set.forEach { localOf[$0].append(Int32(identifier)) } }
        _ = localLists.identifier(of: [], item: 0)

        // Named ports: the numbers each item resolves every used (name, protocol) to.
        namedSignatures = namedPortSignatures()

        // The keys of every item.
        var subjectsOf = [[Int32]](repeating: [], count: itemCount)
        for (identifier, set) in subjectSets.enumerated() { set.forEach { subjectsOf[$0].append(Int32(identifier)) } }
        var tierSubjectsOf = [[Int32]](repeating: [], count: itemCount)
        for (identifier, set) in tierSubjectSets.enumerated() {
            set.forEach { tierSubjectsOf[$0].append(Int32(identifier)) }
        }
        var ingressPeersOf = [[Int32]](repeating: [], count: itemCount)
        var egressPeersOf = [[Int32]](repeating: [], count: itemCount)
        for (identifier, set) in peerSets.enumerated() {
            let use = peerUse[identifier]
            set.forEach { item in
                if use.ingress { ingressPeersOf[item].append(Int32(identifier)) }
                if use.egress { egressPeersOf[item].append(Int32(identifier)) }
            }
        }
        let namedIngress = compiled.map { $0.ingress.contains(where: \.hasNamedPorts) }
        var egressSets = Interner<EgressKey>()
        _ = egressSets.identifier(of: EgressKey(policies: [], tiers: [], local: 0), item: 0)
        var ingressSets = Interner<IngressKey>()
        _ = ingressSets.identifier(of: IngressKey(policies: [], named: 0, tiers: [], local: 0), item: 0)
        var sourceViews = Interner<View>()
        var destinationViews = Interner<View>()
        var rows = Interner<UInt64>()
        var columns = Interner<UInt64>()
        var classes = Interner<UInt64>()
        var itemRow = [Int32](repeating: 0, count: itemCount)
        var itemColumn = [Int32](repeating: 0, count: itemCount)
        for item in 0..<itemCount {
            var egress: [Int] = []
            var ingress: [Int] = []
            for subject in subjectsOf[item] {
                for position in subjectPolicies[Int(subject)] {
                    if compiled[position].appliesToEgress { egress.append(position) }
                    if compiled[position].appliesToIngress { ingress.append(position) }
                }
            }
            egress.sort()
            ingress.sort()
            var tierEgress: [Int] = []
            var tierIngress: [Int] = []
            for subject in tierSubjectsOf[item] {
                for position in tierSubjectPolicies[Int(subject)] {
                    if analysis.tiers[position].appliesToEgress { tierEgress.append(position) }
                    if analysis.tiers[position].appliesToIngress { tierIngress.append(position) }
                }
            }
            tierEgress.sort()
            tierIngress.sort()
            let kind = kinds[item].rawValue
            let named = namedSignatures[item]
            let local = localOf[item].isEmpty ? 0 : localLists.identifier(of: localOf[item], item: item)
            // Local criteria in either reading (an unevaluable Allow has them in the open reading only).
            func usesLocal(_ position: Int, _ direction: TrafficDirection) -> Bool {
                tierHasLocal[position * 2 + Self.slot(direction)]
                    || tierHasLocal[(position + analysis.tiers.count) * 2 + Self.slot(direction)]
            }
            let egressLocal = tierEgress.contains { usesLocal($0, .egress) } ? local : 0
            let ingressLocal = tierIngress.contains { usesLocal($0, .ingress) } ? local : 0
            let egressSet = egressSets.identifier(
                of: EgressKey(policies: egress, tiers: tierEgress, local: egressLocal), item: item)
            let usesNamed = ingress.contains { namedIngress[$0] } || tierIngress.contains { tierNamedIngress[$0] }
            let ingressSet = ingressSets.identifier(
                of: IngressKey(
                    policies: ingress, named: usesNamed ? named : 0, tiers: tierIngress, local: ingressLocal),
                item: item)
            let sourceView = sourceViews.identifier(
                of: View(kind: kind, namedPorts: 0, peers: ingressPeersOf[item]), item: item)
            let destinationView = destinationViews.identifier(
                of: View(kind: kind, namedPorts: named, peers: egressPeersOf[item]), item: item)
            let row = rows.identifier(of: Self.pair(egressSet, sourceView), item: item)
            let column = columns.identifier(of: Self.pair(destinationView, ingressSet), item: item)
            _ = classes.identifier(of: Self.pair(row, column), item: item)
            itemRow[item] = row
            itemColumn[item] = column
        }
        subjectsOf = []
        tierSubjectsOf = []
        localOf = []
        ingressPeersOf = []
        egressPeersOf = []

        // Tier classes: views that the tiered policies' rules cannot tell apart share their tier walks.
        tierNamesPorts = analysis.tiers.flatMap { policy in
            TrafficDirection.allCases.map { policy.rules($0).contains(where: \.hasNamedPorts) }
        }
        tierNamesPorts += tierNamesPorts
        tierPositions = tierRules.count
        signatureBits = [[[UInt64]]](repeating: [], count: tierPositions * 2)
        signatureIdentifiers = [[[UInt64]: Int32]](repeating: [:], count: tierPositions * 2)
        let destinationClasses = tierClasses(
            destinationViews.keys, representatives: destinationViews.representatives, direction: .egress,
            peerCount: peerSets.count)
        let sourceClasses = tierClasses(
            sourceViews.keys, representatives: sourceViews.representatives, direction: .ingress,
            peerCount: peerSets.count)

        // Sets whose NetworkPolicies give the same vector and whose tiers the same outcome per tier class (in
        // every reading of the tiers) have the same vector: they share a row of their side's table.
        let egressInputs = egressSets.keys.indices.map { set in
            PlanInput(
                policies: egressSets.keys[set].policies, policyNamed: 0, named: 0, tiers: egressSets.keys[set].tiers,
                local: egressSets.keys[set].local, item: egressSets.representatives[set])
        }
        let ingressInputs = ingressSets.keys.indices.map { set in
            PlanInput(
                policies: ingressSets.keys[set].policies,
                policyNamed: ingressSets.keys[set].policies.contains { namedIngress[$0] }
                    ? ingressSets.keys[set].named : 0,
                named: ingressSets.keys[set].named,
                tiers: ingressSets.keys[set].tiers, local: ingressSets.keys[set].local,
                item: ingressSets.representatives[set])
        }
        let egressPlan = tablePlan(egressInputs, ingress: false)
        let ingressPlan = tablePlan(ingressInputs, ingress: true)
        let layout = MatrixLayout(
            rowEgressVector: rows.keys.map { egressPlan.rowOfSet[Int(Int32(truncatingIfNeeded: $0 >> 32))] },
            rowSourceView: rows.keys.map { Int32(truncatingIfNeeded: $0) },
            columnDestinationView: columns.keys.map { Int32(truncatingIfNeeded: $0 >> 32) },
            columnIngressVector: columns.keys.map { ingressPlan.rowOfSet[Int(Int32(truncatingIfNeeded: $0))] },
            destinationViews: destinationViews.keys.count, ingressVectors: ingressPlan.rowCount)

        // Each reading of ipBlocks: which views each peer set holds, then the two tables.
        func reading(podsInBlocks: Bool) -> Tables {
            var destinationMembers = [Bitset](repeating: Bitset(count: 0), count: peerSets.count)
            var sourceMembers = [Bitset](repeating: Bitset(count: 0), count: peerSets.count)
            for identifier in peerSets.indices {
                if peerUse[identifier].egress {
                    destinationMembers[identifier] = Bitset(count: layout.destinationViews)
                }
                if peerUse[identifier].ingress { sourceMembers[identifier] = Bitset(count: sourceViews.keys.count) }
            }
            for (view, item) in destinationViews.representatives.enumerated()
            where podsInBlocks || kinds[item] != .pod {
                for identifier in destinationViews.keys[view].peers { destinationMembers[Int(identifier)].insert(view) }
            }
            for (view, item) in sourceViews.representatives.enumerated() where podsInBlocks || kinds[item] != .pod {
                for identifier in sourceViews.keys[view].peers { sourceMembers[Int(identifier)].insert(view) }
            }
            if !podsInBlocks {
                // Pods are left out of block peers only: put them back in the others.
                for (view, item) in destinationViews.representatives.enumerated() where kinds[item] == .pod {
                    for identifier in destinationViews.keys[view].peers where !peerIsBlock[Int(identifier)] {
                        destinationMembers[Int(identifier)].insert(view)
                    }
                }
                for (view, item) in sourceViews.representatives.enumerated() where kinds[item] == .pod {
                    for identifier in sourceViews.keys[view].peers where !peerIsBlock[Int(identifier)] {
                        sourceMembers[Int(identifier)].insert(view)
                    }
                }
            }
            return tables(
                egress: (egressPlan, egressInputs), ingress: (ingressPlan, ingressInputs),
                destinationViews: destinationViews, sourceViews: sourceViews,
                destinationMembers: destinationMembers, sourceMembers: sourceMembers,
                targets: targets, destinationClasses: destinationClasses, sourceClasses: sourceClasses,
                tierAlternatives: podsInBlocks == podIPsMatch, layout: layout)
        }
        let primaryTables = reading(podsInBlocks: podIPsMatch)
        let alternativeTables = podIPsMatch ? nil : reading(podsInBlocks: true)

        // Peers: the cluster's, then the outside blocks prefix by prefix.
        var peers: [MatrixPeer] = analysis.records.map { MatrixPeer(name: $0.peer.name, kind: $0.peer.kind) }
        var peerItem = Array(0..<recordCount)
        for (index, atom) in atoms.atoms.enumerated() {
            for prefix in atom.prefixes {
                peers.append(MatrixPeer(name: prefix.description, kind: MatrixPeer.ipBlockKind, block: prefix))
                peerItem.append(recordCount + index)
            }
        }
        let peerRow = peerItem.map { itemRow[$0] }
        let peerColumn = peerItem.map { itemColumn[$0] }
        let counted = count(
            primary: primaryTables, alternative: alternativeTables, layout: layout, peers: peers, peerRow: peerRow,
            peerColumn: peerColumn)
        let overrides = ownNodeOverrides(
            primary: counted.primary, layout: layout, itemRow: itemRow, itemColumn: itemColumn)
        var categories = counted.categories
        for (key, override) in overrides {
            let row = Int(itemRow[Int(key >> 32)])
            let column = Int(itemColumn[Int(key & 0xFFFF_FFFF)])
            let ports = ConnectivityMatrix.cell(counted.primary, row: row, column: column, layout: layout)
            let alternative = counted.alternative.map {
                ConnectivityMatrix.cell($0, row: row, column: column, layout: layout)
            }
            let flagged = counted.ambiguous.contains(row: row, column: column)
            categories[Self.category(ports: ports, alternative: alternative, implementationDefined: flagged)] -= 1
            categories[
                Self.category(
                    ports: override.ports, alternative: alternative,
                    implementationDefined: override.implementationDefined
                        || (flagged && override.ports != PortSetTable.all))
            ] += 1
        }
        let outsideBlocks = peers.count - recordCount
        let summary = MatrixSummary(
            peers: peers.count, outsideBlocks: outsideBlocks, classes: classes.keys.count,
            pairs: categories.reduce(0, +), fullyAllowed: categories[0], partlyAllowed: categories[1],
            denied: categories[2], implementationDefined: categories[3])
        return ConnectivityMatrix(
            peers: peers, options: analysis.options, classCount: classes.keys.count, summary: summary,
            peerRow: peerRow, peerColumn: peerColumn, layout: layout, primary: counted.primary,
            alternative: counted.alternative, tierAmbiguous: counted.ambiguous,
            portSetTable: table.sets, overrides: overrides)
    }

    private static func pair(_ high: Int32, _ low: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low))
    }

    /// 0 fully allowed, 1 partly, 2 denied, 3 implementation-defined.
    private static func category(ports: UInt32, alternative: UInt32?, implementationDefined: Bool) -> Int {
        if implementationDefined { return 3 }
        if ports == PortSetTable.all { return 0 }
        if ports != PortSetTable.none { return 1 }
        if implementationDefined { return 3 }
        if let alternative, alternative != PortSetTable.none { return 3 }
        return 2
    }

    // MARK: Tables

    /// One side's table of one reading: each entry an index into the side's distinct port sets.
    private struct Side {
        var entries = CompactTable()
        var values: [UInt32] = []
        private var positions: [UInt32] = []

        mutating func position(of identifier: UInt32) -> UInt32 {
            let slot = Int(identifier)
            if slot >= positions.count {
                positions += [UInt32](repeating: .max, count: max(slot + 1 - positions.count, positions.count))
            }
            if positions[slot] == .max {
                positions[slot] = UInt32(values.count)
                values.append(identifier)
            }
            return positions[slot]
        }
    }

    /// The two tables of one reading: egress by (egress vector, destination view), ingress by (source view,
    /// ingress vector) so that a row of the matrix reads both tables along one of their rows.
    private struct Tables {
        var egress: Side
        var ingress: Side
        /// Per egress vector whose tiers another reading changes (equal priorities reversed, unevaluable peers
        /// read open), the views whose values those readings change, with the other values (port set
        /// identifiers).
        var egressAlternatives: [Int32: [ViewValue]] = [:]
        /// The (row, column) pairs whose cell another reading of the ingress tiers turns from allowed to denied
        /// or back, found while the ingress table is computed (the egress table is complete by then).
        var ingressFlagged: [UInt64] = []
    }

    /// Which values of one side a pair of values of the other side (primary, other reading) tells apart:
    /// `states[base + position]` is 1 when the side's value at `position` meets exactly one of the two (its
    /// cell is allowed in one reading and denied in the other), 0 when it meets both or neither, -1 until
    /// worked out. Pairs met once the table holds ``limit`` entries are worked out cell by cell (`base` -1).
    private struct FlipTable {
        /// The most entries kept (64 MB): a cluster meets a few hundred pairs, each with one entry per value.
        static let limit = 1 << 26
        let values: [UInt32]
        private(set) var states: [Int8] = []
        private var bases: [UInt64: Int] = [:]
        /// The last pairs looked up, direct-mapped: most views repeat a recent pair.
        private var recentKeys = [UInt64](repeating: .max, count: 1_024)
        private var recentBases = [Int](repeating: 0, count: 1_024)

        init(values: [UInt32]) {
            self.values = values
        }

        /// The start of a pair's entries.
        @inline(__always)
        mutating func base(_ value: UInt32, _ other: UInt32) -> Int {
            let key = UInt64(value) << 32 | UInt64(other)
            let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
            return recentKeys[slot] == key ? recentBases[slot] : lookUp(key, slot: slot)
        }

        @inline(never)
        private mutating func lookUp(_ key: UInt64, slot: Int) -> Int {
            let base: Int
            if let known = bases[key] {
                base = known
            } else if states.count + values.count > Self.limit {
                base = -1
                bases[key] = base
            } else {
                base = states.count
                states += repeatElement(-1, count: values.count)
                bases[key] = base
            }
            recentKeys[slot] = key
            recentBases[slot] = base
            return base
        }

        /// Whether the pair starting at `base` (of `value` and `other`) tells the value at `position` apart.
        @inline(__always)
        mutating func flips(
            _ base: Int, _ position: Int, _ value: UInt32, _ other: UInt32, table: inout PortSetTable
        ) -> Bool {
            if base >= 0 {
                let known = states[base &+ position]
                if known >= 0 { return known == 1 }
            }
            let flips =
                (table.intersection(values[position], value) == PortSetTable.none)
                != (table.intersection(values[position], other) == PortSetTable.none)
            if base >= 0 { states[base &+ position] = flips ? 1 : 0 }
            return flips
        }
    }

    /// A view's value in another reading of the tiers, with its primary value's position in the side.
    private struct ViewValue {
        var view: Int32
        var value: UInt32
        var primary: UInt32
    }

    /// A set of one side as its vector needs it: its NetworkPolicies (with, for ingress, the named-port
    /// numbers they resolve to), its tiered policies and what they depend on, and an item that has them.
    private struct PlanInput {
        var policies: [Int]
        /// The named-port numbers the NetworkPolicies' rules resolve (0 when they name no port).
        var policyNamed: Int32
        /// The named-port numbers the tiered policies' rules resolve (0 when they name no port).
        var named: Int32
        var tiers: [Int]
        var local: Int32
        var item: Int
    }

    /// How the sets of one side map onto the rows of its table. Sets with the same NetworkPolicies (and
    /// named-port numbers) whose tiers have the same outcome per tier class, in every reading of the tiers,
    /// have the same vector: it is computed once.
    private struct TablePlan {
        /// The table row of each set.
        var rowOfSet: [Int32]
        /// Per row: the set it is computed from, the identifier of that set's NetworkPolicies (rows are in
        /// its order, so that consecutive rows share their NetworkPolicy vector), the identifier of its tiers'
        /// outcome row (-1: no tiers) and those of the other readings that differ from it.
        var sourceSet: [Int]
        var base: [Int32]
        var outcome: [Int32]
        var alternatives: [[Int32]]

        var rowCount: Int { sourceSet.count }
    }

    /// What decides a row of a side's table.
    private struct PlanKey: Hashable {
        var base: Int32
        var outcome: Int32
        var alternatives: [Int32]
    }

    /// What decides a set's tier outcome rows: its tiered policies, the named-port numbers and local sets
    /// their rules see, and whether NetworkPolicies isolate it.
    private struct TierKey: Hashable {
        var tiers: [Int]
        var named: Int32
        var local: Int32
        var isolated: Bool
    }

    /// What decides a NetworkPolicy vector.
    private struct BaseKey: Hashable {
        var policies: [Int]
        var named: Int32
    }

    /// The rows of one side's table (see ``TablePlan``).
    private mutating func tablePlan(_ inputs: [PlanInput], ingress: Bool) -> TablePlan {
        let direction: TrafficDirection = ingress ? .ingress : .egress
        let slot = Self.slot(direction)
        var bases = Interner<BaseKey>()
        var keys = Interner<PlanKey>()
        var keyOfSet = [Int32](repeating: 0, count: inputs.count)
        // Sets with the same tiers (and what their walk depends on) have the same outcome rows.
        var tierOutcomes: [TierKey: (Int32, [Int32])] = [:]
        for (set, input) in inputs.enumerated() {
            let base = bases.identifier(of: BaseKey(policies: input.policies, named: input.policyNamed), item: set)
            var outcome: Int32 = -1
            var alternatives: [Int32] = []
            let tierKey = TierKey(
                tiers: input.tiers, named: input.named, local: input.local, isolated: !input.policies.isEmpty)
            if let known = tierOutcomes[tierKey] {
                (outcome, alternatives) = known
            } else if !input.tiers.isEmpty {
                func outcomeOf(_ tiers: [Int]) -> Int32 {
                    tierOutcome(
                        groupIdentifier(
                            groups(
                                tiers, ingress: ingress, named: input.named, local: input.local, item: input.item,
                                isolated: !input.policies.isEmpty)), slot: slot)
                }
                outcome = outcomeOf(input.tiers)
                for list in alternativeTierLists(input.tiers, direction) {
                    let other = outcomeOf(list)
                    if other != outcome && !alternatives.contains(other) { alternatives.append(other) }
                }
                tierOutcomes[tierKey] = (outcome, alternatives)
            }
            keyOfSet[set] = keys.identifier(
                of: PlanKey(base: base, outcome: outcome, alternatives: alternatives), item: set)
        }
        let order = keys.keys.indices.sorted {
            (keys.keys[$0].base, keys.keys[$0].outcome, $0) < (keys.keys[$1].base, keys.keys[$1].outcome, $1)
        }
        var rowOfKey = [Int32](repeating: 0, count: order.count)
        for (row, key) in order.enumerated() { rowOfKey[key] = Int32(row) }
        return TablePlan(
            rowOfSet: keyOfSet.map { rowOfKey[Int($0)] }, sourceSet: order.map { keys.representatives[$0] },
            base: order.map { keys.keys[$0].base }, outcome: order.map { keys.keys[$0].outcome },
            alternatives: order.map { keys.keys[$0].alternatives })
    }

    /// The identifier of a list of tiers' outcome row: A << 32 | B (see ``combine(_:slot:tierClass:)``) for
    /// every tier class of the side, interned by content.
    private mutating func tierOutcome(_ group: Int, slot: Int) -> Int32 {
        // A list without contexts (NetworkPolicies alone) is the same list on both sides: keyed by slot too.
        if let known = groupOutcome[group * 2 + slot] { return known }
        let groups = groupLists[group]
        let width = classCount[slot]
        // The classes that every context of the list decides alike have the same outcome: the list walks
        // one class of each part of the product of the contexts' partitions.
        var parts = [Int32](repeating: 0, count: width)
        var representatives = width > 0 ? [0] : []
        for context in groups.flatMap({ [$0.before, $0.after].compactMap { $0 } }) {
            if contextDecisionStart[context] < 0 { partition(context) }
            representatives = Self.refine(
                &parts, parts: representatives.count, members: everyClass[slot], keys: decisionOfClass,
                offset: contextRowStart[context], keyCount: contextPartCount[context], scratch: &refineScratch)
        }
        let outcomes = representatives.map { combine(groups, slot: slot, tierClass: $0) }
        let row = parts.map { outcomes[Int($0)] }
        let identifier = outcomeRows[slot].identifier(of: row)
        groupOutcome[group * 2 + slot] = identifier
        return identifier
    }

    /// Egress per table row (a distinct egress vector) over destination views, ingress per table row over
    /// source views.
    ///
    /// Rows with tiered policies take their NetworkPolicies' vector through their tiers: a view's value is
    /// A ∪ (B ∩ its NetworkPolicy value), with A and B those of its tier class in the row's outcome row.
    private mutating func tables(
        egress egressSide: (plan: TablePlan, inputs: [PlanInput]),
        ingress ingressSide: (plan: TablePlan, inputs: [PlanInput]), destinationViews: Interner<View>,
        sourceViews: Interner<View>, destinationMembers: [Bitset], sourceMembers: [Bitset],
        targets: [[[RuleTarget]]], destinationClasses: [Int32], sourceClasses: [Int32], tierAlternatives: Bool,
        layout: MatrixLayout
    ) -> Tables {
        let destinationCount = destinationViews.keys.count
        let sourceCount = sourceViews.keys.count
        let egressSlot = Self.slot(.egress)
        let ingressSlot = Self.slot(.ingress)

        var egress = Side()
        let egressPlan = egressSide.plan
        egress.entries = CompactTable(zeros: egressPlan.rowCount * destinationCount)
        _ = egress.position(of: PortSetTable.all)
        var accumulated = [UInt32](repeating: PortSetTable.none, count: destinationCount)
        var egressAlternatives: [Int32: [ViewValue]] = [:]
        for row in 0..<egressPlan.rowCount {
            let input = egressSide.inputs[egressPlan.sourceSet[row]]
            if row == 0 || egressPlan.base[row] != egressPlan.base[row - 1] {
                accumulateEgress(
                    input.policies, into: &accumulated, targets: targets, destinationMembers: destinationMembers,
                    destinationViews: destinationViews)
            }
            var vector = accumulated
            if egressPlan.outcome[row] >= 0 {
                vector = applyOutcome(
                    egressPlan.outcome[row], slot: egressSlot, classes: destinationClasses,
                    networkPolicies: accumulated)
                if tierAlternatives {
                    var changes: [ViewValue] = []
                    for other in egressPlan.alternatives[row] {
                        let otherVector = applyOutcome(
                            other, slot: egressSlot, classes: destinationClasses, networkPolicies: accumulated)
                        changes += Self.differences(otherVector, from: vector)
                    }
                    if !changes.isEmpty { egressAlternatives[Int32(row)] = changes }
                }
            }
            let start = row * destinationCount
            for (view, value) in vector.enumerated() { egress.entries[start + view] = egress.position(of: value) }
        }

        // Ingress is computed per table row over the source views, and stored transposed.
        var ingress = Side()
        let ingressPlan = ingressSide.plan
        let rowCount = ingressPlan.rowCount
        ingress.entries = CompactTable(zeros: sourceCount * rowCount)
        _ = ingress.position(of: PortSetTable.all)
        accumulated = [UInt32](repeating: PortSetTable.none, count: sourceCount)
        // Cells that another reading of the ingress tiers flips, found through the rows of each source view and
        // the columns of each ingress vector.
        var ingressFlagged: [UInt64] = []
        let rowsOfSourceView = Self.grouped(layout.rowSourceView, groups: sourceCount)
        let columnsOfIngressVector = Self.grouped(layout.columnIngressVector, groups: rowCount)
        let egressBaseOfRow = layout.rowEgressVector.map { Int($0) * destinationCount }
        // Whether a cell flips depends on its egress value and on the (primary, other) pair of ingress values
        // alone, and a cluster has few such pairs: each pair's flipping egress values are worked out once.
        var flips = FlipTable(values: egress.values)
        // The table is stored by source view: vectors are written in blocks, each view's entries of a block
        // together, so that a row of the table is visited once per block rather than once per vector.
        var pendingRows: [Int] = []
        var pendingValues: [UInt32] = []
        func flush(_ ingress: inout Side) {
            for view in 0..<sourceCount {
                let start = view * rowCount
                for index in pendingRows.indices {
                    ingress.entries[start + pendingRows[index]] = ingress.position(
                        of: pendingValues[index * sourceCount + view])
                }
            }
            pendingRows.removeAll(keepingCapacity: true)
            pendingValues.removeAll(keepingCapacity: true)
        }
        for row in 0..<rowCount {
            let input = ingressSide.inputs[ingressPlan.sourceSet[row]]
            if row == 0 || ingressPlan.base[row] != ingressPlan.base[row - 1] {
                accumulateIngress(
                    input.policies, named: input.policyNamed, destination: input.item, into: &accumulated,
                    targets: targets, sourceMembers: sourceMembers)
            }
            var vector = accumulated
            if ingressPlan.outcome[row] >= 0 {
                vector = applyOutcome(
                    ingressPlan.outcome[row], slot: ingressSlot, classes: sourceClasses, networkPolicies: accumulated)
                let alternatives = tierAlternatives ? ingressPlan.alternatives[row] : []
                // The vector's columns, with their destination views.
                let columns = columnsOfIngressVector.members[
                    columnsOfIngressVector.start[row]..<columnsOfIngressVector.start[row + 1]]
                let destinations =
                    alternatives.isEmpty ? [] : columns.map { Int(layout.columnDestinationView[Int($0)]) }
                for other in alternatives {
                    let otherVector = applyOutcome(
                        other, slot: ingressSlot, classes: sourceClasses, networkPolicies: accumulated)
                    for view in 0..<sourceCount where otherVector[view] != vector[view] {
                        let (value, changed) = (vector[view], otherVector[view])
                        let base = flips.base(value, changed)
                        for index in rowsOfSourceView.start[view]..<rowsOfSourceView.start[view + 1] {
                            let matrixRow = Int(rowsOfSourceView.members[index])
                            let egressBase = egressBaseOfRow[matrixRow]
                            for (offset, column) in columns.enumerated()
                            where flips.flips(
                                base, Int(egress.entries[egressBase + destinations[offset]]), value, changed,
                                table: &table)
                            {
                                ingressFlagged.append(Self.pair(Int32(matrixRow), column))
                            }
                        }
                    }
                }
            }
            pendingRows.append(row)
            pendingValues += vector
            if pendingRows.count == 64 { flush(&ingress) }
        }
        flush(&ingress)
        return Tables(
            egress: egress, ingress: ingress, egressAlternatives: egressAlternatives,
            ingressFlagged: ingressFlagged)
    }

    /// The views where one vector differs from another, with its values there.
    private static func differences(_ other: [UInt32], from vector: [UInt32]) -> [ViewValue] {
        other.indices.compactMap { view in
            other[view] == vector[view] ? nil : ViewValue(view: Int32(view), value: other[view], primary: vector[view])
        }
    }

    /// The identifier of a side's list of tiers (with their contexts), interned.
    private mutating func groupIdentifier(_ groups: [TierGroup]) -> Int {
        if let known = groupIDs[groups] { return known }
        let identifier = groupLists.count
        groupIDs[groups] = identifier
        groupLists.append(groups)
        return identifier
    }

    /// A vector of NetworkPolicy values (over the views of one side) put through a list of tiers:
    /// A ∪ (B ∩ value) per view, with A and B of the view's class in the list's outcome row.
    private mutating func applyOutcome(
        _ outcome: Int32, slot: Int, classes: [Int32], networkPolicies: [UInt32]
    ) -> [UInt32] {
        let width = classCount[slot]
        let start = Int(outcome) * width
        let outcomes = outcomeRows[slot].values
        var result = networkPolicies
        for view in result.indices {
            let packed = outcomes[start + Int(classes[view])]
            let allowed = UInt32(truncatingIfNeeded: packed >> 32)
            let handed = UInt32(truncatingIfNeeded: packed)
            result[view] = table.union(allowed, table.intersection(handed, networkPolicies[view]))
        }
        return result
    }

    /// The NetworkPolicies' ingress value of a list of isolating policies (with the destination's named-port
    /// numbers, resolved on `destination`) over the source views.
    private mutating func accumulateIngress(
        _ policies: [Int], named: Int32, destination: Int, into accumulated: inout [UInt32],
        targets: [[[RuleTarget]]], sourceMembers: [Bitset]
    ) {
        let sourceCount = accumulated.count
        for index in accumulated.indices {
            accumulated[index] = policies.isEmpty ? PortSetTable.all : PortSetTable.none
        }
        var byPorts: [UInt32: Bitset] = [:]
        for position in policies {
            for (ruleIndex, rule) in analysis.compiled[position].ingress.enumerated() {
                let ports = rulePorts(
                    rule, position: position, direction: .ingress, ruleIndex: ruleIndex, named: named,
                    destination: destination)
                let target = targets[position][Self.slot(.ingress)][ruleIndex]
                let views = Self.members(target, sourceMembers, count: sourceCount)
                if byPorts[ports] == nil { byPorts[ports] = views } else { byPorts[ports]!.formUnion(views) }
            }
        }
        for ports in byPorts.keys.sorted() {
            byPorts[ports]!.forEach { view in accumulated[view] = table.union(accumulated[view], ports) }
        }
    }

    /// The other readings of a side's tiers that the verdicts compare with (`tierSide`): runs of cluster
    /// policies of equal tier and priority reversed, when there is one; the policies with unevaluable peers
    /// read open (their positions + tiers.count), when there is one.
    /// A run of tied policies whose rules all have one action (and no unevaluable peer) gives the same answer
    /// in any order, so only the other runs count.
    private func alternativeTierLists(_ tiers: [Int], _ direction: TrafficDirection) -> [[Int]] {
        var lists: [[Int]] = []
        var reversed: [Int] = []
        var run: [Int] = []
        var tied = false
        func closeRun() {
            if run.count > 1 {
                let actions = run.reduce(UInt8(0)) { $0 | tierFacts[$1].actions[Self.slot(direction)] }
                // Unevaluable peers turn `Pass` into `Deny` in the closed reading: their order can matter too.
                if actions.nonzeroBitCount > 1 || run.contains(where: { tierUnevaluable[$0] }) { tied = true }
            }
            reversed += run.reversed()
            run = []
        }
        for position in tiers {
            if let last = run.last, !ReachabilityAnalysis.tied(tierFacts[last].reference, tierFacts[position].reference)
            {
                closeRun()
            }
            run.append(position)
        }
        closeRun()
        if tied { lists.append(reversed) }
        if tiers.contains(where: { tierUnevaluable[$0] }) {
            lists.append(tiers.map { tierUnevaluable[$0] ? $0 + analysis.tiers.count : $0 })
        }
        return lists
    }

    /// The views a rule's target holds: every view, or the union of its peer sets' views.
    private static func members(_ target: RuleTarget, _ sets: [Bitset], count: Int) -> Bitset {
        guard case .peerSets(let identifiers) = target else { return Bitset.full(count: count) }
        var set = Bitset(count: count)
        for identifier in identifiers { set.formUnion(sets[identifier]) }
        return set
    }

    /// The NetworkPolicies' egress value of a list of isolating egress policies over the destination views.
    private mutating func accumulateEgress(
        _ list: [Int], into accumulated: inout [UInt32], targets: [[[RuleTarget]]], destinationMembers: [Bitset],
        destinationViews: Interner<View>
    ) {
        let destinationCount = accumulated.count
        for index in accumulated.indices {
            accumulated[index] = list.isEmpty ? PortSetTable.all : PortSetTable.none
        }
        // Rules without named ports allow the same ports to every view: their views are gathered word
        // by word per port set, then each view takes the union once per distinct port set.
        var byPorts: [UInt32: Bitset] = [:]
        for position in list {
            for (ruleIndex, rule) in analysis.compiled[position].egress.enumerated() {
                let target = targets[position][Self.slot(.egress)][ruleIndex]
                let views = Self.members(target, destinationMembers, count: destinationCount)
                if rule.hasNamedPorts {
                    views.forEach { view in
                        let ports = rulePorts(
                            rule, position: position, direction: .egress, ruleIndex: ruleIndex,
                            named: destinationViews.keys[view].namedPorts,
                            destination: destinationViews.representatives[view])
                        accumulated[view] = table.union(accumulated[view], ports)
                    }
                } else {
                    let ports = rulePorts(
                        rule, position: position, direction: .egress, ruleIndex: ruleIndex, named: 0,
                        destination: 0)
                    if byPorts[ports] == nil { byPorts[ports] = views } else { byPorts[ports]!.formUnion(views) }
                }
            }
        }
        for ports in byPorts.keys.sorted() {
            byPorts[ports]!.forEach { view in accumulated[view] = table.union(accumulated[view], ports) }
        }
    }

    /// Visits every (row, column) once: fills the intersection of each pair of egress and ingress values
    /// that occurs, and counts the reported pairs by category, weighted by the numbers of peers in the row
    /// and the column.
    private mutating func count(
        primary: Tables, alternative: Tables?, layout: MatrixLayout, peers: [MatrixPeer], peerRow: [Int32],
        peerColumn: [Int32]
    ) -> (
        primary: ConnectivityMatrix.Reading, alternative: ConnectivityMatrix.Reading?, categories: [Int],
        ambiguous: CellFlags
    ) {
        let rowCount = layout.rowEgressVector.count
        let columnCount = layout.columnIngressVector.count
        var rowSize = [Int](repeating: 0, count: rowCount)
        var rowOutside = [Int](repeating: 0, count: rowCount)
        var columnSize = [Int](repeating: 0, count: columnCount)
        var columnOutside = [Int](repeating: 0, count: columnCount)
        for (index, peer) in peers.enumerated() {
            rowSize[Int(peerRow[index])] += 1
            columnSize[Int(peerColumn[index])] += 1
            if peer.isOutside {
                rowOutside[Int(peerRow[index])] += 1
                columnOutside[Int(peerColumn[index])] += 1
            }
        }

        var primaryFill = Fill(primary)
        var alternativeFill = alternative.map(Fill.init)
        var categories = [0, 0, 0, 0]
        // Cells another reading of the tiers changes (allowed against denied) are implementation-defined, as
        // their verdicts say.
        var ambiguous = CellFlags(rows: rowCount, columns: columnCount)
        let egressTable = primary.egress.entries
        let ingressTable = primary.ingress.entries
        let destinationViews = layout.destinationViews
        let ingressVectors = layout.ingressVectors
        for row in 0..<rowCount {
            let egressBase = Int(layout.rowEgressVector[row]) * destinationViews
            let ingressBase = Int(layout.rowSourceView[row]) * ingressVectors
            let size = rowSize[row]
            let outside = rowOutside[row]
            var weights = (0, 0, 0, 0)
            if let alternative {
                for column in 0..<columnCount {
                    let weight = size * columnSize[column] - outside * columnOutside[column]
                    let egressIndex = egressBase + Int(layout.columnDestinationView[column])
                    let ingressIndex = ingressBase + Int(layout.columnIngressVector[column])
                    let ports = primaryFill.cell(egressTable[egressIndex], ingressTable[ingressIndex], table: &table)
                    let other = alternativeFill!.cell(
                        alternative.egress.entries[egressIndex], alternative.ingress.entries[ingressIndex],
                        table: &table)
                    switch Self.category(ports: ports, alternative: other, implementationDefined: false) {
                    case 0: weights.0 += weight
                    case 1: weights.1 += weight
                    case 2: weights.2 += weight
                    default: weights.3 += weight
                    }
                }
            } else {
                for column in 0..<columnCount {
                    let weight = size * columnSize[column] - outside * columnOutside[column]
                    let ports = primaryFill.cell(
                        egressTable[egressBase + Int(layout.columnDestinationView[column])],
                        ingressTable[ingressBase + Int(layout.columnIngressVector[column])], table: &table)
                    if ports == PortSetTable.all {
                        weights.0 += weight
                    } else if ports != PortSetTable.none {
                        weights.1 += weight
                    } else {
                        weights.2 += weight
                    }
                }
            }
            categories[0] += weights.0
            categories[1] += weights.1
            categories[2] += weights.2
            categories[3] += weights.3
        }
        if !primary.egressAlternatives.isEmpty || !primary.ingressFlagged.isEmpty {
            // Cells another reading of the tiers changes (allowed against denied) are implementation-defined,
            // as their verdicts say. Only the views where another reading's vector differs from the primary
            // one can change a cell: those are visited, through the rows and columns holding them.
            var rowsOfEgressVector: [Int32: [Int]] = [:]
            for row in 0..<rowCount where primary.egressAlternatives[layout.rowEgressVector[row]] != nil {
                rowsOfEgressVector[layout.rowEgressVector[row], default: []].append(row)
            }
            // The columns of each destination view, flat.
            let columnsOfDestinationView = Self.grouped(layout.columnDestinationView, groups: destinationViews)
            // The cells first (the ingress ones were found with the tables), then their weights: flagged cells
            // leave their category for implementation-defined.
            var flagged = primary.ingressFlagged
            // Whether a cell changes depends on its ingress value and the (primary, other) pair of egress values
            // alone, as for the ingress cells.
            var flips = FlipTable(values: primary.ingress.values)
            for (vector, changes) in primary.egressAlternatives {
                guard let rows = rowsOfEgressVector[vector] else { continue }
                for change in changes {
                    let view = Int(change.view)
                    let base = flips.base(change.primary, change.value)
                    for row in rows {
                        // Along one row of the ingress table.
                        let ingressBase = Int(layout.rowSourceView[row]) * ingressVectors
                        for index in columnsOfDestinationView.start[view]..<columnsOfDestinationView.start[view + 1] {
                            let column = Int(columnsOfDestinationView.members[index])
                            let position = Int(ingressTable[ingressBase + Int(layout.columnIngressVector[column])])
                            if flips.flips(base, position, change.primary, change.value, table: &table) {
                                flagged.append(Self.pair(Int32(row), Int32(column)))
                            }
                        }
                    }
                }
            }
            for key in flagged {
                let row = Int(key >> 32)
                let column = Int(key & 0xFFFF_FFFF)
                guard ambiguous.insert(row: row, column: column) else { continue }
                let egressIndex =
                    Int(layout.rowEgressVector[row]) * destinationViews + Int(layout.columnDestinationView[column])
                let ingressIndex =
                    Int(layout.rowSourceView[row]) * ingressVectors + Int(layout.columnIngressVector[column])
                let ports = primaryFill.cell(egressTable[egressIndex], ingressTable[ingressIndex], table: &table)
                let reading = alternativeFill?.cell(
                    alternative!.egress.entries[egressIndex], alternative!.ingress.entries[ingressIndex],
                    table: &table)
                let weight = rowSize[row] * columnSize[column] - rowOutside[row] * columnOutside[column]
                categories[Self.category(ports: ports, alternative: reading, implementationDefined: false)] -= weight
                categories[3] += weight
            }
        }
        let primaryReading = primaryFill.reading()
        let alternativeReading = alternativeFill?.reading()
        // The diagonal: a peer with itself is not a pair.
        for (index, peer) in peers.enumerated() where !peer.isOutside {
            let row = Int(peerRow[index])
            let column = Int(peerColumn[index])
            let ports = ConnectivityMatrix.cell(primaryReading, row: row, column: column, layout: layout)
            let other = alternativeReading.map {
                ConnectivityMatrix.cell($0, row: row, column: column, layout: layout)
            }
            let flagged = ambiguous.contains(row: row, column: column)
            categories[Self.category(ports: ports, alternative: other, implementationDefined: flagged)] -= 1
        }
        return (primaryReading, alternativeReading, categories, ambiguous)
    }

    /// The positions of a list grouped by value (values in `0..<groups`): the positions holding value `v` are
    /// `members[start[v]..<start[v + 1]]`, in order.
    private static func grouped(_ values: [Int32], groups: Int) -> (start: [Int], members: [Int32]) {
        var start = [Int](repeating: 0, count: groups + 1)
        for value in values { start[Int(value) + 1] += 1 }
        for index in 0..<groups { start[index + 1] += start[index] }
        var next = start
        var members = [Int32](repeating: 0, count: values.count)
        for (position, value) in values.enumerated() {
            members[next[Int(value)]] = Int32(position)
            next[Int(value)] += 1
        }
        return (start, members)
    }

    /// The intersections of one reading's pairs of egress and ingress values, filled as they are met.
    private struct Fill {
        var tables: Tables
        var dense: [UInt32]
        var sparse: [UInt64: UInt32] = [:]
        let width: Int
        static let unset = UInt32.max

        init(_ tables: Tables) {
            self.tables = tables
            width = tables.ingress.values.count
            let entries = tables.egress.values.count * width
            dense = entries <= IntersectionTable.denseLimit ? [UInt32](repeating: Self.unset, count: entries) : []
        }

        @inline(__always)
        mutating func cell(_ egressValue: UInt32, _ ingressValue: UInt32, table: inout PortSetTable) -> UInt32 {
            if !dense.isEmpty {
                let slot = Int(egressValue) * width + Int(ingressValue)
                let known = dense[slot]
                if known != Self.unset { return known }
                let result = table.intersection(
                    tables.egress.values[Int(egressValue)], tables.ingress.values[Int(ingressValue)])
                dense[slot] = result
                return result
            }
            let key = UInt64(egressValue) << 32 | UInt64(ingressValue)
            if let known = sparse[key] { return known }
            let result = table.intersection(
                tables.egress.values[Int(egressValue)], tables.ingress.values[Int(ingressValue)])
            sparse[key] = result
            return result
        }

        func reading() -> ConnectivityMatrix.Reading {
            ConnectivityMatrix.Reading(
                egress: tables.egress.entries, ingress: tables.ingress.entries,
                cells: IntersectionTable(width: width, dense: dense, sparse: sparse))
        }
    }

    /// The position of a direction's rules in the per-policy lists, which follow `TrafficDirection.allCases`.
    private static func slot(_ direction: TrafficDirection) -> Int {
        switch direction {
        case .ingress: ingressSlot
        case .egress: 1 - ingressSlot
        }
    }

    /// The slot of ingress, worked out once (`allCases` builds an array on every call).
    private static let ingressSlot = TrafficDirection.allCases.firstIndex(of: .ingress) ?? 0

    private struct PortCacheKey: Hashable {
        var position: Int
        var direction: TrafficDirection
        var ruleIndex: Int
        var named: Int32
    }

    private struct IngressKey: Hashable {
        var policies: [Int]
        var named: Int32
        var tiers: [Int]
        /// The item's local sets when a tiered policy's rules have local criteria (0 otherwise).
        var local: Int32
    }

    private struct EgressKey: Hashable {
        var policies: [Int]
        var tiers: [Int]
        var local: Int32
    }

    // MARK: Tiers

    /// What a side's tiers make of a tier class (the walk of `ReachabilityAnalysis.walkTiers`, on interned
    /// port sets), packed as A << 32 | B: A the ports they allow whatever the NetworkPolicies say, B the ports
    /// that reach the NetworkPolicy block, which the NetworkPolicies allow when they allow them. Each tier
    /// decides what reaches it; a tier's default action denies or hands on what no rule decided; after the
    /// last tier, allow. A port that reaches the block and that the NetworkPolicies do not allow goes on as
    /// if the block were not there, so A is the walk with NetworkPolicies that allow nothing.
    private mutating func combine(_ groups: [TierGroup], slot: Int, tierClass: Int) -> UInt64 {
        var remaining = PortSetTable.all
        var allowed = PortSetTable.none
        var handed = PortSetTable.none
        for group in groups {
            if remaining == PortSetTable.none { break }
            if group.block && group.before == nil && group.after == nil {
                // The NetworkPolicies alone: they allow what they allow, the tier denies the rest.
                return UInt64(allowed) << 32 | UInt64(remaining)
            }
            if !group.block && group.after == nil && !group.denies, let context = group.before {
                // A tier that hands on what its rules do not decide (Admin, Baseline).
                let decision = decision(context, tierClass: tierClass)
                if remaining == PortSetTable.all {
                    allowed = table.union(allowed, decision.accepted)
                    remaining = decision.handedOn
                } else {
                    allowed = table.union(allowed, table.intersection(remaining, decision.accepted))
                    remaining = table.intersection(remaining, decision.handedOn)
                }
                continue
            }
            var undecided = remaining
            var passed = PortSetTable.none
            if let context = group.before { apply(context, tierClass: tierClass, &undecided, &allowed, &passed) }
            if group.block { handed = undecided }
            if let context = group.after { apply(context, tierClass: tierClass, &undecided, &allowed, &passed) }
            remaining = group.denies ? passed : table.union(passed, undecided)
        }
        return UInt64(table.union(allowed, remaining)) << 32 | UInt64(handed)
    }

    /// One context's decision over the ports still undecided in its tier: what it accepts joins `allowed`,
    /// what it passes joins `passed`, and only what it leaves unmatched stays undecided.
    private mutating func apply(
        _ context: Int, tierClass: Int, _ undecided: inout UInt32, _ allowed: inout UInt32, _ passed: inout UInt32
    ) {
        compose(decision(context, tierClass: tierClass), &undecided, &allowed, &passed)
    }

    /// Applies a decision taken from every port to the ports still undecided: what it accepts joins
    /// `allowed`, what it passes joins `passed`, and only what it leaves unmatched stays undecided (a port's
    /// decision depends on that port alone).
    private mutating func compose(
        _ decision: TierDecision, _ undecided: inout UInt32, _ allowed: inout UInt32, _ passed: inout UInt32
    ) {
        if undecided == PortSetTable.all {
            allowed = table.union(allowed, decision.accepted)
            passed = table.union(passed, decision.passed)
            undecided = decision.unmatched
        } else {
            allowed = table.union(allowed, table.intersection(undecided, decision.accepted))
            passed = table.union(passed, table.intersection(undecided, decision.passed))
            undecided = table.intersection(undecided, decision.unmatched)
        }
    }

    /// The tiers of an item's side, in order, with the contexts of their policies; the NetworkPolicy tier
    /// takes part when the NetworkPolicies isolate the item or one of its policies selects the item.
    private mutating func groups(
        _ policies: [Int], ingress: Bool, named: Int32, local: Int32, item: Int, isolated: Bool
    ) -> [TierGroup] {
        let direction: TrafficDirection = ingress ? .ingress : .egress
        func context(_ members: ArraySlice<Int>) -> Int? {
            guard !members.isEmpty else { return nil }
            let members = Array(members)
            // The item's named ports and local sets matter only to contexts whose rules use them.
            let usesNamed = members.contains { tierNamesPorts[$0 * 2 + Self.slot(direction)] }
            let usesLocal = members.contains { tierHasLocal[$0 * 2 + Self.slot(direction)] }
            let identifier = Int(
                tierContexts.identifier(
                    of: TierContext(
                        ingress: ingress, policies: members, named: usesNamed ? named : 0,
                        local: usesLocal ? local : 0),
                    item: item))
            if identifier == contextInfo.count {
                contextRowStart.append(decisionOfClass.count)
                decisionOfClass += [Int32](repeating: 0, count: classCount[Self.slot(direction)])
                contextDecisionStart.append(-1)
                contextPartCount.append(0)
                contextPolicyRange.append(contextPolicies.count..<(contextPolicies.count + members.count))
                contextPolicies += members
                contextSlot.append(Self.slot(direction))
                contextNamesPorts.append(usesNamed && !ingress)
                contextInfo.append(
                    ContextInfo(
                        item: item, localID: usesLocal ? local : 0, local: usesLocal ? localLists.keys[Int(local)] : [])
                )
            }
            return identifier
        }
        var groups: [TierGroup] = []
        var start = 0
        var sawNetworkPolicyTier = false
        func addNetworkPolicyBlock() {
            if isolated { groups.append(TierGroup(before: nil, after: nil, block: true, denies: true)) }
            sawNetworkPolicyTier = true
        }
        // Positions at or above tiers.count are the open reading of the policy at position - tiers.count.
        let count = tierFacts.count
        func policy(_ position: Int) -> TierFacts { tierFacts[position % count] }
        while start < policies.count {
            let tier = policy(policies[start]).reference.tier
            var end = start
            while end < policies.count && policy(policies[end]).reference.tier == tier { end += 1 }
            let members = policies[start..<end]
            if !sawNetworkPolicyTier && EvaluationTier.networkPolicy < tier {
                addNetworkPolicyBlock()
                // NetworkPolicies that isolate the item decide whatever reaches them: the later tiers are never
                // reached (``combine(_:slot:tierClass:)`` stops there), and are left out.
                if isolated { break }
            }
            if tier == .networkPolicy {
                sawNetworkPolicyTier = true
                let split =
                    isolated
                    ? members.firstIndex { !policy($0).beforeNetworkPolicies }
                        ?? end : end
                groups.append(
                    TierGroup(
                        before: context(policies[start..<split]), after: context(policies[split..<end]),
                        block: isolated, denies: true))
            } else {
                groups.append(
                    TierGroup(
                        before: context(members), after: nil, block: false,
                        denies: policy(policies[start]).defaultDenies))
            }
            start = end
        }
        if !sawNetworkPolicyTier { addNetworkPolicyBlock() }
        return groups
    }

    /// What a context's tier decides for a tier class: the decision of the class's part of the context's
    /// partition.
    @inline(__always)
    private mutating func decision(_ context: Int, tierClass: Int) -> TierDecision {
        var start = contextDecisionStart[context]
        if start < 0 {
            partition(context)
            start = contextDecisionStart[context]
        }
        let part = Int(decisionOfClass[contextRowStart[context] &+ tierClass])
        return decisions[Int(contextDecisions[start &+ part])]
    }

    /// Partitions a context's classes by what its policies' rules see of them (each policy's rule
    /// signature, and the named-port numbers when an egress rule names a port), then walks one class of
    /// each part: a context's policies tell few of the side's classes apart.
    @inline(never)
    private mutating func partition(_ context: Int) {
        let slot = contextSlot[context]
        let width = classCount[slot]
        var parts = [Int32](repeating: 0, count: width)
        // Policy by policy, only the classes whose signature is not the policy's most common one move, each
        // to a new part per (part, signature): parts stay the classes with equal signatures so far. Parts
        // that every class left are dropped below.
        var partCount = width > 0 ? 1 : 0
        for index in contextPolicyRange[context] {
            let position = contextPolicies[index]
            let signatures = position * 2 + slot
            partCount = Self.split(
                &parts, parts: partCount, members: exceptionClasses, range: exceptionRange[signatures],
                keys: classSignatures,
                offset: classBase[slot] + position * width, keyCount: signatureBits[signatures].count,
                scratch: &refineScratch)
        }
        var representatives = Self.compact(&parts, parts: partCount)
        if contextNamesPorts[context] {
            representatives = Self.refine(
                &parts, parts: representatives.count, members: everyClass[slot], keys: classNamed, offset: 0,
                keyCount: classNamedCount, scratch: &refineScratch)
        }
        let rowStart = contextRowStart[context]
        for tierClass in 0..<width { decisionOfClass[rowStart + tierClass] = parts[tierClass] }
        contextDecisionStart[context] = contextDecisions.count
        contextPartCount[context] = representatives.count
        for representative in representatives {
            contextDecisions.append(walk(context, tierClass: representative))
        }
    }

    /// Refines a partition into `parts` parts (ids dense from 0) of the elements `members` lists (all of
    /// `ids`' indices): elements stay together while they have the same key (`keys[offset + element]`, in
    /// `0..<keyCount`). Parts are renumbered densely; returns the first element of each.
    private static func refine(
        _ ids: inout [Int32], parts: Int, members: [Int32], keys: [Int32], offset: Int, keyCount: Int,
        scratch: inout [Int32]
    ) -> [Int] {
        let count = split(
            &ids, parts: parts, members: members, range: members.indices, keys: keys, offset: offset,
            keyCount: keyCount, scratch: &scratch)
        return compact(&ids, parts: count)
    }

    /// Moves some elements of a partition (`members[range]`) to new parts, one per (part, key) met among them
    /// (`keys[offset + element]`, in `0..<keyCount`), numbered from `parts` on. Returns the new number of
    /// parts, some of which may have no element left.
    private static func split(
        _ ids: inout [Int32], parts: Int, members: [Int32], range: Range<Int>, keys: [Int32], offset: Int,
        keyCount: Int, scratch: inout [Int32]
    ) -> Int {
        var count = parts
        let size = parts * keyCount
        if size > 1 << 22 {
            var known: [Int: Int32] = [:]
            for index in range {
                let element = Int(members[index])
                let slot = Int(ids[element]) * keyCount + Int(keys[offset + element])
                if let id = known[slot] {
                    ids[element] = id
                } else {
                    known[slot] = Int32(count)
                    ids[element] = Int32(count)
                    count += 1
                }
            }
            return count
        }
        if scratch.count < size { scratch = [Int32](repeating: -1, count: max(size, scratch.count * 2)) }
        var touched: [Int] = []
        scratch.withUnsafeMutableBufferPointer { table in
            keys.withUnsafeBufferPointer { keys in
                members.withUnsafeBufferPointer { members in
                    ids.withUnsafeMutableBufferPointer { ids in
                        for index in range {
                            let element = Int(members[index])
                            let slot = Int(ids[element]) &* keyCount &+ Int(keys[offset &+ element])
                            var id = table[slot]
                            if id < 0 {
                                id = Int32(truncatingIfNeeded: count)
                                count += 1
                                table[slot] = id
                                touched.append(slot)
                            }
                            ids[element] = id
                        }
                    }
                }
            }
            for slot in touched { table[slot] = -1 }
        }
        return count
    }

    /// Renumbers the parts of a partition densely, in the order of their first elements, and returns those.
    private static func compact(_ ids: inout [Int32], parts: Int) -> [Int] {
        var number = [Int32](repeating: -1, count: parts)
        var representatives: [Int] = []
        for element in ids.indices {
            let part = Int(ids[element])
            if number[part] < 0 {
                number[part] = Int32(representatives.count)
                representatives.append(element)
            }
            ids[element] = number[part]
        }
        return representatives
    }

    /// Walks a context's policies for one tier class: policy by policy, each decides from every port what it
    /// accepts, passes and leaves unmatched (the decision for a port depends on that port alone), and the
    /// context's decision composes them in order. Returns the decision's index in `decisions`.
    private mutating func walk(_ context: Int, tierClass: Int) -> Int32 {
        let slot = contextSlot[context]
        let base = classBase[slot] + tierClass
        let stride = classCount[slot]
        // Named ports resolve on the destination: the item itself for ingress, the class's item for egress.
        let info = contextInfo[context]
        let resolvesOn = slot == Self.slot(.ingress) ? info.item : classRepresentative[tierClass]
        var undecided = PortSetTable.all
        var accepted = PortSetTable.none
        var passed = PortSetTable.none
        for index in contextPolicyRange[context] where undecided != PortSetTable.none {
            let position = contextPolicies[index]
            let policy = policyDecision(
                position, slot: slot, signature: classSignatures[base + position * stride], resolvesOn: resolvesOn,
                info: info)
            compose(policy, &undecided, &accepted, &passed)
        }
        decisions.append(
            TierDecision(
                accepted: accepted, passed: passed, unmatched: undecided, handedOn: table.union(passed, undecided)))
        return Int32(decisions.count - 1)
    }

    /// What one tiered policy's rules (one direction) decide alone, from every port, for a rule signature:
    /// memoised per (position, direction, signature), with the named-port numbers it resolves on when its
    /// rules name ports and the item's local sets when they have local criteria.
    private mutating func policyDecision(
        _ position: Int, slot: Int, signature: Int32, resolvesOn: Int, info: ContextInfo
    ) -> TierDecision {
        let index = position * 2 + slot
        let key = PolicyDecisionKey(
            index: Int32(index), signature: signature,
            named: tierNamesPorts[index] ? namedSignatures[resolvesOn] : -1,
            local: tierHasLocal[index] ? info.localID : -1)
        // Most policies name no port and have no local criteria: their decisions are found by signature.
        let plain = key.named < 0 && key.local < 0
        if plain {
            if plainPolicyDecisions.isEmpty {
                plainPolicyDecisions = signatureBits.map { [Int32](repeating: -1, count: $0.count) }
            }
            let known = plainPolicyDecisions[index][Int(signature)]
            if known >= 0 { return policyDecisionList[Int(known)] }
        } else if let known = policyDecisions[key] {
            return known
        }
        var undecided = PortSet.all
        var accepted = PortSet()
        var passed = PortSet()
        let bits = signatureBits[index][Int(signature)]
        for (ruleIndex, rule) in tierRules[position][slot].enumerated()
        where bits[ruleIndex / 64] & (1 << UInt64(ruleIndex % 64)) != 0 {
            guard !undecided.isEmpty else { break }
            if !info.local.isEmpty || !rule.localRequired.isEmpty || !rule.localExcluded.isEmpty {
                guard rule.localRequired.allSatisfy({ Self.contains(info.local, $0) }),
                    !rule.localExcluded.contains(where: { Self.contains(info.local, $0) })
                else { continue }
            }
            let taken = tierPorts(rule, slot: slot, destination: resolvesOn).intersection(undecided)
            if taken.isEmpty { continue }
            switch rule.action {
            case .accept: accepted.formUnion(taken)
            case .deny: break
            case .pass: passed.formUnion(taken)
            }
            undecided = undecided.subtracting(taken)
        }
        let decision = TierDecision(
            accepted: table.identifier(of: accepted), passed: table.identifier(of: passed),
            unmatched: table.identifier(of: undecided), handedOn: table.identifier(of: passed.union(undecided)))
        if plain {
            plainPolicyDecisions[index][Int(signature)] = Int32(policyDecisionList.count)
            policyDecisionList.append(decision)
        } else {
            policyDecisions[key] = decision
        }
        return decision
    }

    /// What a policy's decision depends on besides its position and direction.
    private struct PolicyDecisionKey: Hashable {
        var index: Int32
        var signature: Int32
        /// The named-port numbers of the item named ports resolve on (-1 when the rules name no port).
        var named: Int32
        /// The item's local sets (-1 when the rules have no local criteria).
        var local: Int32
    }

    /// The tier classes of one side's views: views whose memberships make every tiered policy position's
    /// rules match alike (and, for destinations when an egress rule names a port, with the same named-port
    /// numbers) share a class. Fills the class tables of the direction and returns each view's class.
    private mutating func tierClasses(
        _ views: [View], representatives: [Int], direction: TrafficDirection, peerCount: Int
    ) -> [Int32] {
        let slot = Self.slot(direction)
        let count = analysis.tiers.count
        let positions = tierPositions
        let named = direction == .egress && (0..<positions).contains { tierNamesPorts[$0 * 2 + slot] }
        // The rules of every position, flat: whether a rule is Calico's (all required, none excluded) or a
        // cluster policy's (any peer), and its peer sets.
        var ruleRange = [Range<Int>](repeating: 0..<0, count: positions)
        var ruleCalico: [Bool] = []
        var ruleRequired: [Range<Int>] = []
        var ruleExcluded: [Range<Int>] = []
        var flatPeers: [Int32] = []
        for position in 0..<positions {
            let start = ruleCalico.count
            for rule in tierRules[position][slot] {
                ruleCalico.append(rule.calico)
                let required = rule.calico ? rule.required : rule.peers
                ruleRequired.append(flatPeers.count..<(flatPeers.count + required.count))
                flatPeers += required
                ruleExcluded.append(flatPeers.count..<(flatPeers.count + rule.excluded.count))
                flatPeers += rule.excluded
            }
            ruleRange[position] = start..<ruleCalico.count
        }
        var marks = [Bool](repeating: false, count: peerCount)
        var classes = Interner<[Int32]>()
        var result = [Int32](repeating: 0, count: views.count)
        var tuple = [Int32](repeating: 0, count: positions + (named ? 1 : 0))
        var words: [UInt64] = [0]
        for (view, key) in views.enumerated() {
            for peer in key.peers { marks[Int(peer)] = true }
            for position in 0..<positions {
                // The open reading of a policy without unevaluable peers is the policy itself.
                if position >= count && !tierUnevaluable[position - count] {
                    tuple[position] = tuple[position - count]
                    continue
                }
                let rules = ruleRange[position]
                let wordCount = max(1, (rules.count + 63) / 64)
                if words.count != wordCount { words = [UInt64](repeating: 0, count: wordCount) }
                for index in words.indices { words[index] = 0 }
                for rule in rules {
                    let matches: Bool
                    if ruleCalico[rule] {
                        matches =
                            ruleRequired[rule].allSatisfy { marks[Int(flatPeers[$0])] }
                            && !ruleExcluded[rule].contains { marks[Int(flatPeers[$0])] }
                    } else {
                        matches = ruleRequired[rule].contains { marks[Int(flatPeers[$0])] }
                    }
                    if matches {
                        let bit = rule - rules.lowerBound
                        words[bit / 64] |= 1 << UInt64(bit % 64)
                    }
                }
                tuple[position] = signatureIdentifier(words, index: position * 2 + slot)
            }
            for peer in key.peers { marks[Int(peer)] = false }
            if named { tuple[positions] = key.namedPorts }
            result[view] = classes.identifier(of: tuple, item: representatives[view])
        }
        // The open readings copied their policies' signatures: they share their identifiers' bit vectors too.
        for position in count..<positions where !tierUnevaluable[position - count] {
            signatureBits[position * 2 + slot] = signatureBits[(position - count) * 2 + slot]
        }
        classCount[slot] = classes.keys.count
        everyClass[slot] = (0..<Int32(classes.keys.count)).map { $0 }
        classBase[slot] = classSignatures.count
        for position in 0..<positions { classSignatures += classes.keys.map { $0[position] } }
        // Per position, the classes whose signature is not its most common one.
        if exceptionRange.isEmpty { exceptionRange = [Range<Int>](repeating: 0..<0, count: positions * 2) }
        for position in 0..<positions {
            let row = classBase[slot] + position * classes.keys.count
            var counts = [Int](repeating: 0, count: signatureBits[position * 2 + slot].count)
            for tierClass in classes.keys.indices { counts[Int(classSignatures[row + tierClass])] += 1 }
            let common = Int32(counts.indices.max { counts[$0] < counts[$1] } ?? 0)
            let start = exceptionClasses.count
            for tierClass in classes.keys.indices where classSignatures[row + tierClass] != common {
                exceptionClasses.append(Int32(tierClass))
            }
            exceptionRange[position * 2 + slot] = start..<exceptionClasses.count
        }
        if direction == .egress {
            classNamed = classes.keys.map { named ? $0[positions] : 0 }
            classNamedCount = Int(classNamed.max() ?? 0) + 1
            classRepresentative = classes.representatives
        }
        return result
    }

    /// The identifier of a rule signature of a (position, direction), interned.
    private mutating func signatureIdentifier(_ bits: [UInt64], index: Int) -> Int32 {
        // Policies have few signatures: a scan finds them before a hash would.
        if signatureBits[index].count <= 16 {
            for (identifier, known) in signatureBits[index].enumerated() where known == bits {
                return Int32(identifier)
            }
        } else if let known = signatureIdentifiers[index][bits] {
            return known
        }
        let identifier = Int32(signatureBits[index].count)
        signatureBits[index].append(bits)
        signatureIdentifiers[index][bits] = identifier
        return identifier
    }

    /// True when a sorted list holds a value.
    private static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// The ports of a cluster policy rule to a destination (named ports resolved on it).
    private mutating func tierPorts(_ rule: TierRule, slot: Int, destination: Int) -> PortSet {
        if let fixedPorts = rule.fixedPorts { return fixedPorts }
        let direction: TrafficDirection = slot == Self.slot(.ingress) ? .ingress : .egress
        let compiled = analysis.tiers[rule.position].rules(direction)[rule.ruleIndex]
        let key = PortCacheKey(
            position: rule.position, direction: direction, ruleIndex: rule.ruleIndex,
            named: namedSignatures[destination])
        if let known = tierPortCache[key] { return known }
        let pod: Int? = destination < recordCount && kinds[destination] == .pod ? destination : nil
        let set = analysis.ports(of: compiled, destination: pod)
        tierPortCache[key] = set
        return set
    }

    /// The interned ports a rule allows to a destination (named ports resolved on a representative item).
    private mutating func rulePorts(
        _ rule: CompiledPolicy.Rule, position: Int, direction: TrafficDirection, ruleIndex: Int, named: Int32,
        destination: Int
    ) -> UInt32 {
        if rule.ports.isEmpty { return PortSetTable.all }
        let key = PortCacheKey(
            position: position, direction: direction, ruleIndex: ruleIndex, named: rule.hasNamedPorts ? named : -1)
        if let known = portCache[key] { return known }
        let pod: Int? = destination < recordCount && kinds[destination] == .pod ? destination : nil
        let set = rule.ports.reduce(PortSet()) { $0.union(analysis.ports(of: $1, destination: pod)) }
        let identifier = table.identifier(of: set)
        portCache[key] = identifier
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
        case .tierPods(let namespaceSelector, let podSelector):
            let pods = podSelector.map { self.pods(matching: $0) }
            for namespace in namespaces(matching: namespaceSelector) {
                for item in namespaceRanges[namespace]
                where kinds[item] == .pod && !analysis.records[item].peer.hostNetwork && (pods?.contains(item) ?? true)
                {
                    set.insert(item)
                }
            }
        case .nodes:
            for item in 0..<itemCount {
                switch kinds[item] {
                case .node: set.insert(item)
                case .pod: if analysis.records[item].peer.hostNetwork { set.insert(item) }
                case .outside:
                    let atom = atoms.atoms[item - recordCount]
                    if atom.prefixes.count == 1, atom.prefixes[0].length == atom.prefixes[0].family.bitWidth,
                        knownNodeAddresses.contains(atom.representative)
                    {
                        set.insert(item)
                    }
                }
            }
        case .outside:
            for item in recordCount..<itemCount { set.insert(item) }
        case .calicoPods(let scope, let namespaceSelector, let selector):
            let namespaces: [Int] =
                if let namespaceSelector {
                    analysis.namespaces.indices.filter { namespaceSelector.matches(analysis.calicoNamespaceLabels[$0]) }
                } else if let scope {
                    [scope]
                } else {
                    Array(analysis.namespaces.indices)
                }
            for namespace in namespaces {
                for item in namespaceRanges[namespace]
                where kinds[item] == .pod && !analysis.records[item].peer.hostNetwork
                    && (selector?.matches(analysis.calicoEndpointLabels[item]) ?? true)
                {
                    set.insert(item)
                }
            }
        case .block(let block), .networks(let block):
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

    /// The pods a tiered policy subject holds: selectable pods, host-network pods excluded.
    private mutating func tierSubjectMembers(_ subject: CompiledTierPolicy.Subject) -> Bitset {
        switch subject {
        case .namespaces(let selector): members(of: .tierPods(namespaces: selector, pods: nil), addressIndex: [])
        case .pods(let namespaces, let pods):
            members(of: .tierPods(namespaces: namespaces, pods: pods), addressIndex: [])
        case .calico(let scope, let namespaceSelector, let selector):
            members(
                of: .calicoPods(scope: scope, namespaceSelector: namespaceSelector, selector: selector),
                addressIndex: [])
        case .nothing: Bitset(count: itemCount)
        }
    }

    /// A cluster policy's rules for one direction in the open reading of unevaluable peers: an `Accept` rule
    /// matches its unevaluable peers' candidates too, a `Deny` or `Pass` rule only its other peers. The peer
    /// sets are those of the primary reading (`identifier` finds them). (Calico rules get their open reading
    /// from ``calicoRule(_:action:position:ruleIndex:required:excluded:open:addressIndex:)``.)
    private func openRules(
        _ policy: CompiledTierPolicy, position: Int, direction: TrafficDirection, identifier: (PeerKey) -> Int32?
    ) -> [TierRule] {
        let primary = tierRules[position][Self.slot(direction)]
        var rules: [TierRule] = []
        for var rule in primary {
            let compiled = policy.rules(direction)[rule.ruleIndex]
            // The primary reading's extra `Deny` over candidates is dropped; `Accept` gains the candidates.
            if rules.last.map({ $0.ruleIndex == rule.ruleIndex && !$0.calico }) ?? false { continue }
            if compiled.action == .accept {
                for peer in compiled.peers {
                    switch peer {
                    case .nodes(let selector) where !selector.isEmpty:
                        if let known = identifier(.nodes) { rule.peers.append(known) }
                    case .domainNames:
                        if let known = identifier(.outside) { rule.peers.append(known) }
                    default: continue
                    }
                }
            }
            rules.append(rule)
        }
        return rules
    }

    /// A Calico rule as the matrix applies it: its remote criteria as required and excluded peer sets, its
    /// local criteria as required and excluded local sets. With a criterion PodFence cannot evaluate, the
    /// closed reading of the verdicts: `Allow` matches nothing, `Deny` matches as if it were absent, `Pass`
    /// denies; in the open reading (`open`), `Allow` matches as written and the others match nothing. Nil when
    /// the rule matches nothing.
    private mutating func calicoRule(
        _ rule: CompiledTierPolicy.Rule, action: TierAction, position: Int, ruleIndex: Int, required: [Int32],
        excluded: [Int32], open: Bool, addressIndex: [AddressEntry]
    ) -> TierRule? {
        var effective = action
        if rule.unevaluable {
            if (action == .accept) != open { return nil }
            if !open { effective = .deny }
        }
        var compiled = TierRule(
            action: effective, peers: [], position: position, ruleIndex: ruleIndex,
            fixedPorts: rule.hasNamedPorts ? nil : analysis.ports(of: rule, destination: nil))
        compiled.calico = true
        compiled.required = required
        compiled.excluded = excluded
        if let local = rule.local {
            let (required, excluded) = Self.calicoKeys(local)
            func localSet(_ key: PeerKey) -> Int32 {
                if let known = localSetIDs[key] { return known }
                let identifier = Int32(localSets.count)
                localSetIDs[key] = identifier
                localSets.append(members(of: key, addressIndex: addressIndex))
                return identifier
            }
            compiled.localRequired = required.map(localSet)
            compiled.localExcluded = excluded.map(localSet)
        }
        return compiled
    }

    /// The peer sets Calico criteria need an endpoint to belong to, and not to.
    private static func calicoKeys(_ criteria: CalicoCriteria) -> (required: [PeerKey], excluded: [PeerKey]) {
        var required: [PeerKey] = []
        var excluded: [PeerKey] = []
        let scope = criteria.namespaceSelector == nil ? criteria.scope : nil
        if criteria.needsPod {
            required.append(
                .calicoPods(scope: scope, namespaceSelector: criteria.namespaceSelector, selector: criteria.selector))
        }
        if let selector = criteria.notSelector {
            excluded.append(
                .calicoPods(scope: scope, namespaceSelector: criteria.namespaceSelector, selector: selector))
        }
        if let nets = criteria.nets { required.append(.networks(nets)) }
        if let notNets = criteria.notNets { excluded.append(.networks(notNets)) }
        return (required, excluded)
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
        for policy in analysis.tiers {
            for rule in policy.ingress + policy.egress {
                for case .named(let name, let proto) in rule.ports + rule.excludedPorts {
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
    private func ownNodeOverrides(
        primary: ConnectivityMatrix.Reading, layout: MatrixLayout, itemRow: [Int32], itemColumn: [Int32]
    ) -> [UInt64: ConnectivityMatrix.PairOverride] {
        var overrides: [UInt64: ConnectivityMatrix.PairOverride] = [:]
        let records = analysis.records
        for node in records.indices where kinds[node] == .node {
            for pod in records.indices where kinds[pod] == .pod && records[pod].sharesNode(with: records[node]) {
                overrides[ConnectivityMatrix.key(node, pod)] = .init(
                    ports: PortSetTable.all, implementationDefined: false)
                let outgoing = ConnectivityMatrix.cell(
                    primary, row: Int(itemRow[pod]), column: Int(itemColumn[node]), layout: layout)
                overrides[ConnectivityMatrix.key(pod, node)] = .init(
                    ports: outgoing, implementationDefined: outgoing == PortSetTable.none)
            }
        }
        return overrides
    }
}

/// Rows of tier outcomes (A << 32 | B per tier class of one side), interned by content: lists of tiers
/// whose outcome is the same for every class share one.
private struct OutcomeRows {
    /// The rows, flat: row `r` is `values[r * width ..< (r + 1) * width]`.
    private(set) var values: [UInt64] = []
    private var count = 0
    private var byHash: [UInt64: [Int32]] = [:]

    /// The identifier of a row, interning it if new. Rows are hashed with a multiply–xor pass (the
    /// standard library's hasher would take longer than the rows' computation) and compared on a match.
    mutating func identifier(of row: [UInt64]) -> Int32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in row { hash = (hash ^ value) &* 0x100_0000_01B3 }
        let width = row.count
        for candidate in byHash[hash, default: []] {
            let start = Int(candidate) * width
            if values[start..<(start + width)].elementsEqual(row) { return candidate }
        }
        let identifier = Int32(count)
        count += 1
        values += row
        byHash[hash, default: []].append(identifier)
        return identifier
    }
}
