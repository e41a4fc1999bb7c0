import PodFence

/// What the rendered policies mean for the team, shown on sample pods: the reachability engine answers the
/// questions a team asks about its namespace, and the portal checks each answer against its promise.
///
/// The sample cluster holds two pods of the project, a pod of the namespace outside the project, the ingress
/// controller, the cluster DNS, and a pod of another namespace; an address outside the cluster stands for the
/// internet.
struct IsolationCheck {
    /// One question and the answer the portal promises.
    struct Promise {
        /// Where the connection starts: a pod's `namespace/name`, or an address.
        var source: String
        /// Where it goes.
        var destination: String
        /// True when the connection must be allowed, false when it must be refused.
        var allowed: Bool
    }

    /// The address that stands for the internet (TEST-NET-3, RFC 5737).
    static let outside = "203.0.113.10"

    /// The team's request.
    let request: PortalRequest
    /// The engine, over the sample pods and the rendered policies.
    let analysis: ReachabilityAnalysis

    /// Builds the sample cluster around the rendered objects.
    /// - Parameters:
    ///   - request: The team's request.
    ///   - rendered: The objects the portal would apply.
    init(request: PortalRequest, rendered: [KubernetesObject]) {
        self.request = request
        var namespaces: [Namespace] = []
        var policies: [LocatedPolicy] = []
        for object in rendered {
            if case .namespace(let namespace) = object { namespaces.append(namespace) }
            if case .networkPolicy(let policy) = object { policies.append(LocatedPolicy(policy)) }
        }
        // The ingress namespace carries the label the rendered policies select it by (`ns-id`), as the
        // onboarding bundle labels every namespace it creates.
        namespaces.append(Namespace(name: request.ingressNamespace, labels: ["ns-id": request.ingressNamespace]))
        func pod(_ namespace: String, _ name: String, _ labels: [String: String], _ ports: [ContainerPort] = []) -> Pod
        {
            Pod(
                metadata: ObjectMeta(name: name, namespace: namespace, labels: labels),
                spec: PodSpec(containers: [Container(name: name, ports: ports)]))
        }
        let project = ["project": request.project]
        let pods = [
            pod(request.namespace, "\(request.project)-1", project, [ContainerPort(name: "http", containerPort: 8080)]),
            pod(request.namespace, "\(request.project)-2", project, [ContainerPort(name: "http", containerPort: 8080)]),
            pod(request.namespace, "unlabelled", [:]),
            pod(request.ingressNamespace, "controller", ["app": "ingress"]),
            pod(
                "kube-system", "coredns", ["k8s-app": "kube-dns"],
                [ContainerPort(name: "dns", containerPort: 53, protocol: .udp), ContainerPort(containerPort: 53)]),
            pod("elsewhere", "client", [:]),
        ]
        analysis = ReachabilityAnalysis(namespaces: namespaces, pods: pods, workloads: [], policies: policies)
    }

    /// The portal's promises for the team.
    var promises: [Promise] {
        let team = request.namespace
        let first = "\(team)/\(request.project)-1"
        let second = "\(team)/\(request.project)-2"
        return [
            Promise(source: "\(request.ingressNamespace)/controller", destination: first, allowed: true),
            Promise(source: first, destination: second, allowed: true),
            Promise(source: first, destination: "kube-system/coredns", allowed: true),
            Promise(source: "\(team)/unlabelled", destination: "kube-system/coredns", allowed: true),
            Promise(source: "\(team)/unlabelled", destination: first, allowed: false),
            Promise(source: first, destination: "\(team)/unlabelled", allowed: false),
            Promise(source: "elsewhere/client", destination: first, allowed: false),
            Promise(source: Self.outside, destination: first, allowed: false),
            Promise(source: first, destination: Self.outside, allowed: false),
        ]
    }

    /// Answers every promise: one line each, `ok` or `BROKEN`, then what is allowed.
    /// - Returns: The lines, and how many promises are broken.
    func run() -> (lines: [String], broken: Int) {
        var lines: [String] = []
        var broken = 0
        let width = promises.map { $0.source.count + $0.destination.count + 4 }.max() ?? 0
        for promise in promises {
            let pair = "\(promise.source) -> \(promise.destination)"
            let source: ReachabilityEndpoint
            let destination: ReachabilityEndpoint
            do {
                source = try ReachabilityEndpoint(parsing: promise.source, in: analysis)
                destination = try ReachabilityEndpoint(parsing: promise.destination, in: analysis)
            } catch {
                // A promise about a peer the sample does not have cannot hold.
                lines.append("BROKEN \(pair.padding(width)) \(error)")
                broken += 1
                continue
            }
            let verdict = analysis.verdict(from: source, to: destination)
            let holds = verdict.isAllowed == promise.allowed
            if !holds { broken += 1 }
            let answer = verdict.isAllowed ? "allowed on \(verdict.allowedPorts)" : "\(verdict.outcome)"
            lines.append("\(holds ? "ok    " : "BROKEN") \(pair.padding(width)) \(answer)")
        }
        return (lines, broken)
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
