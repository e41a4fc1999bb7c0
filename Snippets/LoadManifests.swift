//! Read a manifest with a mistake and print the diagnostics the way a compiler would.
import PodFence

let text = """
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata:
      name: web
      namespace: shop
    spec:
      podSelector: {}
      ingress:
      - ports:
        - port: 0
          protocol: tcp
    """
let result = ManifestLoader().load(text: text, file: "web.yaml")
for diagnostic in result.diagnostics {
    print(diagnostic)
}
