#!/bin/sh
# Regenerates fp-random.txt (address, tab, hex word, tab, objdump text): 4000 pseudo-random
# words from the scalar FP encoding space (bits 30 and 29 clear, bits 28-25 set, the rest
# random, fixed seed, most steered to where encodings are dense), a good part unallocated, disassembled by GNU objdump. It checks
# the decoder's boundaries: what objdump calls undefined must decode as unallocated.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
python3 - "$tmp/words.bin" <<'PY'
import random, struct, sys
rng = random.Random(20261204)
out = bytearray()
while len(out) < 4 * 4000:
    w = (rng.getrandbits(32) & ~0x7E00_0000) | 0x1E00_0000
    if rng.random() < 0.6:
        # Steer most words to the densely allocated part: M = 0, bit 24 = 0, bit 21 = 1.
        w = (w & ~0x8100_0000) | 0x0020_0000
    out += struct.pack('<I', w)
open(sys.argv[1], 'wb').write(out)
PY
aarch64-linux-gnu-objdump -D -b binary -m aarch64 "$tmp/words.bin" \
    | sed -n 's/^ *\([0-9a-f]*\):\t\([0-9a-f]\{8\}\) \t\(.*\)$/\1\t\2\t\3/p' \
    | sed 's/[ \t]*$//' > fp-random.txt
rm -r "$tmp"
