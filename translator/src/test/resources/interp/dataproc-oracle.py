#!/usr/bin/env python3
"""Regenerates dataproc-oracle.tsv: expected results of integer data-processing instructions,
computed by running them under qemu-aarch64 (the oracle), never by hotarm.

Each case runs one instruction with X0 = 0x5555555555555555 (so reads of Rd and the zeroing of
bits 63-32 show), X1, X2, X3 and NZCV set, and records X0 and NZCV afterwards. Operands are
always Rd = x0/w0, Rn = x1/w1, Rm = x2/w2, Ra = x3 (or the zero register where written).
Needs aarch64-linux-gnu-as, -ld, -objdump and qemu-aarch64.
"""
import itertools, os, struct, subprocess, tempfile

M = (1 << 64) - 1
EDGE = [0, 1, M, 1 << 63, (1 << 63) - 1, 0x80000000]
EDGE_MORE = EDGE + [0x7fffffff, 0xffffffff, 0x0123456789abcdef, 0xffffffff00000000]
SHIFTS = [0, 1, 31, 32, 63, 64, 65, M]
X0 = 0x5555555555555555
N, Z, C, V = 8, 4, 2, 1

cases = []  # (asm, x1, x2, x3, nzcv_in)

def binary(asms, values=EDGE, flags=(0,)):
    for asm in asms:
        for a, b in itertools.product(values, values):
            for f in flags:
                cases.append((asm, a, b, 0, f))

def unary(asms, values=EDGE_MORE, x2=0, flags=(0,)):
    for asm in asms:
        for a in values:
            for f in flags:
                cases.append((asm, a, x2, 0, f))

for r in "xw":
    binary([f"adds {r}0, {r}1, {r}2", f"subs {r}0, {r}1, {r}2", f"ands {r}0, {r}1, {r}2",
            f"bics {r}0, {r}1, {r}2"])
    binary([f"adcs {r}0, {r}1, {r}2", f"sbcs {r}0, {r}1, {r}2", f"adc {r}0, {r}1, {r}2",
            f"sbc {r}0, {r}1, {r}2"], flags=(0, C))
    binary([f"ccmp {r}1, {r}2, #0xa, eq", f"ccmn {r}1, {r}2, #0x5, eq"], flags=(Z, 0))
    unary([f"ccmp {r}1, #31, #0x3, ne", f"ccmn {r}1, #1, #0x0, ne"], flags=(0, Z))
    binary([f"csel {r}0, {r}1, {r}2, eq", f"csinc {r}0, {r}1, {r}2, eq",
            f"csinv {r}0, {r}1, {r}2, eq", f"csneg {r}0, {r}1, {r}2, eq"], values=EDGE[:4], flags=(0, Z))
    binary([f"udiv {r}0, {r}1, {r}2", f"sdiv {r}0, {r}1, {r}2", f"mul {r}0, {r}1, {r}2"],
           values=EDGE + [2, M - 1])
    for op in ("lsl", "lsr", "asr", "ror"):
        for a, s in itertools.product(EDGE_MORE[6:] + EDGE[1:4], SHIFTS):
            cases.append((f"{op} {r}0, {r}1, {r}2", a, s, 0, 0))
    w = 64 if r == "x" else 32
    unary([f"clz {r}0, {r}1", f"cls {r}0, {r}1", f"rbit {r}0, {r}1", f"rev16 {r}0, {r}1",
           f"rev {r}0, {r}1", f"neg {r}0, {r}1", f"negs {r}0, {r}1", f"mvn {r}0, {r}1",
           f"sbfx {r}0, {r}1, #4, #8", f"ubfx {r}0, {r}1, #{w - 8}, #8", f"sbfiz {r}0, {r}1, #{w - 4}, #4",
           f"ubfiz {r}0, {r}1, #1, #{w - 1}", f"bfi {r}0, {r}1, #8, #16", f"bfxil {r}0, {r}1, #{w - 1}, #1",
           f"bfc {r}0, #0, #{w}", f"sxtb {r}0, w1", f"sxth {r}0, w1", f"uxtb w0, w1", f"uxth w0, w1",
           f"lsl {r}0, {r}1, #{w - 1}", f"lsr {r}0, {r}1, #{w - 1}", f"asr {r}0, {r}1, #{w - 1}",
           f"asr {r}0, {r}1, #0", f"ror {r}0, {r}1, #1", f"extr {r}0, {r}1, {r}2, #{w - 1}",
           f"extr {r}0, {r}1, {r}2, #1", f"and {r}0, {r}1, #0x{(1 << (w - 1)) | 1:x}",
           f"ands {r}0, {r}1, #0x{(1 << (w - 1)):x}", f"orr {r}0, {r}1, #0xff00",
           f"eor {r}0, {r}1, #0x{((1 << w) - 1) ^ 1:x}",
           f"add {r}0, {r}1, {r}2, lsl #{w - 1}", f"adds {r}0, {r}1, {r}2, asr #{w - 1}",
           f"subs {r}0, {r}1, {r}2, lsr #1", f"orn {r}0, {r}1, {r}2, ror #{w - 1}",
           f"eon {r}0, {r}1, {r}2, asr #1",
           f"adds {r}0, {r}1, w2, sxtb #4", f"subs {r}0, {r}1, w2, uxth #2", f"add {r}0, {r}1, w2, sxtw",
           f"cmp {r}1, #0xfff, lsl #12", f"cmn {r}1, #1", f"adds {r}0, {r}1, #0", f"subs {r}0, {r}1, #1",
           f"movk {r}0, #0xbeef, lsl #16", f"mov {r}0, #-1", f"movz {r}0, #0x8000, lsl #16",
           f"madd {r}0, {r}1, {r}2, {r}3", f"msub {r}0, {r}1, {r}2, {r}3",
           f"cset {r}0, eq", f"csetm {r}0, ne", f"cinc {r}0, {r}1, eq", f"cneg {r}0, {r}1, ne",
           f"adds {r}0, {r}zr, {r}1", f"subs {r}0, {r}1, {r}zr", f"sdiv {r}0, {r}1, {r}zr",
           f"adcs {r}0, {r}zr, {r}zr", f"sbcs {r}0, {r}zr, {r}zr"],
          x2=0x00000000fedcba98, flags=(0, Z | C))
    for a in EDGE_MORE:
        cases.append((f"madd {r}0, {r}1, {r}2, {r}3", a, 3, 1 << 63, 0))
        cases.append((f"msub {r}0, {r}1, {r}2, {r}3", a, a, 5, 0))
