import Foundation
import PodFence
import PodFenceTestSupport
import Testing

/// The snippets of the DocC articles are programs: these tests run each one as built and compare everything it
/// prints with what the articles say it prints. A snippet that stops compiling fails the build before them.
@Suite("Snippets")
struct SnippetsTests {
    @Test("print what the articles say", arguments: SnippetOutput.all)
    func output(of snippet: SnippetOutput) throws {
        let run = try BuiltProgram(snippet.name).run()
        #expect(run == BuiltProgram.Run(output: snippet.expected, errors: "", status: 0))
    }

    @Test("every output an article shows after a snippet is what that snippet prints")
    func articlesShowTheSnippetsOutput() throws {
        let catalog = RepositoryRoot.url.appendingPathComponent("Sources/PodFence/PodFence.docc")
        let articles = try FileManager.default.contentsOfDirectory(atPath: catalog.path)
            .filter { $0.hasSuffix(".md") }
        let marker = "@Snippet(path: \"PodFence/Snippets/"
        var checked = 0
        for article in articles.sorted() {
            let text = try String(contentsOf: catalog.appendingPathComponent(article), encoding: .utf8)
            var snippet: String?
            var block: [Substring]?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if var lines = block {
                    if line == "```" {
                        let shown = lines.joined(separator: "\n") + "\n"
                        let output = SnippetOutput.all.first { $0.name == snippet }?.expected ?? ""
                        #expect(output.contains(shown), "\(article): the output shown after \(snippet ?? "?")")
                        checked += 1
                        snippet = nil
                        block = nil
                    } else {
                        lines.append(line)
                        block = lines
                    }
                } else if line.hasPrefix(marker) {
                    snippet = String(line.dropFirst(marker.count).prefix { $0 != "\"" })
                } else if line.hasPrefix("#") {
                    snippet = nil
                } else if line.hasPrefix("```"), snippet != nil {
                    block = []
                }
            }
        }
        #expect(checked >= 18)
    }

    @Test("the README's first policy in Swift is the FirstPolicy snippet, which the build compiles")
    func readmeShowsTheFirstPolicySnippet() throws {
        let root = RepositoryRoot.url
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Your first policy")).upperBound
        let start = try #require(readme.range(of: "```swift\n", range: section..<readme.endIndex)).upperBound
        let end = try #require(readme.range(of: "\n```\n", range: start..<readme.endIndex)).lowerBound
        let snippet = try String(
            contentsOf: root.appendingPathComponent("Snippets/FirstPolicy.swift"), encoding: .utf8)
        let program = snippet.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("//!") }.joined(separator: "\n")
        #expect(String(readme[start..<end]) == program.trimmingCharacters(in: .newlines))
    }

    @Test("the corrected step 2 and DNS policies of the article are the pipeline gate's corrected manifests")
    func correctionsMatchTheGatesFixture() throws {
        let run = try BuiltProgram("ThreeStepsCorrected").run()
        let yaml = try #require(run.output.range(of: "apiVersion:")).lowerBound
        let printed = ManifestLoader().load(text: String(run.output[yaml...]), file: "printed.yaml")
        let fixture = ManifestLoader().load(paths: [
            RepositoryRoot.url.appendingPathComponent("Examples/pipeline-gate/corrected").path
        ])
        #expect(printed.isComplete && fixture.isComplete)
        #expect(printed.objects.map(\.object) == fixture.objects.map(\.object))
        #expect(printed.objects.count == 2)
    }
}

/// A snippet and everything it prints.
struct SnippetOutput: Sendable, CustomTestStringConvertible {
    /// The snippet's name: its file name without `.swift`.
    var name: String
    /// Its standard output.
    var expected: String

    /// - Parameters:
    ///   - name: The snippet's name.
    ///   - expected: Its output, without the final newline.
    init(_ name: String, _ expected: String) {
        self.name = name
        self.expected = expected + "\n"
    }

    /// The snippet's name, as the test report shows each case.
    var testDescription: String { name }
}

extension SnippetOutput {
    /// Every snippet, each with what it prints (checked by reading the snippet and the objects it works on).
    static let all: [SnippetOutput] = [
        buildAndValidate, loadManifests, askReachability, threeStepsAsPublished, threeStepsCorrected,
        isolateWithCollections, renderTeamBundles, organisationTemplate, lintInPipeline, planPodCIDR, firstPolicy,
        misindentedPeer, editKeepingComments, governWithTiers, calicoTiers,
    ]

