extension PodCIDRPlanner {
    /// The file name the commands expect the new pool's manifest in.
    public static let newPoolFile = "new-ippool.yaml"
    /// The file name the commands expect the disabled old pool's manifest in.
    public static let disabledPoolFile = "old-ippool-disabled.yaml"

    /// The migration from the current pool to a new one, following Calico's "Migrate from one IP pool to
    /// another": prepare, create the new pool, disable the old one, update UCP's own setting, recreate the pods
    /// namespace by namespace, verify, delete the old pool.
    ///
    /// - Parameters:
    ///   - request: The request (namespaces, names).
    ///   - newPool: The pool to create.
    ///   - disabledPool: The current pool, disabled.
    ///   - ranges: Every input range, for the destinations to test.
    /// - Returns: The steps in order.
    /// - Complexity: O(n + d) for n namespaces and d destinations.
    static func migrationSteps(
        request: PodCIDRPlanRequest, newPool: CalicoIPPool, disabledPool: CalicoIPPool, ranges: [NetworkRange]
    ) -> [PodCIDRMigrationStep] {
        let (old, new) = (disabledPool.cidr, newPool.cidr)
        let destinations = ranges.filter { $0.role == .destination && $0.prefix.family == new.family }
        return [
            PodCIDRMigrationStep(
                kind: .prepare, title: "Prepare: check the prerequisites and back up the IP pools",
                details: [
                    "This follows Calico's \"Migrate from one IP pool to another\": done in this order, pods keep "
                        + "their connectivity, though each pod is recreated once.",
                    "Calico asks to check first that the orchestrator supports changing the pod network CIDR: UCP "
                        + "and MKE do not document it, so on Docker Enterprise the change is unsupported upstream "
                        + "(see the notes); rehearse it on a test cluster.",
                    "The cluster must use Calico IPAM, UCP's default (not Azure IPAM).",
                ],
                commands: ["calicoctl get ippool -o wide", "calicoctl get ippool -o yaml > ippools-backup.yaml"]),
            PodCIDRMigrationStep(
                kind: .createPool, title: "Create the new IP pool \(newPool.name) (\(new))",
                details: [
                    "blockSize \(newPool.blockSize) can be set only now; ipipMode \(newPool.ipipMode), vxlanMode "
                        + "\(newPool.vxlanMode) and natOutgoing \(newPool.natOutgoing) match the current pool, so "
                        + "traffic between hosts and out of the cluster flows as before.",
                    "Until the next step both pools are enabled, and new pods may get addresses from either.",
                ],
                commands: ["calicoctl apply -f \(newPoolFile)", "calicoctl get ippool -o wide"],
                pool: newPool, poolFile: newPoolFile),
            PodCIDRMigrationStep(
                kind: .disableOldPool, title: "Disable the old IP pool \(disabledPool.name) (\(old))",
                details: [
                    "Disabling only stops new allocations: pods that hold addresses from \(old) keep them and stay "
                        + "reachable.",
                    "calicoctl apply replaces the whole resource, so the manifest repeats the pool's settings: check "
                        + "them against ippools-backup.yaml (blockSize cannot change).",
                    "With the Tigera operator, disable it in the Installation resource instead, with nodeSelector "
                        + "\"!all()\".",
                ],
                commands: ["calicoctl apply -f \(disabledPoolFile)", "calicoctl get ippool -o wide"],
                pool: disabledPool, poolFile: disabledPoolFile),
            PodCIDRMigrationStep(
                kind: .updateClusterSettings, title: "Make UCP's pod_cidr name \(new) (unsupported upstream)",
                details: [
                    "Calico recommends pools inside the Kubernetes cluster CIDR: pods with addresses outside it may "
                        + "get NAT applied where none is wanted and lose connectivity.",
                    "In UCP's configuration file, set [cluster_config] pod_cidr = \"\(new)\" and upload it. UCP "
                        + "documents this key for the install only; no Docker or Mirantis text says it may change.",
                    "If kube-controller-manager runs with --cluster-cidr (with --allocate-node-cidrs), set it to "
                        + "\(new) too; whether UCP sets these flags is not confirmed.",
                ],
                commands: []),
            PodCIDRMigrationStep(
                kind: .recreatePods, title: "Recreate the pods that hold old addresses, namespace by namespace",
                details: recreateDetails(request: request, old: old),
                commands: recreateCommands(namespaces: request.namespaces)),
            PodCIDRMigrationStep(
                kind: .verify,
                title: "Verify that no pod holds an address from \(old) and that new pods reach the "
                    + "destinations",
                details: [
                    "Every workload endpoint's address must be in \(new), and calicoctl ipam show must count no "
                        + "address in use in \(old).",
                    "The test pod must get an address in \(new)"
                        + (destinations.isEmpty
                            ? "."
                            : " and open connections to "
                                + destinations.map(\.prefix.description).joined(separator: ", ")
                                + " (any client that opens a connection will do)."),
                ],
                commands: verifyCommands(destinations: destinations)),
            PodCIDRMigrationStep(
                kind: .deleteOldPool, title: "Delete the old IP pool \(disabledPool.name) (\(old))",
                details: [
                    "Only now: deleting the pool while pods still hold its addresses breaks their networking.",
                    "From here on nothing in the cluster routes \(old) to pods.",
                ],
                commands: ["calicoctl delete ippool \(disabledPool.name)", "calicoctl get ippool -o wide"]),
        ]
    }

    /// What to know while recreating pods.
    private static func recreateDetails(request: PodCIDRPlanRequest, old: IPPrefix) -> [String] {
        var details = [
            "Pods started before the old pool was disabled keep their addresses from \(old) until they are "
                + "recreated; Calico's guide recreates all of them.",
            "Rolling restarts keep replicated workloads available; delete and recreate bare pods and Job pods that "
                + "still hold old addresses (calicoctl get workloadendpoints lists them).",
            "Pods on the host network (hostNetwork: true) have their node's address and need nothing.",
        ]
        if request.namespaces.isEmpty {
            details.append("Do every namespace, kube-system first (cluster DNS and Calico's controllers).")
        }
        return details
    }

    /// The restart commands for each namespace, `kube-system` first, or templates when none were named.
    private static func recreateCommands(namespaces: [String]) -> [String] {
        let ordered =
            namespaces.isEmpty
            ? ["<namespace>"] : namespaces.filter { $0 == "kube-system" } + namespaces.filter { $0 != "kube-system" }
        var commands = namespaces.isEmpty ? ["kubectl get namespaces"] : []
        for namespace in ordered {
            for kind in ["deployment", "statefulset", "daemonset"] {
                commands.append("kubectl -n \(namespace) rollout restart \(kind)")
            }
        }
        commands.append("calicoctl get workloadendpoints --all-namespaces")
        commands.append("kubectl -n <namespace> delete pod <pod>")
        return commands
    }

    /// The verification commands: Calico's test namespace, and a connection to each destination.
    private static func verifyCommands(destinations: [NetworkRange]) -> [String] {
        var commands = [
            "calicoctl get workloadendpoints --all-namespaces",
            "calicoctl ipam show --show-blocks",
            "kubectl create namespace ippool-test",
            "kubectl -n ippool-test create deployment nginx --image nginx",
            "kubectl -n ippool-test get pods -l app=nginx -o wide",
        ]
        for destination in destinations {
            commands.append(
                "kubectl -n ippool-test run reach-test --rm -i --restart=Never --image=busybox -- "
                    + "nc -z -w 3 <address in \(destination.prefix)> <port>")
        }
        commands.append("kubectl delete namespace ippool-test")
        return commands
    }
}
