#!/usr/bin/env bash
# Every manifest PodFence writes must pass the official Kubernetes schemas. This reads each schema-valid
# fixture with podfence, writes it back (`show all -o yaml`), and checks the output with
# `kubernetes-validate --strict` (offline, Kubernetes 1.37).
set -euo pipefail
bin=${1:-.build/debug/podfence}
cd "$(dirname "$0")/.."
if ! command -v kubernetes-validate >/dev/null; then
    python3 -m pip install -q kubernetes-validate
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for file in Examples/example-cluster/*.yaml Tests/PodFenceYAMLTests/Fixtures/{helm-style,helm-chart-output,kubectl-get-list}.yaml \
    Tests/PodFenceYAMLTests/Fixtures/kubectl-get.json; do
    printf 'load --quiet %s\nshow all -o yaml\n' "$file" | "$bin" repl >"$out/$(basename "$file").yaml"
done
# The templates' golden files are byte for byte what `render` prints (PodFenceTemplatesTests/GoldenTests).
kubernetes-validate --strict --quiet "$out"/*.yaml Tests/PodFenceTemplatesTests/Golden/*.yaml
echo "kubernetes-validate --strict: every written manifest passed"
