import PodFenceModel
import Testing

private let block = "spec.ingress[0].from[0].ipBlock"
private let strict = ValidationOptions(strictCIDR: true)

@Suite("ipBlock validation (I01-I07) and the KEP-4858 CIDR warnings")
struct IPBlockValidationTests {
    @Test(
        "I01: cidr is required",
        arguments: [
            ValidationCase("empty", ipBlockPolicy(""), [err("I01", "\(block).cidr", "Required value")]),
            ValidationCase(
                "empty, with excepts (I06)", ipBlockPolicy("", except: ["nonsense"]),
                [
                    err("I01", "\(block).cidr", "Required value")
                ]),
        ])
    func i01(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "I02: cidr must parse, prefix length included",
        arguments: [
            "192.168.5.6", "fd00:192:168::", "300.0.0.0/8", "10.0.0.0/33", " 10.0.0.0/8", "fe80::/10%eth0", "10.0.0.0/",
        ])
    func i02(_ cidr: String) {
        expectDiagnostics(
            ipBlockPolicy(cidr).validate(),
            [err("I02", "\(block).cidr", "Invalid value: \(ValidationMessage.quoted(cidr)): " + invalidCIDR)])
        expectDiagnostics(
            ipBlockPolicy(cidr).validate(options: strict),
            [err("I02", "\(block).cidr", "Invalid value: \(ValidationMessage.quoted(cidr)): " + invalidCIDR)])
    }

