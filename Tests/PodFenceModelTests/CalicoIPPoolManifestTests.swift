import PodFenceCIDR
import PodFenceModel
import Testing

/// The `projectcalico.org/v3` `IPPool` manifests that a pod CIDR migration applies with `calicoctl apply -f`.
@Suite("Calico IPPool manifest")
struct CalicoIPPoolManifestTests {
    /// Every scalar of a manifest as `path: text (kind)`, in the order it is written.
    static func lines(_ node: ManifestNode, path: String = "") -> [String] {
        if let mapping = node.mapping {
            return mapping.flatMap { lines($0.value, path: path.isEmpty ? $0.key : path + "." + $0.key) }
        }
        guard let scalar = node.scalar else { return ["\(path): not a scalar"] }
        return ["\(path): \(scalar.text) (\(scalar.kind))"]
    }

    @Test("a new pool is written with every spec field and without `disabled`")
    func newPool() throws {
        let pool = CalicoIPPool(
            name: "pod-pool-172-16-0-0-20", cidr: try IPPrefix(parsing: "172.16.0.0/20"), blockSize: 26)
        #expect(
            Self.lines(pool.manifest) == [
                "apiVersion: projectcalico.org/v3 (string)",
                "kind: IPPool (string)",
                "metadata.name: pod-pool-172-16-0-0-20 (string)",
                "spec.cidr: 172.16.0.0/20 (string)",
                "spec.blockSize: 26 (int)",
                "spec.ipipMode: Always (string)",
                "spec.vxlanMode: Never (string)",
                "spec.natOutgoing: true (bool)",
                "spec.nodeSelector: all() (string)",
            ])
    }

    @Test("a disabled pool writes `disabled: true` last, and its encapsulation and node selector as set")
    func disabledPool() throws {
        let pool = CalicoIPPool(
            name: "default-ipv6-ippool", cidr: try IPPrefix(parsing: "fd00::/48"), blockSize: 122, ipipMode: .never,
            vxlanMode: .crossSubnet, natOutgoing: false, nodeSelector: "!all()", disabled: true)
        #expect(
            Self.lines(pool.manifest) == [
                "apiVersion: projectcalico.org/v3 (string)",
                "kind: IPPool (string)",
                "metadata.name: default-ipv6-ippool (string)",
                "spec.cidr: fd00::/48 (string)",
                "spec.blockSize: 122 (int)",
                "spec.ipipMode: Never (string)",
                "spec.vxlanMode: CrossSubnet (string)",
                "spec.natOutgoing: false (bool)",
                "spec.nodeSelector: !all() (string)",
                "spec.disabled: true (bool)",
            ])
    }
}
