/// A fluent way to write ClusterNetworkPolicies, like the NetworkPolicy builders:
///
/// ```swift
/// let dns = ClusterNetworkPolicy.admin("allow-dns", priority: 10, subject: .namespaces([:]))
///     .egress(.accept, to: [.pods(["k8s-app": "kube-dns"], inNamespaces: [Namespace.nameLabel: "kube-system"])],
///             protocols: [.udp(53), .tcp(53)], name: "dns")
/// let tenants = ClusterNetworkPolicy.baseline("tenant-isolation", priority: 100, subject: .namespaces(["tenant": "yes"]))
///     .ingress(.deny, from: [.namespaces([:])], name: "deny-all")
/// ```
extension ClusterNetworkPolicy {
    /// An Admin-tier policy without rules.
    /// - Parameters:
    ///   - name: The policy's name.
    ///   - priority: Its priority (0-1000, lower first).
    ///   - subject: The pods it applies to.
    public static func admin(_ name: String, priority: Int, subject: ClusterPolicySubject) -> ClusterNetworkPolicy {
        ClusterNetworkPolicy(
            name: name, spec: ClusterNetworkPolicySpec(tier: .admin, priority: priority, subject: subject))
    }

    /// A Baseline-tier policy without rules.
    /// - Parameters:
    ///   - name: The policy's name.
    ///   - priority: Its priority (0-1000, lower first).
    ///   - subject: The pods it applies to.
    public static func baseline(_ name: String, priority: Int, subject: ClusterPolicySubject) -> ClusterNetworkPolicy {
        ClusterNetworkPolicy(
            name: name, spec: ClusterNetworkPolicySpec(tier: .baseline, priority: priority, subject: subject))
    }

    /// The policy with an ingress rule appended (after the existing ones, so it takes effect after them).
    /// - Parameters:
    ///   - action: `.accept`, `.deny` or `.pass`.
    ///   - peers: The sources.
    ///   - protocols: The destination ports (nil: every port).
    ///   - name: The rule's name.
    public func ingress(
        _ action: ClusterPolicyAction, from peers: [ClusterPolicyPeer], protocols: [ClusterPolicyProtocol]? = nil,
        name: String? = nil
    ) -> ClusterNetworkPolicy {
        var policy = self
        policy.spec.ingress =
            (spec.ingress ?? [])
            + [ClusterPolicyIngressRule(name: name, action: action, from: peers, protocols: protocols)]
        return policy
    }

    /// The policy with an egress rule appended (after the existing ones, so it takes effect after them).
    /// - Parameters:
    ///   - action: `.accept`, `.deny` or `.pass`.
    ///   - peers: The destinations.
    ///   - protocols: The destination ports (nil: every port).
    ///   - name: The rule's name.
    public func egress(
        _ action: ClusterPolicyAction, to peers: [ClusterPolicyPeer], protocols: [ClusterPolicyProtocol]? = nil,
        name: String? = nil
    ) -> ClusterNetworkPolicy {
        var policy = self
        policy.spec.egress =
            (spec.egress ?? [])
            + [ClusterPolicyEgressRule(name: name, action: action, to: peers, protocols: protocols)]
        return policy
    }
}

extension ClusterPolicySubject {
    /// Every pod of the namespaces with these labels (`[:]`: every namespace).
    /// - Parameter labels: The namespaces' labels.
    public static func namespaces(_ labels: [String: String]) -> ClusterPolicySubject {
        ClusterPolicySubject(namespaces: LabelSelector(labels))
    }

    /// The pods with these labels in the namespaces with those labels.
    /// - Parameters:
    ///   - labels: The pods' labels (`[:]`: every pod).
    ///   - namespaceLabels: The namespaces' labels (`[:]`: every namespace).
    public static func pods(_ labels: [String: String], inNamespaces namespaceLabels: [String: String] = [:])
        -> ClusterPolicySubject
    {
        ClusterPolicySubject(
            pods: NamespacedPodSelector(
                namespaceSelector: LabelSelector(namespaceLabels), podSelector: LabelSelector(labels)))
    }
}

