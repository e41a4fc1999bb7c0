extension IPPrefix {
    /// The prefix of the same length that starts right after this one, or `nil` at the end of the address space.
    ///
    /// `10.9.8.0/24` is followed by `10.9.9.0/24`; `255.255.255.0/24` and `0.0.0.0/0` have no next prefix.
    ///
    /// - Complexity: O(1).
    public var next: IPPrefix? {
        let upper = upperValue
        guard upper != family.maxValue else { return nil }
        return IPPrefix(family: family, maskedValue: upper + 1, length: length)
    }

    /// The prefix of the same length that ends right before this one, or `nil` at the start of the address space.
    ///
    /// `10.9.8.0/24` comes after `10.9.7.0/24`; `0.0.0.0/24` and `::/0` have no previous prefix.
    ///
    /// - Complexity: O(1).
    public var previous: IPPrefix? {
        guard address.value != 0 else { return nil }
        return IPPrefix(family: family, maskedValue: (address.value - 1) & ~hostMask, length: length)
    }

    /// The prefix one bit shorter that contains this one, or `nil` for a `/0` prefix.
    ///
    /// `10.9.8.0/24` and `10.9.9.0/24` both have the supernet `10.9.8.0/23`.
    ///
    /// - Complexity: O(1).
    public var supernet: IPPrefix? {
        guard length > 0 else { return nil }
        let shorter = length - 1
        return IPPrefix(
            family: family, maskedValue: address.value & ~family.hostMask(forLength: shorter), length: shorter
        )
    }

    /// Splits the prefix into the consecutive subnets of a longer (or equal) length, lazily.
    ///
    /// `10.9.8.0/24` split into `/26` gives `10.9.8.0/26`, `10.9.8.64/26`, `10.9.8.128/26` and
    /// `10.9.8.192/26`. Subnets are produced on demand, so even `::/0` split into `/64` is cheap to start;
    /// ``Subnets/subnetCount`` tells how many there are.
    ///
    /// ```swift
    /// for subnet in try IPPrefix(parsing: "10.9.8.0/24").subnets(length: 26) { ... }
    /// ```
    ///
    /// - Parameter newLength: The length of the subnets, from ``length`` to the family's bit width.
    /// - Returns: The subnets in ascending order.
    /// - Throws: ``CIDRError/Code/invalidSubnetLength`` when `newLength` is shorter than the prefix or longer
    ///   than the family allows.
    /// - Complexity: O(1) to create; O(1) for each subnet produced.
    public func subnets(length newLength: Int) throws(CIDRError) -> Subnets {
        guard (length...family.bitWidth).contains(newLength) else {
            throw CIDRError(
                code: .invalidSubnetLength,
                message: "cannot split \(self) into /\(newLength) subnets: the subnet length must be between "
                    + "\(length) and \(family.bitWidth)"
            )
        }
        return Subnets(parent: self, length: newLength)
    }
}
