import PodFenceModel

/// A small topology built with the fluent API: a management VLAN with one manager, one application VLAN with
/// two workers in `/Prod/App1` and one left in `/Shared`.
func smallTopology() -> Topology {
    Topology(name: "small")
        .withVLAN(VLAN(id: 10, name: "mgmt", cidr: "10.10.0.0/24", purpose: .management))
        .withVLAN(VLAN(id: 20, name: "prod", cidr: "10.20.0.0/24").inEnvironment("production"))
        .withCollection("/Prod")
        .withCollection(UCPCollection("/Prod/App1").identified(by: "app1").pinnedBy(["zone": "app1"]))
        .withNode(ClusterNode.manager("mgr-1").onVLAN("mgmt").addressed("10.10.0.11"))
        .withNode(
            ClusterNode.worker("w1").onVLAN("prod").addressed("10.20.0.11").inCollection("/Prod/App1")
                .labeled(["zone": "app1"])
        )
        .withNode(
            ClusterNode.worker("w2").onVLAN("prod").addressed("10.20.0.12").inCollection("/Prod/App1")
                .labeled(["zone": "app1"])
        )
        .withNode(ClusterNode.worker("w3").onVLAN("prod").addressed("10.20.0.13"))
        .withTeam(Team("devs", organization: "acme", members: ["alice", "bob"]))
        .granting(.scheduler, to: .team("devs"), on: "/Prod")
        .granting(.fullControl, to: .team("devs"), inNamespace: "app1")
        .linking("app1", to: "/Prod/App1")
}
