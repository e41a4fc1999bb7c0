import Foundation
import Testing

/// The examples are built by `swift build` like any product; these tests run them as a user would and compare
/// their whole output and exit status with what they must print. An example that stops compiling fails the build,
/// one whose output changes fails here.
@Suite("Examples")
struct ExamplesTests {
    // MARK: onboarding-portal

    @Test("onboarding-portal prints the manifests for a team and the isolation they give")
    func portal() throws {
        let run = try BuiltProgram("onboarding-portal").run(["--namespace", "team-a", "--project", "shop"])
        #expect(run == BuiltProgram.Run(output: Self.portalOutput, errors: "", status: 0))
    }

    @Test("onboarding-portal refuses a namespace that is not a DNS-1123 label, and prints nothing to apply")
    func portalRefusesABadNamespace() throws {
        let run = try BuiltProgram("onboarding-portal").run(["--namespace", "Team_A", "--project", "shop"])
        #expect(run == BuiltProgram.Run(output: "", errors: Self.portalBadNamespace, status: 1))
    }

    @Test("onboarding-portal prints no manifests when a promise breaks: the ingress controller in the team's namespace")
    func portalRefusesABrokenPromise() throws {
        let arguments = ["--namespace", "team-a", "--project", "shop", "--ingress-namespace", "team-a"]
        let run = try BuiltProgram("onboarding-portal").run(arguments)
        #expect(run == BuiltProgram.Run(output: Self.portalBrokenPromise, errors: "", status: 1))
    }

    @Test("onboarding-portal without a project prints its usage")
    func portalUsage() throws {
        let run = try BuiltProgram("onboarding-portal").run(["--namespace", "team-a"])
        #expect(run.status == 2 && run.output.isEmpty && run.errors.hasPrefix("usage: onboarding-portal"))
    }

    // MARK: pipeline-gate