    static let calicoTiers = SnippetOutput(
        "CalicoTiers",
        """
        team-a/cart -> team-a/shop on 8080/TCP: allowed
          ingress: NetworkPolicy: Accept on TCP 8080
        team-a/cart -> team-a/legacy on 8080/TCP: denied
          ingress: security GlobalNetworkPolicy/quarantine ingress[0]: Deny on TCP 8080
        203.0.113.9 -> team-b/billing on 8080/TCP: denied
          ingress: NetworkPolicy: Pass on TCP 8080
          ingress: Baseline GlobalNetworkPolicy/tenant-default-deny ingress[0]: Deny on TCP 8080
        """)

    static let governWithTiers = SnippetOutput(
        "GovernWithTiers",
        """
        ingress-nginx/controller -> team-a/shop on 8080/TCP: allowed
          ingress: Admin ClusterNetworkPolicy/platform ingress[0] from[0] "ingress": Accept on TCP 8080
        team-a/cart -> team-a/shop on 8080/TCP: allowed
          egress: NetworkPolicy: Accept on TCP 8080
          ingress: NetworkPolicy: Accept on TCP 8080
        team-b/billing -> team-a/shop on 8080/TCP: denied
          egress: NetworkPolicy: Pass on TCP 8080
          egress: Baseline ClusterNetworkPolicy/tenant-default-deny egress[0] to[0] "deny-egress": Deny on TCP 8080
          ingress: NetworkPolicy: Deny on TCP 8080
        team-b/billing -> kube-system/coredns on 53/UDP: allowed
          egress: Admin ClusterNetworkPolicy/platform egress[0] to[0] "dns": Accept on UDP 53
        apiVersion: policy.networking.k8s.io/v1alpha2
        kind: ClusterNetworkPolicy
        metadata:
          name: legacy-deny
        spec:
          ingress:
          - action: Deny
            from:
            - namespaces: {}
            name: no-telnet
            protocols:
            - tcp:
                destinationPort:
                  number: 23
          priority: 50
          subject:
            namespaces:
              matchLabels:
                tenant: 'yes'
          tier: Admin
        """)

    static let editKeepingComments = SnippetOutput(
        "EditKeepingComments",
        """
        # Source: shop/templates/allow-web.yaml
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-web
          namespace: shop
        spec:
          ingress:
          # the ingress controller only
          - from:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: ingress-nginx
            ports:
            - port: 8080
            - port: 8443
              protocol: TCP
          podSelector:
            matchLabels:
              app: web # the storefront
          policyTypes:
          - Ingress
        """)

    static let buildAndValidate = SnippetOutput(
        "BuildAndValidate",
        """
        valid
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-internal-ingress
          namespace: ns-app1
        spec:
          ingress:
          - from:
            - namespaceSelector:
                matchLabels:
                  ns-id: ns-app1
              podSelector:
                matchLabels:
                  project: project-app1
          podSelector:
            matchLabels:
              project: project-app1
          policyTypes:
          - Ingress
        """)

    static let loadManifests = SnippetOutput(
        "LoadManifests",
        """
        web.yaml:10:13: error: spec.ingress[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, \
        inclusive
        web.yaml:11:17: error: spec.ingress[0].ports[0].protocol: Unsupported value: "tcp": supported values: \
        "TCP", "UDP", "SCTP"
        """)

    static let askReachability = SnippetOutput(
        "AskReachability",
        """
        controller -> web on 8080/TCP: allowed
          allowed by shop/allow-ingress ingress[0] from[0] ports[0]
        controller -> web on 9090/TCP: denied
        web -> controller: denied
          egress isolated by shop/deny-all
        """)

    static let threeStepsAsPublished = SnippetOutput(
        "ThreeStepsAsPublished",
        """
        ingress-nginx/controller -> ns-app1/web on 8080/TCP: allowed
        other/client -> ns-app1/web on any port: denied
          ingress of ns-app1/web is isolated by ns-app1/allow-ingress-app1, ns-app1/deny-all and no rule allows it
        ns-app1/api -> ns-app1/db on 5432/TCP: denied
          egress of ns-app1/api is isolated by ns-app1/deny-all and no rule allows it
        ns-app1/web -> kube-system/coredns on 53/UDP: denied
          egress of ns-app1/web is isolated by ns-app1/deny-all and no rule allows it
        warning: [namespace-without-default-deny] Namespace ingress-nginx
        warning: [namespace-without-default-deny] Namespace other
        warning: [egress-without-dns] NetworkPolicy ns-app1/deny-all
        note: [redundant-policy] NetworkPolicy ns-app1/allow-internal-ingress
        warning: [policy-types-cannot-undo-isolation] NetworkPolicy ns-app1/allow-internal-ingress
        warning: [rule-allows-nothing] NetworkPolicy ns-app1/allow-internal-ingress
        """)

