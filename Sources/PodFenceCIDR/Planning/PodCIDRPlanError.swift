/// Why a pod CIDR plan could not be made from a request.
///
/// Thrown (as a typed error) by ``PodCIDRPlanner/plan(_:)`` and
/// ``PodCIDRCapacity/init(family:nodeCount:podsPerNode:blockSize:)``, and by `PodCIDRPlanSpec.request` when the
/// spec cannot make a request. The ``code`` is stable for programs; the
/// ``message`` names the input at fault and what would be valid.
public struct PodCIDRPlanError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of the kind of problem, open to codes this module does not list.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code text.
        public var rawValue: String

        /// Creates a code.
        ///
        /// - Parameter rawValue: The code text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The code text.
        public var description: String { rawValue }

        /// The node count is not a positive number.
        public static let invalidNodeCount = Code(rawValue: "invalidNodeCount")
        /// The number of pods per node is not a positive number.
        public static let invalidPodsPerNode = Code(rawValue: "invalidPodsPerNode")
        /// The Calico block size is outside the range Calico accepts (20–32 for IPv4, 116–128 for IPv6).
        public static let invalidBlockSize = Code(rawValue: "invalidBlockSize")
        /// The capacity asked for does not fit in the address family at all.
        public static let capacityTooLarge = Code(rawValue: "capacityTooLarge")
        /// A candidate pool or the target is not of the pod network's family.
        public static let familyMismatch = Code(rawValue: "familyMismatch")
        /// The target pod CIDR overlaps a range it must stay clear of.
        public static let targetConflicts = Code(rawValue: "targetConflicts")
        /// The target pod CIDR is too small for the capacity asked for.
        public static let targetTooSmall = Code(rawValue: "targetTooSmall")
        /// Both IP-in-IP and VXLAN encapsulation are enabled; Calico allows one of them per pool.
        public static let conflictingEncapsulation = Code(rawValue: "conflictingEncapsulation")
        /// An IP pool name is not a valid Kubernetes object name.
        public static let invalidPoolName = Code(rawValue: "invalidPoolName")
        /// The node CIDR mask size is longer than the family's addresses.
        public static let invalidNodeCIDRMaskSize = Code(rawValue: "invalidNodeCIDRMaskSize")
        /// The number of candidates asked for is not a positive number.
        public static let invalidCandidateCount = Code(rawValue: "invalidCandidateCount")
        /// The node count, which has no default, is left out of a plan spec (`PodCIDRPlanSpec.request`).
        public static let missingNodeCount = Code(rawValue: "missingNodeCount")
    }

    /// What kind of problem this is.
    public var code: Code
    /// What is wrong and what would be valid.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of problem this is.
    ///   - message: What is wrong and what would be valid.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
