//! Read a manifest with comments, change it through the model, and write it back with its comments.
import PodFence

let text = """
    # Source: shop/templates/allow-web.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata:
      name: allow-web
      namespace: shop
    spec:
      podSelector:
        matchLabels:
          app: web  # the storefront
      policyTypes: [Ingress]
      ingress:
      # the ingress controller only
      - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ingress-nginx
        ports:
        - port: 8080
    """
let loaded = ManifestLoader().load(text: text, file: "allow-web.yaml")
if let object = loaded.objects.first, case .networkPolicy(var policy) = object.object {
    policy.spec.ingress?[0].ports?.append(.tcp(8443))
    print(YAMLWriter().write(policy.manifest, comments: object.comments), terminator: "")
} else {
    print(loaded.diagnostics)
}
