import PodFence

/// The `projectcalico.org/v3` `IPPool` manifest of a pool, for `calicoctl apply -f`: the SDK holds the pool as a
/// value, and this example writes it with the SDK's YAML writer.
/// - Parameter pool: The pool.
/// - Returns: The manifest; `spec.disabled` appears only when true, as `calicoctl get ippool -o yaml` shows it.
func manifest(of pool: CalicoIPPool) -> ManifestNode {
    var spec: ManifestMapping = [
        "cidr": .string(pool.cidr.description),
        "blockSize": .int(pool.blockSize),
        "ipipMode": .string(pool.ipipMode.rawValue),
        "vxlanMode": .string(pool.vxlanMode.rawValue),
        "natOutgoing": .bool(pool.natOutgoing),
        "nodeSelector": .string(pool.nodeSelector),
    ]
    if pool.disabled { spec["disabled"] = .bool(true) }
    return .mapping([
        "apiVersion": .string(CalicoIPPool.apiVersion),
        "kind": .string(CalicoIPPool.kind),
        "metadata": .mapping(["name": .string(pool.name)]),
        "spec": .mapping(spec),
    ])
}
