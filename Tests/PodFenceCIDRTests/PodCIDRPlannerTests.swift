import PodFenceCIDR
import Testing

/// The seed's third story: a UCP cluster on the default pod network whose pods must reach corporate servers in
/// `192.168.10.0/24` and `10.10.0.0/16`; the hosts are in `10.30.4.0/24`; every other range is a Docker
/// Enterprise default (`docker-enterprise.md` §4.1).
func seedRequest(
    nodeCount: Int = 20, target: IPPrefix? = nil, namespaces: [String] = []
) throws -> PodCIDRPlanRequest {
    PodCIDRPlanRequest(
        podCIDR: DockerEnterpriseDefaults.podCIDR,
        ranges: [
            NetworkRange(.serviceNetwork, DockerEnterpriseDefaults.serviceCIDR),
            NetworkRange(.nodeNetwork, try prefix("10.30.4.0/24")),
            NetworkRange(.destination, try prefix("192.168.10.0/24")),
            NetworkRange(.destination, try prefix("10.10.0.0/16")),
        ] + DockerEnterpriseDefaults.dockerRanges,
        nodeCount: nodeCount, target: target, namespaces: namespaces)
}

@Suite("Pod CIDR planner")
struct PodCIDRPlannerTests {
    @Test("the seed's case: the conflict explained")
    func seedConflicts() throws {
        let plan = try PodCIDRPlanner().plan(seedRequest())
        #expect(plan.isChangeNeeded)
        #expect(plan.podNetwork.description == "pod network default-ipv4-ippool (192.168.0.0/16)")
        #expect(
            plan.podNetworkConflicts.map(\.description) == [
                "error: pod network default-ipv4-ippool (192.168.0.0/16) contains destination 192.168.10.0/24: pods "
                    + "cannot reach 192.168.10.0/24: traffic to it is routed inside the pod network",
                "warning: pod network default-ipv4-ippool (192.168.0.0/16) is the same range as engine address pool "
                    + "192.168.0.0/16: once the engine creates a bridge network in 192.168.0.0/16 (docker network "
                    + "create, compose), its host routes those addresses to the bridge and not to the pods",
            ])
        #expect(
            plan.otherConflicts.map(\.description) == [
                "warning: service network 10.96.0.0/16 lies inside Swarm address pool 10.0.0.0/8: once Swarm creates "
                    + "an overlay network in 10.96.0.0/16, pods cannot reach its tasks: kube-proxy captures traffic "
                    + "to service addresses",
                "warning: node network 10.30.4.0/24 lies inside Swarm address pool 10.0.0.0/8: once Swarm creates an "
                    + "overlay network in 10.30.4.0/24, its tasks cannot reach the hosts with those addresses",
                "warning: Swarm address pool 10.0.0.0/8 contains destination 10.10.0.0/16: once Swarm creates an "
                    + "overlay network in 10.10.0.0/16, its tasks cannot reach 10.10.0.0/16",
                "warning: engine address pool 192.168.0.0/16 contains destination 192.168.10.0/24: once the engine "
                    + "creates a bridge network in 192.168.10.0/24, its host, containers and pods cannot reach "
                    + "192.168.10.0/24: the host routes those addresses to the bridge",
            ])
        #expect(plan.conflicts.count == 6)
        #expect(plan.capacity.blocksNeeded == 40)
        #expect(plan.currentBlockCount == 1024)
    }

    @Test("the seed's case: candidates smallest first, free of every range, with their reasons")
    func seedCandidates() throws {
        let request = try seedRequest()
        let plan = try PodCIDRPlanner().plan(request)
        #expect(
            texts(plan.candidates.map(\.prefix)) == [
                "172.16.0.0/20", "172.16.0.0/19", "172.16.0.0/18", "172.16.0.0/17", "172.16.0.0/16",
            ])
        for candidate in plan.candidates {
            #expect(!plan.ranges.contains { $0.prefix.overlaps(candidate.prefix) })
            #expect(plan.capacity.isMet(by: candidate.prefix))
            #expect(candidate.pool.description == "172.16.0.0/12")
        }
        #expect(
            plan.candidates.first?.reasons == [
                "holds 64 blocks of /26 (4,096 addresses); 20 nodes need 40 (2 blocks of 64 addresses a node for 110 "
                    + "pods), so it has room for 32 nodes",
                "the smallest adequate size: a /21 holds only 32 blocks",
                "inside 172.16.0.0/12, Private-Use (RFC 1918): space for private networks",
                "overlaps none of the 14 ranges given, nor the current pod network 192.168.0.0/16, nor space no pod "
                    + "can use (loopback, link-local, multicast, reserved)",
                "if kube-controller-manager allocates node CIDRs (--node-cidr-mask-size 24), it holds only 16 for 20 "
                    + "nodes; a mask of /25 would do; Calico IPAM itself does not use node CIDRs",
            ])
        #expect(plan.candidates[1].reasons[1] == "2 times the smallest adequate size (/20), for growth")
        #expect(plan.candidates[1].nodeCapacity == 64)
        #expect(plan.target?.prefix.description == "172.16.0.0/20")
    }

    @Test("the seed's case: the migration steps in Calico's order, with the pools to apply")
    func seedMigration() throws {
        let plan = try PodCIDRPlanner().plan(seedRequest(namespaces: ["ns-app1", "kube-system", "other"]))
        #expect(plan.steps.map(\.kind) == PodCIDRMigrationStep.Kind.allCases)
        #expect(
            plan.newPool
                == CalicoIPPool(
                    name: "pod-pool-172-16-0-0-20", cidr: try prefix("172.16.0.0/20"), blockSize: 26, ipipMode: .always,
                    vxlanMode: .never, natOutgoing: true, nodeSelector: "all()", disabled: false))
        #expect(
            plan.disabledPool
                == CalicoIPPool(
                    name: "default-ipv4-ippool", cidr: try prefix("192.168.0.0/16"), blockSize: 26, disabled: true))
        let steps = Dictionary(uniqueKeysWithValues: plan.steps.map { ($0.kind, $0) })
        #expect(steps[.createPool]?.pool == plan.newPool)
        #expect(steps[.createPool]?.commands.first == "calicoctl apply -f new-ippool.yaml")
        #expect(steps[.disableOldPool]?.pool == plan.disabledPool)
        #expect(steps[.disableOldPool]?.commands.first == "calicoctl apply -f old-ippool-disabled.yaml")
        #expect(steps[.updateClusterSettings]?.title == "Make UCP's pod_cidr name 172.16.0.0/20 (unsupported upstream)")
        #expect(
            steps[.recreatePods]?.commands.prefix(4) == [
                "kubectl -n kube-system rollout restart deployment",
                "kubectl -n kube-system rollout restart statefulset",
                "kubectl -n kube-system rollout restart daemonset",
                "kubectl -n ns-app1 rollout restart deployment",
            ])
        #expect(
            steps[.verify]?.commands.filter { $0.contains("reach-test") } == [
                "kubectl -n ippool-test run reach-test --rm -i --restart=Never --image=busybox -- nc -z -w 3 "
                    + "<address in 10.10.0.0/16> <port>",
                "kubectl -n ippool-test run reach-test --rm -i --restart=Never --image=busybox -- nc -z -w 3 "
                    + "<address in 192.168.10.0/24> <port>",
            ])
        #expect(steps[.deleteOldPool]?.commands.first == "calicoctl delete ippool default-ipv4-ippool")
    }

    @Test("the Docker Enterprise notes say that UCP does not support the change")
    func seedNotes() throws {
        let plan = try PodCIDRPlanner().plan(seedRequest())
        let support = try #require(plan.notes.first)
        #expect(support.topic == .support)
        #expect(support.text.contains("unsupported upstream"))
        #expect(support.text.contains("--pod-cidr 172.16.0.0/20"))
        #expect(plan.notes.contains { $0.topic == .clusterSettings && $0.isInference })
        #expect(plan.notes.contains { $0.topic == .swarm && $0.text.contains("The 3 conflicts with it stay") })
        #expect(Set(plan.notes.map(\.topic)) == Set(PodCIDRPlanNote.Topic.allCases))
    }

    @Test("a pod network that conflicts with nothing needs no change, unless a target is given")
    func noChange() throws {
        var request = try seedRequest()
        request.podCIDR = try prefix("172.16.0.0/16")
        let plan = try PodCIDRPlanner().plan(request)
        #expect(!plan.isChangeNeeded)
        #expect(plan.podNetworkConflicts.isEmpty)
        #expect(plan.target == nil && plan.steps.isEmpty && plan.newPool == nil)
        // Swarm, the engine and the pod network itself leave no RFC 1918 room for another pod network.
        #expect(plan.candidates.isEmpty)
        request.target = try prefix("100.64.0.0/20")
        let moved = try PodCIDRPlanner().plan(request)
        #expect(moved.target?.prefix.description == "100.64.0.0/20")
        #expect(
            moved.target?.reasons[1]
                == "chosen by the request, and the smallest adequate size: a /21 holds only 32 blocks")
        #expect(
            moved.target?.reasons[2]
                == "inside 100.64.0.0/10, Shared Address Space (RFC 6598): space for private networks")
        #expect(moved.steps.count == PodCIDRMigrationStep.Kind.allCases.count)
    }

    @Test("a pod network too small for the nodes needs a change")
    func tooSmall() throws {
        var request = try seedRequest(nodeCount: 600)
        request.podCIDR = try prefix("172.16.0.0/21")
        let plan = try PodCIDRPlanner().plan(request)
        #expect(plan.podNetworkConflicts.isEmpty)
        #expect(plan.isChangeNeeded)
        #expect(plan.capacity.minimumPrefixLength == 15)
        #expect(plan.target == nil)
        #expect(plan.candidates.isEmpty)
        request.candidatePools = [try prefix("100.64.0.0/10")]
        #expect(try PodCIDRPlanner().plan(request).target?.prefix.description == "100.64.0.0/15")
    }

    @Test("candidate pools are tried in order, and IPv6 works alike")
    func pools() throws {
        var request = try seedRequest()
        request.candidatePools = [try prefix("10.0.0.0/8"), try prefix("100.64.0.0/10")]
        request.maximumCandidates = 2
        #expect(
            texts(try PodCIDRPlanner().plan(request).candidates.map(\.prefix)) == ["100.64.0.0/20", "100.64.0.0/19"])
        let ipv6 = PodCIDRPlanRequest(
            podCIDR: try prefix("fd00::/48"),
            ranges: [
                NetworkRange(.destination, try prefix("fd00::/56")),
                NetworkRange(.serviceNetwork, try prefix("fd01::/108")),
            ],
            nodeCount: 100)
        let plan = try PodCIDRPlanner().plan(ipv6)
        #expect(plan.capacity.minimumPrefixLength == 114)
        #expect(plan.podNetwork.name == "default-ipv6-ippool")
        #expect(plan.target?.prefix.description == "fd00:0:1::/114")
        #expect(plan.newPool?.name == "pod-pool-fd00-0-1-114")
        #expect(plan.newPool?.blockSize == 122)
    }

    @Test(
        "invalid requests and targets are refused",
        arguments: [
            (
                "172.16.0.0/24", "targetTooSmall",
                "target 172.16.0.0/24 holds 4 blocks of /26, but 20 nodes need 40: use a /20 or larger"
            ),
            (
                "192.168.16.0/20", "targetConflicts",
                "target 192.168.16.0/20 overlaps pod network default-ipv4-ippool (192.168.0.0/16): Calico refuses IP "
                    + "pools that overlap, and pods hold addresses from the current pool until the migration ends; "
                    + "engine address pool 192.168.0.0/16: once the engine creates a bridge network in "
                    + "192.168.16.0/20 (docker network create, compose), its host routes those addresses to the "
                    + "bridge and not to the pods"
            ),
            (
                "169.254.0.0/16", "targetConflicts",
                "target 169.254.0.0/16 overlaps 169.254.0.0/16 Link-Local (RFC 3927): no pod can have an address there"
            ),
            ("fd00::/64", "familyMismatch", "target fd00::/64 is IPv6, but the pod network 192.168.0.0/16 is IPv4"),
        ]
    )
    func invalidTargets(target: String, code: String, message: String) throws {
        let request = try seedRequest(target: prefix(target))
        #expect {
            try PodCIDRPlanner().plan(request)
        } throws: { error in
            (error as? PodCIDRPlanError)?.code.rawValue == code && (error as? PodCIDRPlanError)?.message == message
        }
    }

    @Test("invalid settings are refused")
    func invalidSettings() throws {
        func code(_ change: (inout PodCIDRPlanRequest) throws -> Void) throws -> String? {
            var request = try seedRequest()
            try change(&request)
            do throws(PodCIDRPlanError) {
                _ = try PodCIDRPlanner().plan(request)
                return nil
            } catch {
                return error.code.rawValue
            }
        }
        #expect(
            try code {
                $0.ipipMode = .always; $0.vxlanMode = .crossSubnet
            } == "conflictingEncapsulation")
        #expect(try code { $0.newPoolName = "New_Pool" } == "invalidPoolName")
        #expect(try code { $0.currentPoolName = "" } == "invalidPoolName")
        #expect(try code { $0.maximumCandidates = 0 } == "invalidCandidateCount")
        #expect(try code { $0.currentBlockSize = 33 } == "invalidBlockSize")
        #expect(try code { $0.candidatePools = [try prefix("fd00::/8")] } == "familyMismatch")
        #expect(try code { $0.nodeCount = -1 } == "invalidNodeCount")
        #expect(try code { $0.nodeCIDRMaskSize = 33 } == "invalidNodeCIDRMaskSize")
        #expect(
            try code {
                $0.vxlanMode = .always; $0.ipipMode = .never
            } == nil)
    }
}
