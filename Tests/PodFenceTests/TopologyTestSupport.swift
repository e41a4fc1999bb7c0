import PodFence
import PodFenceTestSupport

/// `Examples/topology`: two environments, three application groups, two application VLANs with three
/// collections each, managers on a management VLAN.
let exampleTopologyFolder = RepositoryRoot.path + "/Examples/topology"

/// The example's topology and its Kubernetes objects (namespaces, policies, workloads), loaded as the
/// playground loads them.
struct ExampleTopology {
    var topology: Topology
    var objects: [KubernetesObject]

    static func load() throws -> ExampleTopology {
        let result = ManifestLoader().load(paths: [exampleTopologyFolder])
        guard result.isComplete else { throw ExampleError(diagnostics: result.diagnostics) }
        var documents: [Topology] = []
        var objects: [KubernetesObject] = []
        for loaded in result.objects {
            if case .topology(let topology) = loaded.object {
                documents.append(topology)
            } else {
                objects.append(loaded.object)
            }
        }
        guard let topology = Topology.merged(documents) else { throw ExampleError(diagnostics: []) }
        return ExampleTopology(topology: topology, objects: objects)
    }
}

/// The example did not load.
struct ExampleError: Error {
    var diagnostics: [Diagnostic]
}

/// A minimal clean topology for the audit: a management VLAN with a manager, application VLAN `a` with one
/// worker in `/A` (pinned by `zone=a`), group `g1` owning `/A` and namespace `ns-a`, linked; team `devs` with
/// Scheduler on `/A` and Full Control on `ns-a`; no default `/Shared` grant.
func cleanTopology() -> Topology {
    Topology(name: "clean")
        .withVLAN(VLAN(id: 10, name: "mgmt", cidr: "10.10.0.0/24", purpose: .management))
        .withVLAN(VLAN(id: 20, name: "a", cidr: "10.20.0.0/24", purpose: .application))
        .withScheduling(TopologyScheduling(sharedSchedulerGrant: false))
        .withCollection(UCPCollection("/A").pinnedBy(["zone": "a"]))
        .withNode(ClusterNode.manager("mgr").onVLAN("mgmt").addressed("10.10.0.11"))
        .withNode(
            ClusterNode.worker("a1").onVLAN("a").addressed("10.20.0.11").inCollection("/A").labeled(["zone": "a"])
        )
        .withGroup(ApplicationGroup("g1", collections: ["/A"], namespaces: ["ns-a"]))
        .withTeam(Team("devs", organization: "acme", members: ["alice"]))
        .granting(.scheduler, to: .team("devs"), on: "/A")
        .granting(.fullControl, to: .team("devs"), inNamespace: "ns-a")
        .linking("ns-a", to: "/A")
}

/// The objects that go with ``cleanTopology()``: the namespace and its default deny.
func cleanObjects() -> [KubernetesObject] {
    [.namespace(Namespace(name: "ns-a")), .networkPolicy(NetworkPolicy.denyAll(in: "ns-a"))]
}
