import Testing

@testable import PodFencePlayground

/// The seed's plan as `cidr plan` prints it: UCP's defaults, hosts in 10.30.4.0/24, pods that must reach
/// 192.168.10.0/24 and 10.10.0.0/16. Long lines are continued with a backslash.
private let seedReportText = """
    Pod CIDR plan for 192.168.0.0/16 (Calico pool default-ipv4-ippool): 20 nodes, 110 pods a node, Calico blocks of /26

    Assumed
      pod network 192.168.0.0/16: UCP's default
      service network 10.96.0.0/16: UCP's default
      Swarm address pool 10.0.0.0/8: Swarm's default
      bridge networks docker0 172.17.0.0/16 and docker_gwbridge 172.18.0.0/16: the engine's defaults
      engine address pools 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16: the engine's defaults
      110 pods a node: kubelet's default maxPods
      Calico blocks of /26: Calico's default

    Ranges
      pod network          192.168.0.0/16     default-ipv4-ippool
      service network      10.96.0.0/16
      node network         10.30.4.0/24
      bridge network       172.17.0.0/16      docker0
      bridge network       172.18.0.0/16      docker_gwbridge
      Swarm address pool   10.0.0.0/8
      engine address pool  172.17.0.0/16
      engine address pool  172.18.0.0/16
      engine address pool  172.19.0.0/16
      engine address pool  172.20.0.0/14
      engine address pool  172.24.0.0/14
      engine address pool  172.28.0.0/14
      engine address pool  192.168.0.0/16
      destination          10.10.0.0/16
      destination          192.168.10.0/24

    Conflicts: 1 error, 5 warnings
      error: pod network default-ipv4-ippool (192.168.0.0/16) contains destination 192.168.10.0/24: pods cannot reach \
    192.168.10.0/24: traffic to it is routed inside the pod network
      warning: pod network default-ipv4-ippool (192.168.0.0/16) is the same range as engine address pool \
    192.168.0.0/16: once the engine creates a bridge network in 192.168.0.0/16 (docker network create, compose), its \
    host routes those addresses to the bridge and not to the pods
      warning: service network 10.96.0.0/16 lies inside Swarm address pool 10.0.0.0/8: once Swarm creates an overlay \
    network in 10.96.0.0/16, pods cannot reach its tasks: kube-proxy captures traffic to service addresses
      warning: node network 10.30.4.0/24 lies inside Swarm address pool 10.0.0.0/8: once Swarm creates an overlay \
    network in 10.30.4.0/24, its tasks cannot reach the hosts with those addresses
      warning: Swarm address pool 10.0.0.0/8 contains destination 10.10.0.0/16: once Swarm creates an overlay network \
    in 10.10.0.0/16, its tasks cannot reach 10.10.0.0/16
      warning: engine address pool 192.168.0.0/16 contains destination 192.168.10.0/24: once the engine creates a \
    bridge network in 192.168.10.0/24, its host, containers and pods cannot reach 192.168.10.0/24: the host routes \
    those addresses to the bridge

    Capacity
      110 pods a node take 2 blocks of /26 (64 addresses each); 20 nodes take 40: at least a /20
      the current pod network 192.168.0.0/16 holds 1,024 blocks: enough

    Candidates, smallest adequate first (free of every range above, in 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)
      1. 172.16.0.0/20
         - holds 64 blocks of /26 (4,096 addresses); 20 nodes need 40 (2 blocks of 64 addresses a node for 110 pods), \
    so it has room for 32 nodes
         - the smallest adequate size: a /21 holds only 32 blocks
         - inside 172.16.0.0/12, Private-Use (RFC 1918): space for private networks
         - overlaps none of the 14 ranges given, nor the current pod network 192.168.0.0/16, nor space no pod can use \
    (loopback, link-local, multicast, reserved)
         - if kube-controller-manager allocates node CIDRs (--node-cidr-mask-size 24), it holds only 16 for 20 nodes; \
    a mask of /25 would do; Calico IPAM itself does not use node CIDRs
      2. 172.16.0.0/19
         - holds 128 blocks of /26 (8,192 addresses); 20 nodes need 40 (2 blocks of 64 addresses a node for 110 pods), \
    so it has room for 64 nodes
         - 2 times the smallest adequate size (/20), for growth
         - inside 172.16.0.0/12, Private-Use (RFC 1918): space for private networks
         - overlaps none of the 14 ranges given, nor the current pod network 192.168.0.0/16, nor space no pod can use \
    (loopback, link-local, multicast, reserved)
      3. 172.16.0.0/18
         - holds 256 blocks of /26 (16,384 addresses); 20 nodes need 40 (2 blocks of 64 addresses a node for 110 \
    pods), so it has room for 128 nodes
         - 4 times the smallest adequate size (/20), for growth
         - inside 172.16.0.0/12, Private-Use (RFC 1918): space for private networks
         - overlaps none of the 14 ranges given, nor the current pod network 192.168.0.0/16, nor space no pod can use \
    (loopback, link-local, multicast, reserved)
      4. 172.16.0.0/17
         - holds 512 blocks of /26 (32,768 addresses); 20 nodes need 40 (2 blocks of 64 addresses a node for 110 \
    pods), so it has room for 256 nodes
         - 8 times the smallest adequate size (/20), for growth
         - inside 172.16.0.0/12, Private-Use (RFC 1918): space for private networks
         - overlaps none of the 14 ranges given, nor the current pod network 192.168.0.0/16, nor space no pod can use \
    (loopback, link-local, multicast, reserved)
      5. 172.16.0.0/16
         - holds 1,024 blocks of /26 (65,536 addresses); 20 nodes need 40 (2 blocks of 64 addresses a node for 110 \
    pods), so it has room for 512 nodes
         - 16 times the smallest adequate size (/20), for growth
         - inside 172.16.0.0/12, Private-Use (RFC 1918): space for private networks
         - overlaps none of the 14 ranges given, nor the current pod network 192.168.0.0/16, nor space no pod can use \
    (loopback, link-local, multicast, reserved)

    Migration to 172.16.0.0/20, following Calico's IP pool migration (projectcalico.org/v3 resources, applied with \
    calicoctl)
      1. Prepare: check the prerequisites and back up the IP pools
         - This follows Calico's "Migrate from one IP pool to another": done in this order, pods keep their \
    connectivity, though each pod is recreated once.
         - Calico asks to check first that the orchestrator supports changing the pod network CIDR: UCP and MKE do not \
    document it, so on Docker Enterprise the change is unsupported upstream (see the notes); rehearse it on a test \
    cluster.
         - The cluster must use Calico IPAM, UCP's default (not Azure IPAM).
         $ calicoctl get ippool -o wide
         $ calicoctl get ippool -o yaml > ippools-backup.yaml
      2. Create the new IP pool pod-pool-172-16-0-0-20 (172.16.0.0/20)
         - blockSize 26 can be set only now; ipipMode Always, vxlanMode Never and natOutgoing true match the current \
    pool, so traffic between hosts and out of the cluster flows as before.
         - Until the next step both pools are enabled, and new pods may get addresses from either.
         new-ippool.yaml:
           apiVersion: projectcalico.org/v3
           kind: IPPool
           metadata:
             name: pod-pool-172-16-0-0-20
           spec:
             blockSize: 26
             cidr: 172.16.0.0/20
             ipipMode: Always
             natOutgoing: true
             nodeSelector: all()
             vxlanMode: Never
         $ calicoctl apply -f new-ippool.yaml
         $ calicoctl get ippool -o wide
      3. Disable the old IP pool default-ipv4-ippool (192.168.0.0/16)
         - Disabling only stops new allocations: pods that hold addresses from 192.168.0.0/16 keep them and stay \
    reachable.
         - calicoctl apply replaces the whole resource, so the manifest repeats the pool's settings: check them \
    against ippools-backup.yaml (blockSize cannot change).
         - With the Tigera operator, disable it in the Installation resource instead, with nodeSelector "!all()".
         old-ippool-disabled.yaml:
           apiVersion: projectcalico.org/v3
           kind: IPPool
           metadata:
             name: default-ipv4-ippool
           spec:
             blockSize: 26
             cidr: 192.168.0.0/16
             disabled: true
             ipipMode: Always
             natOutgoing: true
             nodeSelector: all()
             vxlanMode: Never
         $ calicoctl apply -f old-ippool-disabled.yaml
         $ calicoctl get ippool -o wide
      4. Make UCP's pod_cidr name 172.16.0.0/20 (unsupported upstream)
         - Calico recommends pools inside the Kubernetes cluster CIDR: pods with addresses outside it may get NAT \
    applied where none is wanted and lose connectivity.
         - In UCP's configuration file, set [cluster_config] pod_cidr = "172.16.0.0/20" and upload it. UCP documents \
    this key for the install only; no Docker or Mirantis text says it may change.
         - If kube-controller-manager runs with --cluster-cidr (with --allocate-node-cidrs), set it to 172.16.0.0/20 \
    too; whether UCP sets these flags is not confirmed.
      5. Recreate the pods that hold old addresses, namespace by namespace
         - Pods started before the old pool was disabled keep their addresses from 192.168.0.0/16 until they are \
    recreated; Calico's guide recreates all of them.
         - Rolling restarts keep replicated workloads available; delete and recreate bare pods and Job pods that still \
    hold old addresses (calicoctl get workloadendpoints lists them).
         - Pods on the host network (hostNetwork: true) have their node's address and need nothing.
         - Do every namespace, kube-system first (cluster DNS and Calico's controllers).
         $ kubectl get namespaces
         $ kubectl -n <namespace> rollout restart deployment
         $ kubectl -n <namespace> rollout restart statefulset
         $ kubectl -n <namespace> rollout restart daemonset
         $ calicoctl get workloadendpoints --all-namespaces
         $ kubectl -n <namespace> delete pod <pod>
      6. Verify that no pod holds an address from 192.168.0.0/16 and that new pods reach the destinations
         - Every workload endpoint's address must be in 172.16.0.0/20, and calicoctl ipam show must count no address \
    in use in 192.168.0.0/16.
         - The test pod must get an address in 172.16.0.0/20 and open connections to 10.10.0.0/16, 192.168.10.0/24 \
    (any client that opens a connection will do).
         $ calicoctl get workloadendpoints --all-namespaces
         $ calicoctl ipam show --show-blocks
         $ kubectl create namespace ippool-test
         $ kubectl -n ippool-test create deployment nginx --image nginx
         $ kubectl -n ippool-test get pods -l app=nginx -o wide
         $ kubectl -n ippool-test run reach-test --rm -i --restart=Never --image=busybox -- nc -z -w 3 <address in \
    10.10.0.0/16> <port>
         $ kubectl -n ippool-test run reach-test --rm -i --restart=Never --image=busybox -- nc -z -w 3 <address in \
    192.168.10.0/24> <port>
         $ kubectl delete namespace ippool-test
      7. Delete the old IP pool default-ipv4-ippool (192.168.0.0/16)
         - Only now: deleting the pool while pods still hold its addresses breaks their networking.
         - From here on nothing in the cluster routes 192.168.0.0/16 to pods.
         $ calicoctl delete ippool default-ipv4-ippool
         $ calicoctl get ippool -o wide

    Docker Enterprise notes
      - [support] UCP and MKE take the pod CIDR at install time (ucp install --pod-cidr), and no Docker or Mirantis \
    text describes changing [cluster_config] pod_cidr afterwards: changing the pod CIDR of a running UCP cluster is \
    unsupported upstream and at your own risk. The supported way is a new install with --pod-cidr 172.16.0.0/20. \
    (docker-enterprise.md §4.1, §4.3)
      - [cluster settings, inference] Besides the Calico pools, UCP's pod_cidr ([cluster_config] in ucp-config.toml) \
    and, if UCP sets it, kube-controller-manager's --cluster-cidr must name 172.16.0.0/20, so that the IPAM pools and \
    the cluster CIDR agree. (docker-enterprise.md §4.3)
      - [service network] The service network (10.96.0.0/16) stays as it is. It is set at install only (ucp install \
    --service-cluster-ip-range, UCP 3.1.8 and later), must not overlap the pod network, and an IPv4 service range may \
    have at most 20 host bits (/12). (docker-enterprise.md §4.1, §6)
      - [Swarm] Swarm's default address pool (10.0.0.0/8) is set by docker swarm init --default-addr-pool before UCP \
    is installed (the UCP installer does not take the flag): moving it means creating the swarm again. The 3 conflicts \
    with it stay until then. (docker-enterprise.md §4.1)
      - [engine] docker0 and docker_gwbridge take the first two of the engine's default-address-pools (MKE's \
    ucp-bridge the third); by default 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16 cut into /20s. Changing them \
    means editing daemon.json (bip, default-address-pools) on every host and restarting the engine. \
    (docker-enterprise.md §4.1; Docker's libnetwork ipamutils)
      - [Calico] A pool's blockSize is set when it is created (/26 by default). Keep at least as many blocks as hosts: \
    when the blocks run out, nodes borrow single addresses from other nodes' blocks and Calico adds a /32 route for \
    each. (docker-enterprise.md §5)
      - [Calico] IP-in-IP needs IP protocol 4 allowed between all hosts (cloud security groups included) and BGP on \
    TCP 179. natOutgoing: true is recommended with it, or traffic leaving the cluster meets asymmetric routing and \
    reverse-path drops. (docker-enterprise.md §3.1, §5)
      - [Calico] With natOutgoing: true, traffic from pods to destinations outside every pool leaves with the node's \
    address, so the destinations' firewalls need no change for 172.16.0.0/20. (Calico IPPool reference, natOutgoing)
      - [Kubernetes] Calico IPAM ignores the nodes' podCIDRs. If kube-controller-manager allocates them \
    (--allocate-node-cidrs; --node-cidr-mask-size is 24 for IPv4 and 64 for IPv6 by default), the cluster CIDR must be \
    no longer than the node mask and holds 2^(mask - length) node CIDRs. (docker-enterprise.md §6)
      - [support] On Azure, UCP's pod CIDR must equal the hosts' VNet subnet (Azure IPAM hands out NIC addresses): \
    this plan assumes Calico IPAM and does not apply there. (docker-enterprise.md §4.1)

    """

@Suite("cidr plan report")
struct CIDRPlanReportTests {
    @Test("the seed's plan as text, exact")
    func seedReport() {
        var interpreter = Interpreter()
        let status = interpreter.execute(
            line: "cidr plan --nodes 20 --node-network 10.30.4.0/24 --reach 192.168.10.0/24 10.10.0.0/16")
        let (output, errors) = interpreter.takeOutput()
        #expect(status == 0)
        #expect(errors == "")
        #expect(output == seedReportText)
    }
}
