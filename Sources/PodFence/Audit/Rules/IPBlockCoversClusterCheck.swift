import PodFenceCIDR
import PodFenceModel

/// `ipblock-covers-cluster`: ipBlock CIDRs that cover loaded pod addresses or the given pod and Service CIDRs.
struct IPBlockCoversClusterCheck: LintCheck {
    static let rule = LintRule(
        id: "ipblock-covers-cluster", severity: .note, title: "An ipBlock covers in-cluster addresses",
        explanation: """
            Whether ipBlocks match pod IPs depends on the network plugin (Calico: yes, Cilium: no). When \
            "outside the cluster" is meant, except the pod and Service CIDRs; select pods with selectors.
            """)

    func findings(in context: LintContext) -> [LintFinding] {
        let options = context.options
        return context.policies.flatMap { entry in
            entry.ipBlockCIDRs.compactMap { path, text in
                guard path.components.contains(.field("cidr")),
                    let parsed = try? IPPrefix.parse(text, mode: .lenient)
                else { return nil }
                let podAddresses = context.analysis.peers.flatMap(\.addresses).filter { parsed.prefix.contains($0) }
                let clusterRanges =
                    (options.podCIDRs.map { ("the pod CIDR", $0) }
                    + options.serviceCIDRs.map { ("the Service CIDR", $0) })
                    .filter { parsed.prefix.overlaps($0.1) }
                guard !podAddresses.isEmpty || !clusterRanges.isEmpty else { return nil }
                let what =
                    clusterRanges.map { "\($0.0) \($0.1)" }
                    + (podAddresses.isEmpty
                        ? [] : ["\(podAddresses.count) pod address\(podAddresses.count == 1 ? "" : "es")"])
                return LintFinding(
                    Self.rule, object: entry.name, path: path, location: entry.location(path),
                    message: "\(parsed.prefix) covers \(what.joined(separator: " and ")); whether that matches pods "
                        + "depends on the network plugin (Calico: yes, Cilium: no)",
                    fix:
                        "except the pod and Service CIDRs when only outside addresses are meant; select pods with selectors"
                )
            }
        }
    }
}

extension LintRule {
    /// An ipBlock that covers the pod or Service network.
    public static var ipBlockCoversCluster: LintRule { IPBlockCoversClusterCheck.rule }
}
