import PodFenceModel

/// The expected matrices of the upstream e2e suite (semantics §4), written from upstream's own expectation
/// statements (`ExpectAllIngress`, `ExpectPeer`, `Expect`) rather than from this engine. Rows are sources and
/// columns destinations in the order x/a x/b x/c y/a y/b y/c z/a z/b z/c; `.` connects, `X` is blocked. The
/// diagonal carries the raw policy verdict, as upstream's tables do.
enum E2EMatrices {
    static let denyIngressX: [String] = [
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
    ]
    static let denyAllX: [String] = [
        "XXXXXXXXX",
        "XXXXXXXXX",
        "XXXXXXXXX",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
    ]
    static let onlyXbToXa: [String] = [
        "X........",
        ".........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
    ]
    static let case4: [String] = [
        ".XX......",
        ".XX......",
        ".XX......",
        ".XX......",
        ".XX......",
        ".XX......",
        ".XX......",
        ".XX......",
        ".XX......",
    ]
    static let all: [String] = [
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let onlyYToXa: [String] = [
        "X........",
        "X........",
        "X........",
        ".........",
        ".........",
        ".........",
        "X........",
        "X........",
        "X........",
    ]
    static let case9: [String] = [
        "X........",
        ".........",
        "X........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let case10: [String] = [
        "X........",
        "X........",
        "X........",
        "X........",
        ".........",
        "X........",
        "X........",
        ".........",
        "X........",
    ]
    static let case11: [String] = [
        "X........",
        "X........",
        "X........",
        "X........",
        ".........",
        ".........",
        "X........",
        ".........",
        ".........",
    ]
    static let case12: [String] = [
        "X........",
        ".........",
        ".........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
    ]
    static let onlyYaToXa: [String] = [
        "X........",
        "X........",
        "X........",
        ".........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
    ]
    static let nothingToXa: [String] = [
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
    ]
    static let nothingToX: [String] = [
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
    ]
    static let nothingFromX: [String] = [
        "XXXXXXXXX",
        "XXXXXXXXX",
        "XXXXXXXXX",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let yzNotToX: [String] = [
        ".........",
        ".........",
        ".........",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
        "XXX......",
    ]
    static let nothingFromXa: [String] = [
        "XXXXXXXXX",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let case27Port81: [String] = [
        "XXXXXXXXX",
        ".........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
        "X........",
    ]
    static let case28: [String] = [
        "XXX.XXXXX",
        "...XX....",
        "...XX....",
        "...XX....",
        "...XX....",
        "...XX....",
        "...XX....",
        "...XX....",
        "...XX....",
    ]
    static let xaOnlyToYa: [String] = [
        "XXX.XXXXX",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let xaOnlyToYb: [String] = [
        "XXXX.XXXX",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let xaNotToXb: [String] = [
        ".X.......",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let xaOnlyToXb: [String] = [
        "X.XXXXXXX",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
    static let xaNotToY: [String] = [
        "...XXX...",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
        ".........",
    ]
}
