#!/bin/sh
# Regenerates simd.txt (hex word, tab, objdump text) from simd.s with the GNU cross tools.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
aarch64-linux-gnu-as -o "$tmp/simd.o" simd.s
aarch64-linux-gnu-objdump -d "$tmp/simd.o" \
    | sed -n 's/^ *[0-9a-f]*:\t\([0-9a-f]\{8\}\) \t\(.*\)$/\1\t\2/p' \
    | sed 's/[ \t]*$//' > simd.txt
rm -r "$tmp"
