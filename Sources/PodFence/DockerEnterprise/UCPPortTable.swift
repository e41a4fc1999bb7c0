import PodFenceModel

/// The ports UCP/MKE hosts must open, per release, exactly as the Docker and Mirantis system requirements list
/// them, plus the extras the firewall plan adds (IP-in-IP, ESP, NodePorts).
///
/// - UCP 3.1/3.2: `docker/docs:ee/ucp/admin/install/system-requirements.md` (final docs.docker.com version).
/// - UCP 3.0: the same file at the 3.0 commit: no 9099, no 12388, and TCP 12387 (metrics).
/// - MKE 3.x: the Mirantis MKE 3.7 "open ports" page (3.3 and 3.5 pages for the rows they share): the 3.1
///   core rows plus 9055, 9091, 9094, 9100, 10248 and 12387. Whether more rows follow 12387 (12388?) is
///   **unconfirmed**: add them through ``FirewallPlanOptions/extraPorts`` if your MKE lists them.
public enum UCPPortTable {
    /// The rows of a release's table; unknown versions get the UCP 3.1 table.
    /// - Parameter version: The release.
    /// - Complexity: O(1); the tables are constants.
    public static func ports(for version: UCPVersion) -> [UCPPort] {
        switch version {
        case .ucp30: ucp30
        case .mke3: mke3
        default: ucp31
        }
    }

    /// Where a release's table comes from.
    /// - Parameter version: The release.
    public static func source(for version: UCPVersion) -> String {
        switch version {
        case .ucp30: "docker/docs ee/ucp/admin/install/system-requirements.md (UCP 3.0)"
        case .mke3: "docs.mirantis.com MKE 3.7 install/predeployment/configure-networking/open-ports (with 3.3, 3.5)"
        default: "docker/docs ee/ucp/admin/install/system-requirements.md (UCP 3.1/3.2)"
        }
    }

    private static let both: [ClusterNode.Role] = [.manager, .worker]
    private static let managers: [ClusterNode.Role] = [.manager]

    /// UCP 3.1 and 3.2.
    public static let ucp31: [UCPPort] = [
        UCPPort(.tcp, 179...179, on: both, [.internal], "BGP peers (Calico) for Kubernetes networking"),
        UCPPort(.tcp, 443...443, on: managers, [.external, .internal], "UCP web UI and API", configurable: true),
        UCPPort(
            .tcp, 2376...2376, on: managers, [.internal], "Docker Swarm manager (classic, backwards compatibility)",
            configurable: true),
        UCPPort(
            .tcp, 2377...2377, on: managers, [.internal], "Swarm control-plane communication between nodes",
            configurable: true),
        UCPPort(.udp, 4789...4789, on: both, [.internal], "overlay networking (VXLAN)"),
        UCPPort(
            .tcp, 6443...6443, on: managers, [.external, .internal], "Kubernetes API server endpoint",
            configurable: true),
        UCPPort(.tcp, 6444...6444, on: both, [.local], "Kubernetes API reverse proxy"),
        UCPPort(.tcp, 7946...7946, on: both, [.internal], "gossip-based clustering"),
        UCPPort(.udp, 7946...7946, on: both, [.internal], "gossip-based clustering"),
        UCPPort(.tcp, 9099...9099, on: both, [.local], "Calico health check"),
        UCPPort(.tcp, 10250...10250, on: both, [.internal], "kubelet"),
        UCPPort(.tcp, 12376...12376, on: both, [.internal], "TLS authentication proxy to the Docker Engine"),
        UCPPort(.tcp, 12378...12378, on: both, [.local], "etcd reverse proxy"),
        UCPPort(.tcp, 12379...12379, on: managers, [.internal], "etcd control API"),
        UCPPort(.tcp, 12380...12380, on: managers, [.internal], "etcd peer API"),
        UCPPort(.tcp, 12381...12381, on: managers, [.internal], "UCP cluster CA"),
        UCPPort(.tcp, 12382...12382, on: managers, [.internal], "UCP client CA"),
        UCPPort(.tcp, 12383...12383, on: managers, [.internal], "auth storage backend"),
        UCPPort(.tcp, 12384...12384, on: managers, [.internal], "auth storage backend replication across managers"),
        UCPPort(.tcp, 12385...12385, on: managers, [.internal], "auth service API"),
        UCPPort(.tcp, 12386...12386, on: managers, [.internal], "auth worker"),
        UCPPort(.tcp, 12388...12388, on: managers, [.internal], "internal port of the Kubernetes API server"),
    ]

    /// UCP 3.0: the 3.1 table without 9099 and 12388, with 12387 (metrics).
    public static let ucp30: [UCPPort] =
        ucp31.filter { $0.ports != 9099...9099 && $0.ports != 12388...12388 }
        + [UCPPort(.tcp, 12387...12387, on: managers, [.internal], "metrics service")]

    /// MKE 3.x (3.7 page): the 3.1 core rows without 12388 (unconfirmed), plus the MKE additions.
    public static let mke3: [UCPPort] =
        ucp31.filter { $0.ports != 12388...12388 }
        + [
            UCPPort(.tcp, 9055...9055, on: managers, [.internal], "ucp-rethinkdb-exporter metrics"),
            UCPPort(.tcp, 9091...9091, on: both, [.internal], "calico-node Felix metrics"),
            UCPPort(.tcp, 9094...9094, on: managers, [.local], "kube-controllers Felix metrics"),
            UCPPort(.tcp, 9100...9100, on: both, [.internal], "ucp-node-exporter"),
            UCPPort(.tcp, 10248...10248, on: both, [.local], "kubelet health"),
            UCPPort(.tcp, 12387...12387, on: managers, [.internal], "Prometheus metrics (text cut off in the source)"),
        ]

    /// IP-in-IP (IP protocol 4) between every cluster host: Calico's default encapsulation in UCP.
    public static let ipInIP = UCPPort(
        .ipInIP, nil, on: both, [.internal], "Calico IP-in-IP encapsulation of pod traffic")

    /// ESP (IP protocol 50) between every cluster host, needed for encrypted overlay networks.
    public static let esp = UCPPort(.esp, nil, on: both, [.internal], "encrypted overlay networks (IPsec ESP)")

    /// The Kubernetes NodePort range, open on every host for clients outside the cluster (TCP and UDP).
    /// - Parameter range: The range (UCP's default is 32768-35535).
    public static func nodePorts(_ range: ClosedRange<Int>) -> [UCPPort] {
        [
            UCPPort(.tcp, range, on: both, [.external], "Kubernetes NodePort services", configurable: true),
            UCPPort(.udp, range, on: both, [.external], "Kubernetes NodePort services", configurable: true),
        ]
    }
}
