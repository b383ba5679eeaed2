package dev.hotarm.translator.a64.simd;

import dev.hotarm.translator.a64.Insn;

/** Advanced SIMD: vector and scalar forms, copies, permutes, across-lanes, modified immediates. */
public sealed interface Simd extends Insn {
    /** DUP (general): placeholder shape; extend freely. */
    record DupGeneral(boolean q, int imm5, int rn, int rd) implements Simd {
    }
}
