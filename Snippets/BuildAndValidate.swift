//! Build the walkthrough's step 2 with the fluent API, validate it, and print it as kubectl-style YAML.
import PodFence

let policy = NetworkPolicy.denyAll(in: "ns-app1")
    .named("allow-internal-ingress")
    .selecting(["project": "project-app1"])
    .applying(to: [.ingress])
    .allowingIngress(from: [.pods(["project": "project-app1"], inNamespaces: ["ns-id": "ns-app1"])])

let problems = policy.validate()
print(problems.isEmpty ? "valid" : problems.map(\.description).joined(separator: "\n"))
print(YAMLWriter().write(policy.manifest), terminator: "")
