#!/usr/bin/env python3
"""Checks every ClusterNetworkPolicy in YAML files against schemas/clusternetworkpolicy-v1alpha2.json.

kubernetes-validate knows the built-in kinds only (it skips custom resources with a warning), so the
ClusterNetworkPolicies PodFence writes are checked here, in the same spirit: the schema of the API's CRD, strict
about unknown fields. Other kinds are left alone. Run by scripts/validate-written-manifests.sh (`make test`).

    scripts/validate-cluster-policies.py FILE...

Prints one line per problem, `FILE: document N (ClusterNetworkPolicy NAME): PATH: message`, and exits 1 when
there is one, or when the files hold no ClusterNetworkPolicy at all (a check of nothing is a broken check).
"""
import json
import pathlib
import sys

import jsonschema
import yaml

KIND = ("policy.networking.k8s.io/v1alpha2", "ClusterNetworkPolicy")
schema_path = pathlib.Path(__file__).resolve().parent.parent / "schemas" / "clusternetworkpolicy-v1alpha2.json"
schema = json.loads(schema_path.read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def documents(path):
    """The documents of a file, the items of a `kind: List` taken one by one."""
    with open(path, encoding="utf-8") as stream:
        for document in yaml.safe_load_all(stream):
            if isinstance(document, dict) and document.get("kind") == "List":
                yield from document.get("items") or []
            elif document is not None:
                yield document


checked = 0
problems = 0
for path in sys.argv[1:]:
    for index, document in enumerate(documents(path)):
        if not isinstance(document, dict) or (document.get("apiVersion"), document.get("kind")) != KIND:
            continue
        checked += 1
        name = (document.get("metadata") or {}).get("name", "<unnamed>")
        for error in sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path)):
            location = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
            print(f"{path}: document {index + 1} (ClusterNetworkPolicy {name}): {location.lstrip('.') or '<root>'}: "
                  f"{error.message}")
            problems += 1
if problems:
    sys.exit(f"{problems} schema error{'s' if problems != 1 else ''} in {checked} ClusterNetworkPolicies")
if checked == 0:
    sys.exit("no ClusterNetworkPolicy found in " + " ".join(sys.argv[1:]))
print(f"{schema_path.name}: {checked} ClusterNetworkPolic{'ies' if checked != 1 else 'y'} passed")
