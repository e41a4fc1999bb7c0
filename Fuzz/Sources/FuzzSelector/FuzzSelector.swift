import PodFence

/// The kubectl selector parser: whatever parses prints canonically, the canonical text parses back to the
/// same selector, and the selector matches the same label sets before and after the round trip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelector(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let query = try? LabelQuery(parsing: text) else { return 0 }
    let canonical = query.description
    guard let reparsed = try? LabelQuery(parsing: canonical) else {
        preconditionFailure("\(text) prints as \(canonical), which does not parse")
    }
    precondition(reparsed.description == canonical, "printing is not stable: \(canonical) → \(reparsed)")
    let samples: [[String: String]] = [
        [:], ["a": "b"], ["env": "prod", "tier": "db"], ["x": ""], ["a": "1", "b": "2"],
    ]
    for labels in samples {
        precondition(query.matches(labels) == reparsed.matches(labels), "\(canonical) matches differently")
    }
    if let selector = try? query.labelSelector() {
        for labels in samples {
            precondition(selector.matches(labels) == query.matches(labels), "\(canonical) as a LabelSelector differs")
        }
    }
    return 0
}
