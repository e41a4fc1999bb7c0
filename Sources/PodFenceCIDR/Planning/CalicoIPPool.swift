/// The fields of a Calico `IPPool` resource (`projectcalico.org/v3`, cluster-scoped) that a pod CIDR migration
/// writes.
///
/// A plan produces two of them: the new pool, and the old pool with ``disabled`` set. This module holds them as
/// values; `PodFenceModel` writes them as manifests (`manifest`):
///
/// ```yaml
/// apiVersion: projectcalico.org/v3
/// kind: IPPool
/// metadata:
///   name: pod-pool-172-16-0-0-20
/// spec:
///   blockSize: 26
///   cidr: 172.16.0.0/20
///   ipipMode: Always
///   natOutgoing: true
///   nodeSelector: all()
///   vxlanMode: Never
/// ```
///
/// The `projectcalico.org/v3` form is the one `calicoctl` (and the Calico API server) reads. The
/// `crd.projectcalico.org/v1` resources that a Kubernetes-datastore install stores them as are Calico's internal
/// form, which its documentation says not to edit directly.
public struct CalicoIPPool: Sendable, Hashable {
    /// The `apiVersion` of the resource: `projectcalico.org/v3`.
    public static let apiVersion = "projectcalico.org/v3"
    /// The `kind` of the resource: `IPPool`.
    public static let kind = "IPPool"

    /// How a pool's traffic between hosts is encapsulated, for `ipipMode` and `vxlanMode`.
    public enum EncapsulationMode: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Always encapsulate traffic to other hosts.
        case always = "Always"
        /// Encapsulate only traffic that crosses a subnet boundary.
        case crossSubnet = "CrossSubnet"
        /// Never encapsulate (Calico's API default).
        case never = "Never"

        /// The mode as the resource spells it: `Always`, `CrossSubnet` or `Never`.
        public var description: String { rawValue }
    }

    /// `metadata.name`.
    public var name: String
    /// `spec.cidr`: the addresses of the pool.
    public var cidr: IPPrefix
    /// `spec.blockSize`: the prefix length of the IPAM blocks, settable only when the pool is created.
    public var blockSize: Int
    /// `spec.ipipMode`.
    public var ipipMode: EncapsulationMode
    /// `spec.vxlanMode`; at most one of ``ipipMode`` and ``vxlanMode`` may be other than `Never`.
    public var vxlanMode: EncapsulationMode
    /// `spec.natOutgoing`: whether traffic from pods to destinations outside every pool is masqueraded to the
    /// node's address.
    public var natOutgoing: Bool
    /// `spec.nodeSelector`: the nodes that take addresses from the pool; `all()` for every node.
    public var nodeSelector: String
    /// `spec.disabled`: when true, IPAM assigns no new address from the pool; pods that hold one keep it.
    public var disabled: Bool

    /// Creates a pool.
    ///
    /// - Parameters:
    ///   - name: The resource name.
    ///   - cidr: The addresses of the pool.
    ///   - blockSize: The IPAM block prefix length.
    ///   - ipipMode: The IP-in-IP mode.
    ///   - vxlanMode: The VXLAN mode.
    ///   - natOutgoing: Whether outgoing traffic is masqueraded.
    ///   - nodeSelector: The nodes that use the pool.
    ///   - disabled: Whether new allocations are stopped.
    public init(
        name: String, cidr: IPPrefix, blockSize: Int, ipipMode: EncapsulationMode = .always,
        vxlanMode: EncapsulationMode = .never, natOutgoing: Bool = true, nodeSelector: String = "all()",
        disabled: Bool = false
    ) {
        self.name = name
        self.cidr = cidr
        self.blockSize = blockSize
        self.ipipMode = ipipMode
        self.vxlanMode = vxlanMode
        self.natOutgoing = natOutgoing
        self.nodeSelector = nodeSelector
        self.disabled = disabled
    }

    /// The name the planner gives a new pool: `pod-pool-` and the CIDR with every run of `.`, `:` and `/` made a
    /// single `-`, such as `pod-pool-172-16-0-0-20` or `pod-pool-fd00-48`.
    ///
    /// - Parameter cidr: The pool's addresses.
    /// - Returns: A valid Kubernetes object name.
    /// - Complexity: O(n) in the length of the CIDR text.
    public static func defaultName(for cidr: IPPrefix) -> String {
        var name = "pod-pool-"
        for character in cidr.description {
            if character.isLetter || character.isNumber {
                name.append(character)
            } else if !name.hasSuffix("-") {
                name.append("-")
            }
        }
        return name.hasSuffix("-") ? String(name.dropLast()) : name
    }

    /// The name Calico's manifest install gives the pool it creates from `CALICO_IPV4POOL_CIDR` (or
    /// `CALICO_IPV6POOL_CIDR`): `default-ipv4-ippool` or `default-ipv6-ippool`.
    ///
    /// - Parameter family: The pool's family.
    public static func installName(_ family: IPFamily) -> String {
        family == .ipv4 ? "default-ipv4-ippool" : "default-ipv6-ippool"
    }

    /// Returns whether a name is a valid Kubernetes object name (a DNS subdomain): at most 253 lowercase letters,
    /// digits, `-` and `.`, starting and ending with a letter or digit.
    ///
    /// - Parameter name: A candidate name.
    /// - Complexity: O(n) in the length of the name.
    public static func isValidName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard (1...253).contains(scalars.count) else { return false }
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        guard let first = scalars.first, let last = scalars.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        return scalars.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "." }
    }
}
