#!/usr/bin/env bash
# Whole-program benchmark: wall time of the same AArch64 binaries under hotarm's JIT, hotarm's
# interpreter and qemu-aarch64, median of N runs each (default 3). Not part of the test suite.
#
#   scripts/bench.sh [-n RUNS] [--quick]
#
# Workloads: the CPU-bound guest program of the test suite (build/guest/cpubound) and busybox
# sha256sum of a 50 MB file (--quick: 5 MB). Run scripts/test.sh (or provision.sh and the guest
# build) first so that both exist.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=3
size_mb=50
while [ $# -gt 0 ]; do
    case $1 in
        -n) runs=$2; shift 2 ;;
        --quick) size_mb=5; shift ;;
        *) echo "usage: $0 [-n RUNS] [--quick]" >&2; exit 2 ;;
    esac
done
busybox=$root/build/debs/busybox-static/bin/busybox
cpubound=$root/build/guest/cpubound
for f in "$busybox" "$cpubound" "$root/bin/hotarm"; do
    [ -x "$f" ] || { echo "missing $f (run scripts/test.sh first)" >&2; exit 1; }
done
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
head -c $((size_mb * 1024 * 1024)) /dev/zero | tr '\0' 'a' > "$data/input"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# time_runs NAME COMMAND...: prints the median wall time in seconds of $runs runs.
time_runs() {
    local name=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        times+=("$(awk "BEGIN { print $end - $start }")")
    done
    printf '%-44s %8.2f s   (runs: %s)\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

echo "median wall time of $runs runs; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
for engine in jit interp; do
    time_runs "cpubound, hotarm --engine $engine" "$root/bin/hotarm" run --engine "$engine" "$cpubound"
done
time_runs "cpubound, qemu-aarch64" qemu-aarch64 "$cpubound"
for engine in jit interp; do
    time_runs "sha256sum ${size_mb} MB, hotarm --engine $engine" \
        "$root/bin/hotarm" run --engine "$engine" "$busybox" sha256sum "$data/input"
done
time_runs "sha256sum ${size_mb} MB, qemu-aarch64" qemu-aarch64 "$busybox" sha256sum "$data/input"
