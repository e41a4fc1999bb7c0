#!/usr/bin/env bash
# Measures the commands a user runs, as separate processes, input to output: wall clock (median of RUNS)
# and peak resident memory (the largest of the runs), on generated clusters of issue 15's shape.
#
#   swift build -c release --product podfence
#   swift build -c release --package-path Benchmarks --product generate-cluster
#   scripts/measure-commands.sh .build/release/podfence Benchmarks/.build/release/generate-cluster [RUNS]
#
# Prints a Markdown table for docs/performance.md, with the machine's load (1-minute average, from
# /proc/loadavg) after each row's runs. Needs GNU time (/usr/bin/time, Debian's `time`).
set -euo pipefail
podfence=${1:?usage: measure-commands.sh PODFENCE GENERATE_CLUSTER [RUNS]}
generate=${2:?usage: measure-commands.sh PODFENCE GENERATE_CLUSTER [RUNS]}
runs=${3:-5}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LABEL COMMAND...: median seconds and largest peak RSS over the runs.
measure() {
    local label=$1; shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
            cat "$work/err" >&2; echo "failed: $*" >&2; exit 1; }
        read -r seconds kilobytes <"$work/time"
        times+=("$seconds")
        [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '| %s | %s s | %d MB | %s |\n' "$label" "$median" $((peak / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "| command (cluster: pods / policies / namespaces) | wall clock (median of $runs) | peak memory | load |"
echo "| --- | --- | --- | --- |"
for size in "200 40 10" "500 100 25" "5000 1000 250" "20000 4000 1000"; do
    read -r pods policies namespaces <<<"$size"
    dir="$work/cluster-$pods"
    "$generate" "$dir" --pods "$pods" --policies "$policies" --namespaces "$namespaces" >/dev/null
    bytes=$(cat "$dir"/*.yaml | wc -c)
    name="$pods / $policies / $namespaces, $((bytes / 1000)) kB"
    first=$(awk '/^kind: Pod/{p=1} p&&/^  name:/{print $2; exit}' "$dir/ns-000.yaml")
    case $pods in
        200) measure "\`matrix DIR --format json\` ($name)" "$podfence" matrix "$dir" --format json ;;
        *)
            measure "\`check DIR\` ($name)" "$podfence" check "$dir"
            measure "\`matrix DIR --format summary\` ($name)" "$podfence" matrix "$dir" --format summary
            measure "\`can ns-000/$first reach ns-000/$first -f DIR\` ($name)" \
                "$podfence" can "ns-000/$first" reach "ns-000/$first" -f "$dir"
            if [ "$pods" = 5000 ]; then
                measure "\`matrix DIR --format csv\` ($name)" "$podfence" matrix "$dir" --format csv
                # Issue 14's budget: the same cluster with cluster-scoped tiers, at most twice the time.
                for tiers in "--admin 50 --baseline 50" "--admin 50 --baseline 50 --tiers governance" "--calico 100"; do
                    tiered="$work/cluster-$pods-tiers"
                    rm -rf "$tiered"
                    # shellcheck disable=SC2086 # the flags are words
                    "$generate" "$tiered" --pods "$pods" --policies "$policies" --namespaces "$namespaces" $tiers >/dev/null
                    measure "\`matrix DIR --format summary\` ($name, \`$tiers\`)" \
                        "$podfence" matrix "$tiered" --format summary
                done
            fi
            ;;
    esac
done
