import PodFenceModel

extension PortQuery {
    /// Resolves `PORT[/PROTO]` for a connection to a destination: a number, or a port name the destination
    /// declares for the protocol (semantics §2.7); the protocol is TCP when not written, in any case otherwise.
    ///
    /// ```swift
    /// try PortQuery(parsing: "8080", to: web, in: analysis)        // .port(8080, .tcp)
    /// try PortQuery(parsing: "dns/udp", to: coredns, in: analysis) // .port(53, .udp)
    /// ```
    /// - Parameters:
    ///   - text: `PORT` or `PORT/PROTO`, where PROTO is TCP, UDP or SCTP.
    ///   - destination: Where the connection goes: a named port resolves on it.
    ///   - analysis: The analysis the destination belongs to.
    /// - Throws: A ``ReachabilityQueryError`` when the text is not a port, the protocol is not supported, the
    ///   number is outside 1-65535, or the name is not a port of the destination (the message lists its named
    ///   ports).
    public init(parsing text: String, to destination: ReachabilityEndpoint, in analysis: ReachabilityAnalysis)
        throws(ReachabilityQueryError)
    {
        let name: String =
            switch destination {
            case .peer(let peer): analysis.peers[peer].name
            case .address(let address): address.description
            }
        try self.init(parsing: text, to: destination, named: name, in: analysis)
    }

    /// Resolves `PORT[/PROTO]`, naming the destination in messages as the user wrote it.
    init(
        parsing text: String, to destination: ReachabilityEndpoint, named destinationName: String,
        in analysis: ReachabilityAnalysis
    ) throws(ReachabilityQueryError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let first = parts.first, !first.isEmpty else {
            throw ReachabilityQueryError(
                code: .invalidPort,
                message: "'\(text)' is not a port: write PORT or PORT/PROTO, such as 8080 or dns/UDP", input: text)
        }
        let proto = PortProtocol(rawValue: parts.count == 2 ? parts[1].uppercased() : "TCP")
        guard proto.isSupported else {
            throw ReachabilityQueryError(
                code: .unsupportedProtocol, message: "'\(parts[1])' is not a protocol: use TCP, UDP or SCTP",
                input: text)
        }
        if let number = Int(first) {
            guard PortSet.fullRange.contains(number) else {
                throw ReachabilityQueryError(
                    code: .portOutOfRange, message: "port \(number) is out of range: a port is between 1 and 65535",
                    input: text)
            }
            self = .port(number, proto)
            return
        }
        guard case .peer(let peer) = destination else {
            throw ReachabilityQueryError(
                code: .namedPortNeedsPeer,
                message: "the named port '\(first)' needs a pod or a workload as destination, not an address",
                input: text)
        }
        guard let number = analysis.resolvePort(named: first, protocol: proto, on: peer).first else {
            let declared = analysis.namedPorts(of: peer)
                .map { "\($0.name) \($0.numbers.map(String.init).joined(separator: ","))/\($0.protocol)" }
            let listing =
                declared.isEmpty ? "it declares no named port" : "its named ports: " + declared.joined(separator: ", ")
            throw ReachabilityQueryError(
                code: .undeclaredNamedPort,
                message: "\(destinationName) declares no \(proto) port named '\(first)' (\(listing))", input: text)
        }
        self = .port(number, proto)
    }
}