unary(["rev32 x0, x1", "sxtw x0, w1", "add x0, x1, x2, uxtx #4", "subs x0, x1, w2, sxtw #1",
       "orr x0, x1, #0x5555555555555555", "movk x0, #0xffff, lsl #48", "mov x0, #0xffff0000ffff0000"])
binary(["smulh x0, x1, x2", "umulh x0, x1, x2", "smull x0, w1, w2", "umull x0, w1, w2",
        "smnegl x0, w1, w2", "umnegl x0, w1, w2"], values=EDGE + [2, 0xffffffff, M - 1])
for a, b in itertools.product(EDGE_MORE, EDGE[:4]):
    for asm in ("smaddl x0, w1, w2, x3", "umsubl x0, w1, w2, x3"):
        cases.append((asm, a, 0xfffffffe, b, 0))

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode:
        raise SystemExit(f"{cmd[0]} failed: {r.stderr}")
    return r

here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as tmp:
    asms = sorted({c[0] for c in cases})
    with open(f"{tmp}/insns.s", "w") as f:
        f.write("\t.arch armv8.2-a\n\t.text\n" + "".join(f"\t{a}\n" for a in asms))
    run(["aarch64-linux-gnu-as", "-o", f"{tmp}/insns.o", f"{tmp}/insns.s"])
    text = run(["aarch64-linux-gnu-objdump", "-d", f"{tmp}/insns.o"], text=True).stdout
    words = [l.split("\t")[1].strip() for l in text.splitlines() if l.startswith(" ") and ":\t" in l]
    word_of = dict(zip(asms, words))
    body = ["\t.globl _start", "_start:", "\tadr x20, buf"]
    for i, (asm, x1, x2, x3, f) in enumerate(cases):
        body += [f"\tldr x0, =0x{X0:x}", f"\tldr x1, =0x{x1:x}", f"\tldr x2, =0x{x2:x}",
                 f"\tldr x3, =0x{x3:x}", f"\tmov x9, #0x{f << 28:x}", "\tmsr nzcv, x9",
                 f"\t.inst 0x{word_of[asm]}", "\tmrs x9, nzcv", "\tstp x0, x9, [x20], #16",
                 "\tb 1f\n\t.ltorg\n1:" if i % 50 == 49 else ""]
    body += ["\tmov x0, #1", "\tadr x1, buf", f"\tldr x2, ={16 * len(cases)}", "\tmov x8, #64",
             "\tsvc #0", "\tmov x0, #0", "\tmov x8, #93", "\tsvc #0", "\t.ltorg",
             "\t.bss", "\t.balign 16", f"buf:\t.space {16 * len(cases)}"]
    with open(f"{tmp}/oracle.s", "w") as f:
        f.write("\n".join(body) + "\n")
    run(["aarch64-linux-gnu-as", "-o", f"{tmp}/oracle.o", f"{tmp}/oracle.s"])
    run(["aarch64-linux-gnu-ld", "-static", "-o", f"{tmp}/oracle", f"{tmp}/oracle.o"])
    out = run(["qemu-aarch64", f"{tmp}/oracle"]).stdout
with open(os.path.join(here, "dataproc-oracle.tsv"), "w") as f:
    f.write("# instruction\tword\tx0\tx1\tx2\tx3\tnzcv in\tx0 out\tnzcv out (hex; from qemu-aarch64)\n")
    for i, (asm, x1, x2, x3, fl) in enumerate(cases):
        x0, nz = struct.unpack_from("<QQ", out, 16 * i)
        f.write("\t".join([asm, word_of[asm]] + [f"{v:x}" for v in (X0, x1, x2, x3, fl, x0, nz >> 28)]) + "\n")
print(len(cases), "cases")
