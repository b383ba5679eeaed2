#!/bin/sh
# Regenerates dataproc.txt (lines "<hex word>\t<objdump text>") from dataproc.s with GNU binutils.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
aarch64-linux-gnu-as -o "$tmp/dataproc.o" dataproc.s
# Link at a fixed address so that adr/adrp targets are absolute, as in a real binary.
aarch64-linux-gnu-ld -Ttext=0x400000 -e start -o "$tmp/dataproc" "$tmp/dataproc.o"
aarch64-linux-gnu-objdump -d "$tmp/dataproc" \
    | sed -n 's/^ *\([0-9a-f]*\):\t\([0-9a-f]\{8\}\) \t\(.*\)$/\1\t\2\t\3/p' \
    | sed 's/ <[^>]*>$//' > dataproc.txt
rm -r "$tmp"
