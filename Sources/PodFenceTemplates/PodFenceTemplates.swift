// PodFenceTemplates: trusted, typed, parameterised governance templates (deny-all at onboarding, intra-project
// access and ingress from the ingress controller at deployment) that produce model objects, and bundles of
// them. Substitution happens on parsed trees, never on text. The guide is docs/templates.md.
