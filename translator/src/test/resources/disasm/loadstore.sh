#!/bin/sh
# Regenerates loadstore.txt (address, tab, hex word, tab, objdump text) from loadstore.s with the
# GNU cross tools. Literal targets keep objdump's " <symbol>"; the test drops it.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
aarch64-linux-gnu-as -o "$tmp/loadstore.o" loadstore.s
aarch64-linux-gnu-objdump -d "$tmp/loadstore.o" \
    | sed -n 's/^ *\([0-9a-f]*\):\t\([0-9a-f]\{8\}\) \t\(.*\)$/\1\t\2\t\3/p' \
    | sed 's/[ \t]*$//' > loadstore.txt
rm -r "$tmp"
