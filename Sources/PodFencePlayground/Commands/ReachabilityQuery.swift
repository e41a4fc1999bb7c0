import PodFence

/// The words of a reachability question (`SRC reach DST [on PORT[/PROTO]]`) resolved against an analysis:
/// the two endpoints and the port. Shared by `can`, `explain` and `assert`.
struct ReachabilityQuery {
    var source: ReachabilityEndpoint
    var destination: ReachabilityEndpoint
    var port: PortQuery

    /// Resolves the words.
    /// - Parameters:
    ///   - source: `namespace/name`, `kind/namespace/name`, or an IP address.
    ///   - destination: The same forms.
    ///   - portText: `PORT[/PROTO]`: a number or a named port of the destination; TCP by default.
    ///   - analysis: The analysis to resolve names in.
    /// - Throws: ``CommandFailure`` naming the word that does not resolve, with close matches.
    init(source: String, destination: String, port portText: String?, in analysis: ReachabilityAnalysis)
        throws(CommandFailure)
    {
        self.source = try Self.endpoint(source, in: analysis)
        self.destination = try Self.endpoint(destination, in: analysis)
        guard let portText else {
            self.port = .any
            return
        }
        let parts = portText.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let first = parts.first, !first.isEmpty else {
            throw CommandFailure("'\(portText)' is not a port: write PORT or PORT/PROTO, such as 8080 or dns/UDP")
        }
        let proto = PortProtocol(rawValue: parts.count == 2 ? parts[1].uppercased() : "TCP")
        guard proto.isSupported else {
            throw CommandFailure("'\(parts[1])' is not a protocol: use TCP, UDP or SCTP")
        }
        if let number = Int(first) {
            guard PortSet.fullRange.contains(number) else {
                throw CommandFailure("port \(number) is out of range: a port is between 1 and 65535")
            }
            self.port = .port(number, proto)
            return
        }
        guard case .peer(let peer) = self.destination else {
            throw CommandFailure("the named port '\(first)' needs a pod or a workload as destination, not an address")
        }
        guard let number = analysis.resolvePort(named: first, protocol: proto, on: peer).first else {
            let declared = analysis.namedPorts(of: peer)
                .map { "\($0.name) \($0.numbers.map(String.init).joined(separator: ","))/\($0.protocol)" }
            let listing =
                declared.isEmpty ? "it declares no named port" : "its named ports: " + declared.joined(separator: ", ")
            throw CommandFailure("\(destination) declares no \(proto) port named '\(first)' (\(listing))")
        }
        self.port = .port(number, proto)
    }

    /// Parses `SRC reach DST [on PORT]` from positional words.
    /// - Parameters:
    ///   - words: The words after the command (and after `can`/`cannot` for `assert`).
    ///   - verb: The word between the endpoints (`reach` or `to`).
    ///   - usage: The usage line for the error.
    /// - Returns: The source, the destination and the port text.
    static func split(_ words: [String], verb: String, usage: String) throws(CommandFailure)
        -> (source: String, destination: String, port: String?)
    {
        let valid =
            (words.count == 3 || (words.count == 5 && words[3] == "on")) && words[1] == verb
        guard valid else { throw CommandFailure("usage: \(usage)") }
        return (words[0], words[2], words.count == 5 ? words[4] : nil)
    }

    /// The endpoint a word names.
    static func endpoint(_ word: String, in analysis: ReachabilityAnalysis) throws(CommandFailure)
        -> ReachabilityEndpoint
    {
        if let address = try? IPAddress(parsing: word) { return .address(address) }
        let found = analysis.peers(named: word)
        if found.count == 1 { return .peer(found[0]) }
        if found.count > 1 {
            let names = found.map { "\(analysis.peers[$0].kind.lowercased())/\(analysis.peers[$0].name)" }
            throw CommandFailure("'\(word)' names several peers: \(names.joined(separator: ", ")); write one of them")
        }
        let close = analysis.closeMatches(to: word)
        if close.isEmpty {
            throw CommandFailure(
                "no pod or workload named '\(word)'; write namespace/name or an IP address (`show workloads` lists "
                    + "them)")
        }
        throw CommandFailure("no pod or workload named '\(word)'; close matches: \(close.joined(separator: ", "))")
    }
}
