extension NetworkPolicy {
    /// A policy that selects every pod of a namespace and isolates both directions with no rules: all ingress
    /// and all egress denied. Chain the other builders to open what is needed.
    ///
    /// ```swift
    /// let policy = NetworkPolicy.denyAll(in: "ns-app1")
    /// ```
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - name: The policy's name (`deny-all` by default).
    public static func denyAll(in namespace: String, name: String = "deny-all") -> NetworkPolicy {
        NetworkPolicy(name: name, namespace: namespace, spec: NetworkPolicySpec(policyTypes: [.ingress, .egress]))
    }

    /// A policy that selects every pod of a namespace and isolates ingress only, with no rules.
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - name: The policy's name (`deny-ingress` by default).
    public static func denyIngress(in namespace: String, name: String = "deny-ingress") -> NetworkPolicy {
        NetworkPolicy(name: name, namespace: namespace, spec: NetworkPolicySpec(policyTypes: [.ingress]))
    }

    /// A copy with another name.
    /// - Parameter name: The new name.
    public func named(_ name: String) -> NetworkPolicy {
        var copy = self
        copy.metadata.name = name
        return copy
    }

    /// A copy in another namespace.
    /// - Parameter namespace: The new namespace.
    public func inNamespace(_ namespace: String) -> NetworkPolicy {
        var copy = self
        copy.metadata.namespace = namespace
        return copy
    }

    /// A copy that selects the pods matching a selector.
    /// - Parameter selector: The subjects.
    public func selecting(_ selector: LabelSelector) -> NetworkPolicy {
        var copy = self
        copy.spec.podSelector = selector
        return copy
    }

    /// A copy that selects the pods carrying these labels.
    /// - Parameter labels: Labels the subjects must carry.
    public func selecting(_ labels: [String: String]) -> NetworkPolicy {
        selecting(LabelSelector(labels))
    }

    /// A copy with explicit policy types.
    /// - Parameter types: The directions.
    public func applying(to types: [PolicyType]) -> NetworkPolicy {
        var copy = self
        copy.spec.policyTypes = types
        return copy
    }

    /// A copy with one more ingress rule; `Ingress` is added to explicit policy types if missing.
    ///
    /// ```swift
    /// policy.allowingIngress(from: [.namespaces(["ns-id": "ingress-nginx"])], ports: [.tcp(8080)])
    /// ```
    /// - Parameters:
    ///   - peers: The sources (nil: everyone).
    ///   - ports: The ports (nil: all).
    public func allowingIngress(from peers: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil)
        -> NetworkPolicy
    {
        var copy = self
        copy.spec.ingress = (spec.ingress ?? []) + [NetworkPolicyIngressRule(from: peers, ports: ports)]
        copy.addPolicyType(.ingress)
        return copy
    }

    /// A copy with one more egress rule; `Egress` is added to explicit policy types if missing.
    /// - Parameters:
    ///   - peers: The destinations (nil: everywhere).
    ///   - ports: The ports (nil: all).
    public func allowingEgress(to peers: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil)
        -> NetworkPolicy
    {
        var copy = self
        copy.spec.egress = (spec.egress ?? []) + [NetworkPolicyEgressRule(to: peers, ports: ports)]
        copy.addPolicyType(.egress)
        return copy
    }

    private mutating func addPolicyType(_ type: PolicyType) {
        if var types = spec.policyTypes, !types.contains(type) {
            types.append(type)
            spec.policyTypes = types
        }
    }
}

extension NetworkPolicyPeer {
    /// Pods carrying these labels in the policy's own namespace.
    /// - Parameter labels: The labels.
    public static func pods(_ labels: [String: String]) -> NetworkPolicyPeer {
        NetworkPolicyPeer(podSelector: LabelSelector(labels))
    }

    /// Every pod of the namespaces carrying these labels.
    /// - Parameter labels: Namespace labels.
    public static func namespaces(_ labels: [String: String]) -> NetworkPolicyPeer {
        NetworkPolicyPeer(namespaceSelector: LabelSelector(labels))
    }

    /// Every pod of the namespace with this name (through the automatic `kubernetes.io/metadata.name` label).
    /// - Parameter name: The namespace name.
    public static func namespace(named name: String) -> NetworkPolicyPeer {
        namespaces([Namespace.nameLabel: name])
    }

    /// Pods carrying `labels` in namespaces carrying `namespaceLabels`: one peer, both selectors (AND).
    /// - Parameters:
    ///   - labels: Pod labels.
    ///   - namespaceLabels: Namespace labels.
    public static func pods(_ labels: [String: String], inNamespaces namespaceLabels: [String: String])
        -> NetworkPolicyPeer
    {
        NetworkPolicyPeer(podSelector: LabelSelector(labels), namespaceSelector: LabelSelector(namespaceLabels))
    }

    /// Addresses of a CIDR, minus the excepted CIDRs.
    /// - Parameters:
    ///   - cidr: The block.
    ///   - except: Parts to leave out.
    public static func ipBlock(_ cidr: String, except: [String]? = nil) -> NetworkPolicyPeer {
        NetworkPolicyPeer(ipBlock: IPBlock(cidr: cidr, except: except))
    }
}

extension NetworkPolicyPort {
    /// A TCP port, or a TCP range when `endPort` is given.
    /// - Parameters:
    ///   - port: The port.
    ///   - endPort: The end of the range.
    public static func tcp(_ port: Int, through endPort: Int? = nil) -> NetworkPolicyPort {
        NetworkPolicyPort(protocol: .tcp, port: .int(port), endPort: endPort)
    }

    /// A UDP port, or a UDP range when `endPort` is given.
    /// - Parameters:
    ///   - port: The port.
    ///   - endPort: The end of the range.
    public static func udp(_ port: Int, through endPort: Int? = nil) -> NetworkPolicyPort {
        NetworkPolicyPort(protocol: .udp, port: .int(port), endPort: endPort)
    }

    /// An SCTP port, or an SCTP range when `endPort` is given.
    /// - Parameters:
    ///   - port: The port.
    ///   - endPort: The end of the range.
    public static func sctp(_ port: Int, through endPort: Int? = nil) -> NetworkPolicyPort {
        NetworkPolicyPort(protocol: .sctp, port: .int(port), endPort: endPort)
    }

    /// A named port of the destination pod.
    /// - Parameters:
    ///   - name: The container port's name.
    ///   - protocol: Its protocol (TCP by default).
    public static func named(_ name: String, protocol: PortProtocol = .tcp) -> NetworkPolicyPort {
        NetworkPolicyPort(protocol: `protocol`, port: .string(name))
    }

    /// Every port of a protocol.
    /// - Parameter protocol: The protocol.
    public static func all(_ protocol: PortProtocol) -> NetworkPolicyPort {
        NetworkPolicyPort(protocol: `protocol`)
    }
}
