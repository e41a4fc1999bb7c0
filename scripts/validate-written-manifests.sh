#!/usr/bin/env bash
# Every manifest PodFence writes must pass the official Kubernetes schemas. This reads each schema-valid
# fixture with podfence, writes it back (`show all -o yaml`), and checks the output with
# `kubernetes-validate --strict` (offline, Kubernetes 1.37).
#
# kubernetes-validate knows the built-in kinds only: it skips custom resources with a warning. The
# ClusterNetworkPolicies PodFence writes (the cluster templates' golden files, the cluster-tiers example written
# back) are checked instead against schemas/clusternetworkpolicy-v1alpha2.json by
# scripts/validate-cluster-policies.py (Python's jsonschema). Files with documents of the custom resource API
# groups (policy.networking.k8s.io, projectcalico.org) are kept from kubernetes-validate; Calico's kinds have no
# schema here yet.
set -euo pipefail
bin=${1:-.build/debug/podfence}
cd "$(dirname "$0")/.."
if ! command -v kubernetes-validate >/dev/null; then
    python3 -m pip install -q kubernetes-validate
fi
python3 -c "import jsonschema, yaml" 2>/dev/null || python3 -m pip install -q jsonschema pyyaml
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for file in Examples/example-cluster/*.yaml Examples/cluster-tiers/*.yaml \
    Tests/PodFenceYAMLTests/Fixtures/{helm-style,helm-chart-output,kubectl-get-list}.yaml \
    Tests/PodFenceYAMLTests/Fixtures/kubectl-get.json; do
    printf 'load --quiet %s\nshow all -o yaml\n' "$file" \
        | "$bin" repl >"$out/$(basename "$(dirname "$file")")-$(basename "$file").yaml"
done
# The templates' golden files are byte for byte what `render` prints (PodFenceTemplatesTests/GoldenTests).
written=("$out"/*.yaml Tests/PodFenceTemplatesTests/Golden/*.yaml)
custom='^apiVersion: *(policy\.networking\.k8s\.io|projectcalico\.org)/'
mapfile -t builtin < <(grep -L -E "$custom" "${written[@]}")
mapfile -t clusterpolicies < <(grep -l -E '^kind: *ClusterNetworkPolicy$' "${written[@]}")
kubernetes-validate --strict --quiet "${builtin[@]}"
echo "kubernetes-validate --strict: every written manifest of a built-in kind passed"
python3 scripts/validate-cluster-policies.py "${clusterpolicies[@]}"
