//! Describe a Docker Enterprise cluster's three isolation layers (VLANs, collections, namespace links) in Swift,
//! see where a namespace's pods may land, and audit the layers together with the NetworkPolicies.
import PodFence

// snippet.topology
// Two application groups, shop and billing, each with its own VLAN, collection and namespace.
let topology = Topology(name: "acme").running(.ucp31)
    .withVLAN(VLAN(id: 10, name: "mgmt", cidr: "10.10.0.0/24", purpose: .management))
    .withVLAN(VLAN(id: 20, name: "shop", cidr: "10.20.0.0/24"))
    .withVLAN(VLAN(id: 30, name: "billing", cidr: "10.30.0.0/24"))
    .withCollection("/Prod")
    .withCollection(UCPCollection("/Prod/Shop").pinnedBy(["podfence.dev/collection": "prod-shop"]))
    .withCollection(UCPCollection("/Prod/Billing").pinnedBy(["podfence.dev/collection": "prod-billing"]))
    .withNode(ClusterNode.manager("mgr-1").onVLAN("mgmt").addressed("10.10.0.11"))
    .withNode(
        ClusterNode.worker("shop-w1").onVLAN("shop").addressed("10.20.0.11")
            .inCollection("/Prod/Shop").labeled(["podfence.dev/collection": "prod-shop"])
    )
    .withNode(
        ClusterNode.worker("billing-w1").onVLAN("billing").addressed("10.30.0.11")
            .inCollection("/Prod/Billing").labeled(["podfence.dev/collection": "prod-billing"])
    )
    .withTeam(Team("shop-devs", organization: "acme", members: ["alice"]))
    .withTeam(Team("billing-devs", organization: "acme", members: ["bob"]))
    .withGroup(ApplicationGroup("shop", collections: ["/Prod/Shop"], namespaces: ["shop"]))
    .withGroup(ApplicationGroup("billing", collections: ["/Prod/Billing"], namespaces: ["billing"]))
    .granting(.fullControl, to: .team("shop-devs"), inNamespace: "shop")
    .granting(.scheduler, to: .team("shop-devs"), on: "/Prod/Shop")
    .granting(.fullControl, to: .team("billing-devs"), inNamespace: "billing")
    .granting(.scheduler, to: .team("billing-devs"), on: "/Prod/Billing")
    .linking("shop", to: "/Prod/Shop")
    .linking("billing", to: "/Prod/Billing")

let problems = topology.validate()
print(problems.isEmpty ? "topology valid" : problems.map(\.description).joined(separator: "\n"))
// snippet.end

// snippet.objects
// The Kubernetes side: shop denies everything by default, billing forgot to. One shop workload asks for
// billing's nodes.
var batch = PodSpec(containers: [Container(name: "batch")])
batch.nodeSelector = ["podfence.dev/collection": "prod-billing"]
let objects: [KubernetesObject] = [
    .namespace(Namespace(name: "shop")),
    .namespace(Namespace(name: "billing")),
    .networkPolicy(.denyAll(in: "shop")),
    .workload(Workload(.deployment, name: "web", namespace: "shop", template: PodTemplateSpec(labels: ["app": "web"]))),
    .workload(Workload(.job, name: "batch", namespace: "shop", template: PodTemplateSpec(spec: batch))),
]
// snippet.end

// snippet.placement
let placement = topology.placement(of: "shop", objects: objects)
print("shop: \(placement.source); nodes \(placement.nodes.map(\.name).joined(separator: ", "))")
print("annotation: \(placement.annotationValue)")
for pod in placement.pods {
    switch pod.outcome {
    case .schedulable(let nodes): print("  \(pod.name): schedulable on \(nodes.joined(separator: ", "))")
    case .pending: print("  \(pod.name): pending")
    case .rejected(let keys): print("  \(pod.name): rejected (conflicts on \(keys.joined(separator: ", ")))")
    }
}
// snippet.end

// snippet.audit
for finding in topology.audit(objects: objects) {
    print(finding)
}
// snippet.end