    @Test(
        "I03: non-standard CIDRs are errors with StrictIPCIDRValidation",
        arguments: [
            ValidationCase(
                "leading zero in the address", ipBlockPolicy("010.0.0.0/8"),
                [
                    err(
                        "I03", "\(block).cidr",
                        "Invalid value: \"010.0.0.0/8\": must not have leading 0s in IP or prefix length")
                ]),
            ValidationCase(
                "leading zero in the length", ipBlockPolicy("10.0.0.0/08"),
                [
                    err(
                        "I03", "\(block).cidr",
                        "Invalid value: \"10.0.0.0/08\": must not have leading 0s in IP or prefix length")
                ]),
            ValidationCase(
                "IPv4-mapped", ipBlockPolicy("::ffff:10.0.0.0/104"),
                [
                    err(
                        "I03", "\(block).cidr",
                        "Invalid value: \"::ffff:10.0.0.0/104\": must not have an IPv4-mapped IPv6 address")
                ]),
            ValidationCase(
                "host bits", ipBlockPolicy("10.0.0.1/8"),
                [
                    err(
                        "I03", "\(block).cidr",
                        "Invalid value: \"10.0.0.1/8\": must not have bits set beyond the prefix length")
                ]),
            ValidationCase(
                "leading zeros win over host bits", ipBlockPolicy("010.0.0.1/8"),
                [
                    err(
                        "I03", "\(block).cidr",
                        "Invalid value: \"010.0.0.1/8\": must not have leading 0s in IP or prefix length")
                ]),
            ValidationCase(
                "in an except", ipBlockPolicy("10.0.0.0/8", except: ["10.1.0.1/16"]),
                [
                    err(
                        "I03", "\(block).except[0]",
                        "Invalid value: \"10.1.0.1/16\": must not have bits set beyond the prefix length")
                ]),
            ValidationCase(
                "non-canonical IPv6 text is only ever a warning", ipBlockPolicy("2001:DB8::/32"),
                [
                    warn(
                        "I03", "\(block).cidr",
                        "IPv6 CIDR value \"2001:DB8::/32\" should be in RFC 5952 canonical format (\"2001:db8::/32\")")
                ]),
            ValidationCase(
                "canonical values", ipBlockPolicy("10.0.0.0/8", except: ["10.1.0.0/16", "10.2.3.4/32"]), []),
        ])
    func i03Strict(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(options: strict), row.expected)
    }

    @Test(
        "I03: by default the same CIDRs are accepted with the KEP-4858 warnings",
        arguments: [
            ValidationCase(
                "host bits", ipBlockPolicy("10.0.0.1/8"),
                [
                    warn(
                        "I03", "\(block).cidr",
                        "CIDR value \"10.0.0.1/8\" is ambiguous in this context "
                            + "(should be \"10.0.0.0/8\" or \"10.0.0.1/32\"?)"
                    )
                ]),
            ValidationCase(
                "leading zeros", ipBlockPolicy("010.0.0.0/8"),
                [
                    warn(
                        "I03", "\(block).cidr", "non-standard CIDR value \"010.0.0.0/8\" is invalid: use \"10.0.0.0/8\""
                    )
                ]),
            ValidationCase(
                "IPv4-mapped", ipBlockPolicy("::ffff:10.0.0.0/104"),
                [
                    warn(
                        "I03", "\(block).cidr",
                        "non-standard CIDR value \"::ffff:10.0.0.0/104\" is invalid: use \"10.0.0.0/8\"")
                ]),
            ValidationCase(
                "IPv4-mapped with host bits: two warnings", ipBlockPolicy("::ffff:10.0.0.1/104"),
                [
                    warn(
                        "I03", "\(block).cidr",
                        "CIDR value \"::ffff:10.0.0.1/104\" is ambiguous in this context "
                            + "(should be \"10.0.0.0/8\" or \"10.0.0.1/128\"?)"
                    ),
                    warn(
                        "I03", "\(block).cidr",
                        "non-standard CIDR value \"::ffff:10.0.0.1/104\" is invalid: use \"10.0.0.0/8\""),
                ]),
            ValidationCase(
                "IPv6 host bits", ipBlockPolicy("2001:db8::1/32"),
                [
                    warn(
                        "I03", "\(block).cidr",
                        "CIDR value \"2001:db8::1/32\" is ambiguous in this context "
                            + "(should be \"2001:db8::/32\" or \"2001:db8::1/128\"?)"
                    )
                ]),
            ValidationCase(
                "non-canonical IPv6", ipBlockPolicy("2001:db8:0:0::/64"),
                [
                    warn(
                        "I03", "\(block).cidr",
                        "IPv6 CIDR value \"2001:db8:0:0::/64\" should be in RFC 5952 canonical format "
                            + "(\"2001:db8::/64\")"
                    )
                ]),
            ValidationCase(
                "in an except, after the cidr's", ipBlockPolicy("10.0.0.1/8", except: ["10.1.0.0/016"]),
                [
                    warn("I03", "\(block).cidr", prefix: "CIDR value \"10.0.0.1/8\" is ambiguous"),
                    warn(
                        "I03", "\(block).except[0]",
                        "non-standard CIDR value \"10.1.0.0/016\" is invalid: use \"10.1.0.0/16\""),
                ]),
            ValidationCase(
                "in egress", egressPolicy(to: [.ipBlock("192.168.1.1/24")]),
                [
                    warn(
                        "I03", "spec.egress[0].to[0].ipBlock.cidr", prefix: "CIDR value \"192.168.1.1/24\" is ambiguous"
                    )
                ]),
        ])
    func i03Warnings(_ row: ValidationCase<NetworkPolicy>) {
        let diagnostics = row.input.validate()
        expectDiagnostics(diagnostics, row.expected)
        #expect(!diagnostics.containsErrors)
    }

    @Test("I04: excepts must parse", arguments: ["", " ", "300.300.300.300", "10.0.0.0", "10.1.0.0/16,10.2.0.0/16"])
    func i04(_ except: String) {
        expectDiagnostics(
            ipBlockPolicy("10.0.0.0/8", except: ["10.9.0.0/16", except]).validate(),
            [err("I04", "\(block).except[1]", "Invalid value: \(ValidationMessage.quoted(except)): " + invalidCIDR)])
    }

    @Test(
        "I05: each except is a strict subset of cidr",
        arguments: [
            ValidationCase(
                "disjoint (upstream)", ipBlockPolicy("192.168.8.0/24", except: ["192.168.9.1/32"]),
                [
                    err(
                        "I05", "\(block).except[0]",
                        "Invalid value: \"192.168.9.1/32\": must be a strict subset of `cidr`")
                ]),
            ValidationCase(
                "equal (upstream)", ipBlockPolicy("192.168.0.0/24", except: ["192.168.0.0/24"]),
                [
                    err(
                        "I05", "\(block).except[0]",
                        "Invalid value: \"192.168.0.0/24\": must be a strict subset of `cidr`")
                ]),
            ValidationCase(
                "wider", ipBlockPolicy("10.1.0.0/16", except: ["10.0.0.0/8"]),
                [
                    err("I05", "\(block).except[0]", "Invalid value: \"10.0.0.0/8\": must be a strict subset of `cidr`")
                ]),
            ValidationCase(
                "IPv6 disjoint (upstream)",
                ipBlockPolicy("fd00:192:168::/48", except: ["fd00:192:168:3::/64", "fd00:192:169::/64"]),
                [
                    err(
                        "I05", "\(block).except[1]",
                        "Invalid value: \"fd00:192:169::/64\": must be a strict subset of `cidr`")
                ]),
            ValidationCase(
                "other family", ipBlockPolicy("10.0.0.0/8", except: ["::/0", "::ffff:10.1.0.0/112"]),
                [
                    err("I05", "\(block).except[0]", "Invalid value: \"::/0\": must be a strict subset of `cidr`"),
                    warn(
                        "I03", "\(block).except[1]",
                        "non-standard CIDR value \"::ffff:10.1.0.0/112\" is invalid: use \"10.1.0.0/16\""),
                ]),
            ValidationCase(
                "host bits in except are masked first", ipBlockPolicy("192.168.0.0/16", except: ["192.168.1.7/24"]),
                [
                    warn("I03", "\(block).except[0]", prefix: "CIDR value \"192.168.1.7/24\" is ambiguous")
                ]),
            ValidationCase(
                "Go compares the 128-bit mask of a mapped cidr",
                ipBlockPolicy("::ffff:10.0.0.0/104", except: ["10.1.0.0/16"]),
                [
                    warn("I03", "\(block).cidr", prefix: "non-standard CIDR value \"::ffff:10.0.0.0/104\""),
                    err(
                        "I05", "\(block).except[0]", "Invalid value: \"10.1.0.0/16\": must be a strict subset of `cidr`"
                    ),
                ]),
            ValidationCase(
                "valid (upstream e2e #35 shape)", ipBlockPolicy("10.0.0.0/4", except: ["10.244.1.2/32"]),
                [
                    warn("I03", "\(block).cidr", prefix: "CIDR value \"10.0.0.0/4\" is ambiguous")
                ]),
            ValidationCase("valid", ipBlockPolicy("192.168.0.0/16", except: ["192.168.1.0/24", "192.168.2.5/32"]), []),
            ValidationCase("valid IPv6", ipBlockPolicy("::/0", except: ["fd00::/8"]), []),
            ValidationCase("except: []", ipBlockPolicy("0.0.0.0/0", except: []), []),
        ])
    func i05(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test(
        "I06: excepts are not examined when cidr is empty or unparseable",
        arguments: [
            ValidationCase(
                "unparseable cidr", ipBlockPolicy("bogus", except: ["also bogus", "10.0.0.0/8"]),
                [
                    err("I02", "\(block).cidr", "Invalid value: \"bogus\": " + invalidCIDR)
                ]),
            ValidationCase(
                "missing prefix length", ipBlockPolicy("192.168.5.6", except: ["192.168.5.6/32"]),
                [
                    err("I02", "\(block).cidr", "Invalid value: \"192.168.5.6\": " + invalidCIDR)
                ]),
        ])
    func i06(_ row: ValidationCase<NetworkPolicy>) {
        expectDiagnostics(row.input.validate(), row.expected)
    }

    @Test("I07: on update, CIDR strings of the old object skip the format checks; I05 still applies")
    func i07() {
        // Strict host bits kept from the old object.
        let old = ipBlockPolicy("10.0.0.1/8")
        expectDiagnostics(ipBlockPolicy("10.0.0.1/8").validateUpdate(from: old, options: strict), [])
        expectDiagnostics(
            ipBlockPolicy("10.0.0.2/8").validateUpdate(from: old, options: strict),
            [
                err(
                    "I03", "\(block).cidr",
                    "Invalid value: \"10.0.0.2/8\": must not have bits set beyond the prefix length")
            ])
        // Even an unparseable string, from any ipBlock of the old object, cidr or except, ingress or egress.
        let oldEgress = egressPolicy(to: [.ipBlock("192.168.0.0/16", except: ["192.168.5.6"])])
        expectDiagnostics(ipBlockPolicy("192.168.5.6").validateUpdate(from: oldEgress), [])
        expectDiagnostics(
            ipBlockPolicy("192.168.5.7").validateUpdate(from: oldEgress),
            [err("I02", "\(block).cidr", "Invalid value: \"192.168.5.7\": " + invalidCIDR)])
        // I05 is not ratcheted.
        let notSubset = ipBlockPolicy("192.168.8.0/24", except: ["192.168.9.1/32"])
        expectDiagnostics(
            notSubset.validateUpdate(from: notSubset),
            [err("I05", "\(block).except[0]", "Invalid value: \"192.168.9.1/32\": must be a strict subset of `cidr`")])
        // Create never ratchets.
        #expect(ipBlockPolicy("10.0.0.1/8").validate(options: strict).count == 1)
    }

    @Test("upstream e2e ipBlocks: a pod /32 and a /128 are valid")
    func e2eBlocks() {
        expectDiagnostics(
            egressPolicy(to: [.ipBlock("10.244.2.2/32"), .ipBlock("fd00:10:244::2/128")]).validate(options: strict), [])
    }
}
