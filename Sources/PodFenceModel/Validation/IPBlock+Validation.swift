import PodFenceCIDR

extension ValidationContext {
    /// The detail the API server prints for a CIDR it cannot parse (I02, I04).
    static let invalidCIDRDetail = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"

    /// An `ipBlock` (I01-I07, Kubernetes `ValidateIPBlock`); the position must be at the block.
    ///
    /// `cidr` is required (I01) and must parse (I02); when it is empty or unparseable the excepts are not
    /// examined (I06). Each `except` must parse (I04) and be a strict subset of `cidr` (I05). With
    /// ``ValidationOptions/strictCIDR`` a CIDR in non-standard form is an error (I03); otherwise it gets the
    /// KEP-4858 warning (also I03). Strings in `existingCIDRs` (the old object's, on update) skip the format
    /// checks (I07) but not I05.
    mutating func validateIPBlock(_ block: IPBlock, existingCIDRs: Set<String>) {
        if block.cidr.isEmpty {
            error(.ipBlockCIDRRequired, ValidationMessage.required(), field: "cidr")
            return
        }
        enter("cidr")
        let parsedCIDR = checkCIDR(block.cidr, formatCode: .invalidIPBlockCIDR, existingCIDRs: existingCIDRs)
        leave()
        guard let cidr = parsedCIDR else { return }
        let cidrLength = Self.kubernetesMaskLength(cidr)
        for (index, text) in (block.except ?? []).enumerated() {
            enter("except", index: index)
            if let except = checkCIDR(text, formatCode: .invalidExceptCIDR, existingCIDRs: existingCIDRs) {
                if !cidr.prefix.contains(except.prefix.address) || cidrLength >= Self.kubernetesMaskLength(except) {
                    error(.exceptOutsideCIDR, ValidationMessage.invalid(text, "must be a strict subset of `cidr`"))
                }
            }
            leave(2)
        }
    }

    /// Parses one CIDR as Kubernetes' `ParseCIDRSloppy` does and reports its format problems at the current
    /// position: unparseable (`formatCode`), non-standard in strict mode (I03 error) or in default mode (I03
    /// warnings). A ratcheted string is parsed but not reported on.
    /// - Returns: The parsed value, or nil when the text is not a CIDR.
    private mutating func checkCIDR(
        _ text: String, formatCode: Diagnostic.Code, existingCIDRs: Set<String>
    ) -> ParsedCIDR? {
        let isRatcheted = !existingCIDRs.isEmpty && existingCIDRs.contains(text)
        let parsed: ParsedCIDR
        do {
            parsed = try IPPrefix.parse(text, mode: .lenient)
        } catch {
            if !isRatcheted { self.error(formatCode, ValidationMessage.invalid(text, Self.invalidCIDRDetail)) }
            return nil
        }
        if parsed.issues.isEmpty || isRatcheted { return parsed }
        if options.strictCIDR, let detail = Self.strictDetail(parsed.issues) {
            self.error(.nonCanonicalCIDR, ValidationMessage.invalid(text, detail))
            return parsed
        }
        for message in parsed.kubernetesWarnings { warning(.nonCanonicalCIDR, message) }
        return parsed
    }

    /// The first strict-mode problem, in the API server's order (leading zeros, IPv4-mapped, host bits); nil
    /// when only the IPv6 text is non-canonical, which Kubernetes never refuses.
    private static func strictDetail(_ issues: [CIDRIssue]) -> String? {
        if issues.contains(.leadingZeros) { return "must not have leading 0s in IP or prefix length" }
        if issues.contains(.ipv4Mapped) { return "must not have an IPv4-mapped IPv6 address" }
        if issues.contains(.hostBits) { return "must not have bits set beyond the prefix length" }
        return nil
    }

    /// The mask length Kubernetes compares for I05: Go keeps the 128-bit mask of an IPv4-mapped text, so
    /// `::ffff:10.0.0.0/104` counts as 104 although it denotes `10.0.0.0/8`.
    private static func kubernetesMaskLength(_ parsed: ParsedCIDR) -> Int {
        let unmapped = parsed.issues.contains(.ipv4Mapped) && parsed.prefix.family != parsed.writtenAddress.family
        return unmapped ? parsed.prefix.length + 96 : parsed.prefix.length
    }
}
