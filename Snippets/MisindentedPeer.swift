//! Read step 2 as it was first published, with podSelector one column left of namespaceSelector, and see the
//! reader explain the slip.
import PodFence

let published = """
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata:
      name: allow-internal-ingress
      namespace: ns-app1
    spec:
      podSelector:
        matchLabels:
          project: project-app1
      policyTypes:
      - Ingress
      ingress:
      - from:
        - namespaceSelector:
            matchLabels:
              ns-id: ns-app1
         podSelector:
            matchLabels:
              project: project-app1
    """
for diagnostic in ManifestLoader().load(text: published, file: "02-allow-internal-ingress.yaml").diagnostics {
    print(diagnostic)
}
