#!/bin/sh
# Regenerates fp.txt (address, tab, hex word, tab, objdump text) from fp.s with the GNU cross
# tools.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
aarch64-linux-gnu-as -o "$tmp/fp.o" fp.s
aarch64-linux-gnu-objdump -d "$tmp/fp.o" \
    | sed -n 's/^ *\([0-9a-f]*\):\t\([0-9a-f]\{8\}\) \t\(.*\)$/\1\t\2\t\3/p' \
    | sed 's/[ \t]*$//' > fp.txt
rm -r "$tmp"
