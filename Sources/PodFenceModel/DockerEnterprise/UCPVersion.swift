/// The Docker Enterprise UCP (later Mirantis MKE) release a topology runs, which decides the port table of the
/// firewall plan and the default form of namespace links. Other spellings are kept so that validation can
/// report them.
///
/// | value | release | ports | namespace links |
/// | --- | --- | --- | --- |
/// | `3.0` | UCP 3.0 (Docker EE 2.0) | 3.0 table (12387 metrics, no 9099/12388) | collection-label form |
/// | `3.1`, `3.2` | UCP 3.1/3.2 (Docker EE 2.1/3.0) | 3.1 table | custom-label form |
/// | `mke3` | Mirantis MKE 3.x | MKE 3.7 table | custom-label form |
public struct UCPVersion: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The version as written.
    public var rawValue: String
    /// Creates a version from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// UCP 3.0.
    public static let ucp30 = UCPVersion(rawValue: "3.0")
    /// UCP 3.1.
    public static let ucp31 = UCPVersion(rawValue: "3.1")
    /// UCP 3.2 (same ports as 3.1).
    public static let ucp32 = UCPVersion(rawValue: "3.2")
    /// Mirantis MKE 3.x.
    public static let mke3 = UCPVersion(rawValue: "mke3")
    /// The versions PodFence knows.
    public static let supported: [UCPVersion] = [.ucp30, .ucp31, .ucp32, .mke3]
    /// The version a topology runs when it does not say: UCP 3.1, whose port table is the best documented.
    public static let `default` = UCPVersion.ucp31

    /// True for a version PodFence knows.
    public var isSupported: Bool { Self.supported.contains(self) }

    /// The namespace-link form of the release: the collection-label form for 3.0, the custom-label form after.
    public var defaultLinkForm: NamespaceLinkForm { self == .ucp30 ? .collectionLabel : .customLabel }

    /// `UCP 3.0`, `UCP 3.1/3.2` or `MKE 3.x`.
    public var displayName: String {
        switch self {
        case .ucp30: "UCP 3.0"
        case .ucp31, .ucp32: "UCP 3.1/3.2"
        case .mke3: "MKE 3.x"
        default: rawValue
        }
    }

    /// The spelling.
    public var description: String { rawValue }
}