    static let threeStepsCorrected = SnippetOutput(
        "ThreeStepsCorrected",
        """
        ok   ingress-nginx/controller -> ns-app1/web on 8080/TCP: allowed
        ok   ns-app1/api -> ns-app1/db on 5432/TCP: allowed
        ok   ns-app1/db -> ns-app1/api on 9000/TCP: allowed
        ok   ns-app1/web -> kube-system/coredns on 53/UDP: allowed
        ok   ns-app1/db -> kube-system/coredns on 53/TCP: allowed
        ok   other/client -> ns-app1/web on any port: denied
        ok   other/client -> ns-app1/db on any port: denied
        ok   ns-app1/web -> ns-app1/api on any port: denied
        ok   ns-app1/db -> ingress-nginx/controller on any port: denied
        every expectation holds
        note: [redundant-policy] NetworkPolicy ns-app1/deny-all
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-internal
          namespace: ns-app1
        spec:
          egress:
          - to:
            - podSelector:
                matchLabels:
                  project: project-app1
          ingress:
          - from:
            - podSelector:
                matchLabels:
                  project: project-app1
          podSelector:
            matchLabels:
              project: project-app1
          policyTypes:
          - Ingress
          - Egress
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-dns-egress
          namespace: ns-app1
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
        """)

    static let isolateWithCollections = SnippetOutput(
        "IsolateWithCollections",
        """
        topology valid
        shop: from the link to collection /Prod/Shop; nodes shop-w1
        annotation: podfence.dev/collection=prod-shop
          shop/batch: rejected (conflicts on podfence.dev/collection)
          shop/web: schedulable on shop-w1
        A05 warning vlans billing <-> shop: IP-in-IP (IP protocol 4) is open between these application VLANs: \
        pod traffic crosses the VLAN firewall inside the tunnel, so only NetworkPolicies isolate the pods of the \
        two VLANs
          fix: use worker mesh `required` or `none` if the VLANs need not talk; otherwise give every namespace a \
        default-deny NetworkPolicy
        A06 error namespace billing: no default-deny NetworkPolicy for Ingress and Egress (a policy selecting \
        every pod with no rules), while IP-in-IP or VXLAN between application VLANs leaves NetworkPolicies as \
        the only isolation
          fix: add NetworkPolicy.denyAll(in: "billing") (podSelector: {}, policyTypes: [Ingress, Egress]), then \
        allow what the namespace needs
        A08 note grant Scheduler on /Shared: every user has Scheduler on /Shared (UCP's default); no worker is \
        in /Shared now, but any node left there is open to everybody's workloads
          fix: remove the default grant (set scheduling.sharedSchedulerGrant: false to model it) and move \
        workers into their groups' collections
        """)

    static let renderTeamBundles = SnippetOutput(
        "RenderTeamBundles",
        """
        Namespace team-a
        NetworkPolicy team-a/deny-all
        NetworkPolicy team-a/allow-dns-egress
        NetworkPolicy team-a/allow-internal-ingress
        NetworkPolicy team-a/allow-ingress-from-ingress-nginx
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
        invalid-value: bundle onboarding: parameter namespace: invalid value "Team_A": a lowercase RFC 1123 \
        label must consist of lower case alphanumeric characters or '-', and must start and end with an \
        alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is \
        '[a-z0-9]([-a-z0-9]*[a-z0-9])?'); expected a namespace name (a DNS-1123 label: at most 63 characters of \
        a-z, 0-9 and '-', starting and ending with a letter or digit, such as ns-app1)
        """)

    static let organisationTemplate = SnippetOutput(
        "OrganisationTemplate",
        """
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
        shop-1 -> shop-2 with the bundles: denied
        shop-1 -> shop-2 with allow-internal-egress too: allowed
        invalid-value: template allow-internal-egress: parameter project: invalid value "shop/v2": a valid label \
        must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end \
        with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation \
        is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?'); expected a label value (empty, or at most 63 \
        characters of A-Z, a-z, 0-9, '-', '_' and '.')
        """)

