import PodFenceModel
import Testing

@Suite("Peer validation (R01-R03)")
struct PeerValidationTests {
    @Test(
        "R01: a peer needs a selector or an ipBlock",
        arguments: [
            ValidationCase(
                "from: [{}]", ingressPolicy(from: [NetworkPolicyPeer()]),
                [
                    err("R01", "spec.ingress[0].from[0]", "Required value: must specify a peer")
                ]),
            ValidationCase(
                "to: [{}] after a valid peer", egressPolicy(to: [.pods(["a": "b"]), NetworkPolicyPeer()]),
                [
                    err("R01", "spec.egress[0].to[1]", "Required value: must specify a peer")
                ]),
            ValidationCase("empty selector is a peer", ingressPolicy(from: [.pods([:])]), []),
            ValidationCase("from: [] is everyone", ingressPolicy(from: []), []),
            ValidationCase("no from is everyone", ingressPolicy(from: nil), []),
        ])
    func r01(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "R02: ipBlock cannot be combined with a selector",
        arguments: [
            ValidationCase(
                "namespaceSelector + ipBlock",
                ingressPolicy(from: [
                    NetworkPolicyPeer(
                        namespaceSelector: LabelSelector(["a": "b"]), ipBlock: IPBlock(cidr: "10.0.0.0/8"))
                ]),
                [err("R02", "spec.ingress[0].from[0]", "Forbidden: may not specify both ipBlock and another peer")]),
            ValidationCase(
                "podSelector + ipBlock",
                egressPolicy(to: [NetworkPolicyPeer(podSelector: LabelSelector(), ipBlock: IPBlock(cidr: "::/0"))]),
                [err("R02", "spec.egress[0].to[0]", "Forbidden: may not specify both ipBlock and another peer")]),
            ValidationCase(
                "all three, errors inside first",
                ingressPolicy(from: [
                    NetworkPolicyPeer(
                        podSelector: LabelSelector(["-": "x"]), namespaceSelector: LabelSelector(),
                        ipBlock: IPBlock(cidr: ""))
                ]),
                [
                    err("S01", "spec.ingress[0].from[0].podSelector.matchLabels[-]", prefix: "Invalid value: \"-\""),
                    err("I01", "spec.ingress[0].from[0].ipBlock.cidr", "Required value"),
                    err("R02", "spec.ingress[0].from[0]", "Forbidden: may not specify both ipBlock and another peer"),
                ]),
        ])
    func r02(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "R03: podSelector and namespaceSelector together are one valid peer",
        arguments: [
            ValidationCase("both by label", ingressPolicy(from: [.pods(["pod": "b"], inNamespaces: ["ns": "y"])]), []),
            ValidationCase("both empty", ingressPolicy(from: [.pods([:], inNamespaces: [:])]), []),
            ValidationCase(
                "expressions",
                egressPolicy(to: [
                    NetworkPolicyPeer(
                        podSelector: expression("pod", "In", ["b", "c"]),
                        namespaceSelector: expression("ns", "NotIn", ["x"]))
                ]), []),
        ])
    func r03(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }
}
