import PodFenceModel
import PodFenceSelectors
import Testing

/// The upstream e2e suite as data (semantics §4.3): every case, step and probe, on the full 9-pod model and
/// on restricted topologies (the newest upstream creates only the pods a test needs: nothing may depend on
/// absent pods). Each cell is checked twice: by the verdict of the pair and by the class-based matrix.
@Suite("Upstream e2e conformance")
struct E2EConformanceTests {
    /// The full model and restricted ones.
    static let topologies: [(name: String, pods: [String])] = [
        ("all nine pods", E2EModel.allPods),
        ("namespaces x and y", E2EModel.allPods.filter { !$0.hasPrefix("z/") }),
        ("pods a and b", E2EModel.allPods.filter { !$0.hasSuffix("/c") }),
        ("x/a and one client per namespace", ["x/a", "x/b", "y/b", "z/c"]),
    ]

    /// The expected rows restricted to a topology.
    static func restrict(_ expected: [String], to pods: [String]) -> [String] {
        let positions = pods.map { E2EModel.allPods.firstIndex(of: $0)! }
        return positions.map { row in
            let characters = Array(expected[row])
            return String(positions.map { characters[$0] })
        }
    }

    @Test("each case, step and probe gives upstream's matrix", arguments: E2ECases.all)
    func conformance(_ testCase: E2ECase) {
        for (stepIndex, step) in testCase.steps.enumerated() {
            for topology in Self.topologies {
                let cluster = TestCluster(
                    namespaces: E2EModel.namespaces(extraLabels: step.namespaceLabels),
                    pods: E2EModel.pods(topology.pods, extraLabels: step.podLabels), policies: step.policies)
                let matrix = cluster.analysis.matrix()
                let index = Dictionary(
                    uniqueKeysWithValues: matrix.peers.enumerated().map { ($0.element.name, $0.offset) })
                for probe in step.probes {
                    let port = PortQuery.port(probe.port, probe.proto)
                    var byVerdict: [String] = []
                    var byMatrix: [String] = []
                    for source in topology.pods {
                        var verdictRow = ""
                        var matrixRow = ""
                        for destination in topology.pods {
                            let verdict = cluster.verdict(source, destination, port)
                            verdictRow += verdict.policyOutcome == .allowed ? "." : "X"
                            let ports = matrix.allowedPorts(from: index[source]!, to: index[destination]!)
                            matrixRow += ports.contains(probe.port, probe.proto) ? "." : "X"
                            if source == destination {
                                #expect(verdict.outcome == .allowed, "a pod always reaches itself: \(source)")
                                #expect(verdict.notes.first == .selfTraffic)
                            }
                        }
                        byVerdict.append(verdictRow)
                        byMatrix.append(matrixRow)
                    }
                    let expected = Self.restrict(probe.expected, to: topology.pods)
                    let context = "step \(stepIndex + 1), \(probe.port)/\(probe.proto), \(topology.name)"
                    #expect(byVerdict == expected, "verdicts, \(context)")
                    #expect(byMatrix == expected, "matrix, \(context)")
                }
            }
        }
    }

    @Test("the suite covers the 48 data-plane tests of semantics §4.2, numbered in order")
    func coverage() {
        #expect(E2ECases.all.map(\.number) == Array(1...48))
        #expect(
            E2ECases.all.flatMap(\.steps).flatMap(\.probes).allSatisfy { probe in
                probe.expected.count == 9 && probe.expected.allSatisfy { $0.count == 9 }
            })
    }
}
