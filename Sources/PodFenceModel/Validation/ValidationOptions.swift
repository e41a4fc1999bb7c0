/// Switches that change what validation reports, for the parts of API-server validation that depend on the
/// cluster (feature gates) or on how the manifest will be applied.
///
/// ```swift
/// let diagnostics = policy.validate(options: ValidationOptions(strictCIDR: true))
/// ```
public struct ValidationOptions: Sendable, Hashable {
    /// The `StrictIPCIDRValidation` feature gate (alpha since Kubernetes 1.33, off by default). When on, ipBlock
    /// CIDRs with leading zeros, IPv4-mapped IPv6 addresses or host bits are errors (rule I03); when off, they
    /// are accepted with the KEP-4858 warnings.
    public var strictCIDR: Bool
    /// Whether a namespaced object without `metadata.namespace` is an error, as it is on the API server
    /// (rule V05). When false (the default, because `kubectl apply` fills in the namespace) the missing
    /// namespace is a warning: the object lands in whatever namespace kubectl targets.
    public var requireNamespace: Bool

    /// Creates options.
    /// - Parameters:
    ///   - strictCIDR: The `StrictIPCIDRValidation` feature gate (off by default).
    ///   - requireNamespace: Whether a missing `metadata.namespace` is an error (a warning by default).
    public init(strictCIDR: Bool = false, requireNamespace: Bool = false) {
        self.strictCIDR = strictCIDR
        self.requireNamespace = requireNamespace
    }
}
