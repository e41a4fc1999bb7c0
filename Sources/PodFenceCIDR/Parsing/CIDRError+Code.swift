extension CIDRError {
    /// A stable identifier of the kind of problem, open to codes this module does not list.
    ///
    /// Compare with the static members (`error.code == .hostBitsSet`); the raw value is the member's name.
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

        /// The input is the empty string.
        public static let emptyInput = Code(rawValue: "emptyInput")
        /// The input holds a character that has no place there, such as whitespace or a letter in an IPv4
        /// address.
        public static let unexpectedCharacter = Code(rawValue: "unexpectedCharacter")
        /// A prefix has nothing before its `/`.
        public static let missingAddress = Code(rawValue: "missingAddress")
        /// An IPv4 address is malformed: too few or too many octets, an empty octet, or an octet above 255.
        public static let invalidIPv4Address = Code(rawValue: "invalidIPv4Address")
        /// An IPv6 address is malformed: a misplaced or repeated `::`, too many or too few groups, or a group of
        /// more than four hexadecimal digits.
        public static let invalidIPv6Address = Code(rawValue: "invalidIPv6Address")
        /// An IPv6 address carries a zone identifier such as `%eth0`, which addresses and prefixes here refuse.
        public static let zoneNotAllowed = Code(rawValue: "zoneNotAllowed")
        /// A prefix has no `/length`: `192.168.5.6` is an address, not a CIDR.
        public static let missingPrefixLength = Code(rawValue: "missingPrefixLength")
        /// The text after `/` is not a decimal prefix length.
        public static let invalidPrefixLength = Code(rawValue: "invalidPrefixLength")
        /// A prefix length is larger than the family's bit width (32 or 128), or negative.
        public static let prefixLengthOutOfRange = Code(rawValue: "prefixLengthOutOfRange")
        /// Strict parsing found a leading zero in an IPv4 octet or in the prefix length, such as `010.0.0.0/8`.
        public static let leadingZeros = Code(rawValue: "leadingZeros")
        /// Strict parsing found an IPv4-mapped IPv6 address, such as `::ffff:10.0.0.0/104`.
        public static let ipv4MappedAddress = Code(rawValue: "ipv4MappedAddress")
        /// Strict parsing found bits set beyond the prefix length, such as `10.0.0.1/8`.
        public static let hostBitsSet = Code(rawValue: "hostBitsSet")
        /// Two addresses that had to be of the same family are not.
        public static let familyMismatch = Code(rawValue: "familyMismatch")
        /// A range ends before it starts.
        public static let invalidRange = Code(rawValue: "invalidRange")
        /// A prefix cannot be split into subnets of the requested length.
        public static let invalidSubnetLength = Code(rawValue: "invalidSubnetLength")
    }
}
