import PodFenceModel

// MARK: - Builders for cluster policy test inputs

/// Every namespace: the simplest valid peer.
let everyNamespace = ClusterPolicyPeer(namespaces: LabelSelector())

/// A valid Admin-tier ClusterNetworkPolicy named `cnp` (priority 10, every pod of every namespace), changed by
/// `change`.
func makeCNP(_ change: (inout ClusterNetworkPolicySpec) -> Void = { _ in }) -> ClusterNetworkPolicy {
    var spec = ClusterNetworkPolicySpec(
        tier: .admin, priority: 10, subject: ClusterPolicySubject(namespaces: LabelSelector()))
    change(&spec)
    return ClusterNetworkPolicy(name: "cnp", spec: spec)
}

/// A ClusterNetworkPolicy with one ingress rule.
func cnpIngress(
    _ action: ClusterPolicyAction? = .accept, from peers: [ClusterPolicyPeer]? = [everyNamespace],
    protocols: [ClusterPolicyProtocol]? = nil, name: String? = nil
) -> ClusterNetworkPolicy {
    makeCNP { $0.ingress = [ClusterPolicyIngressRule(name: name, action: action, from: peers, protocols: protocols)] }
}

/// A ClusterNetworkPolicy with one egress rule.
func cnpEgress(
    _ action: ClusterPolicyAction? = .accept, to peers: [ClusterPolicyPeer]? = [everyNamespace],
    protocols: [ClusterPolicyProtocol]? = nil, name: String? = nil
) -> ClusterNetworkPolicy {
    makeCNP { $0.egress = [ClusterPolicyEgressRule(name: name, action: action, to: peers, protocols: protocols)] }
}

/// A TCP protocol entry on one port.
func tcp(_ number: Int) -> ClusterPolicyProtocol {
    ClusterPolicyProtocol(tcp: ClusterPolicyPortMatch(destinationPort: ClusterPolicyPort(number: number)))
}

/// A UDP protocol entry on a range.
func udpRange(_ start: Int?, _ end: Int?) -> ClusterPolicyProtocol {
    ClusterPolicyProtocol(
        udp: ClusterPolicyPortMatch(
            destinationPort: ClusterPolicyPort(range: ClusterPolicyPortRange(start: start, end: end))))
}

/// A valid AdminNetworkPolicy named `anp` (priority 20, every pod of every namespace), changed by `change`.
func makeANP(_ change: (inout AdminNetworkPolicySpec) -> Void = { _ in }) -> AdminNetworkPolicy {
    var spec = AdminNetworkPolicySpec(priority: 20, subject: ClusterPolicySubject(namespaces: LabelSelector()))
    change(&spec)
    return AdminNetworkPolicy(metadata: ObjectMeta(name: "anp"), spec: spec)
}

/// An AdminNetworkPolicy with one ingress rule.
func anpIngress(
    _ action: ClusterPolicyAction? = .allow, from peers: [ClusterPolicyPeer]? = [everyNamespace],
    ports: [AdminPolicyPort]? = nil
) -> AdminNetworkPolicy {
    makeANP { $0.ingress = [AdminPolicyIngressRule(action: action, from: peers, ports: ports)] }
}

/// An AdminNetworkPolicy with one egress rule.
func anpEgress(
    _ action: ClusterPolicyAction? = .allow, to peers: [ClusterPolicyPeer]? = [everyNamespace],
    ports: [AdminPolicyPort]? = nil
) -> AdminNetworkPolicy {
    makeANP { $0.egress = [AdminPolicyEgressRule(action: action, to: peers, ports: ports)] }
}

/// The valid BaselineAdminNetworkPolicy (`default`, every pod), changed by `change`.
func makeBANP(
    _ change: (inout BaselineAdminNetworkPolicySpec) -> Void = { _ in }
) -> BaselineAdminNetworkPolicy {
    var spec = BaselineAdminNetworkPolicySpec(subject: ClusterPolicySubject(namespaces: LabelSelector()))
    change(&spec)
    return BaselineAdminNetworkPolicy(spec: spec)
}

/// A `v1alpha1` port on one number.
func portNumber(_ port: Int?, _ proto: String? = nil) -> AdminPolicyPort {
    AdminPolicyPort(
        portNumber: AdminPolicyPortNumber(protocol: proto.map(PortProtocol.init(rawValue:)), port: port))
}

/// A `v1alpha1` port range.
func portRange(_ start: Int?, _ end: Int?, _ proto: String? = nil) -> AdminPolicyPort {
    AdminPolicyPort(
        portRange: AdminPolicyPortRange(protocol: proto.map(PortProtocol.init(rawValue:)), start: start, end: end))
}

// MARK: - Message texts, written out independently of the implementation

/// The `v1alpha2` detail for a network that is not a CIDR.
let invalidNetwork = "Invalid CIDR format provided: must be an IPv4 or IPv6 CIDR such as 10.0.0.0/8 or fd00::/8"
/// The CRD's domain-name pattern, as messages quote it.
let domainPattern = #"^(\*\.)?([a-zA-Z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.)+[a-zA-Z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.?$"#
/// The detail for a domain name the pattern refuses.
let invalidDomain =
    "must be a domain name such as kubernetes.io, or *.kubernetes.io for its subdomains: two or more "
    + "dot-separated labels of letters, digits, '-' and '_', each starting and ending with a letter or digit, "
    + "with '*.' only as a prefix (regex used for validation is '\(domainPattern)')"
/// The v1alpha2 and AdminNetworkPolicy rule against named ports with peers that have none.
let namedPortPeers =
    "Forbidden: networks/nodes/domainNames peer cannot be set with namedPorts since there are no namedPorts for "
    + "networks/nodes/domainNames"
/// The one-field-per-peer hint.
let orHint = " (give each its own peer: the peers of a rule are OR'ed)"
/// The one-field-per-entry hint.
let entryHint = " (give each its own entry: the entries of a rule are OR'ed)"
