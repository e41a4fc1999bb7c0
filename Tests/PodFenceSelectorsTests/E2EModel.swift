import PodFenceModel
import PodFenceSelectors

/// The standard model of the upstream e2e suite (semantics §4.1): namespaces x, y, z; pods a, b, c in each,
/// labelled `pod=<name>`; containers serving 80 and 81 on TCP, UDP and SCTP with ports named
/// `serve-<port>-<protocol>`; pod IPs 10.244.{1,2,3}.{1,2,3}.
enum E2EModel {
    static let namespaceNames = ["x", "y", "z"]
    static let podNames = ["a", "b", "c"]
    /// Every pod, `namespace/name`, in matrix order.
    static let allPods = namespaceNames.flatMap { namespace in podNames.map { "\(namespace)/\($0)" } }

    /// The IP of a pod: 10.244.<namespace 1-3>.<pod 1-3>.
    static func ip(_ pod: String) -> String {
        let parts = pod.split(separator: "/").map(String.init)
        let namespace = namespaceNames.firstIndex(of: parts[0])! + 1
        let name = podNames.firstIndex(of: parts[1])! + 1
        return "10.244.\(namespace).\(name)"
    }

    /// The namespaces with their labels (the automatic name label and the older `ns` label), plus extra ones.
    static func namespaces(extraLabels: [String: [String: String]] = [:]) -> [Namespace] {
        namespaceNames.map { name in
            Namespace(name: name, labels: ["ns": name].merging(extraLabels[name] ?? [:]) { $1 })
        }
    }

    /// The pods (all, or a subset), with their containers, IPs and extra labels.
    static func pods(_ subset: [String] = allPods, extraLabels: [String: [String: String]] = [:]) -> [Pod] {
        subset.map { qualified in
            let parts = qualified.split(separator: "/").map(String.init)
            var containers: [Container] = []
            for port in [80, 81] {
                for proto in PortProtocol.supported {
                    let suffix = "\(port)-\(proto.rawValue.lowercased())"
                    containers.append(
                        Container(
                            name: "cont-\(suffix)",
                            ports: [ContainerPort(name: "serve-\(suffix)", containerPort: port, protocol: proto)]))
                }
            }
            let labels = ["pod": parts[1]].merging(extraLabels[qualified] ?? [:]) { $1 }
            return Pod(
                metadata: ObjectMeta(name: parts[1], namespace: parts[0], labels: labels),
                spec: PodSpec(containers: containers, nodeName: "node-1"),
                status: PodStatus(podIPs: [ip(qualified)], hostIP: "192.168.0.1"))
        }
    }

    // MARK: Policies as upstream's helpers build them

    /// A policy whose `policyTypes` lists each direction whose rules are set, even to none, as upstream's
    /// `SetSpecIngressRules`/`SetSpecEgressRules` do (the suite never relies on defaulting).
    static func policy(
        _ name: String, in namespace: String = "x", selecting selector: LabelSelector = LabelSelector(),
        ingress: [NetworkPolicyIngressRule]? = nil, egress: [NetworkPolicyEgressRule]? = nil
    ) -> NetworkPolicy {
        var types: [PolicyType] = []
        if ingress != nil { types.append(.ingress) }
        if egress != nil { types.append(.egress) }
        return NetworkPolicy(
            name: name, namespace: namespace,
            spec: NetworkPolicySpec(podSelector: selector, policyTypes: types, ingress: ingress, egress: egress))
    }

    static func pod(_ name: String) -> LabelSelector { LabelSelector(["pod": name]) }
    static func namespace(_ name: String) -> LabelSelector { LabelSelector([Namespace.nameLabel: name]) }
    static let everything = LabelSelector()

    static func from(
        pods podSelector: LabelSelector? = nil, namespaces namespaceSelector: LabelSelector? = nil,
        ports: [NetworkPolicyPort]? = nil
    ) -> NetworkPolicyIngressRule {
        NetworkPolicyIngressRule(
            from: [NetworkPolicyPeer(podSelector: podSelector, namespaceSelector: namespaceSelector)], ports: ports)
    }

    static func to(
        pods podSelector: LabelSelector? = nil, namespaces namespaceSelector: LabelSelector? = nil,
        ports: [NetworkPolicyPort]? = nil
    ) -> NetworkPolicyEgressRule {
        NetworkPolicyEgressRule(
            to: [NetworkPolicyPeer(podSelector: podSelector, namespaceSelector: namespaceSelector)], ports: ports)
    }
}
