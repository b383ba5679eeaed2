#!/bin/sh
# Regenerates branch.txt (lines "<hex word>\t<objdump text>") from branch.s with GNU binutils.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
aarch64-linux-gnu-as -o "$tmp/branch.o" branch.s
# Link at a fixed address so that branch targets are absolute, as in a real binary; the
# " <symbol>" objdump prints after a target is dropped (B.cond keeps its "// b.none" comment).
aarch64-linux-gnu-ld -Ttext=0x400000 -e start -o "$tmp/branch" "$tmp/branch.o"
aarch64-linux-gnu-objdump -d "$tmp/branch" \
    | sed -n 's/^ *\([0-9a-f]*\):\t\([0-9a-f]\{8\}\) \t\(.*\)$/\1\t\2\t\3/p' \
    | sed 's/ <[^>]*>//' > branch.txt
rm -r "$tmp"