    /// A scratch folder with the example cluster, its corrected copy and the team's assertions, as a pipeline's
    /// checkout would hold them.
    static func checkout() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.copy("Examples/example-cluster")
        try folder.copy("Examples/example-cluster", as: "corrected")
        let corrected = folder.url.appendingPathComponent("corrected")
        try FileManager.default.removeItem(at: corrected.appendingPathComponent("02-allow-internal-ingress.yaml"))
        for file in ["02-allow-internal.yaml", "04-allow-dns-egress.yaml"] {
            try folder.copy("Examples/pipeline-gate/corrected/\(file)", as: "corrected/\(file)")
        }
        try folder.copy("Examples/pipeline-gate/ns-app1.assertions")
        return folder
    }

    /// The gate's command line for a manifests folder of the checkout.
    static func gateArguments(_ manifests: String) -> [String] {
        [
            manifests, "--assertions", "ns-app1.assertions", "--sarif", "lint.sarif", "--exempt", "ingress-nginx",
            "--exempt", "other",
        ]
    }

    /// The SARIF file the gate wrote: its version and the rule of each result.
    static func sarifRules(in folder: ScratchFolder) throws -> (version: String?, rules: [String]) {
        let data = try Data(contentsOf: folder.url.appendingPathComponent("lint.sarif"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(root["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        return (root["version"] as? String, results.compactMap { $0["ruleId"] as? String })
    }

    @Test("pipeline-gate fails on the example cluster with the known findings and broken assertions")
    func gateFailsOnTheExampleCluster() throws {
        let folder = try Self.checkout()
        let run = try BuiltProgram("pipeline-gate").run(Self.gateArguments("example-cluster"), in: folder.url)
        #expect(run == BuiltProgram.Run(output: Self.gateOnExampleCluster, errors: "", status: 1))
        let sarif = try Self.sarifRules(in: folder)
        #expect(sarif.version == "2.1.0")
        #expect(
            sarif.rules == [
                "egress-without-dns", "redundant-policy", "policy-types-cannot-undo-isolation", "rule-allows-nothing",
            ])
    }

    @Test("pipeline-gate passes on the corrected copy")
    func gatePassesOnTheCorrectedCopy() throws {
        let folder = try Self.checkout()
        let run = try BuiltProgram("pipeline-gate").run(Self.gateArguments("corrected"), in: folder.url)
        #expect(run == BuiltProgram.Run(output: Self.gateOnCorrectedCopy, errors: "", status: 0))
        let sarif = try Self.sarifRules(in: folder)
        #expect(sarif.version == "2.1.0" && sarif.rules == ["redundant-policy"])
    }

    @Test("the gate's assertion file is a playground script that podfence answers the same way")
    func assertionsRunInThePlayground() throws {
        let folder = try Self.checkout()
        for (manifests, status) in [("example-cluster", Int32(1)), ("corrected", 0)] {
            let script = folder.url.appendingPathComponent("check-\(manifests).pf")
            try "load \(manifests)\nrun ns-app1.assertions\n".write(to: script, atomically: true, encoding: .utf8)
            let run = try BuiltProgram("podfence").run(["run", script.lastPathComponent], in: folder.url)
            #expect(run.status == status, "\(manifests): \(run)")
        }
    }

    @Test("pipeline-gate reports a bad assertion line with its location")
    func gateRefusesABadAssertion() throws {
        let folder = try Self.checkout()
        try "# reach is not a verb the gate knows\nassert ns-app1/api reaches ns-app1/db\n".write(
            to: folder.url.appendingPathComponent("bad.assertions"), atomically: true, encoding: .utf8)
        let run = try BuiltProgram("pipeline-gate").run(
            ["corrected", "--assertions", "bad.assertions"], in: folder.url)
        #expect(run.status == 2)
        #expect(
            run.errors.hasPrefix(
                "pipeline-gate: bad.assertions:2: expected `assert SRC can|cannot reach DST [on PORT[/PROTO]]`\n"))
    }

    // MARK: pod-cidr-migration

    @Test("pod-cidr-migration plans the walkthrough's case")
    func migration() throws {
        let run = try BuiltProgram("pod-cidr-migration").run()
        #expect(run == BuiltProgram.Run(output: Self.migrationOutput, errors: "", status: 0))
    }

    @Test("pod-cidr-migration leaves a pod network alone when nothing needs it to move")
    func migrationNotNeeded() throws {
        let run = try BuiltProgram("pod-cidr-migration").run(["--pod-cidr", "172.16.0.0/16", "--reach", "10.1.0.0/16"])
        let expected = "172.16.0.0/16 conflicts with nothing and holds 20 nodes: no migration needed\n"
        #expect(run == BuiltProgram.Run(output: expected, errors: "", status: 0))
    }

    @Test("pod-cidr-migration names a bad argument")
    func migrationRefusesABadArgument() throws {
        let run = try BuiltProgram("pod-cidr-migration").run(["--reach", "servers=10.0.0.300/24"])
        #expect(run.status == 2 && run.output.isEmpty)
        #expect(run.errors.hasPrefix("pod-cidr-migration: --reach 10.0.0.300/24: "))
    }
}

// MARK: - Expected output

extension ExamplesTests {
    static let portalOutput = """
        # 6 objects for team-a, validated: 0 errors, 0 warnings
        apiVersion: v1
        kind: Namespace
        metadata:
          labels:
            ns-id: team-a
          name: team-a
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny-all
          namespace: team-a
        spec:
          podSelector: {}
          policyTypes:
          - Ingress
          - Egress
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-dns-egress
          namespace: team-a
        spec:
          egress:
          - ports:
            - port: 53
              protocol: UDP
            - port: 53
              protocol: TCP
            to:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: kube-system
              podSelector:
                matchLabels:
                  k8s-app: kube-dns
          podSelector: {}
          policyTypes:
          - Egress
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-internal-ingress
          namespace: team-a
        spec:
          ingress:
          - from:
            - namespaceSelector:
                matchLabels:
                  ns-id: team-a
              podSelector:
                matchLabels:
                  project: shop
          podSelector:
            matchLabels:
              project: shop
          policyTypes:
          - Ingress
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-ingress-from-ingress-nginx
          namespace: team-a
        spec:
          ingress:
          - from:
            - namespaceSelector:
                matchLabels:
                  ns-id: ingress-nginx
          podSelector:
            matchLabels:
              project: shop
          policyTypes:
          - Ingress
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-internal-egress
          namespace: team-a
        spec:
          egress:
          - to:
            - podSelector:
                matchLabels:
                  project: shop
          podSelector:
            matchLabels:
              project: shop
          policyTypes:
          - Egress
        # isolation of team-a, checked by the reachability engine on sample pods
        # ok     ingress-nginx/controller -> team-a/shop-1 allowed on all ports
        # ok     team-a/shop-1 -> team-a/shop-2            allowed on all ports
        # ok     team-a/shop-1 -> kube-system/coredns      allowed on TCP 53; UDP 53
        # ok     team-a/unlabelled -> kube-system/coredns  allowed on TCP 53; UDP 53
        # ok     team-a/unlabelled -> team-a/shop-1        denied
        # ok     team-a/shop-1 -> team-a/unlabelled        denied
        # ok     elsewhere/client -> team-a/shop-1         denied
        # ok     203.0.113.10 -> team-a/shop-1             denied
        # ok     team-a/shop-1 -> 203.0.113.10             denied

        """

    static let portalBrokenPromise = """
        # 6 objects for team-a, validated: 0 errors, 0 warnings
        # isolation of team-a, checked by the reachability engine on sample pods
        # BROKEN team-a/controller -> team-a/shop-1       denied
        # ok     team-a/shop-1 -> team-a/shop-2           allowed on all ports
        # ok     team-a/shop-1 -> kube-system/coredns     allowed on TCP 53; UDP 53
        # ok     team-a/unlabelled -> kube-system/coredns allowed on TCP 53; UDP 53
        # ok     team-a/unlabelled -> team-a/shop-1       denied
        # ok     team-a/shop-1 -> team-a/unlabelled       denied
        # ok     elsewhere/client -> team-a/shop-1        denied
        # ok     203.0.113.10 -> team-a/shop-1            denied
        # ok     team-a/shop-1 -> 203.0.113.10            denied
        # 1 promise broken: nothing to apply

        """

    static let portalBadNamespace = """
        onboarding-portal: bundle onboarding: parameter namespace: invalid value "Team_A": a lowercase RFC 1123 \
        label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric \
        character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?'); \
        expected a namespace name (a DNS-1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending \
        with a letter or digit, such as ns-app1)

        """

    static let gateOnExampleCluster = """
        lint: example-cluster (SARIF in lint.sarif)
        example-cluster/01-deny-all.yaml:10:5: warning: [egress-without-dns] NetworkPolicy ns-app1/deny-all \
        spec.policyTypes: isolates the egress of ns-app1/api, ns-app1/db, ns-app1/web, and no rule lets them reach \
        the cluster DNS (kube-system/coredns) on UDP 53 or TCP 53: name resolution fails
          fix: allow UDP and TCP 53 to the DNS pods, for example `template allow-dns-egress namespace=ns-app1`
        example-cluster/02-allow-internal-ingress.yaml:3:1: note: [redundant-policy] NetworkPolicy \
        ns-app1/allow-internal-ingress: removing this policy changes no connection between the loaded pods and \
        workloads, nor with addresses outside the cluster
          fix: remove it, or check what it was meant to allow (see the other findings on it)
        example-cluster/02-allow-internal-ingress.yaml:13:5: warning: [policy-types-cannot-undo-isolation] \
        NetworkPolicy ns-app1/allow-internal-ingress spec.policyTypes: policyTypes lists only Ingress, but leaving \
        Egress out does not undo isolation: ns-app1/deny-all (example-cluster/01-deny-all.yaml:2) still isolates the \
        egress of ns-app1/api, ns-app1/db, the pods this policy lets in, so they cannot open these connections
          fix: add a policy with `policyTypes: [Egress]` that lets these pods reach each other (and DNS)
        example-cluster/02-allow-internal-ingress.yaml:15:7: warning: [rule-allows-nothing] NetworkPolicy \
        ns-app1/allow-internal-ingress spec.ingress[0]: ingress[0] allows ns-app1/api, ns-app1/db, but their egress \
        is isolated by ns-app1/deny-all (example-cluster/01-deny-all.yaml:2) and no rule lets them send this \
        traffic: the rule opens nothing
          fix: allow the egress side too, with a policy selecting ns-app1/api, ns-app1/db
        4 findings: 0 errors, 3 warnings, 1 note
        assertions: ns-app1.assertions
        ok    ingress-nginx/controller can reach ns-app1/web on http
        FAIL  ns-app1/api can reach ns-app1/db on pg
              ns-app1.assertions:4: egress of ns-app1/api is isolated by ns-app1/deny-all and no rule allows it
        FAIL  ns-app1/web can reach kube-system/coredns on dns/UDP
              ns-app1.assertions:5: egress of ns-app1/web is isolated by ns-app1/deny-all and no rule allows it
        FAIL  ns-app1/db can reach kube-system/coredns on dns-tcp
              ns-app1.assertions:6: egress of ns-app1/db is isolated by ns-app1/deny-all and no rule allows it
        ok    other/client cannot reach ns-app1/web
        ok    other/client cannot reach ns-app1/db
        ok    ns-app1/db cannot reach 203.0.113.10
        gate failed: 3 lint findings at warning or above; 3 of 7 assertions failed

        """

    static let gateOnCorrectedCopy = """
        lint: corrected (SARIF in lint.sarif)
        corrected/01-deny-all.yaml:2:1: note: [redundant-policy] NetworkPolicy ns-app1/deny-all: removing this \
        policy changes no connection between the loaded pods and workloads, nor with addresses outside the cluster
          fix: remove it, or check what it was meant to allow (see the other findings on it)
        1 finding: 0 errors, 0 warnings, 1 note
        assertions: ns-app1.assertions
        ok    ingress-nginx/controller can reach ns-app1/web on http
        ok    ns-app1/api can reach ns-app1/db on pg
        ok    ns-app1/web can reach kube-system/coredns on dns/UDP
        ok    ns-app1/db can reach kube-system/coredns on dns-tcp
        ok    other/client cannot reach ns-app1/web
        ok    other/client cannot reach ns-app1/db
        ok    ns-app1/db cannot reach 203.0.113.10
        gate passed: 0 lint findings at warning or above; 7 assertions hold

        """

    static let migrationOutput = """
        # Pod CIDR migration: 192.168.0.0/16 to 172.16.0.0/20

        20 nodes of 110 pods take 40 Calico blocks of /26: the new pod network is the smallest free block that holds \
        them.

        ## Why

        - error: pod network default-ipv4-ippool (192.168.0.0/16) contains destination file servers \
        (192.168.10.0/24): pods cannot reach file servers (192.168.10.0/24): traffic to it is routed inside the pod \
        network
        - warning: pod network default-ipv4-ippool (192.168.0.0/16) is the same range as engine address pool \
        192.168.0.0/16: once the engine creates a bridge network in 192.168.0.0/16 (docker network create, compose), \
        its host routes those addresses to the bridge and not to the pods

        ## What the move does not fix

        - warning: service network 10.96.0.0/16 lies inside Swarm address pool 10.0.0.0/8: once Swarm creates an \
        overlay network in 10.96.0.0/16, pods cannot reach its tasks: kube-proxy captures traffic to service addresses
        - warning: Swarm address pool 10.0.0.0/8 contains destination data centre (10.10.0.0/16): once Swarm creates \
        an overlay network in 10.10.0.0/16, its tasks cannot reach data centre (10.10.0.0/16)
        - warning: engine address pool 192.168.0.0/16 contains destination file servers (192.168.10.0/24): once the \
        engine creates a bridge network in 192.168.10.0/24, its host, containers and pods cannot reach file servers \
        (192.168.10.0/24): the host routes those addresses to the bridge

        ## Check

        - 172.16.0.0/20 overlaps none of the 13 other ranges
        - destination data centre (10.10.0.0/16): reachable before and after the move
        - destination file servers (192.168.10.0/24): hidden by the current pod network, reachable after the move

        ## Steps

        ### 1. Prepare: check the prerequisites and back up the IP pools

        - This follows Calico's "Migrate from one IP pool to another": done in this order, pods keep their \
        connectivity, though each pod is recreated once.
        - Calico asks to check first that the orchestrator supports changing the pod network CIDR: UCP and MKE do \
        not document it, so on Docker Enterprise the change is unsupported upstream (see the notes); rehearse it on \
        a test cluster.
        - The cluster must use Calico IPAM, UCP's default (not Azure IPAM).

        ```sh
        calicoctl get ippool -o wide
        calicoctl get ippool -o yaml > ippools-backup.yaml
        ```

        ### 2. Create the new IP pool pod-pool-172-16-0-0-20 (172.16.0.0/20)

        - blockSize 26 can be set only now; ipipMode Always, vxlanMode Never and natOutgoing true match the current \
        pool, so traffic between hosts and out of the cluster flows as before.
        - Until the next step both pools are enabled, and new pods may get addresses from either.

        `new-ippool.yaml`:

        ```yaml
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
        ```

        ```sh
        calicoctl apply -f new-ippool.yaml
        calicoctl get ippool -o wide
        ```

        ### 3. Disable the old IP pool default-ipv4-ippool (192.168.0.0/16)

        - Disabling only stops new allocations: pods that hold addresses from 192.168.0.0/16 keep them and stay \
        reachable.
        - calicoctl apply replaces the whole resource, so the manifest repeats the pool's settings: check them \
        against ippools-backup.yaml (blockSize cannot change).
        - With the Tigera operator, disable it in the Installation resource instead, with nodeSelector "!all()".

        `old-ippool-disabled.yaml`:

        ```yaml
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
        ```

        ```sh
        calicoctl apply -f old-ippool-disabled.yaml
        calicoctl get ippool -o wide
        ```

        ### 4. Make UCP's pod_cidr name 172.16.0.0/20 (unsupported upstream)

        - Calico recommends pools inside the Kubernetes cluster CIDR: pods with addresses outside it may get NAT \
        applied where none is wanted and lose connectivity.
        - In UCP's configuration file, set [cluster_config] pod_cidr = "172.16.0.0/20" and upload it. UCP documents \
        this key for the install only; no Docker or Mirantis text says it may change.
        - If kube-controller-manager runs with --cluster-cidr (with --allocate-node-cidrs), set it to 172.16.0.0/20 \
        too; whether UCP sets these flags is not confirmed.

        ### 5. Recreate the pods that hold old addresses, namespace by namespace

        - Pods started before the old pool was disabled keep their addresses from 192.168.0.0/16 until they are \
        recreated; Calico's guide recreates all of them.
        - Rolling restarts keep replicated workloads available; delete and recreate bare pods and Job pods that \
        still hold old addresses (calicoctl get workloadendpoints lists them).
        - Pods on the host network (hostNetwork: true) have their node's address and need nothing.
        - Do every namespace, kube-system first (cluster DNS and Calico's controllers).

        ```sh
        kubectl get namespaces
        kubectl -n <namespace> rollout restart deployment
        kubectl -n <namespace> rollout restart statefulset
        kubectl -n <namespace> rollout restart daemonset
        calicoctl get workloadendpoints --all-namespaces
        kubectl -n <namespace> delete pod <pod>
        ```

        ### 6. Verify that no pod holds an address from 192.168.0.0/16 and that new pods reach the destinations

        - Every workload endpoint's address must be in 172.16.0.0/20, and calicoctl ipam show must count no address \
        in use in 192.168.0.0/16.
        - The test pod must get an address in 172.16.0.0/20 and open connections to 10.10.0.0/16, 192.168.10.0/24 \
        (any client that opens a connection will do).

        ```sh
        calicoctl get workloadendpoints --all-namespaces
        calicoctl ipam show --show-blocks
        kubectl create namespace ippool-test
        kubectl -n ippool-test create deployment nginx --image nginx
        kubectl -n ippool-test get pods -l app=nginx -o wide
        kubectl -n ippool-test run reach-test --rm -i --restart=Never --image=busybox -- nc -z -w 3 <address in \
        10.10.0.0/16> <port>
        kubectl -n ippool-test run reach-test --rm -i --restart=Never --image=busybox -- nc -z -w 3 <address in \
        192.168.10.0/24> <port>
        kubectl delete namespace ippool-test
        ```

        ### 7. Delete the old IP pool default-ipv4-ippool (192.168.0.0/16)

        - Only now: deleting the pool while pods still hold its addresses breaks their networking.
        - From here on nothing in the cluster routes 192.168.0.0/16 to pods.

        ```sh
        calicoctl delete ippool default-ipv4-ippool
        calicoctl get ippool -o wide
        ```

        ## Notes

        - support: UCP and MKE take the pod CIDR at install time (ucp install --pod-cidr), and no Docker or Mirantis \
        text describes changing [cluster_config] pod_cidr afterwards: changing the pod CIDR of a running UCP cluster \
        is unsupported upstream and at your own risk. The supported way is a new install with --pod-cidr \
        172.16.0.0/20. (docker-enterprise.md §4.1, §4.3)
        - cluster settings, inference: Besides the Calico pools, UCP's pod_cidr ([cluster_config] in \
        ucp-config.toml) and, if UCP sets it, kube-controller-manager's --cluster-cidr must name 172.16.0.0/20, so \
        that the IPAM pools and the cluster CIDR agree. (docker-enterprise.md §4.3)
        - service network: The service network (10.96.0.0/16) stays as it is. It is set at install only (ucp install \
        --service-cluster-ip-range, UCP 3.1.8 and later), must not overlap the pod network, and an IPv4 service \
        range may have at most 20 host bits (/12). (docker-enterprise.md §4.1, §6)
        - Swarm: Swarm's default address pool (10.0.0.0/8) is set by docker swarm init --default-addr-pool before \
        UCP is installed (the UCP installer does not take the flag): moving it means creating the swarm again. The 2 \
        conflicts with it stay until then. (docker-enterprise.md §4.1)
        - engine: docker0 and docker_gwbridge take the first two of the engine's default-address-pools (MKE's \
        ucp-bridge the third); by default 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16 cut into /20s. Changing \
        them means editing daemon.json (bip, default-address-pools) on every host and restarting the engine. \
        (docker-enterprise.md §4.1; Docker's libnetwork ipamutils)
        - Calico: A pool's blockSize is set when it is created (/26 by default). Keep at least as many blocks as \
        hosts: when the blocks run out, nodes borrow single addresses from other nodes' blocks and Calico adds a /32 \
        route for each. (docker-enterprise.md §5)
        - Calico: IP-in-IP needs IP protocol 4 allowed between all hosts (cloud security groups included) and BGP on \
        TCP 179. natOutgoing: true is recommended with it, or traffic leaving the cluster meets asymmetric routing \
        and reverse-path drops. (docker-enterprise.md §3.1, §5)
        - Calico: With natOutgoing: true, traffic from pods to destinations outside every pool leaves with the \
        node's address, so the destinations' firewalls need no change for 172.16.0.0/20. (Calico IPPool reference, \
        natOutgoing)
        - Kubernetes: Calico IPAM ignores the nodes' podCIDRs. If kube-controller-manager allocates them \
        (--allocate-node-cidrs; --node-cidr-mask-size is 24 for IPv4 and 64 for IPv6 by default), the cluster CIDR \
        must be no longer than the node mask and holds 2^(mask - length) node CIDRs. (docker-enterprise.md §6)
        - support: On Azure, UCP's pod CIDR must equal the hosts' VNet subnet (Azure IPAM hands out NIC addresses): \
        this plan assumes Calico IPAM and does not apply there. (docker-enterprise.md §4.1)

        """
}