extension ClusterPolicyPeer {
    /// Every pod of the namespaces this selector selects.
    /// - Parameter selector: The namespaces.
    public static func namespaces(_ selector: LabelSelector) -> ClusterPolicyPeer {
        ClusterPolicyPeer(namespaces: selector)
    }

    /// Every pod of the namespaces with these labels (`[:]`: every namespace).
    /// - Parameter labels: The namespaces' labels.
    public static func namespaces(_ labels: [String: String]) -> ClusterPolicyPeer {
        ClusterPolicyPeer(namespaces: LabelSelector(labels))
    }

    /// The pods with these labels in the namespaces with those labels.
    /// - Parameters:
    ///   - labels: The pods' labels (`[:]`: every pod).
    ///   - namespaceLabels: The namespaces' labels (`[:]`: every namespace).
    public static func pods(_ labels: [String: String], inNamespaces namespaceLabels: [String: String] = [:])
        -> ClusterPolicyPeer
    {
        ClusterPolicyPeer(
            pods: NamespacedPodSelector(
                namespaceSelector: LabelSelector(namespaceLabels), podSelector: LabelSelector(labels)))
    }

    /// The addresses of these CIDRs, pods' included.
    /// - Parameter cidrs: IPv4 or IPv6 CIDRs.
    public static func networks(_ cidrs: [String]) -> ClusterPolicyPeer {
        ClusterPolicyPeer(networks: cidrs)
    }

    /// The nodes this selector selects (experimental).
    /// - Parameter selector: The nodes' labels.
    public static func nodes(_ selector: LabelSelector) -> ClusterPolicyPeer {
        ClusterPolicyPeer(nodes: selector)
    }

    /// These domain names (experimental, `Accept` rules only).
    /// - Parameter names: Names such as `example.com` or `*.example.com`.
    public static func domainNames(_ names: [String]) -> ClusterPolicyPeer {
        ClusterPolicyPeer(domainNames: names)
    }
}

extension ClusterPolicyProtocol {
    /// One TCP port.
    /// - Parameter port: The port.
    public static func tcp(_ port: Int) -> ClusterPolicyProtocol {
        ClusterPolicyProtocol(tcp: ClusterPolicyPortMatch(destinationPort: ClusterPolicyPort(number: port)))
    }

    /// A TCP range (`start` below `end`).
    /// - Parameter ports: The range.
    public static func tcp(_ ports: ClosedRange<Int>) -> ClusterPolicyProtocol {
        ClusterPolicyProtocol(tcp: ClusterPolicyPortMatch(destinationPort: .range(ports)))
    }

    /// One UDP port.
    /// - Parameter port: The port.
    public static func udp(_ port: Int) -> ClusterPolicyProtocol {
        ClusterPolicyProtocol(udp: ClusterPolicyPortMatch(destinationPort: ClusterPolicyPort(number: port)))
    }

    /// A UDP range (`start` below `end`).
    /// - Parameter ports: The range.
    public static func udp(_ ports: ClosedRange<Int>) -> ClusterPolicyProtocol {
        ClusterPolicyProtocol(udp: ClusterPolicyPortMatch(destinationPort: .range(ports)))
    }

    /// One SCTP port.
    /// - Parameter port: The port.
    public static func sctp(_ port: Int) -> ClusterPolicyProtocol {
        ClusterPolicyProtocol(sctp: ClusterPolicyPortMatch(destinationPort: ClusterPolicyPort(number: port)))
    }

    /// A named container port of the destination, whatever its protocol (experimental).
    /// - Parameter name: The port's name.
    public static func named(_ name: String) -> ClusterPolicyProtocol {
        ClusterPolicyProtocol(destinationNamedPort: name)
    }
}

extension ClusterPolicyPort {
    /// An inclusive range.
    /// - Parameter ports: The range.
    public static func range(_ ports: ClosedRange<Int>) -> ClusterPolicyPort {
        ClusterPolicyPort(range: ClusterPolicyPortRange(start: ports.lowerBound, end: ports.upperBound))
    }
}
