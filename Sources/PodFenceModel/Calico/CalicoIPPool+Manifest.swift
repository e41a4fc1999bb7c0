import PodFenceCIDR

extension CalicoIPPool {
    /// The pool as a `projectcalico.org/v3` `IPPool` manifest, for `calicoctl apply -f` through `YAMLWriter` or
    /// `JSONWriter`.
    ///
    /// `spec.disabled` is written only when true, as `calicoctl get ippool -o yaml` shows it:
    ///
    /// ```swift
    /// let pool = CalicoIPPool(name: "pod-pool-172-16-0-0-20", cidr: try IPPrefix(parsing: "172.16.0.0/20"),
    ///                         blockSize: 26)
    /// YAMLWriter().write(pool.manifest)   // apiVersion: projectcalico.org/v3, kind: IPPool, ...
    /// ```
    public var manifest: ManifestNode {
        var spec: ManifestMapping = [
            "cidr": .string(cidr.description),
            "blockSize": .int(blockSize),
            "ipipMode": .string(ipipMode.rawValue),
            "vxlanMode": .string(vxlanMode.rawValue),
            "natOutgoing": .bool(natOutgoing),
            "nodeSelector": .string(nodeSelector),
        ]
        if disabled { spec["disabled"] = .bool(true) }
        return .mapping([
            "apiVersion": .string(Self.apiVersion),
            "kind": .string(Self.kind),
            "metadata": .mapping(["name": .string(name)]),
            "spec": .mapping(spec),
        ])
    }
}
