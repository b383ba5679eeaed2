#!/usr/bin/env bash
# Regenerates <name>.expected for every program in programs.txt by running it under
# qemu-aarch64 (the oracle; never hotarm), and checks that its exit status is the one in the
# table and that its output does not depend on the CPU model (glibc picks string functions and
# atomics by CPU features, and hotarm need not report the features qemu's default CPU has): it
# runs each program again on a Cortex-A53 (no LSE, no SVE) and compares.
# Usage: regen-expected.sh [OUT] (the directory `make OUT=...` built into).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$here/../../build/guest}
make -s -C "$here" OUT="$out"
export HOTARM_TEST_ONE=1 HOTARM_TEST_TWO="two words"
status=0
while read -r name expected compare stderr rest; do
    case "$name" in ''|'#'*) continue ;; esac
    scratch=$(mktemp -d)
    eval "set -- ${rest//@SCRATCH@/$scratch}"
    set +e
    (cd "$scratch" && qemu-aarch64 "$out/$name" "$@" > "$here/$name.expected" 2> /dev/null)
    actual=$?
    rm -rf "$scratch"/*
    (cd "$scratch" && qemu-aarch64 -cpu cortex-a53 "$out/$name" "$@" > "$scratch.a53" 2> /dev/null)
    actual_a53=$?
    set -e
    if [ "$actual_a53" != "$actual" ] || ! cmp -s "$scratch.a53" "$here/$name.expected"; then
        echo "$name: output or status differs on a Cortex-A53" >&2
        status=1
    fi
    rm -rf "$scratch" "$scratch.a53"
    if [ "$actual" != "$expected" ]; then
        echo "$name: exit status $actual under qemu-aarch64, table says $expected" >&2
        status=1
    fi
    echo "$name: $(wc -l < "$here/$name.expected") lines, status $actual"
done < "$here/programs.txt"
exit $status
