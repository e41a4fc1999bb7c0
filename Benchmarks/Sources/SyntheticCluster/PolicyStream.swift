/// A deterministic generator of manifest streams for benchmarks: the same seed gives the same bytes.
public struct PolicyStream: Sendable {
    /// A small, fast, deterministic random number generator (SplitMix64).
    public struct Generator: RandomNumberGenerator, Sendable {
        private var state: UInt64
        /// Seeds the generator.
        /// - Parameter seed: The seed.
        public init(seed: UInt64) { state = seed }
        /// The next 64 random bits.
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The number of policies.
    public var policies: Int
    /// The number of namespaces they are spread over.
    public var namespaces: Int
    /// The seed.
    public var seed: UInt64
    /// Whether each policy carries comments as Helm output does: a `# Source:` header, a comment above its
    /// ingress rules and one at the end of its DNS port's line.
    public var commented: Bool

    /// Creates a stream description.
    /// - Parameters:
    ///   - policies: How many policies.
    ///   - namespaces: Over how many namespaces.
    ///   - seed: The seed.
    ///   - commented: Whether policies carry comments.
    public init(policies: Int, namespaces: Int = 250, seed: UInt64 = 42, commented: Bool = false) {
        self.policies = policies
        self.namespaces = namespaces
        self.seed = seed
        self.commented = commented
    }

    /// The stream as YAML text: realistic policies (selectors, several rules, ports, ranges,
    /// ipBlocks with excepts, named ports), about 610 bytes each (16,000 make 9.8 MB).
    public func yaml() -> String {
        var generator = Generator(seed: seed)
        var text = ""
        text.reserveCapacity(policies * 700)
        let tiers = ["web", "api", "db", "cache", "worker", "batch"]
        for index in 0..<policies {
            let namespace = "team-\(Int.random(in: 0..<namespaces, using: &generator))"
            let tier = tiers.randomElement(using: &generator)!
            let peerTier = tiers.randomElement(using: &generator)!
            let port = Int.random(in: 1024..<30000, using: &generator)
            let octet = Int.random(in: 0..<256, using: &generator)
            let header = commented ? "# Source: \(namespace)/templates/allow-\(tier).yaml\n" : ""
            let aboveIngress = commented ? "  # who may reach the \(tier) pods\n" : ""
            let dnsComment = commented ? "  # DNS" : ""
            text += """
                ---
                \(header)apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: allow-\(tier)-\(index)
                  namespace: \(namespace)
                spec:
                  podSelector:
                    matchLabels:
                      tier: \(tier)
                  policyTypes:
                  - Ingress
                  - Egress
                \(aboveIngress)  ingress:
                  - from:
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: \(namespace)
                      podSelector:
                        matchLabels:
                          tier: \(peerTier)
                    - ipBlock:
                        cidr: 10.\(octet).0.0/16
                        except:
                        - 10.\(octet).1.0/24
                    ports:
                    - protocol: TCP
                      port: \(port)
                      endPort: \(port + 10)
                    - port: http
                  egress:
                  - to:
                    - podSelector:
                        matchLabels:
                          tier: \(peerTier)
                    ports:
                    - protocol: UDP
                      port: 53\(dnsComment)

                """
        }
        return text
    }
}
