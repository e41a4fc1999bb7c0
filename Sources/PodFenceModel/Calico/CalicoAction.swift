/// What a Calico rule does with the traffic it matches, or what a Tier does with traffic its policies
/// select but do not decide (`defaultAction`). Other spellings are kept for diagnostics.
public struct CalicoAction: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The action as written.
    public var rawValue: String
    /// Creates an action from its spelling.
    /// - Parameter rawValue: The spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Allows the traffic; nothing later is evaluated.
    public static let allow = CalicoAction(rawValue: "Allow")
    /// Drops the traffic; nothing later is evaluated.
    public static let deny = CalicoAction(rawValue: "Deny")
    /// Logs the traffic and goes on with the next rule; never decides.
    public static let log = CalicoAction(rawValue: "Log")
    /// Skips the rest of the tier: the next tier that applies to the endpoint decides.
    public static let pass = CalicoAction(rawValue: "Pass")
    /// The actions of a rule.
    public static let ruleActions: [CalicoAction] = [.allow, .deny, .log, .pass]
    /// The default actions of a Tier.
    public static let tierDefaultActions: [CalicoAction] = [.deny, .pass]
    /// The spelling.
    public var description: String { rawValue }
}
