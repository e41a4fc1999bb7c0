extension IPPrefix {
    /// The network mask as an address: the prefix length's leading one bits, then zeros.
    ///
    /// `10.9.8.0/24` has the netmask `255.255.255.0`; `2001:db8::/32` has `ffff:ffff::`. IPv4 tools show it
    /// next to the prefix; IPv6 tools rarely do, but it is defined the same way.
    ///
    /// - Complexity: O(1).
    public var netmask: IPAddress {
        IPAddress(family: family, value: family.maxValue & ~hostMask)
    }

    /// The host mask (the "wildcard" mask of router access lists): the bits beyond the prefix length.
    ///
    /// `10.9.8.0/24` has the host mask `0.0.0.255`.
    ///
    /// - Complexity: O(1).
    public var hostmask: IPAddress {
        IPAddress(family: family, value: hostMask)
    }
}
