// PodFenceTemplates: trusted, typed, parameterised governance templates (deny-all at onboarding, intra-project
// access and ingress from the ingress controller at deployment; the same once for the cluster as
// ClusterNetworkPolicies or Calico tiered policies) that produce model objects, and bundles of
// them. Substitution happens on parsed trees, never on text. The guide is docs/templates.md.