    static let lintInPipeline = SnippetOutput(
        "LintInPipeline",
        """
        Examples/example-cluster/01-deny-all.yaml:10: warning: egress-without-dns
        Examples/example-cluster/02-allow-internal-ingress.yaml:3: note: redundant-policy
        Examples/example-cluster/02-allow-internal-ingress.yaml:13: warning: policy-types-cannot-undo-isolation
        Examples/example-cluster/02-allow-internal-ingress.yaml:15: warning: rule-allows-nothing
        gate: fail; warnings: 3, notes: 1
        """)

    static let planPodCIDR = SnippetOutput(
        "PlanPodCIDR",
        """
        error: pod network default-ipv4-ippool (192.168.0.0/16) contains destination file servers \
        (192.168.10.0/24): pods cannot reach file servers (192.168.10.0/24): traffic to it is routed inside the \
        pod network
        warning: pod network default-ipv4-ippool (192.168.0.0/16) is the same range as engine address pool \
        192.168.0.0/16: once the engine creates a bridge network in 192.168.0.0/16 (docker network create, \
        compose), its host routes those addresses to the bridge and not to the pods
        warning: service network 10.96.0.0/16 lies inside Swarm address pool 10.0.0.0/8: once Swarm creates an \
        overlay network in 10.96.0.0/16, pods cannot reach its tasks: kube-proxy captures traffic to service \
        addresses
        warning: node network hosts (10.30.4.0/24) lies inside Swarm address pool 10.0.0.0/8: once Swarm creates \
        an overlay network in 10.30.4.0/24, its tasks cannot reach the hosts with those addresses
        warning: Swarm address pool 10.0.0.0/8 contains destination data centre (10.10.0.0/16): once Swarm \
        creates an overlay network in 10.10.0.0/16, its tasks cannot reach data centre (10.10.0.0/16)
        warning: engine address pool 192.168.0.0/16 contains destination file servers (192.168.10.0/24): once \
        the engine creates a bridge network in 192.168.10.0/24, its host, containers and pods cannot reach file \
        servers (192.168.10.0/24): the host routes those addresses to the bridge
        blocks needed: 40 of /26
        candidate 172.16.0.0/20: room for 32 nodes
        candidate 172.16.0.0/19: room for 64 nodes
        candidate 172.16.0.0/18: room for 128 nodes
        candidate 172.16.0.0/17: room for 256 nodes
        candidate 172.16.0.0/16: room for 512 nodes
        new pool pod-pool-172-16-0-0-20 172.16.0.0/20, blocks of /26; then disable default-ipv4-ippool \
        192.168.0.0/16
        1. Prepare: check the prerequisites and back up the IP pools
        2. Create the new IP pool pod-pool-172-16-0-0-20 (172.16.0.0/20)
        3. Disable the old IP pool default-ipv4-ippool (192.168.0.0/16)
        4. Make UCP's pod_cidr name 172.16.0.0/20 (unsupported upstream)
        5. Recreate the pods that hold old addresses, namespace by namespace
        6. Verify that no pod holds an address from 192.168.0.0/16 and that new pods reach the destinations
        7. Delete the old IP pool default-ipv4-ippool (192.168.0.0/16)
        """)

    static let firstPolicy = SnippetOutput(
        "FirstPolicy",
        """
        ingress-nginx/controller -> team-a/shop: allowed on TCP 8080
        other/client -> team-a/shop: denied
        team-a/shop -> other/client: denied
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
          name: allow-ingress-controller
          namespace: team-a
        spec:
          ingress:
          - from:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: ingress-nginx
            ports:
            - port: http
              protocol: TCP
          podSelector:
            matchLabels:
              app: shop
          policyTypes:
          - Ingress
        """)

    static let misindentedPeer = SnippetOutput(
        "MisindentedPeer",
        """
        02-allow-internal-ingress.yaml:17:6: error: did not find expected key (while parsing a block mapping at line \
        13, column 5); this key is not aligned with the keys of the peer above it. A peer's selectors must start at \
        the same column: one list item with both keys means AND (pods matching podSelector in namespaces matching \
        namespaceSelector): "- namespaceSelector: ..." then "  podSelector: ..." directly under "namespaceSelector"; \
        two list items mean OR (every pod of those namespaces, or matching pods of the policy's own namespace): "- \
        namespaceSelector: ..." and "- podSelector: ..."
        """)
}
